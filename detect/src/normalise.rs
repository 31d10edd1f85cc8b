//! Text normalisation, applied the same way to what learners type and to rule phrases, so a
//! phrase written once in plain words still matches the disguises people use.
//!
//! The output alphabet is ASCII lower-case letters, digits and single spaces. Each output byte
//! remembers the byte range of the input it came from, so a match can be shown as the learner
//! wrote it. The steps, in order:
//!
//! 1. per character: zero-width and joiner characters are dropped; NFKC (fullwidth `ｐ` -> `p`),
//!    lower case, look-alike letters to Latin through the Unicode confusables table (Cyrillic
//!    `р` -> `p`, Greek `ο` -> `o`) and accents removed; anything else is a separator;
//! 2. per word: leetspeak digits and symbols become letters, but only in a word that also has a
//!    letter (`k1ll` -> `kill`; `top 10` and `kill -9` keep their digits), and a symbol only
//!    before a letter (`k!ll` -> `kill`, but `help!` -> `help`);
//! 3. a letter repeated three or more times counts once (`dieeee` -> `die`);
//! 4. three or more one-letter words in a row are joined (`k i l l`, `s.u.i.c.i.d.e`); with the
//!    pack's vocabulary, a joined run that is no pack word but splits fully into pack words is
//!    split (`i w a n t t o d i e` -> `i want to die`);
//! 5. asterisks inside a word stand for hidden letters: with the vocabulary, the one pack word
//!    that fits (`d*e` -> `die`, `m*jahideen` -> `mujahideen`); otherwise they separate words;
//! 6. dialect spellings of everyday words become the standard word (`tae` -> `to`, `naebody`
//!    -> `nobody`, `cannae` -> `can t`, `yersel` -> `yourself`; see [`dialect_word`]), and with
//!    the vocabulary a dropped final g is restored towards a pack word (`jumpin` -> `jumping`).
//!    Learners in Scotland, Northern Ireland and the north of England write as they speak, and
//!    a rule written once in standard English should hear them.

use std::sync::Arc;

use unicode_normalization::UnicodeNormalization;

use crate::vocabulary::Vocabulary;

/// One output byte and the input range it stands for.
#[derive(Debug, Clone, Copy)]
struct Unit {
    byte: u8,
    start: u32,
    end: u32,
}

const SEP: u8 = b' ';
/// An asterisk, kept until step 5 decides what it hides.
const MASK: u8 = b'*';

/// Normalised text and its map back to the input.
#[derive(Debug, Default, Clone)]
pub struct Normalised {
    /// `[a-z0-9 ]*`, single spaces.
    pub text: String,
    spans: Vec<(u32, u32)>,
}

impl Normalised {
    /// The input byte range behind output bytes `from..to`.
    pub fn original_range(&self, from: usize, to: usize) -> (usize, usize) {
        let to = to.min(self.spans.len());
        let from = from.min(to);
        if from == to {
            return (0, 0);
        }
        // Skip the pad spaces, which stand for nothing.
        let first = self.spans[from..to]
            .iter()
            .find(|s| s.1 > s.0)
            .map_or(0, |s| s.0);
        let last = self.spans[from..to]
            .iter()
            .rev()
            .find(|s| s.1 > s.0)
            .map_or(0, |s| s.1);
        (first as usize, last.max(first) as usize)
    }
}

/// Reusable normaliser: keeps its buffers between calls so the hot path does not allocate.
#[derive(Debug, Default)]
pub struct Normaliser {
    units: Vec<Unit>,
    scratch: Vec<Unit>,
    out: Normalised,
    vocab: Option<Arc<Vocabulary>>,
    /// Set by step 1 so steps 2 and 3 run only when they can change something: most text has
    /// no digits or leet symbols and no stretched letters.
    leet_candidates: bool,
    stretched: bool,
}

impl Normaliser {
    pub fn new() -> Self {
        Self::default()
    }

    /// A normaliser that undoes masking and spelled-out phrases towards the pack's words.
    pub fn with_vocabulary(vocab: Arc<Vocabulary>) -> Self {
        Normaliser {
            vocab: Some(vocab),
            ..Self::default()
        }
    }

    /// Normalise `input`. With `pad`, the text starts and ends with one space (block mode:
    /// phrases are matched as ` phrase` followed by a space or the end). Without it, a leading
    /// or trailing separator in the input is kept as one space (stream mode: fragments of typed
    /// text are concatenated, so a word boundary at a fragment's edge must survive).
    pub fn normalise(&mut self, input: &str, pad: bool) -> &Normalised {
        self.units.clear();
        self.leet_candidates = false;
        self.stretched = false;
        self.chars(input);
        if self.leet_candidates {
            self.leet();
        }
        // Step 1 already merged separators; leetspeak can make new letters and separators.
        if self.leet_candidates || self.stretched {
            self.collapse_runs();
        }
        self.join_single_letters();
        self.unmask();
        self.dialect();
        self.emit(pad, input.len() as u32);
        &self.out
    }

    fn push(&mut self, byte: u8, start: usize, end: usize) {
        if let Some(last) = self.units.last_mut() {
            // Separators collapse to one whatever the run (step 3 does the same after step 2).
            if byte == SEP && last.byte == SEP {
                last.end = end as u32;
                return;
            }
            if byte == last.byte
                && byte.is_ascii_lowercase()
                && self.units.len() >= 2
                && self.units[self.units.len() - 2].byte == byte
            {
                self.stretched = true;
            }
        }
        if matches!(byte, b'0'..=b'9' | b'@' | b'$' | b'!' | b'|') {
            self.leet_candidates = true;
        }
        self.units.push(Unit {
            byte,
            start: start as u32,
            end: end as u32,
        });
    }

    /// Step 1.
    fn chars(&mut self, input: &str) {
        if input.is_ascii() {
            // Most log text is ASCII: no char decoding, no Unicode tables.
            for (i, &b) in input.as_bytes().iter().enumerate() {
                let out = match b {
                    b'A'..=b'Z' => b.to_ascii_lowercase(),
                    b'a'..=b'z' | b'0'..=b'9' | b'@' | b'$' | b'!' | b'|' | MASK => b,
                    _ => SEP,
                };
                self.push(out, i, i + 1);
            }
            return;
        }
        for (i, c) in input.char_indices() {
            let end = i + c.len_utf8();
            if c.is_ascii() {
                let b = c as u8;
                let out = match b {
                    b'A'..=b'Z' => b.to_ascii_lowercase(),
                    b'a'..=b'z' | b'0'..=b'9' | b'@' | b'$' | b'!' | b'|' | MASK => b,
                    _ => SEP,
                };
                self.push(out, i, end);
                continue;
            }
            if is_invisible(c) {
                continue;
            }
            if let Some(word) = emoji_word(c) {
                // An emoji is a word of its own: "kms 😭" and "kms 🔪" say different things.
                self.push(SEP, i, end);
                for b in word.bytes() {
                    self.push(b, i, end);
                }
                self.push(SEP, i, end);
                continue;
            }
            if is_romanised_script(c) {
                // Vowel marks are optional in Arabic and Indic writing: drop them, so a word
                // with and without them is one word.
                if unicode_normalization::char::is_combining_mark(c) {
                    continue;
                }
                let mut pushed = false;
                for b in deunicode::deunicode_char(c).unwrap_or("").bytes() {
                    if b.is_ascii_alphanumeric() {
                        self.push(b.to_ascii_lowercase(), i, end);
                        pushed = true;
                    }
                }
                if !pushed {
                    self.push(SEP, i, end);
                }
                continue;
            }
            let mut pushed = false;
            for d in std::iter::once(c).nfkc() {
                if d.is_ascii() {
                    let b = (d as u8).to_ascii_lowercase();
                    let b = if b.is_ascii_alphanumeric() { b } else { SEP };
                    self.push(b, i, end);
                    pushed = true;
                    continue;
                }
                for l in d.to_lowercase() {
                    for b in latin_of(l) {
                        self.push(b, i, end);
                        pushed = true;
                    }
                }
            }
            if !pushed {
                self.push(SEP, i, end);
            }
        }
    }

    /// Step 2.
    fn leet(&mut self) {
        let n = self.units.len();
        let mut start = 0;
        while start < n {
            if self.units[start].byte == SEP {
                start += 1;
                continue;
            }
            let mut end = start;
            while end < n && self.units[end].byte != SEP {
                end += 1;
            }
            // A number with a unit or an ordinal (`44kg`, `14yo`, `100x`, `3am`, `4th`, `3d`) is
            // a number, not leetspeak: `44kg` must not become `aakg`.
            let digits = self.units[start..end]
                .iter()
                .take_while(|u| u.byte.is_ascii_digit())
                .count();
            let suffix = &self.units[start + digits..end];
            let is_measure = digits > 0
                && suffix.len() <= 4
                && suffix.iter().all(|u| u.byte.is_ascii_lowercase())
                && is_unit(suffix.iter().map(|u| u.byte));
            // A school or sport code (`u18`, `u21s`, `yr11`, `y9`, `ks3`, `a14`) is a label, not
            // leetspeak: "bet on u18 games" must not read "uib". Leetspeak words mix digits
            // into letters (`k1ll`, `h8`, `m8`), which one or two letters and a number do not.
            let has_letter = !is_measure
                && !is_code(&self.units[start..end])
                && self.units[start..end]
                    .iter()
                    .any(|u| u.byte.is_ascii_lowercase());
            for i in start..end {
                let b = self.units[i].byte;
                let next_is_letter = self
                    .units
                    .get(i + 1)
                    .is_some_and(|u| u.byte.is_ascii_alphanumeric());
                let mapped = match b {
                    b'0'..=b'9' if has_letter => leet_digit(b),
                    b'@' | b'$' | b'!' | b'|' if has_letter && next_is_letter => leet_symbol(b),
                    b'@' | b'$' | b'!' | b'|' => SEP,
                    _ => b,
                };
                self.units[i].byte = mapped;
            }
            start = end;
        }
    }

    /// Step 3: `aaa+` -> `a`, the kept unit covering the whole run.
    fn collapse_runs(&mut self) {
        self.scratch.clear();
        let mut i = 0;
        while i < self.units.len() {
            let u = self.units[i];
            let mut j = i + 1;
            while j < self.units.len() && self.units[j].byte == u.byte {
                j += 1;
            }
            let run = j - i;
            if u.byte.is_ascii_lowercase() && run >= 3 {
                self.scratch.push(Unit {
                    end: self.units[j - 1].end,
                    ..u
                });
            } else if u.byte == SEP {
                // Separators collapse to one whatever the run.
                self.scratch.push(Unit {
                    end: self.units[j - 1].end,
                    ..u
                });
            } else {
                self.scratch.extend_from_slice(&self.units[i..j]);
            }
            i = j;
        }
        std::mem::swap(&mut self.units, &mut self.scratch);
    }

    /// Step 4: drop the separators inside runs of three or more one-letter words.
    fn join_single_letters(&mut self) {
        // Marks separators to drop with a byte that never occurs otherwise, then compacts in
        // place: no allocation on the hot path.
        const DROP: u8 = 0;
        let n = self.units.len();
        let single = |u: &[Unit], i: usize| {
            u[i].byte.is_ascii_alphanumeric()
                && (i == 0 || u[i - 1].byte == SEP)
                && (i + 1 == n || u[i + 1].byte == SEP)
        };
        let mut any = false;
        let mut i = 0;
        while i < n {
            if !single(&self.units, i) {
                i += 1;
                continue;
            }
            let mut j = i;
            let mut letters = 1;
            while j + 2 < n && self.units[j + 1].byte == SEP && single(&self.units, j + 2) {
                j += 2;
                letters += 1;
            }
            // Text speak is made of one-letter words too: "u r a loser", "i c u". A run made
            // only of those words is left as words; "k i l l" and "d i e" are joined.
            let txt_speak = (i..=j).step_by(2).all(|k| {
                matches!(
                    self.units[k].byte,
                    b'a' | b'i' | b'u' | b'r' | b'y' | b'n' | b'b' | b'c'
                )
            });
            if letters >= 3 && !txt_speak {
                // A digit spelled out among letters is leetspeak once the word is joined
                // (`p 0 r n`): step 2 left it alone because it stood by itself.
                if (i..=j)
                    .step_by(2)
                    .any(|k| self.units[k].byte.is_ascii_lowercase())
                {
                    for k in (i..=j).step_by(2) {
                        self.units[k].byte = leet_digit(self.units[k].byte);
                    }
                }
                // Someone spelling out several words leaves a wider gap between the words
                // (`k e e p  t h i s`): only the narrowest separators of the run are inside
                // a word, so a wider one stays a word break.
                let width = |u: &Unit| u.end - u.start;
                let narrowest = (i + 1..j)
                    .step_by(2)
                    .map(|k| width(&self.units[k]))
                    .min()
                    .unwrap_or(0);
                // Each word of the run (letters joined by the narrowest separators) is joined,
                // unless the vocabulary splits it into pack words.
                let mut first = i;
                loop {
                    let mut last = first;
                    while last < j && width(&self.units[last + 1]) == narrowest {
                        last += 2;
                    }
                    let cuts = self.vocab.as_deref().and_then(|v| {
                        let run: String = (first..=last)
                            .step_by(2)
                            .map(|k| char::from(self.units[k].byte))
                            .collect();
                        v.segment(&run)
                    });
                    for (letter, k) in (first + 1..last).step_by(2).enumerate() {
                        if !cuts.as_ref().is_some_and(|c| c.contains(&(letter + 1))) {
                            self.units[k].byte = DROP;
                        }
                    }
                    if last >= j {
                        break;
                    }
                    first = last + 2;
                }
                any = true;
            }
            i = j + 1;
        }
        if any {
            self.units.retain(|u| u.byte != DROP);
        }
    }

    /// Step 5: a word with asterisks inside (`d*e`) becomes the one pack word that fits; any
    /// other asterisk is a separator, as before the vocabulary existed.
    fn unmask(&mut self) {
        if !self.units.iter().any(|u| u.byte == MASK) {
            return;
        }
        let n = self.units.len();
        let mut start = 0;
        let mut word: Vec<u8> = Vec::new();
        while start < n {
            if self.units[start].byte == SEP {
                start += 1;
                continue;
            }
            let mut end = start;
            while end < n && self.units[end].byte != SEP {
                end += 1;
            }
            word.clear();
            word.extend(self.units[start..end].iter().map(|u| u.byte));
            let interior = word.first().is_some_and(u8::is_ascii_alphanumeric)
                && word.last().is_some_and(u8::is_ascii_alphanumeric);
            let found = match (&self.vocab, interior && word.contains(&MASK)) {
                (Some(v), true) => v.unmask(&word).map(str::as_bytes),
                _ => None,
            };
            for (k, u) in self.units[start..end].iter_mut().enumerate() {
                if let Some(w) = found {
                    u.byte = w[k];
                } else if u.byte == MASK {
                    u.byte = SEP;
                }
            }
            start = end;
        }
        // Asterisks turned separators may now sit beside other separators.
        self.scratch.clear();
        for u in &self.units {
            match self.scratch.last_mut() {
                Some(prev) if prev.byte == SEP && u.byte == SEP => prev.end = u.end,
                _ => self.scratch.push(*u),
            }
        }
        std::mem::swap(&mut self.units, &mut self.scratch);
    }

    /// Step 6: dialect words to standard ones, and dropped g's restored towards pack words.
    fn dialect(&mut self) {
        let n = self.units.len();
        // Copied lazily: most text has no dialect word, and then nothing is rebuilt.
        let mut copied = 0;
        let mut rebuilt = false;
        let mut word: [u8; 12] = [0; 12];
        let mut start = 0;
        while start < n {
            if self.units[start].byte == SEP {
                start += 1;
                continue;
            }
            let mut end = start;
            while end < n && self.units[end].byte != SEP {
                end += 1;
            }
            let len = end - start;
            if !(2..=word.len() - 1).contains(&len) {
                start = end;
                continue;
            }
            for (k, u) in self.units[start..end].iter().enumerate() {
                word[k] = u.byte;
            }
            let this = &word[..len];
            let next_is_fi = end + 2 < n
                && self.units[end + 1].byte == b'f'
                && self.units[end + 2].byte == b'i'
                && self.units.get(end + 3).is_none_or(|u| u.byte == SEP);
            let replacement: Option<&[u8]> = match dialect_word(this) {
                // "wi fi" is the network, not "with".
                Some(_) if this == b"wi" && next_is_fi => None,
                Some(w) => Some(w.as_bytes()),
                None => None,
            };
            let drops_g = replacement.is_none()
                && len >= 4
                && this.ends_with(b"in")
                && self.vocab.as_deref().is_some_and(|v| v.drops_g(this));
            if replacement.is_some() || drops_g {
                if !rebuilt {
                    self.scratch.clear();
                    rebuilt = true;
                }
                self.scratch.extend_from_slice(&self.units[copied..start]);
                let (from, to) = (self.units[start].start, self.units[end - 1].end);
                match replacement {
                    Some(w) => self.scratch.extend(w.iter().map(|&byte| Unit {
                        byte,
                        start: from,
                        end: to,
                    })),
                    None => {
                        self.scratch.extend_from_slice(&self.units[start..end]);
                        self.scratch.push(Unit {
                            byte: b'g',
                            start: to,
                            end: to,
                        });
                    }
                }
                copied = end;
            }
            start = end;
        }
        if rebuilt {
            self.scratch.extend_from_slice(&self.units[copied..]);
            std::mem::swap(&mut self.units, &mut self.scratch);
        }
    }

    fn emit(&mut self, pad: bool, len: u32) {
        let Normalised { text, spans } = &mut self.out;
        text.clear();
        spans.clear();
        let mut units: &[Unit] = &self.units;
        if pad {
            while units.first().is_some_and(|u| u.byte == SEP) {
                units = &units[1..];
            }
            while units.last().is_some_and(|u| u.byte == SEP) {
                units = &units[..units.len() - 1];
            }
            text.push(' ');
            spans.push((0, 0));
        }
        for u in units {
            text.push(u.byte as char);
            spans.push((u.start, u.end));
        }
        if pad {
            text.push(' ');
            spans.push((len, len));
        }
    }
}

/// Normalise a rule phrase: the same steps, then trimmed, without padding.
pub fn normalise_phrase(phrase: &str) -> String {
    Normaliser::new()
        .normalise(phrase, false)
        .text
        .trim()
        .to_owned()
}

/// `kill myself` -> `kil myself`: the form a phrase takes when a learner stretches a double
/// letter (`killll` collapses to `kil`). `None` when there is no double letter, or when the
/// collapsed form is one short word (`weed` -> `wed` would fire on "see you wed").
pub fn single_letter_variant(normalised: &str) -> Option<String> {
    let mut out = String::with_capacity(normalised.len());
    let mut prev = None;
    for c in normalised.chars() {
        if Some(c) == prev && c.is_ascii_lowercase() {
            continue;
        }
        out.push(c);
        prev = Some(c);
    }
    let differs = out != normalised;
    let long_enough = out.contains(' ') || out.len() >= 5;
    (differs && long_enough).then_some(out)
}

fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// The emoji that carry meaning in safeguarding text, as words rules and the text model can
/// use: joke markers that turn "kms" into hyperbole (`😭`, `💀`, `😂`), weapons and blood in
/// threats, the dealer's menu (`🔌` plug, `❄️` cocaine, `🍃` weed, `💊`, `🎈` nitrous), `🎰`
/// slots, animal abuse aimed at people (`🐒`, `🐷`), sexual emoji, and mourning that precedes retaliation (`🕊`). Every other
/// emoji stays a separator. Names start with `emoji` so they never collide with typed words.
fn emoji_word(c: char) -> Option<&'static str> {
    Some(match c {
        '😂' | '🤣' | '😹' | '😆' => "emojilaugh",
        '😭' => "emojisob",
        '💀' | '☠' => "emojiskull",
        '😤' | '😡' | '🤬' | '😠' => "emojiangry",
        '🙄' => "emojieyeroll",
        '🔪' | '🗡' | '⚔' => "emojiknife",
        '🔫' => "emojigun",
        '💣' | '🧨' => "emojibomb",
        '🩸' => "emojiblood",
        '🕊' | '🪦' | '⚰' => "emojirip",
        '🔌' => "emojiplug",
        '❄' | '⛄' | '☃' => "emojisnow",
        '🍃' | '🌿' | '🍁' | '🥦' => "emojileaf",
        '💊' => "emojipill",
        '🍄' => "emojishroom",
        '⛽' => "emojigas",
        '💉' => "emojineedle",
        '🐒' | '🐵' | '🦍' | '🙈' => "emojimonkey",
        '🍌' => "emojibanana",
        '🐷' | '🐖' | '🐽' => "emojipig",
        '🍆' => "emojiaubergine",
        '🍑' => "emojipeach",
        '💦' => "emojisplash",
        '🤫' => "emojishush",
        '🪢' => "emojirope",
        '📍' => "emojipin",
        '🌽' => "emojicorn",
        '📸' | '📷' => "emojicamera",
        '😈' | '👿' => "emojidevil",
        '🎈' => "emojiballoon",
        '🎰' => "emojislots",
        _ => return None,
    })
}

/// Everyday words as learners in Scotland, Northern Ireland and the north of England write
/// them, to the standard word (negated forms as `can't` normalises: `can t`). Only words that
/// mean nothing else in English are here: `canny` (shrewd), `ken` (a name), `am` (`I am`) and
/// `a` (`I` in Scots, the article in English) stay as they are; `wi` is `with` except in `wi
/// fi`. Text speak that rules already spell both ways (`gonna`, `wanna`, `u`) is left alone.
fn dialect_word(word: &[u8]) -> Option<&'static str> {
    Some(match word {
        b"tae" => "to",
        b"intae" | b"intil" => "into",
        b"ontae" => "onto",
        b"fae" | b"frae" => "from",
        b"wi" => "with",
        b"ye" | b"yous" | b"youse" => "you",
        b"yer" => "your",
        b"yersel" | b"yersell" | b"yerself" | b"yersen" => "yourself",
        b"masel" | b"masell" | b"maself" | b"mysel" | b"mesen" => "myself",
        b"hissel" | b"himsel" => "himself",
        b"hersel" => "herself",
        b"ma" => "my",
        b"ah" => "i",
        b"oot" => "out",
        b"roond" => "round",
        b"aroond" => "around",
        b"dae" => "do",
        b"daein" => "doing",
        b"aff" => "off",
        b"doon" => "down",
        b"deid" => "dead",
        b"heid" => "head",
        b"hame" => "home",
        b"nae" => "no",
        b"naebody" => "nobody",
        b"naewan" | b"naeb" => "no one",
        b"naething" | b"nuhin" | b"nuffin" | b"nuthin" | b"nowt" => "nothing",
        b"owt" => "anything",
        b"summat" => "something",
        b"whit" => "what",
        b"wid" => "would",
        b"wantae" => "want to",
        b"gonnae" | b"gaunae" => "going to",
        b"cannae" | b"canna" => "can t",
        b"dinnae" | b"dinny" | b"dinna" => "don t",
        b"didnae" | b"didny" => "didn t",
        b"wisnae" | b"wasnae" | b"wisny" => "wasn t",
        b"isnae" | b"isny" => "isn t",
        b"widnae" | b"wouldnae" | b"widny" => "wouldn t",
        b"couldnae" | b"couldny" => "couldn t",
        b"shouldnae" => "shouldn t",
        b"willnae" | b"wullnae" | b"winnae" => "won t",
        b"havnae" | b"huvnae" | b"hivnae" => "haven t",
        b"mair" => "more",
        b"efter" => "after",
        b"ony" => "any",
        b"onybody" => "anybody",
        b"greetin" => "crying",
        _ => return None,
    })
}

/// A non-ASCII lower-case character to the Latin letters it looks like, through the Unicode
/// confusables skeleton (which also strips accents by decomposing). Empty when it looks like
/// no Latin letter (other scripts, symbols): the caller makes it a separator.
fn latin_of(c: char) -> impl Iterator<Item = u8> {
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    let skeleton: String = unicode_security::confusable_detection::skeleton(s).collect();
    let mut latin: Vec<u8> = skeleton
        .nfd()
        .filter(|d| d.is_ascii_alphanumeric())
        .map(|d| (d as u8).to_ascii_lowercase())
        .collect();
    if latin.is_empty() {
        latin.extend(look_alike(c));
    }
    // A skeleton that is only part ASCII (a letter plus a mark we could not decompose) is still
    // the letter; one with no ASCII at all is not Latin.
    latin.into_iter()
}

/// Scripts written by learners in their own language rather than as look-alikes of Latin
/// letters (Hebrew, Arabic, the Indic scripts, Thai, Ethiopic, Hangul, kana, CJK): romanised
/// letter by letter (`deunicode`), so a phrase in the script matches the same text. Greek and
/// Cyrillic stay with the confusables table, because there they are the disguise.
fn is_romanised_script(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF
        | 0x0900..=0x0DFF
        | 0x0E00..=0x0EFF
        | 0x1100..=0x11FF
        | 0x1200..=0x139F
        | 0x3040..=0x30FF
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF
        | 0xFB1D..=0xFDFF
        | 0xFE70..=0xFEFF)
}

/// Greek and Cyrillic lower-case letters that people use for Latin ones but whose confusables
/// skeleton is not ASCII (`ε` -> `ɛ`, `τ` -> `ᴛ`, `κ` -> `ĸ`): "ενeryοηe hατεs yου".
fn look_alike(c: char) -> Option<u8> {
    Some(match c {
        'ε' | 'έ' | 'є' | 'ɛ' | 'ё' => b'e',
        'τ' | 'т' | 'ᴛ' => b't',
        'κ' | 'к' | 'ĸ' | 'ќ' => b'k',
        'ι' | 'ί' | 'ϊ' => b'i',
        'ν' => b'v',
        'η' | 'ή' | 'п' => b'n',
        'υ' | 'ύ' | 'μ' | 'ц' => b'u',
        'ω' | 'ώ' | 'ш' => b'w',
        'ρ' => b'p',
        'χ' => b'x',
        'γ' => b'y',
        'α' | 'ά' => b'a',
        'ο' | 'ό' | 'σ' => b'o',
        'в' => b'b',
        'м' => b'm',
        'н' => b'h',
        'г' => b'r',
        _ => return None,
    })
}

/// One or two letters then a number, with an optional plural `s`: an age group, school year,
/// key stage or road (`u18`, `u21s`, `yr11`, `ks3`, `y9`, `a14`). A single digit only counts
/// after the prefixes that take one (`ks3`, `yr9`, `y7`, `u9`), so `h8` and `m8` stay leetspeak.
fn is_code(word: &[Unit]) -> bool {
    let letters = word
        .iter()
        .take_while(|u| u.byte.is_ascii_lowercase())
        .count();
    let digits = word[letters..]
        .iter()
        .take_while(|u| u.byte.is_ascii_digit())
        .count();
    let tail = &word[letters + digits..];
    let plural = tail.is_empty() || (tail.len() == 1 && tail[0].byte == b's');
    if !(1..=2).contains(&letters) || digits == 0 || !plural {
        return false;
    }
    let prefix = (
        word[0].byte,
        word.get(1).map(|u| u.byte).filter(|_| letters == 2),
    );
    digits >= 2
        || matches!(
            prefix,
            (b'k', Some(b's')) | (b'y', Some(b'r')) | (b'y' | b'u', None)
        )
}

/// Units, ages and ordinals written straight after a number (`44kg`, `14yo`, `1000x`, `10pm`,
/// `2nd`, `3d`), which keep their digits.
fn is_unit(suffix: impl Iterator<Item = u8>) -> bool {
    let mut buf = [0u8; 4];
    let mut n = 0;
    for b in suffix {
        if n == buf.len() {
            return false;
        }
        buf[n] = b;
        n += 1;
    }
    matches!(
        &buf[..n],
        b"kg"
            | b"kgs"
            | b"g"
            | b"mg"
            | b"mcg"
            | b"ml"
            | b"l"
            | b"lb"
            | b"lbs"
            | b"st"
            | b"oz"
            | b"yo"
            | b"yr"
            | b"yrs"
            | b"y"
            | b"x"
            | b"k"
            | b"m"
            | b"am"
            | b"pm"
            | b"h"
            | b"hr"
            | b"hrs"
            | b"min"
            | b"mins"
            | b"s"
            | b"th"
            | b"nd"
            | b"rd"
            | b"gb"
            | b"mb"
            | b"p"
            | b"cm"
            | b"mm"
            | b"ft"
            | b"km"
            | b"mph"
            | b"d"
            | b"v"
            | b"w"
            | b"ms"
            | b"sec"
            | b"secs"
            | b"day"
            | b"days"
            | b"wk"
            | b"wks"
    )
}

fn leet_digit(b: u8) -> u8 {
    match b {
        b'0' => b'o',
        b'1' => b'i',
        b'3' => b'e',
        b'4' => b'a',
        b'5' => b's',
        b'7' => b't',
        b'8' => b'b',
        b'9' => b'g',
        other => other,
    }
}

fn leet_symbol(b: u8) -> u8 {
    match b {
        b'@' => b'a',
        b'$' => b's',
        b'!' => b'i',
        b'|' => b'l',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        Normaliser::new().normalise(s, true).text.clone()
    }

    #[test]
    fn disguises() {
        assert_eq!(n("How-To_DIE."), " how to die ");
        assert_eq!(n("k1ll mys3lf"), " kill myself ");
        assert_eq!(n("k!ll $uicide"), " kill suicide ");
        assert_eq!(n("dieeeeee"), " die ");
        assert_eq!(n("k i l l myself"), " kill myself ");
        assert_eq!(n("s.u.i.c.i.d.e methods"), " suicide methods ");
        assert_eq!(n("ｐｏｒｎ"), " porn ");
        assert_eq!(
            n("wh\u{0456}t\u{0435} \u{0440}ow\u{0435}r"),
            " white power "
        );
        assert_eq!(n("su\u{200B}ic\u{200D}ide"), " suicide ");
        assert_eq!(n("café"), " cafe ");
        assert_eq!(n("ΡΟRN"), " porn ");
        // A wider gap between spelled-out words keeps them apart.
        assert_eq!(
            n("k e e p  t h i s  b e t w e e n  u s"),
            " keep this between us "
        );
        assert_eq!(n("n a t i o n a l  a c t i o n"), " national action ");
        assert_eq!(n("k - i - l - l"), " kill ");
        assert_eq!(n("p 0 r n hub"), " porn hub ");
        assert_eq!(n("u r a loser"), " u r a loser ");
        assert_eq!(n("h o w  d e e p"), " how deep ");
    }

    #[test]
    fn meaningful_emoji_are_words_and_the_rest_separators() {
        assert_eq!(n("kms 😭😭"), " kms emojisob emojisob ");
        assert_eq!(n("on sight🔪"), " on sight emojiknife ");
        assert_eq!(n("who has ❄\u{FE0F}"), " who has emojisnow ");
        assert_eq!(n("nice 🌈 day"), " nice day ");
    }

    #[test]
    fn own_scripts_are_romanised_the_same_with_or_without_vowel_marks() {
        let plain = n("جرحت نفسي");
        assert!(plain.trim().len() > 4, "{plain:?}");
        // The same words with harakat (vowel marks) normalise to the same text.
        assert_eq!(n("جَرَحْتُ نَفْسِي"), plain);
        assert_eq!(n("मैं ठीक हूँ").split(' ').filter(|w| !w.is_empty()).count(), 3);
    }

    #[test]
    fn greek_and_cyrillic_look_alikes_without_an_ascii_skeleton() {
        assert_eq!(n("ενeryοηe hατεs yου"), " everyone hates you ");
        assert_eq!(n("ιηsταgram αccουητ hαcκ"), " instagram account hack ");
    }

    #[test]
    fn masked_and_spelled_out_words_with_the_pack_vocabulary() {
        let vocab = Arc::new(Vocabulary::from_phrases([
            "want to die",
            "mujahideen recruitment",
            "dont tell your parents",
            "bring a blade",
            "kill myself",
        ]));
        let mut norm = Normaliser::with_vocabulary(vocab);
        let mut v = |s: &str| norm.normalise(s, true).text.clone();
        assert_eq!(v("i w a n t t o d i e"), " i want to die ");
        assert_eq!(v("m*jahideen r*cruitment"), " mujahideen recruitment ");
        assert_eq!(v("how to d*e"), " how to die ");
        assert_eq!(
            v("d.o.n.t t.e.l.l y.o.u.r p.a.r.e.n.t.s"),
            " dont tell your parents "
        );
        assert_eq!(v("bringin a b l a d e in"), " bringin a blade in ");
        // A pack word spelled out stays one word; unknown runs stay joined.
        assert_eq!(v("k i l l myself"), " kill myself ");
        assert_eq!(v("a b c d"), " abcd ");
        // Asterisks that hide no pack word, or are not inside a word, separate words as before.
        assert_eq!(v("*hugs* f*ck **note**"), " hugs f ck note ");
        // The map back shows what was typed.
        let out = norm.normalise("how to d*e", true);
        let at = out.text.find("die").unwrap();
        let (a, b) = out.original_range(at, at + 3);
        assert_eq!(&"how to d*e"[a..b], "d*e");
        // Without a vocabulary nothing is guessed.
        assert_eq!(n("how to d*e"), " how to d e ");
        assert_eq!(n("i w a n t t o d i e"), " iwanttodie ");
    }

    #[test]
    fn dialect_words_become_the_standard_ones() {
        assert_eq!(n("ah just want tae be deid"), " i just want to be dead ");
        assert_eq!(
            n("go kill yersel naebody wants ye"),
            " go kill yourself nobody wants you "
        );
        assert_eq!(n("a cannae help it"), " a can t help it ");
        assert_eq!(n("the school wi fi"), " the school wi fi ");
        assert_eq!(n("sit wi him"), " sit with him ");
        // Ordinary English words that look like dialect are not touched.
        assert_eq!(n("a canny move at 10 am"), " a canny move at 10 am ");
        // With the vocabulary, a dropped g is restored only towards a pack word.
        let vocab = Arc::new(Vocabulary::from_phrases(["jumping off"]));
        let mut norm = Normaliser::with_vocabulary(vocab);
        assert_eq!(norm.normalise("jumpin aff", true).text, " jumping off ");
        assert_eq!(norm.normalise("the cabin", true).text, " the cabin ");
        let out = norm.normalise("gonnae jumpin", true);
        assert_eq!(out.text, " going to jumping ");
        assert_eq!(out.original_range(1, 9), (0, 6));
        assert_eq!(out.original_range(10, 17), (7, 13));
    }

    #[test]
    fn numbers_with_units_are_not_leetspeak() {
        assert_eq!(
            n("44kg still not low enough"),
            " 44kg still not low enough "
        );
        assert_eq!(n("14yo at 3am, 1000x"), " 14yo at 3am 1000x ");
        assert_eq!(n("3d printed"), " 3d printed ");
        assert_eq!(n("4u l8r h8"), " au lbr hb ");
    }

    #[test]
    fn age_groups_and_school_years_are_not_leetspeak() {
        assert_eq!(n("bet on u18s and u21"), " bet on u18s and u21 ");
        assert_eq!(n("the yr11 girl in ks3 y9"), " the yr11 girl in ks3 y9 ");
        // Leetspeak words still map: digits inside letters, or one digit after another prefix.
        assert_eq!(n("k1ll m8 b4"), " kill mb ba ");
    }

    #[test]
    fn innocent_digits_and_punctuation_survive() {
        assert_eq!(n("kill -9 1234"), " kill 9 1234 ");
        assert_eq!(n("top 10 films!"), " top 10 films ");
        assert_eq!(n("help!"), " help ");
        assert_eq!(n("Year 11"), " year 11 ");
    }

    #[test]
    fn maps_back_to_what_was_typed() {
        let text = "I want to k i l l myself!!";
        let norm = Normaliser::new().normalise(text, true).clone();
        let at = norm.text.find("kill myself").unwrap();
        let (from, to) = norm.original_range(at, at + "kill myself".len());
        assert_eq!(&text[from..to], "k i l l myself");
        let text = "ｐｏｒｎ";
        let norm = Normaliser::new().normalise(text, true).clone();
        let (from, to) = norm.original_range(1, 5);
        assert_eq!(&text[from..to], "ｐｏｒｎ");
    }

    #[test]
    fn stream_mode_keeps_edge_separators() {
        assert_eq!(
            Normaliser::new()
                .normalise("i want to ", false)
                .text
                .clone(),
            "i want to "
        );
        assert_eq!(Normaliser::new().normalise(" die", false).text, " die");
        assert_eq!(Normaliser::new().normalise("k", false).text, "k");
    }

    #[test]
    fn variants() {
        assert_eq!(
            single_letter_variant("kill myself").as_deref(),
            Some("kil myself")
        );
        assert_eq!(single_letter_variant("weed"), None);
        assert_eq!(single_letter_variant("suicide"), None);
        assert_eq!(normalise_phrase("I'm going to"), "i m going to");
    }
}
