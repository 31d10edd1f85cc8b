//! Lines, runs and checks shared by the reliability tests: what line `i` is, how it is
//! spread over partitions, and the exactly-once verification of the store.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Duration;

use super::*;

/// The time of line 0: an hour ago, fixed for the whole test process.
static BASE_TS: std::sync::LazyLock<i64> =
    std::sync::LazyLock::new(|| chrono::Utc::now().timestamp() - 3600);

pub const CONFIG: &str = r#"
[kafka]
topics = [{ name = "guardline.proxy", format = "squid" }]
# A member killed with -9 holds its partitions until its session times out.
consumer_properties = { "session.timeout.ms" = "6000", "heartbeat.interval.ms" = "1000" }
[store]
flush_secs = 0.5
flush_lines = 20000
[metrics]
listen = ""
[alerts]
dedupe_secs = 1
"#;

/// What line `i` is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Risk,
    Malformed,
    Blank,
    Benign,
}

pub fn kind(i: usize) -> Kind {
    if i % 97 == 5 {
        Kind::Malformed
    } else if i % 53 == 11 {
        Kind::Risk
    } else if i % 89 == 7 {
        Kind::Blank
    } else {
        Kind::Benign
    }
}

/// Line `i`. Each risk line has its own learner and times are far apart per learner, so the
/// detector's per-learner memory (autocomplete bursts) cannot make a replay differ.
pub fn line(i: usize, hostile: bool) -> String {
    // Recent times: the worker deletes `events` partitions older than its retention (30 days)
    // at start-up, so lines dated months ago would vanish on every restart.
    let ts = *BASE_TS + (i / 50) as i64;
    match kind(i) {
        Kind::Malformed if hostile => hostile_line(i),
        Kind::Malformed => format!("garbage {i} ### not a log line"),
        Kind::Risk => squid(
            ts,
            &format!("risk{i}"),
            "https://www.google.com/search?q=how+to+kill+myself+painlessly",
        ),
        Kind::Blank => String::new(),
        Kind::Benign => squid(
            ts,
            &format!("learner{}", i % 200),
            &format!("http://www.example.org/course/unit{}/page{i}.html", i % 17),
        ),
    }
}

/// Lines meant to hurt a parser: truncated records, control characters, a 70 KB line,
/// impossible years, JSON fragments, format confusion.
pub fn hostile_line(i: usize) -> String {
    match i % 8 {
        0 => "1790000000.123 245 10.1.2.3 TCP_MISS/200".to_owned(),
        1 => format!("\u{1b}[31m{i}\u{7}\u{8}"),
        2 if i % 64 == 2 => "A".repeat(70_000),
        2 => "A".repeat(700),
        3 => format!("99999999999.1 1 10.0.0.1 TCP_MISS/200 1 GET http://x/{i} - HIER_NONE/- -"),
        4 => "{\"message\": \"truncated".to_owned(),
        5 => format!("<34>Oct 11 22:14:15 mymachine su: 'su root' failed {i}"),
        6 => "1790000000.123 245 10.1.2.3 TCP_MISS/xyz 5120 GET".to_owned(),
        _ => format!("%%%{i}%%% \\x00 DROP TABLE events;"),
    }
}

pub struct Run {
    pub partitions: i32,
    pub lines: usize,
}

impl Run {
    pub fn partition_of(&self, i: usize) -> (i32, i64) {
        let p = self.partitions as usize;
        ((i % p) as i32, (i / p) as i64)
    }

    pub fn records(
        &self,
        range: std::ops::Range<usize>,
        hostile: bool,
    ) -> Vec<(i32, String, String)> {
        range
            .map(|i| {
                let (p, _) = self.partition_of(i);
                (p, "north".to_owned(), line(i, hostile))
            })
            .collect()
    }

    /// The store holds every line exactly once and every expected detection exactly once.
    pub fn verify(&self, store: &Path) {
        let events = offsets(&read_table(store, "events"));
        let dead = offsets(&read_table(store, "deadletter"));
        let mut seen: BTreeMap<(i32, i64), usize> = BTreeMap::new();
        for o in events.iter().chain(&dead) {
            *seen.entry(*o).or_default() += 1;
        }
        let dups: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).take(5).collect();
        assert!(dups.is_empty(), "lines stored more than once: {dups:?}");
        let mut missing = Vec::new();
        let mut expected_dead = 0;
        let mut expected_risk = BTreeSet::new();
        for i in 0..self.lines {
            let at = self.partition_of(i);
            match kind(i) {
                Kind::Blank => assert!(!seen.contains_key(&at), "blank line {i} stored"),
                k => {
                    if !seen.contains_key(&at) {
                        missing.push(i);
                    }
                    if k == Kind::Malformed {
                        expected_dead += 1;
                    }
                    if k == Kind::Risk {
                        expected_risk.insert(at);
                    }
                }
            }
        }
        if !missing.is_empty() {
            let mut lo: BTreeMap<i32, (i64, i64, usize)> = BTreeMap::new();
            for (p, o) in seen.keys() {
                let e = lo.entry(*p).or_insert((i64::MAX, i64::MIN, 0));
                e.0 = e.0.min(*o);
                e.1 = e.1.max(*o);
                e.2 += 1;
            }
            eprintln!("stored per partition (min, max, count): {lo:?}");
            let mut files: Vec<String> = ["events", "deadletter"]
                .iter()
                .flat_map(|t| super::files(store, t))
                .filter_map(|f| f.file_name().map(|n| n.to_string_lossy().into_owned()))
                .filter(|n| n.contains(".p0."))
                .collect();
            files.sort();
            eprintln!("partition 0 files: {files:?}");
        }
        assert!(
            missing.is_empty(),
            "{} lines lost, first {:?}",
            missing.len(),
            &missing[..missing.len().min(5)]
        );
        assert_eq!(dead.len(), expected_dead, "dead letters");
        let det = read_table(store, "detections");
        let det_at = offsets(&det);
        let rules = strings(&det, "rule");
        let mut per: BTreeMap<((i32, i64), String), usize> = BTreeMap::new();
        for (at, r) in det_at.iter().zip(rules) {
            *per.entry((*at, r.unwrap_or_default())).or_default() += 1;
        }
        let dup_det: Vec<_> = per.iter().filter(|(_, n)| **n > 1).take(5).collect();
        assert!(dup_det.is_empty(), "detections stored twice: {dup_det:?}");
        let found: BTreeSet<(i32, i64)> = det_at.iter().copied().collect();
        assert_eq!(found, expected_risk, "detections on exactly the risk lines");
        eprintln!(
            "verified {} lines: {} events, {} dead letters, {} detections",
            self.lines,
            events.len(),
            dead.len(),
            det_at.len()
        );
    }
}

pub fn wait_committed(broker: &Broker, run: &Run, ingest: &Ingest, limit: Duration) {
    let p = run.partitions as usize;
    let want: Vec<i64> = (0..p)
        .map(|k| ((run.lines + p - 1 - k) / p) as i64)
        .collect();
    wait_for("every offset committed", limit, ingest, || {
        broker.committed("guardline.proxy", run.partitions) == want
    });
}

/// A small deterministic generator for the kill schedule (no dependency, same every run).
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self, lo: u64, hi: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        lo + (self.0 >> 33) % (hi - lo)
    }
}
