//! The matching interface the rule logic is written against, so it can be tested without
//! Hyperscan ([`NaiveMatcher`]) and run with it (`crate::hs::HsMatcher`).

use crate::pack::RulePack;
use schemas::Field;

/// One pattern match: byte offsets into the scanned text (or, for streams, into everything
/// the stream has seen). For literal phrases `from` is the leading space of ` phrase`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub pattern: u32,
    pub from: u64,
    pub to: u64,
}

/// Block-mode matching of one piece of normalised text.
pub trait Matcher {
    fn scan(&mut self, text: &[u8], hits: &mut Vec<Hit>);

    /// Scan text of one field. A matcher may skip patterns whose rules do not apply to the
    /// field (the caller checks the field of every hit anyway); by default it scans them all.
    fn scan_field(&mut self, text: &[u8], field: Field, hits: &mut Vec<Hit>) {
        let _ = field;
        self.scan(text, hits);
    }
}

/// Stream-mode matching: typed text arrives in fragments; a phrase split across two fragments
/// is still found. Offsets in hits are from the start of the stream.
pub trait StreamMatcher {
    type Stream;
    fn open(&mut self) -> Option<Self::Stream>;
    fn scan_stream(&mut self, stream: &mut Self::Stream, text: &[u8], hits: &mut Vec<Hit>);
    /// The matches that would complete if the stream ended now (a regex ending in `\b` at the
    /// last byte), without ending it: typed text usually stops at the end of a word.
    fn scan_end(&mut self, stream: &Self::Stream, hits: &mut Vec<Hit>);
    fn close(&mut self, stream: Self::Stream);
}

/// Literal-only reference matcher: `str::find` for each literal pattern. Slow and without
/// regex support; it exists so the rule logic has tests that do not depend on Hyperscan.
pub struct NaiveMatcher {
    literals: Vec<(u32, String)>,
}

impl NaiveMatcher {
    pub fn new(pack: &RulePack) -> Self {
        let literals = pack
            .patterns
            .iter()
            .enumerate()
            .filter(|(_, p)| p.literal)
            .map(|(i, p)| (i as u32, p.expr.clone()))
            .collect();
        NaiveMatcher { literals }
    }

    fn find_all(&self, text: &str, base: u64, min_end: u64, hits: &mut Vec<Hit>) {
        for (id, lit) in &self.literals {
            let mut start = 0;
            while let Some(i) = text[start..].find(lit.as_str()) {
                let from = (start + i) as u64 + base;
                let to = from + lit.len() as u64;
                if to > min_end {
                    hits.push(Hit {
                        pattern: *id,
                        from,
                        to,
                    });
                }
                start += i + 1;
            }
        }
    }
}

impl Matcher for NaiveMatcher {
    fn scan(&mut self, text: &[u8], hits: &mut Vec<Hit>) {
        self.find_all(&String::from_utf8_lossy(text), 0, 0, hits);
    }
}

/// The naive stream keeps everything it has seen and reports matches that end in new text.
impl StreamMatcher for NaiveMatcher {
    type Stream = String;

    fn open(&mut self) -> Option<String> {
        Some(String::new())
    }

    fn scan_stream(&mut self, stream: &mut String, text: &[u8], hits: &mut Vec<Hit>) {
        let seen = stream.len() as u64;
        stream.push_str(&String::from_utf8_lossy(text));
        let all = stream.clone();
        self.find_all(&all, 0, seen, hits);
    }

    fn scan_end(&mut self, _stream: &String, _hits: &mut Vec<Hit>) {}

    fn close(&mut self, _stream: String) {}
}
