//! The rule pack: TOML files in one folder per category (schema in `detect/rules/README.md`),
//! loaded from a directory or from the copy compiled into the binary, validated, and turned
//! into a [`RulePack`]: rules, the patterns Hyperscan will compile, and the domain sets.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use aho_corasick::{AhoCorasick, MatchKind};
use include_dir::{Dir, include_dir};
use schemas::{Category, Field, Level};
use serde::Deserialize;

use crate::domains::DomainSet;
use crate::error::{Error, Result};
use crate::import;
use crate::normalise::{normalise_phrase, single_letter_variant};
use crate::vocabulary::Vocabulary;

static BUILTIN: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/rules");

/// The files of a pack, by path relative to its root (`/`-separated).
#[derive(Debug, Clone)]
pub struct PackSource {
    pub origin: String,
    files: BTreeMap<String, Vec<u8>>,
}

impl PackSource {
    /// The default pack compiled into the binary.
    pub fn builtin() -> Self {
        let mut files = BTreeMap::new();
        fn walk(dir: &Dir<'_>, files: &mut BTreeMap<String, Vec<u8>>) {
            for f in dir.files() {
                files.insert(
                    f.path().to_string_lossy().replace('\\', "/"),
                    f.contents().to_vec(),
                );
            }
            for d in dir.dirs() {
                walk(d, files);
            }
        }
        walk(&BUILTIN, &mut files);
        PackSource {
            origin: "<built-in>".to_owned(),
            files,
        }
    }

    /// A pack on disk.
    pub fn from_dir(root: &Path) -> Result<Self> {
        let mut files = BTreeMap::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let entries = std::fs::read_dir(&dir).map_err(|source| Error::Io {
                path: dir.clone(),
                source,
            })?;
            for entry in entries {
                let entry = entry.map_err(|source| Error::Io {
                    path: dir.clone(),
                    source,
                })?;
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    let bytes = std::fs::read(&path).map_err(|source| Error::Io {
                        path: path.clone(),
                        source,
                    })?;
                    let rel = path
                        .strip_prefix(root)
                        .unwrap_or(&path)
                        .to_string_lossy()
                        .replace('\\', "/");
                    files.insert(rel, bytes);
                }
            }
        }
        Ok(PackSource {
            origin: root.display().to_string(),
            files,
        })
    }

    pub(crate) fn file(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    fn display(&self, rel: &str) -> String {
        if self.origin.starts_with('<') {
            format!("rules/{rel}")
        } else {
            format!("{}/{rel}", self.origin.trim_end_matches('/'))
        }
    }
}

/// Who the learner is: rules may set a different level per profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Profile {
    Under18,
    Adult,
    Staff,
}

impl Profile {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "under18" => Some(Profile::Under18),
            "adult" => Some(Profile::Adult),
            "staff" => Some(Profile::Staff),
            _ => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A set of [`Field`]s as a bit mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FieldSet(u8);

impl FieldSet {
    pub const ALL: [Field; 8] = [
        Field::Search,
        Field::Url,
        Field::Host,
        Field::Sni,
        Field::Qname,
        Field::Text,
        Field::WindowTitle,
        Field::Process,
    ];

    fn bit(f: Field) -> u8 {
        1 << Self::ALL.iter().position(|x| *x == f).unwrap_or(0)
    }

    pub fn with(mut self, f: Field) -> Self {
        self.0 |= Self::bit(f);
        self
    }

    pub fn contains(self, f: Field) -> bool {
        self.0 & Self::bit(f) != 0
    }

    fn default_text() -> Self {
        FieldSet::default()
            .with(Field::Search)
            .with(Field::Text)
            .with(Field::WindowTitle)
            .with(Field::Url)
    }
}

/// A program as endpoint agents log it (`C:\Program Files\Tor Browser\tor.exe`, `Tor.exe`,
/// `/usr/bin/tor`) to the form rules list: the file name, lower case, without `.exe`/`.app`.
pub fn process_name(raw: &str) -> String {
    let base = raw.trim().rsplit(['/', '\\']).next().unwrap_or("");
    let mut name = base.to_lowercase();
    if name.ends_with(".exe") || name.ends_with(".app") {
        name.truncate(name.len() - 4);
    }
    name
}

fn field_by_name(name: &str) -> Option<Field> {
    FieldSet::ALL.into_iter().find(|f| f.as_str() == name)
}

/// One compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub category: Category,
    pub level: Level,
    levels: [Option<Level>; 3],
    pub description: String,
    pub fields: FieldSet,
    /// Normalised phrases that cancel this rule when present in the same field.
    pub except: Vec<String>,
    pub except_domains: DomainSet,
    /// Weighted rules fire when the weights of distinct matched phrases reach this; 0 = plain.
    pub threshold: u32,
    pub file: String,
    pub line: usize,
}

impl Rule {
    pub fn level_for(&self, profile: Profile) -> Level {
        self.levels[profile.index()].unwrap_or(self.level)
    }
}

/// What a Hyperscan pattern id stands for.
#[derive(Debug, Clone)]
pub struct PatternDef {
    pub rule: u32,
    /// The Hyperscan expression.
    pub expr: String,
    /// Literal phrases are ` phrase` (leading space); their match start is `to - len + 1`.
    /// Regexes report their own start (SOM).
    pub literal: bool,
    /// For weighted rules; 0 otherwise.
    pub weight: u32,
    /// Distinct id of the phrase within its rule (a phrase and its variant share one), so a
    /// weighted rule counts each phrase once.
    pub phrase: u32,
    /// The source text, for error messages.
    pub source: String,
}

#[derive(Debug, Default, Clone)]
pub struct Allow {
    pub domains: DomainSet,
    /// Normalised, padded with spaces: a match inside one of these is not a match.
    pub phrases: Vec<String>,
    /// Normalised, padded: a text containing one of these is *about* risk, written for work
    /// (coursework questions, staff training, professional guidance), so nothing in that text
    /// is reported, by rules or by the text model.
    pub contexts: Vec<String>,
    /// One automaton over `contexts` (built on first use): the list grows with every set of
    /// coursework look-alikes, and a substring search per phrase per detection had become a
    /// few per cent of `detect`.
    contexts_matcher: OnceLock<Option<AhoCorasick>>,
}

impl Allow {
    /// Whether this normalised text is professional or coursework writing about risk: one of
    /// `contexts` occurs in it on word boundaries.
    pub fn in_context(&self, normalised: &str) -> bool {
        if self.contexts.is_empty() {
            return false;
        }
        let matcher = self.contexts_matcher.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(self.contexts.iter().map(|c| c.trim()))
                .ok()
        });
        let Some(matcher) = matcher else {
            // Building only fails past aho-corasick's size limits; fall back to plain search.
            let padded = format!(" {} ", normalised.trim());
            return self.contexts.iter().any(|q| padded.contains(q.as_str()));
        };
        let text = normalised.as_bytes();
        matcher.find_overlapping_iter(normalised).any(|m| {
            (m.start() == 0 || text[m.start() - 1] == b' ')
                && (m.end() == text.len() || text[m.end()] == b' ')
        })
    }
}

/// A validated rule pack, ready to compile into a matcher.
#[derive(Debug, Clone)]
pub struct RulePack {
    pub rules: Vec<Rule>,
    pub patterns: Vec<PatternDef>,
    /// Domain -> rule indices (host, SNI and DNS name, with every parent domain).
    pub domains: DomainSet,
    /// URL prefixes (`host/path`) from imported lists -> rule indices.
    pub url_prefixes: HashMap<String, Vec<u32>>,
    /// Program names (see [`process_name`]) -> rule indices, for endpoint events.
    pub processes: HashMap<String, Vec<u32>>,
    pub allow: Allow,
    /// The fields any phrase or regex applies to, so a field no rule reads is not scanned.
    pub phrase_fields: FieldSet,
    /// Where it came from (a directory or the built-in pack).
    pub origin: String,
    /// The words of the pack's phrases, for undoing masked and spelled-out words.
    pub vocabulary: Arc<Vocabulary>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    rule: Vec<toml::Spanned<RuleDef>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleDef {
    id: String,
    level: i64,
    description: String,
    fields: Option<Vec<String>>,
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    regex: Vec<String>,
    #[serde(default)]
    domains: Vec<String>,
    #[serde(default)]
    processes: Vec<String>,
    #[serde(default)]
    except: Vec<String>,
    #[serde(default)]
    except_domains: Vec<String>,
    #[serde(default)]
    threshold: u32,
    #[serde(default)]
    weights: BTreeMap<String, i64>,
    #[serde(default)]
    levels: BTreeMap<String, i64>,
    import_ut1: Option<String>,
    import_e2guardian: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AllowFile {
    allow: AllowDef,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AllowDef {
    #[serde(default)]
    domains: Vec<String>,
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    contexts: Vec<String>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

impl RulePack {
    pub fn builtin() -> Result<Self> {
        Self::compile(&PackSource::builtin())
    }

    pub fn load_dir(root: &Path) -> Result<Self> {
        Self::compile(&PackSource::from_dir(root)?)
    }

    /// Validate every file and build the pack. The first error wins, naming file and line.
    pub fn compile(src: &PackSource) -> Result<Self> {
        let mut pack = RulePack {
            rules: Vec::new(),
            patterns: Vec::new(),
            domains: DomainSet::default(),
            url_prefixes: HashMap::new(),
            processes: HashMap::new(),
            allow: Allow::default(),
            phrase_fields: FieldSet::default(),
            origin: src.origin.clone(),
            vocabulary: Arc::default(),
        };
        let mut ids = HashSet::new();
        for (rel, bytes) in &src.files {
            if !rel.ends_with(".toml") {
                continue;
            }
            let file = src.display(rel);
            let text = std::str::from_utf8(bytes).map_err(|e| Error::Rule {
                file: file.clone(),
                line: line_of(&String::from_utf8_lossy(bytes), e.valid_up_to()),
                message: "the file is not UTF-8".to_owned(),
            })?;
            let toml_err = |e: toml::de::Error| Error::Rule {
                file: file.clone(),
                line: e.span().map_or(1, |s| line_of(text, s.start)),
                message: e.message().trim().to_owned(),
            };
            if rel == "allow.toml" {
                let allow: AllowFile = toml::from_str(text).map_err(toml_err)?;
                for d in allow.allow.domains {
                    pack.allow.domains.insert(&d, 0).map_err(|m| Error::Rule {
                        file: file.clone(),
                        line: 1,
                        message: m,
                    })?;
                }
                for p in allow.allow.phrases {
                    let n = normalise_phrase(&p);
                    if !n.is_empty() {
                        pack.allow.phrases.push(format!(" {n} "));
                    }
                }
                for p in allow.allow.contexts {
                    let n = normalise_phrase(&p);
                    if !n.is_empty() {
                        pack.allow.contexts.push(format!(" {n} "));
                    }
                }
                continue;
            }
            let Some((folder, _)) = rel.split_once('/') else {
                return Err(Error::Rule {
                    file,
                    line: 1,
                    message: "rule files belong in a category folder".to_owned(),
                });
            };
            let category: Category = folder.parse().map_err(|_| Error::Rule {
                file: file.clone(),
                line: 1,
                message: format!("folder {folder:?} is not a category id"),
            })?;
            let parsed: RuleFile = toml::from_str(text).map_err(toml_err)?;
            let dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
            for spanned in parsed.rule {
                let line = line_of(text, spanned.span().start);
                let def = spanned.into_inner();
                let fail = |message: String| Error::Rule {
                    file: file.clone(),
                    line,
                    message,
                };
                if !ids.insert(def.id.clone()) {
                    return Err(fail(format!("rule id {:?} is used twice", def.id)));
                }
                pack.add_rule(src, dir, category, def, &file, line)
                    .map_err(fail)?;
            }
        }
        if pack.rules.is_empty() {
            return Err(Error::Empty);
        }
        for p in &pack.patterns {
            pack.phrase_fields.0 |= pack.rules[p.rule as usize].fields.0;
        }
        let phrases: Vec<String> = pack
            .patterns
            .iter()
            .filter(|p| p.literal)
            .map(|p| normalise_phrase(&p.source))
            .collect();
        let mut vocabulary = Vocabulary::from_phrases(phrases.iter().map(String::as_str));
        // The literal words of the regular expressions too (escapes like `\b` removed first,
        // so `\bbeating` gives `beating`): "beatin" is heard wherever "beating" is, and a
        // regex word spelled out letter by letter stays one word.
        let mut plain = String::new();
        for p in pack.patterns.iter().filter(|p| !p.literal) {
            let mut escaped = false;
            for c in p.source.chars() {
                match (escaped, c) {
                    (true, _) => {
                        escaped = false;
                        plain.push(' ');
                    }
                    (false, '\\') => escaped = true,
                    (false, c) if c.is_ascii_lowercase() => plain.push(c),
                    _ => plain.push(' '),
                }
            }
            plain.push(' ');
        }
        vocabulary.add_regex_words(plain.split_whitespace());
        pack.vocabulary = Arc::new(vocabulary);
        Ok(pack)
    }

    fn add_rule(
        &mut self,
        src: &PackSource,
        dir: &str,
        category: Category,
        def: RuleDef,
        file: &str,
        line: usize,
    ) -> Result<(), String> {
        let prefix = format!("{}.", category.as_str());
        if !def.id.starts_with(&prefix) || def.id.len() == prefix.len() {
            return Err(format!(
                "rule id {:?} must start with {prefix:?} (its folder)",
                def.id
            ));
        }
        let level = Level::new(def.level).map_err(|e| format!("rule {}: {e}", def.id))?;
        let mut levels = [None; 3];
        for (name, l) in &def.levels {
            let p = Profile::parse(name).ok_or_else(|| {
                format!(
                    "rule {}: unknown profile {name:?} (under18, adult, staff)",
                    def.id
                )
            })?;
            levels[p.index()] =
                Some(Level::new(*l).map_err(|e| format!("rule {}: profile {name}: {e}", def.id))?);
        }
        let fields = match &def.fields {
            None => FieldSet::default_text(),
            Some(names) => {
                let mut set = FieldSet::default();
                for n in names {
                    set = set.with(
                        field_by_name(n)
                            .ok_or_else(|| format!("rule {}: unknown field {n:?}", def.id))?,
                    );
                }
                set
            }
        };
        let rule_idx = self.rules.len() as u32;
        let mut except_domains = DomainSet::default();
        for d in &def.except_domains {
            except_domains
                .insert(d, rule_idx)
                .map_err(|m| format!("rule {}: {m}", def.id))?;
        }
        let mut phrase_no = 0u32;
        for p in &def.phrases {
            self.add_phrase(&def.id, rule_idx, &mut phrase_no, p, 0)?;
        }
        for (p, w) in &def.weights {
            let w = u32::try_from(*w).ok().filter(|w| *w > 0).ok_or_else(|| {
                format!(
                    "rule {}: weight of {p:?} must be a positive integer",
                    def.id
                )
            })?;
            self.add_phrase(&def.id, rule_idx, &mut phrase_no, p, w)?;
        }
        if !def.weights.is_empty() && def.threshold == 0 {
            return Err(format!("rule {}: weights need a threshold", def.id));
        }
        for r in &def.regex {
            if r.trim().is_empty() {
                return Err(format!("rule {}: empty regex", def.id));
            }
            self.patterns.push(PatternDef {
                rule: rule_idx,
                expr: format!(r"\b(?:{r})\b"),
                literal: false,
                weight: 0,
                phrase: phrase_no,
                source: r.clone(),
            });
            phrase_no += 1;
        }
        for d in &def.domains {
            self.domains
                .insert(d, rule_idx)
                .map_err(|m| format!("rule {}: {m}", def.id))?;
        }
        for p in &def.processes {
            let name = process_name(p);
            if name.is_empty() {
                return Err(format!("rule {}: empty process name {p:?}", def.id));
            }
            self.processes.entry(name).or_default().push(rule_idx);
        }
        if let Some(rel) = &def.import_ut1 {
            let base = join(dir, rel);
            let list = import::ut1(src, &base).map_err(|m| format!("rule {}: {m}", def.id))?;
            for d in list.domains {
                // UT1 lists carry the odd malformed entry; skip it rather than fail the pack.
                let _ = self.domains.insert(&d, rule_idx);
            }
            for u in list.url_prefixes {
                self.url_prefixes.entry(u).or_default().push(rule_idx);
            }
        }
        if let Some(rel) = &def.import_e2guardian {
            let path = join(dir, rel);
            let list = import::e2guardian_phrases(src, &path)
                .map_err(|m| format!("rule {}: {m}", def.id))?;
            // Negative weights (e2guardian's way of discounting a context) are not modelled.
            for (p, w) in list.into_iter().filter(|(_, w)| *w >= 0) {
                self.add_phrase(&def.id, rule_idx, &mut phrase_no, &p, w as u32)?;
            }
        }
        let has_any = phrase_no > 0
            || !def.domains.is_empty()
            || !def.processes.is_empty()
            || def.import_ut1.is_some();
        if !has_any {
            return Err(format!(
                "rule {}: no phrases, regex, weights, domains, processes or imports",
                def.id
            ));
        }
        self.rules.push(Rule {
            id: def.id,
            category,
            level,
            levels,
            description: def.description,
            fields,
            except: def
                .except
                .iter()
                .map(|e| format!(" {} ", normalise_phrase(e)))
                .filter(|e| e.trim() != "")
                .collect(),
            except_domains,
            threshold: def.threshold,
            file: file.to_owned(),
            line,
        });
        Ok(())
    }

    /// A phrase and, when it differs, its single-letter variant, as literal patterns.
    fn add_phrase(
        &mut self,
        rule_id: &str,
        rule_idx: u32,
        phrase_no: &mut u32,
        p: &str,
        weight: u32,
    ) -> Result<(), String> {
        let n = normalise_phrase(p);
        if n.is_empty() {
            return Err(format!(
                "rule {rule_id}: phrase {p:?} has no letters or digits"
            ));
        }
        for form in std::iter::once(n.clone()).chain(single_letter_variant(&n)) {
            self.patterns.push(PatternDef {
                rule: rule_idx,
                expr: format!(" {form}"),
                literal: true,
                weight,
                phrase: *phrase_no,
                source: p.to_owned(),
            });
        }
        *phrase_no += 1;
        Ok(())
    }

    /// Rules and patterns per category, for `guardline rules check`.
    pub fn counts(&self) -> BTreeMap<Category, (usize, usize, usize)> {
        let mut out: BTreeMap<Category, (usize, usize, usize)> = BTreeMap::new();
        for r in &self.rules {
            out.entry(r.category).or_default().0 += 1;
        }
        for p in &self.patterns {
            out.entry(self.rules[p.rule as usize].category)
                .or_default()
                .1 += 1;
        }
        for (_, rules) in self.domains.iter() {
            for r in rules {
                out.entry(self.rules[*r as usize].category).or_default().2 += 1;
            }
        }
        out
    }
}

/// `dir/rel` with `.` and `..` resolved, as pack paths are keys, not filesystem paths.
fn join(dir: &str, rel: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for seg in dir.split('/').chain(rel.split('/')) {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}
