//! From an [`Event`] to its [`Detection`]s: pick the fields to judge, normalise them, match,
//! apply exceptions, allowlists and weights, and keep one detection per category at the
//! highest level found.
//!
//! Two pieces of state live here, both per input stream:
//! - typed-text streams: endpoint `text_capture` fragments from the same device and window,
//!   under 30 s apart, are one stream, so `i want to k` + `ill myself` is found;
//! - recent searches: successive autocomplete prefixes of one search (`how to k`, `how to ki`,
//!   ...) by one learner give one detection per rule, not one per keystroke.

use foldhash::{HashMap, HashMapExt};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use schemas::{Category, Detection, EndpointKind, Event, Field, Level};

use crate::locate::{BlockChecks, Locator};
use crate::matcher::{Hit, Matcher, StreamMatcher};
use crate::model::TextModel;
use crate::normalise::{Normalised, Normaliser};
use crate::pack::{Profile, RulePack, process_name};

/// Fragments further apart than this start a new typed-text stream (CONTRACTS.md §2).
pub const STREAM_GAP_SECS: i64 = 30;
/// A search that extends or shortens one made by the same learner within this window is the
/// same search being typed.
pub const SEARCH_WINDOW_SECS: i64 = 120;
/// Lines about the same DNS lookup (query, policy, reply) arrive within this.
const DNS_REPEAT_SECS: i64 = 30;
/// Bounds on per-learner state, so a long run cannot grow it without limit.
const MAX_STREAMS: usize = 10_000;
const MAX_SEARCHES: usize = 50_000;
/// Typed text kept per stream to show what was matched across fragments.
const STREAM_TEXT_KEEP: usize = 4096;

/// A candidate match before scoring.
#[derive(Debug, Clone)]
struct Candidate {
    rule: u32,
    field: Field,
    matched: String,
    span: Option<(u32, u32)>,
    weight: u32,
    phrase: u32,
}

struct TextStream<S> {
    stream: S,
    last: DateTime<Utc>,
    /// Stream offset of the first byte of each kept fragment, its normalised form and raw text.
    fragments: Vec<(u64, Normalised, String)>,
    seen: u64,
    /// Matches already reported (pattern, end), so an end-of-data match is not reported again
    /// when the next fragment confirms it.
    reported: Vec<(u32, u64)>,
    /// Categories the text model has reported for this stream: once per stream, not once
    /// per fragment typed after the words that tipped it.
    modelled: Vec<Category>,
}

/// The detector for one input stream (one per worker thread: it owns Hyperscan scratch).
pub struct Detector<M: Matcher + StreamMatcher> {
    pack: Arc<RulePack>,
    matcher: M,
    profile: Profile,
    norm: Normaliser,
    hits: Vec<Hit>,
    candidates: Vec<Candidate>,
    streams: HashMap<(String, String), TextStream<M::Stream>>,
    searches: HashMap<(String, u32), (String, DateTime<Utc>)>,
    lookups: HashMap<(String, String), DateTime<Utc>>,
    locator: Locator,
    checks: BlockChecks,
    /// Host, SNI and DNS names already judged -> their candidates.
    names: [HashMap<String, Vec<Candidate>>; 3],
    model: Option<Arc<TextModel>>,
    /// The typed-text stream the current event added to: its key, recent normalised text and
    /// recent raw text, for the text model.
    typed: Option<(StreamKey, String, String)>,
    /// The current event's block-scanned fields as normalised (padded) for the scan, so the
    /// context check, the text model and the autocomplete memory do not normalise them again
    /// (normalising was the largest single cost of `detect`).
    block_norms: Vec<(Field, String)>,
}

type StreamKey = (String, String);

impl<M: Matcher + StreamMatcher> Detector<M> {
    pub fn new(pack: Arc<RulePack>, matcher: M, profile: Profile) -> Self {
        let norm = Normaliser::with_vocabulary(Arc::clone(&pack.vocabulary));
        Detector {
            locator: Locator::new(&pack),
            checks: BlockChecks::default(),
            names: Default::default(),
            model: None,
            typed: None,
            block_norms: Vec::new(),
            pack,
            matcher,
            profile,
            norm,
            hits: Vec::new(),
            candidates: Vec::new(),
            streams: HashMap::new(),
            searches: HashMap::new(),
            lookups: HashMap::new(),
        }
    }

    /// Add the text model's second opinion on searches, typed text and window titles.
    pub fn with_model(mut self, model: Option<Arc<TextModel>>) -> Self {
        self.model = model;
        self
    }

    /// Set the text model aside (training needs what the rules alone find).
    pub fn take_model(&mut self) -> Option<Arc<TextModel>> {
        self.model.take()
    }

    pub fn set_model(&mut self, model: Option<Arc<TextModel>>) {
        self.model = model;
    }

    pub fn pack(&self) -> &RulePack {
        &self.pack
    }

    /// Forget all per-learner state (between independent inputs, such as eval items).
    pub fn reset(&mut self) {
        for (_, s) in self.streams.drain() {
            self.matcher.close(s.stream);
        }
        self.searches.clear();
        self.lookups.clear();
    }

    /// Whether this client looked this name up moments ago (another line of the same lookup).
    fn seen_lookup(&mut self, ev: &Event, qname: &str) -> bool {
        // Lines without a client (unbound's SERVFAIL line) match any client's lookup.
        let key = (ev.client_ip.clone().unwrap_or_default(), qname.to_owned());
        let anyone = (String::new(), qname.to_owned());
        if self.lookups.len() >= MAX_SEARCHES {
            self.lookups
                .retain(|_, t| ev.ts.signed_duration_since(*t).num_seconds() < DNS_REPEAT_SECS);
        }
        let seen = self.lookups.get(&key).is_some_and(|t| {
            (0..DNS_REPEAT_SECS).contains(&ev.ts.signed_duration_since(*t).num_seconds())
        });
        let recent = |t: &DateTime<Utc>| {
            (0..DNS_REPEAT_SECS).contains(&ev.ts.signed_duration_since(*t).num_seconds())
        };
        let seen =
            seen || (ev.client_ip.is_none() && self.lookups.get(&anyone).is_some_and(recent));
        if !seen {
            self.lookups.insert(key, ev.ts);
            self.lookups.insert(anyone, ev.ts);
        }
        seen
    }

    /// The detections for one event: at most one per category, at its highest level.
    pub fn detect(&mut self, ev: &Event) -> Vec<Detection> {
        self.candidates.clear();
        self.typed = None;
        self.block_norms.clear();
        let allowed_host = [&ev.host, &ev.sni, &ev.qname]
            .into_iter()
            .flatten()
            .any(|h| self.pack.allow.domains.contains_host(h));

        if let Some(search) = &ev.search {
            self.scan_block(search, Field::Search);
        }
        if !allowed_host {
            if let Some(url_text) = url_text(ev) {
                self.scan_block(&url_text, Field::Url);
            }
            self.url_prefixes(ev);
            // A resolver logs one lookup several times (query, forward, policy, reply): judge
            // a name once per client per short window, whichever of its lines comes first.
            let qname = match &ev.qname {
                Some(q) if self.seen_lookup(ev, q) => &None,
                other => other,
            };
            for (name, field) in [
                (&ev.host, Field::Host),
                (&ev.sni, Field::Sni),
                (qname, Field::Qname),
            ] {
                if let Some(name) = name {
                    self.domain(name, field);
                }
            }
        }
        if let Some(title) = &ev.window_title {
            self.scan_block(title, Field::WindowTitle);
        }
        if let Some(process) = &ev.process {
            self.process(process);
        }
        if let Some(text) = &ev.text {
            if ev.event == Some(EndpointKind::TextCapture) && ev.device.is_some() {
                self.scan_typed(ev, text);
            } else {
                self.scan_block(text, Field::Text);
            }
        }
        let mut found = self.score(ev);
        if !found.is_empty() && !self.pack.allow.contexts.is_empty() {
            self.drop_in_context(ev, &mut found);
        }
        if let Some(model) = self.model.clone() {
            self.model_opinion(ev, &model, &mut found);
        }
        if let Some(search) = &ev.search {
            self.forget_repeated_searches(ev, search, &mut found);
        }
        found
    }

    /// The current event's `field` as its block scan normalised it (padded).
    fn block_norm(&self, field: Field) -> Option<&str> {
        self.block_norms
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, n)| n.as_str())
    }

    /// Block-mode scan of one field's text.
    fn scan_block(&mut self, raw: &str, field: Field) {
        let norm = self.norm.normalise(raw, true);
        if matches!(field, Field::Search | Field::WindowTitle | Field::Text) {
            self.block_norms.push((field, norm.text.clone()));
        }
        self.hits.clear();
        self.matcher
            .scan_field(norm.text.as_bytes(), field, &mut self.hits);
        let hits = std::mem::take(&mut self.hits);
        self.checks.reset();
        for h in &hits {
            let (from, to) = (h.from as usize, h.to as usize);
            if let Some(c) = candidate(
                &self.pack,
                &self.locator,
                &mut self.checks,
                h.pattern,
                field,
                &norm.text,
                from,
                to,
                |a, b| {
                    let (s, e) = norm.original_range(a, b);
                    (
                        raw.get(s..e).unwrap_or_default().to_owned(),
                        Some((s as u32, e as u32)),
                    )
                },
            ) {
                self.candidates.push(c);
            }
        }
        self.hits = hits;
    }
}

/// Check one hit against boundaries, the rule's fields, exceptions and the allowlist.
#[allow(clippy::too_many_arguments)]
fn candidate(
    pack: &RulePack,
    locator: &Locator,
    checks: &mut BlockChecks,
    pattern: u32,
    field: Field,
    text: &str,
    from: usize,
    to: usize,
    original: impl Fn(usize, usize) -> (String, Option<(u32, u32)>),
) -> Option<Candidate> {
    let pat = pack.patterns.get(pattern as usize)?;
    let rule = &pack.rules[pat.rule as usize];
    if !rule.fields.contains(field) {
        return None;
    }
    let bytes = text.as_bytes();
    // Literals are ` phrase`: the word must also end here (a space or the end of the text).
    if pat.literal && to < bytes.len() && bytes[to] != b' ' {
        return None;
    }
    let start = if pat.literal {
        from + 1
    } else {
        locator.start(pack, pattern, text, to).unwrap_or(from)
    };
    if start >= to || to > bytes.len() {
        return None;
    }
    // An allowlisted phrase around the match ("scunthorpe", "bath bomb") cancels it, and so
    // does one of the rule's own exceptions anywhere in the field.
    if checks.allowed(locator, text, start, to) || checks.excepted(locator, pat.rule, text) {
        return None;
    }
    let (matched, span) = original(start, to);
    Some(Candidate {
        rule: pat.rule,
        field,
        matched,
        span,
        weight: pat.weight,
        phrase: pat.phrase,
    })
}

impl<M: Matcher + StreamMatcher> Detector<M> {
    /// Domain lists on a host, SNI or DNS name; and phrases over the name split into words
    /// for rules that ask for that field.
    /// The candidates of a host, SNI or DNS name. Names repeat from line to line (a page
    /// loads dozens of objects from one host), and what a name matches depends only on the
    /// name and the field, so the answer is remembered.
    fn domain(&mut self, name: &str, field: Field) {
        let slot = match field {
            Field::Host => 0,
            Field::Sni => 1,
            _ => 2,
        };
        if let Some(found) = self.names[slot].get(name) {
            self.candidates.extend(found.iter().cloned());
            return;
        }
        let before = self.candidates.len();
        self.domain_uncached(name, field);
        let cache = &mut self.names[slot];
        if cache.len() >= NAME_CACHE {
            cache.clear();
        }
        cache.insert(name.to_owned(), self.candidates[before..].to_vec());
    }

    fn domain_uncached(&mut self, name: &str, field: Field) {
        let pack = Arc::clone(&self.pack);
        for (listed, rules) in pack.domains.lookup(name) {
            for r in rules {
                self.candidates.push(Candidate {
                    rule: *r,
                    field,
                    matched: listed.to_owned(),
                    span: None,
                    weight: 0,
                    phrase: u32::MAX,
                });
            }
        }
        let unicode = if name.contains("xn--") {
            idna::domain_to_unicode(name).0
        } else {
            name.to_owned()
        };
        if pack.phrase_fields.contains(field) {
            self.scan_block(&unicode, field);
        }
    }

    /// The program an endpoint event came from, against the pack's `processes` lists: Tor,
    /// a torrent client or a credential dumper says what is happening even when nothing is
    /// typed.
    fn process(&mut self, raw: &str) {
        if self.pack.processes.is_empty() {
            return;
        }
        // Disjoint fields: the pack is read while candidates grow, no Arc clone needed.
        if let Some(rules) = self.pack.processes.get(&process_name(raw)) {
            for r in rules {
                self.candidates.push(Candidate {
                    rule: *r,
                    field: Field::Process,
                    matched: raw.to_owned(),
                    span: None,
                    weight: 0,
                    phrase: u32::MAX,
                });
            }
        }
    }

    fn url_prefixes(&mut self, ev: &Event) {
        if self.pack.url_prefixes.is_empty() {
            return;
        }
        let (Some(host), Some(path)) = (&ev.host, &ev.path) else {
            return;
        };
        let host = host.trim_start_matches("www.");
        let full = format!("{host}{path}");
        let pack = Arc::clone(&self.pack);
        for (prefix, rules) in &pack.url_prefixes {
            if full.starts_with(prefix.as_str()) {
                for r in rules {
                    self.candidates.push(Candidate {
                        rule: *r,
                        field: Field::Url,
                        matched: prefix.clone(),
                        span: None,
                        weight: 0,
                        phrase: u32::MAX,
                    });
                }
            }
        }
    }

    /// Stream-mode scan of a typed-text fragment.
    fn scan_typed(&mut self, ev: &Event, raw: &str) {
        let key = (
            ev.device.clone().unwrap_or_default(),
            ev.window_title
                .clone()
                .or_else(|| ev.process.clone())
                .unwrap_or_default(),
        );
        let fresh = match self.streams.get(&key) {
            Some(s) => {
                let gap = ev.ts.signed_duration_since(s.last).num_seconds();
                !(0..STREAM_GAP_SECS).contains(&gap)
            }
            None => true,
        };
        if fresh {
            if let Some(old) = self.streams.remove(&key) {
                self.matcher.close(old.stream);
            }
            if self.streams.len() >= MAX_STREAMS {
                self.evict_streams(ev.ts);
            }
            let Some(mut stream) = self.matcher.open() else {
                self.scan_block(raw, Field::Text);
                return;
            };
            // A leading space so that ` phrase` matches at the start of the stream.
            let mut ignore = Vec::new();
            self.matcher.scan_stream(&mut stream, b" ", &mut ignore);
            self.streams.insert(
                key.clone(),
                TextStream {
                    stream,
                    last: ev.ts,
                    fragments: Vec::new(),
                    seen: 1,
                    reported: Vec::new(),
                    modelled: Vec::new(),
                },
            );
        }
        let norm = self.norm.normalise(raw, false).clone();
        let Some(state) = self.streams.get_mut(&key) else {
            return;
        };
        let base = state.seen;
        self.hits.clear();
        self.matcher
            .scan_stream(&mut state.stream, norm.text.as_bytes(), &mut self.hits);
        self.matcher.scan_end(&state.stream, &mut self.hits);
        self.hits
            .retain(|h| !state.reported.contains(&(h.pattern, h.to)));
        self.hits.sort_by_key(|h| (h.pattern, h.to));
        self.hits.dedup_by_key(|h| (h.pattern, h.to));
        state
            .reported
            .extend(self.hits.iter().map(|h| (h.pattern, h.to)));
        if state.reported.len() > 256 {
            state.reported.drain(..128);
        }
        state.seen += norm.text.len() as u64;
        state.last = ev.ts;
        state.fragments.push((base, norm, raw.to_owned()));
        // Keep only the recent fragments needed to show a match.
        while state.fragments.len() > 1
            && state.fragments.iter().map(|f| f.2.len()).sum::<usize>() > STREAM_TEXT_KEEP
        {
            state.fragments.remove(0);
        }
        let fragments = &state.fragments;
        // The stream's recent normalised text, for boundary and exception checks.
        let first = fragments.first().map_or(base, |f| f.0);
        let joined: String = fragments.iter().map(|f| f.1.text.as_str()).collect();
        let joined = if first == 1 {
            format!(" {joined}")
        } else {
            joined
        };
        let offset0 = if first == 1 { 0 } else { first };
        if self.model.is_some() {
            let raw_recent: String = fragments.iter().map(|f| f.2.as_str()).collect();
            self.typed = Some((key.clone(), joined.clone(), raw_recent));
        }
        let hits = std::mem::take(&mut self.hits);
        self.checks.reset();
        let mut found = Vec::new();
        for h in &hits {
            let literal = self
                .pack
                .patterns
                .get(h.pattern as usize)
                .is_some_and(|p| p.literal);
            // A phrase that began before the text still kept is not judged again; a regex's
            // start is unknown until located (Hyperscan reports 0), so it is located in what
            // is kept.
            if h.to <= offset0 || (literal && h.from < offset0) {
                continue;
            }
            let (from, to) = (
                h.from.saturating_sub(offset0) as usize,
                (h.to - offset0) as usize,
            );
            let pieces = |a: usize, b: usize| {
                let (a, b) = ((a as u64) + offset0, (b as u64) + offset0);
                let mut out = String::new();
                for (start, n, raw) in fragments {
                    let end = start + n.text.len() as u64;
                    if b <= *start || a >= end {
                        continue;
                    }
                    let la = a.saturating_sub(*start) as usize;
                    let lb = (b.min(end) - start) as usize;
                    let (s, e) = n.original_range(la, lb);
                    out.push_str(raw.get(s..e).unwrap_or_default());
                }
                (out, None)
            };
            if let Some(c) = candidate(
                &self.pack,
                &self.locator,
                &mut self.checks,
                h.pattern,
                Field::Text,
                &joined,
                from,
                to,
                pieces,
            ) {
                found.push(c);
            }
        }
        self.candidates.extend(found);
        self.hits = hits;
    }

    fn evict_streams(&mut self, now: DateTime<Utc>) {
        let stale: Vec<_> = self
            .streams
            .iter()
            .filter(|(_, s)| now.signed_duration_since(s.last).num_seconds() >= STREAM_GAP_SECS)
            .map(|(k, _)| k.clone())
            .collect();
        for k in stale {
            if let Some(s) = self.streams.remove(&k) {
                self.matcher.close(s.stream);
            }
        }
    }

    /// Drop search detections that continue a search this learner made moments ago (the
    /// autocomplete prefixes of one search). Judged per rule on what fired, after weights, so a
    /// weighted rule that only fires on the longer search still fires once.
    fn forget_repeated_searches(&mut self, ev: &Event, search: &str, found: &mut Vec<Detection>) {
        let who = ev
            .user
            .clone()
            .or_else(|| ev.client_ip.clone())
            .or_else(|| ev.device.clone())
            .unwrap_or_default();
        let now_norm = match self.block_norm(Field::Search) {
            Some(n) => n.trim().to_owned(),
            None => self.norm.normalise(search, false).text.trim().to_owned(),
        };
        if self.searches.len() >= MAX_SEARCHES {
            self.searches.retain(|_, (_, t)| {
                ev.ts.signed_duration_since(*t).num_seconds() < SEARCH_WINDOW_SECS
            });
        }
        let pack = &self.pack;
        let searches = &mut self.searches;
        found.retain(|d| {
            if d.field != Field::Search {
                return true;
            }
            // Model detections are keyed past the rules' indices, one key per category.
            let rule = match pack.rules.iter().position(|r| r.id == d.rule) {
                Some(r) => r as u32,
                None if d.rule.starts_with("model.") => {
                    u32::MAX
                        - Category::ALL
                            .iter()
                            .position(|c| *c == d.category)
                            .unwrap_or(0) as u32
                }
                None => return true,
            };
            let key = (who.clone(), rule);
            let repeat = searches.get(&key).is_some_and(|(prev, t)| {
                let age = ev.ts.signed_duration_since(*t).num_seconds();
                (0..SEARCH_WINDOW_SECS).contains(&age)
                    && (now_norm.starts_with(prev.as_str()) || prev.starts_with(now_norm.as_str()))
            });
            searches.insert(key, (now_norm.clone(), ev.ts));
            !repeat
        });
    }

    /// Drop detections whose text is professional or coursework writing about risk (the
    /// pack's `contexts`). Names and domain lists do not depend on the words around them.
    fn drop_in_context(&mut self, ev: &Event, found: &mut Vec<Detection>) {
        let typed = self.typed.as_ref().map(|(_, norm, _)| norm.clone());
        let mut judged: Vec<(Field, bool)> = Vec::new();
        found.retain(|d| {
            if let Some((_, ctx)) = judged.iter().find(|(f, _)| *f == d.field) {
                return !ctx;
            }
            let ctx = match d.field {
                Field::Search => ev.search.as_deref(),
                Field::WindowTitle => ev.window_title.as_deref(),
                Field::Text if typed.is_none() => ev.text.as_deref(),
                _ => None,
            }
            .map(|raw| {
                let pack = &self.pack;
                match self.block_norms.iter().find(|(f, _)| *f == d.field) {
                    Some((_, n)) => pack.allow.in_context(n),
                    None => pack.allow.in_context(&self.norm.normalise(raw, true).text),
                }
            })
            .or_else(|| {
                (d.field == Field::Text).then(|| {
                    typed
                        .as_deref()
                        .is_some_and(|n| self.pack.allow.in_context(n))
                })
            })
            .unwrap_or(false);
            judged.push((d.field, ctx));
            !ctx
        });
    }

    /// The text model's categories that no rule found, on the search terms, the window title
    /// and the typed text (the recent stream, for fragments).
    fn model_opinion(&mut self, ev: &Event, model: &TextModel, found: &mut Vec<Detection>) {
        let mut texts: Vec<(Field, String, String)> = Vec::new();
        let done = std::mem::take(&mut self.block_norms);
        let mut block = |norm: &mut Normaliser, field: Field, raw: &str| {
            let n = match done.iter().find(|(f, _)| *f == field) {
                Some((_, n)) => n.clone(),
                None => norm.normalise(raw, true).text.clone(),
            };
            texts.push((field, n, raw.to_owned()));
        };
        if let Some(search) = &ev.search {
            block(&mut self.norm, Field::Search, search);
        }
        if let Some(title) = &ev.window_title {
            block(&mut self.norm, Field::WindowTitle, title);
        }
        let typed = self.typed.take();
        match (&typed, &ev.text) {
            (Some((_, norm, raw)), _) => texts.push((Field::Text, norm.clone(), raw.clone())),
            (None, Some(text)) => block(&mut self.norm, Field::Text, text),
            (None, None) => {}
        }
        self.block_norms = done;
        for (field, norm, raw) in texts {
            if self.pack.allow.in_context(&norm) {
                continue;
            }
            for v in model.judge(&norm) {
                if found.iter().any(|d| d.category == v.category) {
                    continue;
                }
                if field == Field::Text
                    && let Some((key, _, _)) = &typed
                    && let Some(state) = self.streams.get_mut(key)
                {
                    if state.modelled.contains(&v.category) {
                        continue;
                    }
                    state.modelled.push(v.category);
                }
                tracing::debug!(
                    category = %v.category,
                    probability = v.probability,
                    because = ?v.because,
                    "text model"
                );
                found.push(Detection {
                    category: v.category,
                    level: v.level,
                    rule: format!("model.{}", v.category),
                    field,
                    matched: shorten(&raw, MODEL_MATCHED_CHARS),
                    span: None,
                });
            }
        }
        found.sort_by(|a, b| b.level.cmp(&a.level).then(a.category.cmp(&b.category)));
    }

    /// Weighted rules, then one detection per category at the highest level.
    fn score(&mut self, ev: &Event) -> Vec<Detection> {
        let _ = ev;
        let pack = &self.pack;
        let mut weighted: HashMap<u32, (u32, Vec<u32>, Candidate)> = HashMap::new();
        let mut best: HashMap<Category, (Level, Candidate)> = HashMap::new();
        for c in self.candidates.drain(..) {
            let rule = &pack.rules[c.rule as usize];
            if rule.except_domains.is_empty()
                || ![&ev.host, &ev.sni, &ev.qname]
                    .into_iter()
                    .flatten()
                    .any(|h| rule.except_domains.contains_host(h))
            {
                if rule.threshold > 0 && c.weight > 0 {
                    let entry = weighted
                        .entry(c.rule)
                        .or_insert_with(|| (0, Vec::new(), c.clone()));
                    if !entry.1.contains(&c.phrase) {
                        entry.1.push(c.phrase);
                        entry.0 += c.weight;
                        if entry.2.matched != c.matched {
                            entry.2.matched = format!("{} + {}", entry.2.matched, c.matched);
                            entry.2.span = None;
                        }
                    }
                    continue;
                }
                offer(&mut best, rule.category, rule.level_for(self.profile), c);
            }
        }
        for (rule_idx, (sum, _, c)) in weighted {
            let rule = &pack.rules[rule_idx as usize];
            if sum >= rule.threshold {
                offer(&mut best, rule.category, rule.level_for(self.profile), c);
            }
        }
        let mut out: Vec<Detection> = best
            .into_iter()
            .map(|(category, (level, c))| Detection {
                category,
                level,
                rule: pack.rules[c.rule as usize].id.clone(),
                field: c.field,
                matched: c.matched,
                span: c.span,
            })
            .collect();
        out.sort_by(|a, b| b.level.cmp(&a.level).then(a.category.cmp(&b.category)));
        out
    }
}

/// Open Hyperscan streams are not freed by dropping them: close them with the detector.
impl<M: Matcher + StreamMatcher> Drop for Detector<M> {
    fn drop(&mut self) {
        self.reset();
    }
}

/// Keep the higher level; on a tie prefer the more telling field (search, text over URL).
fn offer(
    best: &mut HashMap<Category, (Level, Candidate)>,
    category: Category,
    level: Level,
    c: Candidate,
) {
    let rank = |f: Field| match f {
        Field::Search | Field::Text => 0,
        Field::WindowTitle => 1,
        Field::Url => 2,
        _ => 3,
    };
    match best.get(&category) {
        Some((l, old)) if *l > level || (*l == level && rank(old.field) <= rank(c.field)) => {}
        _ => {
            best.insert(category, (level, c));
        }
    }
}

/// The decoded path and query of a request URL, for phrase matching. When the URL is a
/// search its query is judged as a search instead, so only the path is kept.
/// Names remembered per field before the memory is cleared (a site sees a few thousand hosts).
const NAME_CACHE: usize = 16_384;

/// A model detection shows the learner's text, up to this many characters.
const MODEL_MATCHED_CHARS: usize = 200;

fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_owned(),
    }
}

fn url_text(ev: &Event) -> Option<String> {
    let path = ev.path.as_deref().unwrap_or("");
    let query = if ev.search.is_some() {
        ""
    } else {
        ev.query.as_deref().unwrap_or("")
    };
    if path.len() <= 1 && query.is_empty() {
        return None;
    }
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    let text = if query.is_empty() {
        decode(path)
    } else {
        format!("{} {}", decode(path), decode(query))
    };
    Some(html_escape::decode_html_entities(&text).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::NaiveMatcher;
    use crate::pack::PackSource;
    use schemas::{Format, LineParser, ParseOptions};

    fn pack(files: &[(&str, &str)]) -> Arc<RulePack> {
        // Unique across threads (n), processes (pid) and runs (nanos): tests run in parallel
        // and must never share or delete another test's directory.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let dir =
            std::env::temp_dir().join(format!("guardline-pack-{}-{n}-{nanos}", std::process::id()));
        for (path, body) in files {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, body).unwrap();
        }
        let pack = RulePack::compile(&PackSource::from_dir(&dir).unwrap()).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        Arc::new(pack)
    }

    fn detector(p: Arc<RulePack>) -> Detector<NaiveMatcher> {
        let m = NaiveMatcher::new(&p);
        Detector::new(p, m, Profile::Under18)
    }

    fn event(format: Format, line: &str) -> Event {
        LineParser::new(format, ParseOptions::default())
            .parse(line.as_bytes())
            .unwrap()
            .event()
            .unwrap()
    }

    const SUICIDE: &str = r#"
[[rule]]
id = "suicide.method"
level = 5
description = "method"
phrases = ["kill myself", "painless ways to die"]
except = ["romeo and juliet"]
"#;

    fn typed(ts: &str, text: &str) -> String {
        format!(
            r#"{{"ts": "{ts}", "device": "PC-1", "user": "u", "event": "text_capture", "window_title": "Chat", "text": "{text}"}}"#
        )
    }

    #[test]
    fn search_is_found_with_the_original_spelling() {
        let mut d = detector(pack(&[("suicide/m.toml", SUICIDE)]));
        let ev = event(
            Format::Squid,
            "1795321686.115 1 10.0.0.1 TCP_MISS/200 288 GET http://www.bing.com/search?q=how+to+k1ll+mys3lf jsmith HIER_DIRECT/1.1.1.1 text/html",
        );
        let found = d.detect(&ev);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].category, found[0].level.get(), found[0].field),
            (Category::Suicide, 5, Field::Search)
        );
        assert_eq!(found[0].matched, "k1ll mys3lf");
    }

    #[test]
    fn professional_writing_about_risk_is_not_reported_but_a_disclosure_is() {
        let allow = r#"
[allow]
contexts = ["staff training", "service user"]
"#;
        let mut d = detector(pack(&[("suicide/m.toml", SUICIDE), ("allow.toml", allow)]));
        let ev = event(
            Format::Endpoint,
            &typed(
                "2026-11-22T09:00:00Z",
                "Staff training: a service user says they will kill myself, what next",
            ),
        );
        assert!(d.detect(&ev).is_empty());
        let ev = event(
            Format::Squid,
            "1795321686.115 1 10.0.0.1 TCP_MISS/200 288 GET http://www.bing.com/search?q=kill+myself+staff+training jsmith HIER_DIRECT/1.1.1.1 text/html",
        );
        assert!(d.detect(&ev).is_empty());
        let ev = event(
            Format::Endpoint,
            &typed(
                "2026-11-22T09:05:00Z",
                "after training i want to kill myself",
            ),
        );
        assert_eq!(d.detect(&ev).len(), 1);
    }

    #[test]
    fn exceptions_and_word_boundaries() {
        let mut d = detector(pack(&[("suicide/m.toml", SUICIDE)]));
        let ev = event(
            Format::Endpoint,
            &typed(
                "2026-11-22T09:00:00Z",
                "why did romeo kill myself in romeo and juliet",
            ),
        );
        assert!(d.detect(&ev).is_empty());
        let ev = event(
            Format::Endpoint,
            &typed("2026-11-22T09:01:00Z", "skill myselfie"),
        );
        assert!(d.detect(&ev).is_empty());
    }

    #[test]
    fn split_keystrokes_are_one_stream() {
        let mut d = detector(pack(&[("suicide/m.toml", SUICIDE)]));
        let a = event(
            Format::Endpoint,
            &typed("2026-11-22T09:00:00Z", "i want to k"),
        );
        let b = event(
            Format::Endpoint,
            &typed("2026-11-22T09:00:05Z", "ill myself"),
        );
        assert!(d.detect(&a).is_empty());
        let found = d.detect(&b);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].matched, "kill myself");
        // More than 30 s later the fragments are separate streams.
        let c = event(
            Format::Endpoint,
            &typed("2026-11-22T09:10:00Z", "i want to k"),
        );
        let e = event(
            Format::Endpoint,
            &typed("2026-11-22T09:10:45Z", "ill myself"),
        );
        assert!(d.detect(&c).is_empty());
        assert!(d.detect(&e).is_empty());
    }

    #[test]
    fn autocomplete_prefixes_give_one_detection() {
        let mut d = detector(pack(&[("suicide/m.toml", SUICIDE)]));
        let mut total = 0;
        let q = "painless+ways+to+die+quickly+and+easily";
        for n in 1..=q.len() {
            let line = format!(
                "1795321686.{n:03} 1 10.0.0.1 TCP_MISS/200 288 GET https://www.google.com/complete/search?client=gws-wiz&q={} jsmith HIER_DIRECT/1.1.1.1 text/html",
                &q[..n]
            );
            total += d.detect(&event(Format::Squid, &line)).len();
        }
        assert_eq!(total, 1);
    }

    #[test]
    fn weights_add_up_to_a_threshold() {
        let rules = r#"
[[rule]]
id = "grooming.images"
level = 4
description = "pictures and secrecy"
threshold = 50
[rule.weights]
"send me a pic" = 30
"dont tell" = 30
"#;
        let mut d = detector(pack(&[("grooming/w.toml", rules)]));
        let one = event(
            Format::Endpoint,
            &typed("2026-11-22T09:00:00Z", "send me a pic of the homework"),
        );
        assert!(d.detect(&one).is_empty());
        let both = event(
            Format::Endpoint,
            &typed("2026-11-22T09:05:00Z", "send me a pic and dont tell ur mum"),
        );
        let found = d.detect(&both);
        assert_eq!((found.len(), found[0].category), (1, Category::Grooming));
    }

    #[test]
    fn endpoint_programs_match_by_file_name() {
        let rules = r#"
[[rule]]
id = "filter_bypass.programs"
level = 2
description = "tor"
processes = ["tor", "Psiphon3.exe"]
"#;
        let p = pack(&[("filter_bypass/p.toml", rules)]);
        let mut d = detector(Arc::clone(&p));
        let line = |process: &str| {
            format!(
                r#"{{"ts": "2026-11-22T09:14:03Z", "device": "LAB-07", "user": "jo", "event": "process_start", "process": {process:?}}}"#
            )
        };
        for (process, found) in [
            (
                r"C:\Users\jo\Desktop\Tor Browser\Browser\TorBrowser\Tor\tor.exe",
                true,
            ),
            ("TOR.EXE", true),
            ("/usr/bin/tor", true),
            ("psiphon3.exe", true),
            ("torrent.exe", false),
            ("chrome.exe", false),
        ] {
            let got = d.detect(&event(Format::Endpoint, &line(process)));
            assert_eq!(got.len(), usize::from(found), "{process}: {got:?}");
            if found {
                assert_eq!(
                    (got[0].field, got[0].rule.as_str()),
                    (Field::Process, "filter_bypass.programs")
                );
            }
        }
    }

    #[test]
    fn domains_parents_allowlist_and_profiles() {
        let rules = r#"
[[rule]]
id = "gambling.sites"
level = 2
description = "bookmakers"
domains = ["bet365.com"]
[rule.levels]
adult = 1
"#;
        let allow = "[allow]\ndomains = [\"gov.uk\"]\nphrases = [\"scunthorpe\"]\n";
        let p = pack(&[("gambling/s.toml", rules), ("allow.toml", allow)]);
        let mut d = detector(Arc::clone(&p));
        let ev = event(
            Format::Bind,
            "22-Nov-2026 04:28:23.033 queries: info: client @0x1 10.0.0.2#5 (www.bet365.com): query: www.bet365.com IN A +E(0)K (10.0.0.53)",
        );
        let found = d.detect(&ev);
        assert_eq!(
            (found[0].level.get(), found[0].matched.as_str()),
            (2, "bet365.com")
        );
        let mut adult = Detector::new(Arc::clone(&p), NaiveMatcher::new(&p), Profile::Adult);
        assert_eq!(adult.detect(&ev)[0].level.get(), 1);
    }
}
