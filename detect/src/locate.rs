//! Where a regex match starts. Hyperscan reports only where a match ends unless a pattern is
//! compiled with SOM_LEFTMOST, and SOM makes the databases several times larger and the scans
//! slower (../shared/STACK.md): with the default pack's phrasing families, 86 MB and 80 s of
//! compilation instead of a fraction of that. So regexes are compiled without SOM and, for the
//! rare hit, the `regex` crate finds the leftmost start of a match of the same expression that
//! ends exactly there. Each expression is compiled by the `regex` crate on its first hit only.
//!
//! The same per-pack lookup state keeps the substring searchers of every rule's exceptions and
//! of the allowlist, built once: building a searcher per hit was a tenth of `detect`'s time.
//! The allowlist is one Aho-Corasick automaton run at most once per field ([`BlockChecks`]):
//! a memmem search per allowlisted phrase per hit was 4% of `detect`'s time.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use memchr::memmem::Finder;
use regex::Regex;

use crate::pack::RulePack;

/// One lazily compiled end-anchored regex per pattern of a pack.
#[derive(Debug, Default)]
pub struct Locator {
    cells: Vec<OnceLock<Option<Regex>>>,
    /// Per rule: its exception phrases (trimmed).
    except: Vec<Vec<Finder<'static>>>,
    /// Allowlisted phrases, all at once; `None` when the pack has none.
    allow: Option<AhoCorasick>,
    /// Per allowlisted phrase: its trimmed length (the needle keeps its trailing space).
    allow_len: Vec<usize>,
}

impl Locator {
    pub fn new(pack: &RulePack) -> Self {
        Locator {
            cells: (0..pack.patterns.len()).map(|_| OnceLock::new()).collect(),
            except: pack
                .rules
                .iter()
                .map(|r| {
                    r.except
                        .iter()
                        .map(|e| Finder::new(e.trim()).into_owned())
                        .collect()
                })
                .collect(),
            allow: AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(pack.allow.phrases.iter().map(|a| a.trim_start()))
                .ok()
                .filter(|_| !pack.allow.phrases.is_empty()),
            allow_len: pack.allow.phrases.iter().map(|a| a.trim().len()).collect(),
        }
    }

    /// Where allowlisted phrases ("scunthorpe", "bath bomb") lie in `text`, into `out`.
    fn allowed_spans(&self, text: &str, out: &mut Vec<(usize, usize)>) {
        out.clear();
        let Some(ac) = &self.allow else {
            return;
        };
        for m in ac.find_overlapping_iter(text.as_bytes()) {
            let len = self
                .allow_len
                .get(m.pattern().as_usize())
                .copied()
                .unwrap_or(0);
            out.push((m.start(), m.start() + len));
        }
    }

    /// Whether one of rule `rule`'s exceptions appears as whole words anywhere in `text`.
    pub fn excepted(&self, rule: u32, text: &str) -> bool {
        let bytes = text.as_bytes();
        let Some(finders) = self.except.get(rule as usize) else {
            return false;
        };
        finders.iter().any(|f| {
            let n = f.needle().len();
            f.find_iter(bytes).any(|i| {
                (i == 0 || bytes[i - 1] == b' ') && (i + n == bytes.len() || bytes[i + n] == b' ')
            })
        })
    }

    /// The start of the leftmost match of pattern `pattern` that ends at `to` in `text`, or
    /// `None` when the `regex` crate does not agree that one does (then the caller keeps what
    /// it has).
    pub fn start(&self, pack: &RulePack, pattern: u32, text: &str, to: usize) -> Option<usize> {
        let cell = self.cells.get(pattern as usize)?;
        let re = cell.get_or_init(|| {
            let def = pack.patterns.get(pattern as usize)?;
            // `\z` anchors the match to the end of the slice, which is where Hyperscan said it
            // ends; the first match found is then the leftmost start.
            Regex::new(&format!(r"(?:{})\z", def.expr)).ok()
        });
        let head = text.get(..to)?;
        re.as_ref()?.find(head).map(|m| m.start())
    }
}

/// The allowlist and exception checks of the hits in one field's text, each worked out once
/// per text however many hits it has. [`BlockChecks::reset`] before each new text.
#[derive(Debug, Default)]
pub struct BlockChecks {
    allow: Option<Vec<(usize, usize)>>,
    spare: Vec<(usize, usize)>,
    except: Vec<(u32, bool)>,
}

impl BlockChecks {
    pub fn reset(&mut self) {
        if let Some(mut v) = self.allow.take() {
            v.clear();
            self.spare = v;
        }
        self.except.clear();
    }

    /// Whether an allowlisted phrase covers `start..to` of `text`.
    pub fn allowed(&mut self, loc: &Locator, text: &str, start: usize, to: usize) -> bool {
        let spans = self.allow.get_or_insert_with(|| {
            let mut v = std::mem::take(&mut self.spare);
            loc.allowed_spans(text, &mut v);
            v
        });
        spans.iter().any(|&(a, b)| a <= start && to <= b)
    }

    /// Whether one of rule `rule`'s exceptions appears as whole words in `text`.
    pub fn excepted(&mut self, loc: &Locator, rule: u32, text: &str) -> bool {
        if let Some(&(_, e)) = self.except.iter().find(|(r, _)| *r == rule) {
            return e;
        }
        let e = loc.excepted(rule, text);
        self.except.push((rule, e));
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::PackSource;

    #[test]
    fn finds_the_leftmost_start_ending_at_the_hit() {
        let dir = std::env::temp_dir().join(format!("guardline-locate-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("violence")).unwrap();
        std::fs::write(
            dir.join("violence/r.toml"),
            "[[rule]]\nid = \"violence.t\"\nlevel = 4\ndescription = \"t\"\nregex = ['(gonna|going to) (stab|hurt) (him|her)']\n",
        )
        .unwrap();
        let pack = RulePack::compile(&PackSource::from_dir(&dir).unwrap()).unwrap();
        let loc = Locator::new(&pack);
        let text = " ok so im gonna stab him tomorrow ";
        let to = text.find(" tomorrow").unwrap();
        let start = loc.start(&pack, 0, text, to).unwrap();
        assert_eq!(&text[start..to], "gonna stab him");
        // No match ending there: no answer rather than a wrong one.
        assert_eq!(loc.start(&pack, 0, text, to - 1), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
