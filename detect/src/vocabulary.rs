//! The words the rule pack looks for, so the normaliser can undo two disguises that destroy
//! word boundaries or letters: masking with asterisks (`d*e`, `m*jahideen`) and spelling a
//! whole phrase out letter by letter (`i w a n t t o d i e`).
//!
//! Both are guesses, so they are only made towards words the pack actually uses: a masked word
//! becomes the pack word of the same length that fits its visible letters (the one the pack
//! uses most, and only when there is one), and a spelled-out run becomes a sequence of pack
//! words only when all of it splits into them. Ordinary words are never split or changed.

use std::collections::HashMap;

/// Short words people put between the pack's words; a spelled-out sentence needs them to
/// split ("i w a n t t o d i e" -> "i want to die").
const GLUE: &[&str] = &[
    "i", "a", "u", "im", "me", "my", "to", "do", "is", "it", "in", "on", "of", "or", "at", "be",
    "so", "no", "up", "we", "us", "he", "she", "his", "her", "you", "ur", "your", "the", "and",
    "for", "not", "dont", "cant", "wont", "want", "will", "just", "all", "get", "go", "am", "are",
    "was", "with", "this", "that", "them", "they", "how", "what", "why", "who", "about",
];

#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    /// Word -> how many pack phrases use it.
    words: HashMap<String, u32>,
    /// Word length -> the words of that length, for unmasking.
    by_len: HashMap<usize, Vec<String>>,
    /// Pack words ending in `ing`, without the final `g` (`jumpin`): the spelling learners use
    /// when they write as they speak, restored by the normaliser.
    g_dropped: std::collections::HashSet<String>,
}

impl Vocabulary {
    /// The vocabulary of normalised phrases (`[a-z0-9 ]`, words separated by spaces).
    pub fn from_phrases<'a>(phrases: impl IntoIterator<Item = &'a str>) -> Self {
        let mut words: HashMap<String, u32> = HashMap::new();
        for p in phrases {
            for w in p.split_whitespace() {
                if w.bytes().all(|b| b.is_ascii_lowercase()) {
                    *words.entry(w.to_owned()).or_default() += 1;
                }
            }
        }
        for g in GLUE {
            words.entry((*g).to_owned()).or_insert(0);
        }
        let mut by_len: HashMap<usize, Vec<String>> = HashMap::new();
        for w in words.keys() {
            by_len.entry(w.len()).or_default().push(w.clone());
        }
        for list in by_len.values_mut() {
            list.sort_unstable();
        }
        let g_dropped = words.keys().filter_map(|w| g_dropped(w)).collect();
        Vocabulary {
            words,
            by_len,
            g_dropped,
        }
    }

    /// The literal words of the pack's regular expressions, which are not phrases but are
    /// just as much what the pack listens for: dropped g's are restored towards their `-ing`
    /// words, and a word spelled out letter by letter (`s.t.a.b.b.e.d`) is kept whole rather
    /// than cut into phrase words (`stab bed`). They count as used by no phrase, so unmasking
    /// still prefers the phrases' words. Words under four letters are left out: in an
    /// alternation they are mostly endings and fragments (`ed`, `ing`, `s`).
    pub fn add_regex_words<'a>(&mut self, words: impl IntoIterator<Item = &'a str>) {
        for w in words {
            if w.len() < 4 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            if let Some(g) = g_dropped(w) {
                self.g_dropped.insert(g);
            }
            if !self.words.contains_key(w) {
                self.words.insert(w.to_owned(), 0);
                let list = self.by_len.entry(w.len()).or_default();
                if let Err(at) = list.binary_search_by(|x| x.as_str().cmp(w)) {
                    list.insert(at, w.to_owned());
                }
            }
        }
    }

    /// Whether `word` (`jumpin`) is a pack word with its final g dropped, and not a pack word
    /// itself.
    pub fn drops_g(&self, word: &[u8]) -> bool {
        std::str::from_utf8(word)
            .is_ok_and(|w| self.g_dropped.contains(w) && !self.words.contains_key(w))
    }

    pub fn contains(&self, word: &str) -> bool {
        self.words.contains_key(word)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The pack word that a masked word (`*` for each hidden letter) stands for: same length,
    /// same visible letters, at least two of them visible. When several fit, the one the most
    /// phrases use; `None` when that is a tie, so a guess is never a coin toss.
    pub fn unmask(&self, masked: &[u8]) -> Option<&str> {
        let visible = masked.iter().filter(|b| **b != b'*').count();
        if visible < 2 || visible == masked.len() {
            return None;
        }
        let mut best: Option<(&str, u32)> = None;
        let mut tie = false;
        for w in self.by_len.get(&masked.len())? {
            let fits = w.bytes().zip(masked).all(|(a, &m)| m == b'*' || a == m);
            if !fits {
                continue;
            }
            let n = self.words.get(w).copied().unwrap_or(0);
            match best {
                Some((_, m)) if n < m => {}
                Some((_, m)) if n == m => tie = true,
                _ => {
                    best = Some((w, n));
                    tie = false;
                }
            }
        }
        if tie { None } else { best.map(|b| b.0) }
    }

    /// Where to split a run of letters into pack words: the ends of each word but the last,
    /// fewest words first. `None` when the run is a pack word itself or does not split fully.
    pub fn segment(&self, run: &str) -> Option<Vec<usize>> {
        if run.len() < 4 || run.len() > 64 || self.contains(run) {
            return None;
        }
        let n = run.len();
        // best[i]: fewest words covering run[..i], and where the last one starts.
        let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
        best[0] = Some((0, 0));
        for end in 1..=n {
            for start in end.saturating_sub(24)..end {
                let Some((count, _)) = best[start] else {
                    continue;
                };
                let piece = &run[start..end];
                if !self.contains(piece) {
                    continue;
                }
                if best[end].is_none_or(|(c, _)| count + 1 < c) {
                    best[end] = Some((count + 1, start));
                }
            }
        }
        let mut cuts = Vec::new();
        let mut at = n;
        while at > 0 {
            let (_, start) = best[at]?;
            if start > 0 {
                cuts.push(start);
            }
            at = start;
        }
        cuts.reverse();
        (!cuts.is_empty()).then_some(cuts)
    }
}

/// An `-ing` word without its final g (`jumping` -> `jumpin`); `None` for short words, where
/// "sing" or "ring" would become words of their own.
fn g_dropped(word: &str) -> Option<String> {
    (word.len() >= 5 && word.ends_with("ing")).then(|| word[..word.len() - 1].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocabulary {
        Vocabulary::from_phrases([
            "want to die",
            "kill myself",
            "neck yourself",
            "die",
            "dont tell your parents",
            "mujahideen",
            "bring a blade",
        ])
    }

    #[test]
    fn a_regex_word_spelled_out_stays_whole() {
        let mut v = Vocabulary::from_phrases(["stab him", "bed wetting"]);
        // Only phrase words: the run is cut into two of them.
        assert_eq!(v.segment("stabbed"), Some(vec![4]));
        v.add_regex_words(["stabbed", "ed", "jumping", "stub"]);
        assert_eq!(v.segment("stabbed"), None);
        assert!(v.drops_g(b"jumpin"));
        // Short fragments of alternations are not words.
        assert!(!v.contains("ed"));
        // Phrase words still win an unmasking tie-break over regex words.
        assert_eq!(v.unmask(b"st*b"), Some("stab"));
    }

    #[test]
    fn unmasks_only_towards_one_pack_word() {
        let v = vocab();
        assert_eq!(v.unmask(b"d*e"), Some("die"));
        assert_eq!(v.unmask(b"m*jahideen"), Some("mujahideen"));
        assert_eq!(v.unmask(b"n*ck"), Some("neck"));
        assert_eq!(v.unmask(b"**"), None);
        assert_eq!(v.unmask(b"z*z"), None);
        // "d*" fits "do" only, but one visible letter is too little to go on.
        assert_eq!(v.unmask(b"d*"), None);
    }

    #[test]
    fn segments_spelled_out_phrases_into_pack_words() {
        let v = vocab();
        assert_eq!(v.segment("iwanttodie"), Some(vec![1, 5, 7]));
        assert_eq!(v.segment("donttellyourparents"), Some(vec![4, 8, 12]));
        assert_eq!(v.segment("ablade"), Some(vec![1]));
        assert_eq!(v.segment("kill"), None);
        assert_eq!(v.segment("xqzt"), None);
    }
}
