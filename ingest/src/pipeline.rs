//! The work done on each input line, independent of where it came from: site, parse, detect,
//! pseudonymise, alert, and buffer the rows per input partition until a flush seals them into
//! Parquet files named by their offset range.
//!
//! It is synchronous and owns no I/O except the store writes in [`Pipeline::flush`]; the
//! Kafka loop (`kafka`) drives it, and tests can drive it directly.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use arrow::record_batch::RecordBatch;
use chrono::{DateTime, NaiveDate, Utc};
use detect::{Detector, HsDatabases, HsMatcher, Profile, RulePack, TextModel};
use prometheus_client::metrics::counter::Counter;
use schemas::{Event, Format, LineParser, ParseOptions, Parsed};

use crate::alert::{Alert, AlertPolicy, Identity, Origin};
use crate::config::{Config, SiteRange};
use crate::error::{Error, Result};
use crate::metrics::{DetectionLabel, Metrics, TableLabel};
use crate::pseudonym::{Kind, Pseudonymiser};
use crate::store::{FileKey, Store, StoredRange, UNKNOWN_SITE, safe_site};
use crate::tables::{DeadletterRows, DetectionRows, EventRows, IdentityRows, Provenance};

/// One input line and where it came from.
#[derive(Debug, Clone, Copy)]
pub struct Message<'a> {
    pub topic: &'a str,
    pub partition: i32,
    pub offset: i64,
    pub key: Option<&'a [u8]>,
    /// The site named by a configured header, when `site_from = "header:NAME"`.
    pub header_site: Option<&'a str>,
    pub payload: &'a [u8],
}

/// What processing one line asks of the caller, besides buffering its rows.
#[derive(Debug, Default)]
pub struct Outcome {
    pub alerts: Vec<Alert>,
    /// The line could not be parsed: send it to the dead-letter topic with this reason.
    pub deadletter: Option<String>,
}

enum SiteFrom {
    Key,
    Header,
    Ip,
}

/// Rows of one (site, date) Hive partition.
#[derive(Default)]
struct Group {
    events: EventRows,
    detections: DetectionRows,
    deadletter: DeadletterRows,
    identities: IdentityRows,
}

/// Rows of one input partition not yet sealed.
struct Open {
    first: i64,
    last: i64,
    lines: usize,
    opened: Instant,
    /// Rows by site, then date (nested so a lookup by `&str` needs no allocation).
    groups: BTreeMap<String, BTreeMap<NaiveDate, Group>>,
}

/// Rows turned into batches, waiting to be written (kept until the store accepts them, so a
/// refused write loses nothing).
pub struct Sealed {
    pub key: FileKey,
    files: Vec<(&'static str, String, NaiveDate, RecordBatch)>,
}

#[derive(Default)]
struct PartState {
    open: Option<Open>,
    sealed: VecDeque<Sealed>,
    /// Offset ranges already in the store (from a run that died before committing them).
    stored: Vec<StoredRange>,
    /// Re-reading one of those: its rows are sealed under that flush's own offset range when
    /// its last line is read, and only the files it lacks are written (a crash between the
    /// files of one flush leaves, say, `events` without `deadletter`).
    repair: Option<(StoredRange, Open)>,
    /// Buffers closed but not yet turned into batches (sealed at the next flush, which is
    /// where an encoding error can be reported and retried).
    closed: VecDeque<(Open, Option<StoredRange>)>,
}

struct TopicCounters {
    records_in: Counter,
    parsed: Counter,
    skipped: Counter,
    malformed: Counter,
}

/// An input partition: topic index (see `Pipeline::topic_names`) and partition number.
type Tp = (u16, i32);

const PSEUDONYM_CACHE: usize = 100_000;

pub struct Pipeline {
    formats: HashMap<String, Format>,
    opts: ParseOptions,
    parsers: HashMap<Tp, LineParser>,
    detector: Detector<HsMatcher>,
    pseudo: Pseudonymiser,
    policy: AlertPolicy,
    site_from: SiteFrom,
    sites: Vec<SiteRange>,
    parts: HashMap<Tp, PartState>,
    /// Topic names by their small index in [`Tp`] (looked up by `&str`, so a message costs no
    /// String allocation).
    topic_ids: HashMap<String, u16>,
    topic_names: Vec<String>,
    /// Recent pseudonyms by name: the HMAC is the costliest step per line after detection,
    /// and a site has a few thousand learners. Cleared when it outgrows [`PSEUDONYM_CACHE`].
    pseudonyms: [HashMap<String, String>; 2],
    written_ids: HashSet<String>,
    flush_lines: usize,
    flush_after: Duration,
    counters: HashMap<String, TopicCounters>,
    metrics: Metrics,
    /// Last time each site was heard from (coverage).
    pub last_seen: HashMap<String, Instant>,
}

/// Compile (or load from the cache) the rule pack named by the configuration.
pub fn build_detector(cfg: &Config) -> Result<Detector<HsMatcher>> {
    let pack = match &cfg.detect.rules {
        Some(dir) => RulePack::load_dir(dir)?,
        None => RulePack::builtin()?,
    };
    let pack = Arc::new(pack);
    let cache = cfg
        .detect
        .cache_dir
        .clone()
        .or_else(detect::default_cache_dir);
    let dbs = HsDatabases::build(&pack, cache.as_deref())?;
    tracing::info!(
        patterns = pack.patterns.len(),
        from_cache = dbs.from_cache,
        ms = dbs.compile_time.as_millis() as u64,
        "rule pack ready"
    );
    let profile = Profile::parse(&cfg.detect.profile).ok_or_else(|| {
        Error::Config(format!(
            "detect.profile {:?} is not under18, adult or staff",
            cfg.detect.profile
        ))
    })?;
    let matcher = HsMatcher::new(Arc::new(dbs))?;
    let model = TextModel::load(&cfg.detect.model)
        .map_err(|e| Error::Config(format!("detect.model: {e}")))?;
    Ok(Detector::new(pack, matcher, profile).with_model(model.map(Arc::new)))
}

impl Pipeline {
    /// A pipeline for the Kafka topics of the configuration.
    pub fn new(cfg: &Config, detector: Detector<HsMatcher>, metrics: Metrics) -> Result<Self> {
        let inputs: Vec<(String, String)> = cfg
            .kafka
            .topics
            .iter()
            .map(|t| (t.name.clone(), t.format.clone()))
            .collect();
        Self::with_inputs(cfg, &inputs, None, detector, metrics)
    }

    /// A pipeline for named inputs `(name, format)`; `site_from` overrides the configured
    /// `kafka.site_from` (local sources pass their site as the message key).
    pub fn with_inputs(
        cfg: &Config,
        inputs: &[(String, String)],
        site_from: Option<&str>,
        detector: Detector<HsMatcher>,
        metrics: Metrics,
    ) -> Result<Self> {
        let key = cfg.pseudonym.key.as_deref().ok_or_else(|| {
            Error::Config(
                "no pseudonym key: set GUARDLINE_PSEUDONYM_KEY (identities are never stored in the clear)"
                    .into(),
            )
        })?;
        let mut formats = HashMap::new();
        for (name, format) in inputs {
            let f: Format = format
                .parse()
                .map_err(|e| Error::Config(format!("input {name}: {e}")))?;
            formats.insert(name.clone(), f);
        }
        let opts = ParseOptions::default()
            .with_tz_name(&cfg.parse.timezone)
            .map_err(|e| Error::Config(format!("parse.timezone: {e}")))?;
        let site_from = match site_from.unwrap_or(&cfg.kafka.site_from) {
            "key" => SiteFrom::Key,
            "ip" => SiteFrom::Ip,
            _ => SiteFrom::Header,
        };
        Ok(Pipeline {
            formats,
            opts,
            parsers: HashMap::new(),
            detector,
            pseudo: Pseudonymiser::new(key)?,
            policy: AlertPolicy::new(cfg.alerts.clone()),
            site_from,
            sites: cfg.kafka.sites.clone(),
            parts: HashMap::new(),
            topic_ids: HashMap::new(),
            topic_names: Vec::new(),
            pseudonyms: Default::default(),
            written_ids: HashSet::new(),
            flush_lines: cfg.store.flush_lines,
            flush_after: Duration::from_secs_f64(cfg.store.flush_secs),
            counters: HashMap::new(),
            metrics,
            last_seen: HashMap::new(),
        })
    }

    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    pub fn policy(&self) -> &AlertPolicy {
        &self.policy
    }

    pub fn policy_mut(&mut self) -> &mut AlertPolicy {
        &mut self.policy
    }

    fn counters(&mut self, topic: &str) -> &TopicCounters {
        if !self.counters.contains_key(topic) {
            let l = Metrics::topic(topic);
            let c = TopicCounters {
                records_in: self.metrics.records_in.get_or_create(&l).clone(),
                parsed: self.metrics.parsed.get_or_create(&l).clone(),
                skipped: self.metrics.skipped.get_or_create(&l).clone(),
                malformed: self.metrics.malformed.get_or_create(&l).clone(),
            };
            self.counters.insert(topic.to_owned(), c);
        }
        &self.counters[topic]
    }

    fn site_of(&self, m: &Message<'_>, ev: Option<&Event>) -> Option<String> {
        let from_key = || {
            m.key
                .and_then(|k| std::str::from_utf8(k).ok())
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let from_ip = || {
            let ip: IpAddr = ev?.client_ip.as_deref()?.parse().ok()?;
            self.sites
                .iter()
                .find(|r| r.cidr.contains(&ip))
                .map(|r| r.site.clone())
        };
        let configured = match self.site_from {
            SiteFrom::Key => from_key(),
            SiteFrom::Header => m.header_site.map(str::to_owned),
            SiteFrom::Ip => from_ip(),
        };
        configured
            .or_else(|| ev.and_then(|e| e.site.clone()))
            .or_else(from_ip)
            .map(|s| safe_site(&s))
    }

    /// The index of a topic name, assigned on first sight.
    fn tp(&mut self, topic: &str, partition: i32) -> Tp {
        if let Some(&id) = self.topic_ids.get(topic) {
            return (id, partition);
        }
        let id = u16::try_from(self.topic_names.len()).unwrap_or(u16::MAX);
        self.topic_ids.insert(topic.to_owned(), id);
        self.topic_names.push(topic.to_owned());
        (id, partition)
    }

    /// The index of a topic already seen, without assigning one.
    fn known_tp(&self, topic: &str, partition: i32) -> Option<Tp> {
        self.topic_ids.get(topic).map(|&id| (id, partition))
    }

    fn pseudonym(&mut self, kind: Kind, name: &str) -> String {
        let cache = &mut self.pseudonyms[kind as usize];
        if let Some(p) = cache.get(name) {
            return p.clone();
        }
        if cache.len() >= PSEUDONYM_CACHE {
            cache.clear();
        }
        let p = self.pseudo.pseudonym(kind, name);
        cache.insert(name.to_owned(), p.clone());
        p
    }

    /// The flushes of a partition already in the store past its committed offset (from a run
    /// that died before committing them). Their lines are processed again, and only the files
    /// a flush lacks are written, under its own name: nothing twice, nothing missing.
    pub fn set_stored(&mut self, topic: &str, partition: i32, ranges: Vec<StoredRange>) {
        let tp = self.tp(topic, partition);
        self.parts.entry(tp).or_default().stored = ranges;
    }

    /// Process one line: its rows go to the buffer of its partition.
    pub fn process(&mut self, m: &Message<'_>, now: DateTime<Utc>) -> Outcome {
        let mut out = Outcome::default();
        let tp = self.tp(m.topic, m.partition);
        if let Some(part) = self.parts.get_mut(&tp) {
            // Offsets can have gaps (transaction markers): a repair also ends when a line past
            // its range arrives.
            if part.repair.as_ref().is_some_and(|(r, _)| m.offset > r.last)
                && let Some((r, o)) = part.repair.take()
            {
                part.closed.push_back((o, Some(r)));
            }
            if part.repair.is_none() && !part.stored.is_empty() {
                part.stored.retain(|r| r.last >= m.offset);
                if let Some(i) = part
                    .stored
                    .iter()
                    .position(|r| r.first <= m.offset && m.offset <= r.last)
                {
                    let r = part.stored.remove(i);
                    // Rows read before the range get a file of their own: names never overlap.
                    if let Some(o) = part.open.take() {
                        part.closed.push_back((o, None));
                    }
                    part.repair = Some((r, Open::new(m.offset)));
                }
            }
        }
        let c = self.counters(m.topic);
        c.records_in.inc();
        let format = self.formats.get(m.topic).copied().unwrap_or(Format::Auto);
        let parser = self
            .parsers
            .entry(tp)
            .or_insert_with(|| LineParser::new(format, self.opts.clone()));
        // One log line per message; a trailing newline from a shipper is not part of it.
        let mut payload = m.payload;
        while let [rest @ .., b'\n' | b'\r'] = payload {
            payload = rest;
        }
        let parsed = if payload.len() > schemas::MAX_LINE_BYTES {
            Err(format!(
                "line of {} bytes is longer than the {} byte limit",
                payload.len(),
                schemas::MAX_LINE_BYTES
            ))
        } else {
            parser.parse(payload).map_err(|e| e.to_string())
        };
        let prov = Provenance {
            topic: m.topic,
            partition: m.partition,
            offset: m.offset,
        };
        match parsed {
            Ok(Parsed::Event(mut ev)) => {
                self.counters[m.topic].parsed.inc();
                let site = self.site_of(m, Some(&ev));
                if let Some(s) = &site {
                    self.last_seen
                        .entry(s.clone())
                        .and_modify(|t| *t = Instant::now())
                        .or_insert_with(Instant::now);
                }
                ev.site = site;
                let dets = self.detector.detect(&ev);
                let identity = Identity {
                    user: ev.user.clone(),
                    device: ev.device.clone(),
                };
                let mut new_ids = Vec::new();
                if let Some(u) = ev.user.take() {
                    let p = self.pseudonym(Kind::User, &u);
                    // Checked before inserting: nearly every line names a learner already seen.
                    if !self.written_ids.contains(&p) {
                        self.written_ids.insert(p.clone());
                        new_ids.push((p.clone(), Kind::User, u));
                    }
                    ev.user = Some(p);
                }
                if let Some(d) = ev.device.take() {
                    let p = self.pseudonym(Kind::Device, &d);
                    // Checked before inserting: nearly every line names a learner already seen.
                    if !self.written_ids.contains(&p) {
                        self.written_ids.insert(p.clone());
                        new_ids.push((p.clone(), Kind::Device, d));
                    }
                    ev.device = Some(p);
                }
                // Typed text is kept only where it raised a concern (proportionality).
                if dets.is_empty() {
                    ev.text = None;
                }
                let origin = Origin {
                    topic: m.topic,
                    partition: m.partition,
                    offset: m.offset,
                };
                let mut alerted = Vec::with_capacity(dets.len());
                for d in &dets {
                    self.metrics
                        .detections
                        .get_or_create(&DetectionLabel {
                            category: d.category.as_str().to_owned(),
                            level: d.level.get().to_string(),
                        })
                        .inc();
                    let alerts = self.policy.on_detection(&ev, &identity, d, origin, now);
                    alerted.push(!alerts.is_empty());
                    out.alerts.extend(alerts);
                }
                let group = self.group(tp, m.offset, ev.site.as_deref(), ev.ts.date_naive());
                for (d, a) in dets.iter().zip(alerted) {
                    group.detections.append(&ev, d, a, prov);
                }
                for (p, kind, name) in new_ids {
                    group
                        .identities
                        .append(&p, kind.as_str(), &name, ev.site.as_deref(), ev.ts);
                }
                group.events.append(&ev, prov);
            }
            Ok(Parsed::Skipped(_)) => {
                self.counters[m.topic].skipped.inc();
                self.group(tp, m.offset, None, now.date_naive());
            }
            Err(reason) => {
                self.counters[m.topic].malformed.inc();
                let site = self.site_of(m, None);
                let group = self.group(tp, m.offset, site.as_deref(), now.date_naive());
                group
                    .deadletter
                    .append(now, site.as_deref(), &reason, m.payload, prov);
                out.deadletter = Some(reason);
            }
        }
        out
    }

    /// The group for a row, opening the partition's buffer at `offset` if needed.
    fn group(&mut self, tp: Tp, offset: i64, site: Option<&str>, date: NaiveDate) -> &mut Group {
        let part = self.parts.entry(tp).or_default();
        let open = match &mut part.repair {
            Some((_, o)) => o,
            None => part.open.get_or_insert_with(|| Open::new(offset)),
        };
        open.last = offset;
        open.lines += 1;
        let site = site.unwrap_or(UNKNOWN_SITE);
        if !open.groups.contains_key(site) {
            open.groups.insert(site.to_owned(), BTreeMap::new());
        }
        open.groups
            .get_mut(site)
            .map(|dates| dates.entry(date).or_default())
            .expect("inserted above")
    }

    /// Whether a partition's open buffer is over twice `flush_lines` and must be written
    /// before reading on. Buffers at `flush_lines` are written by the loop's paced ticks
    /// (see `due`): partitions fed round-robin fill together, and writing them all at once
    /// from the message path stalled alerts for 150 ms and more (alert_latency bench).
    pub fn is_full(&self, topic: &str, partition: i32) -> bool {
        self.known_tp(topic, partition)
            .and_then(|tp| self.parts.get(&tp))
            .and_then(|p| p.open.as_ref())
            .is_some_and(|o| o.lines >= self.flush_lines.saturating_mul(2))
    }

    /// Partitions with something to write: a full or old open buffer, or sealed batches
    /// waiting for the store. With `all`, every open buffer.
    pub fn due(&self, all: bool) -> Vec<(String, i32)> {
        self.parts
            .iter()
            .filter(|(_, p)| {
                !p.sealed.is_empty()
                    || !p.closed.is_empty()
                    || p.open.as_ref().is_some_and(|o| {
                        all || o.lines >= self.flush_lines || o.opened.elapsed() >= self.flush_after
                    })
            })
            .filter_map(|((t, p), _)| Some((self.topic_names.get(usize::from(*t))?.clone(), *p)))
            .collect()
    }

    /// Seal the open buffer of a partition (if any) and write every sealed batch, in order.
    /// Returns the offset to commit (the next one to read) after the last file written; on a
    /// store error, what was written before it still counts and the rest waits.
    pub fn flush(
        &mut self,
        store: &Store,
        topic: &str,
        partition: i32,
    ) -> (Option<i64>, Option<Error>) {
        let Some(tp) = self.known_tp(topic, partition) else {
            return (None, None);
        };
        let Some(part) = self.parts.get_mut(&tp) else {
            return (None, None);
        };
        if let Some(open) = part.open.take() {
            part.closed.push_back((open, None));
        }
        while let Some((open, repair)) = part.closed.pop_front() {
            let sealed = match seal(topic, partition, open) {
                Ok(s) => s,
                Err(e) => return (None, Some(e)),
            };
            part.sealed.push_back(match repair {
                None => sealed,
                Some(r) => sealed.into_repair_of(&r),
            });
        }
        let mut commit = None;
        while let Some(s) = part.sealed.front() {
            let started = Instant::now();
            let mut failed = None;
            for (table, site, date, batch) in &s.files {
                match store.write(table, site, *date, &s.key, batch) {
                    Ok(bytes) => {
                        self.metrics
                            .bytes_written
                            .get_or_create(&TableLabel {
                                table: (*table).to_owned(),
                            })
                            .inc_by(bytes);
                    }
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
            if let Some(e) = failed {
                self.metrics.flush_failures.inc();
                return (commit, Some(e));
            }
            self.metrics
                .flush_seconds
                .observe(started.elapsed().as_secs_f64());
            commit = Some(s.key.last + 1);
            part.sealed.pop_front();
        }
        (commit, None)
    }

    /// Forget a partition this worker no longer owns: its unwritten rows will be read again
    /// by the new owner from the last committed offset.
    pub fn revoke(&mut self, topic: &str, partition: i32) {
        if let Some(tp) = self.known_tp(topic, partition) {
            self.parts.remove(&tp);
            self.parsers.remove(&tp);
        }
        // The detector remembers recent searches per learner (to fold autocomplete bursts)
        // and open typed-text streams. If this partition comes back to us, its lines are read
        // again from the last commit, and that memory would fold them into "already seen":
        // detections lost on replay. Forgetting costs at most a repeated detection.
        self.detector.reset();
    }

    /// Lines buffered and not yet written, over all partitions.
    pub fn buffered(&self) -> usize {
        self.parts
            .values()
            .map(|p| p.open.as_ref().map_or(0, |o| o.lines))
            .sum()
    }
}

impl Open {
    fn new(offset: i64) -> Open {
        Open {
            first: offset,
            last: offset,
            lines: 0,
            opened: Instant::now(),
            groups: BTreeMap::new(),
        }
    }
}

impl Sealed {
    /// The rows of a re-read flush: named by its range, without the files it already has.
    fn into_repair_of(mut self, r: &StoredRange) -> Sealed {
        self.key.first = r.first;
        self.key.last = r.last;
        self.files.retain(|(table, site, date, _)| {
            !r.have.contains(&((*table).to_owned(), site.clone(), *date))
        });
        if !self.files.is_empty() {
            tracing::warn!(
                topic = %self.key.topic,
                partition = self.key.partition,
                first = r.first,
                last = r.last,
                files = self.files.len(),
                "completing a flush a crash interrupted"
            );
        }
        self
    }
}

fn seal(topic: &str, partition: i32, mut open: Open) -> Result<Sealed> {
    let mut files = Vec::new();
    for (site, date, g) in open
        .groups
        .iter_mut()
        .flat_map(|(site, dates)| dates.iter_mut().map(move |(d, g)| (site, d, g)))
    {
        if !g.events.is_empty() {
            files.push(("events", site.clone(), *date, g.events.finish()?));
        }
        if !g.detections.is_empty() {
            files.push(("detections", site.clone(), *date, g.detections.finish()?));
        }
        if !g.deadletter.is_empty() {
            files.push(("deadletter", site.clone(), *date, g.deadletter.finish()?));
        }
        if !g.identities.is_empty() {
            files.push(("identities", site.clone(), *date, g.identities.finish()?));
        }
    }
    Ok(Sealed {
        key: FileKey {
            topic: topic.to_owned(),
            partition,
            first: open.first,
            last: open.last,
        },
        files,
    })
}
