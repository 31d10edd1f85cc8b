//! Reliability of ingest against a real Kafka-protocol broker (librdkafka's mock cluster):
//! kill -9 at random moments while a producer writes, a broker that goes away mid-stream, a
//! store that refuses writes, and a flood of hostile lines. After each, every input line is
//! in the store exactly once (as an event or a dead letter; blank lines are skipped
//! non-records) and every expected detection exactly once.
//!
//! Sizes: `GUARDLINE_KILL_LINES` (default 100,000 in CI; the issue's figure is 1,000,000:
//! `GUARDLINE_KILL_LINES=1000000 cargo test --release --test ingest_reliability kill`).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Duration;

use common::*;

const CONFIG: &str = r#"
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
enum Kind {
    Risk,
    Malformed,
    Blank,
    Benign,
}

fn kind(i: usize) -> Kind {
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
fn line(i: usize, hostile: bool) -> String {
    let ts = 1_790_000_000 + (i / 50) as i64;
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
fn hostile_line(i: usize) -> String {
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

struct Run {
    partitions: i32,
    lines: usize,
}

impl Run {
    fn partition_of(&self, i: usize) -> (i32, i64) {
        let p = self.partitions as usize;
        ((i % p) as i32, (i / p) as i64)
    }

    fn records(&self, range: std::ops::Range<usize>, hostile: bool) -> Vec<(i32, String, String)> {
        range
            .map(|i| {
                let (p, _) = self.partition_of(i);
                (p, "north".to_owned(), line(i, hostile))
            })
            .collect()
    }

    /// The store holds every line exactly once and every expected detection exactly once.
    fn verify(&self, store: &Path) {
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

fn wait_committed(broker: &Broker, run: &Run, ingest: &Ingest, limit: Duration) {
    let p = run.partitions as usize;
    let want: Vec<i64> = (0..p)
        .map(|k| ((run.lines + p - 1 - k) / p) as i64)
        .collect();
    wait_for("every offset committed", limit, ingest, || {
        broker.committed("guardline.proxy", run.partitions) == want
    });
}

/// A small deterministic generator for the kill schedule (no dependency, same every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, lo: u64, hi: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        lo + (self.0 >> 33) % (hi - lo)
    }
}

#[test]
fn kill_9_ten_times_while_producing_loses_and_duplicates_nothing() {
    let lines: usize = std::env::var("GUARDLINE_KILL_LINES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    // The mock cluster keeps about 5 MiB per partition: spread the lines.
    let run = Run {
        partitions: (lines / 20_000).max(8) as i32,
        lines,
    };
    let broker = Broker::new(run.partitions);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store");
    let producer = broker.producer();
    let chunks = 20;
    let per = lines.div_ceil(chunks);
    let producing = std::thread::scope(|s| {
        let h = s.spawn(|| {
            for c in 0..chunks {
                let lo = (c * per).min(lines);
                let hi = ((c + 1) * per).min(lines);
                produce(&producer, "guardline.proxy", &run.records(lo..hi, false));
                std::thread::sleep(Duration::from_millis(700));
            }
        });
        let mut rng = Lcg(0x5eed);
        for k in 0..10u32 {
            let mut ingest = Ingest::start(dir.path(), &broker.servers, &store, CONFIG, k);
            // Joining the group takes about 3 s; kill before, during and after work starts.
            std::thread::sleep(Duration::from_millis(rng.next(800, 6000)));
            ingest.kill9();
        }
        h.join().is_ok()
    });
    assert!(producing, "producer thread panicked");
    let ingest = Ingest::start(dir.path(), &broker.servers, &store, CONFIG, 10);
    wait_committed(&broker, &run, &ingest, Duration::from_secs(600));
    assert!(ingest.terminate().success());
    run.verify(&store);
}

#[test]
fn hostile_lines_are_dead_lettered_and_counted_without_a_crash() {
    let lines: usize = 110_000;
    let run = Run {
        partitions: 8,
        lines,
    };
    let broker = Broker::new(run.partitions);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store");
    // Every malformed slot is hostile here, and so is one line in ten of the rest.
    let producer = broker.producer();
    let recs = run.records(0..lines, true);
    let hostile = (0..lines).filter(|i| kind(*i) == Kind::Malformed).count();
    produce(&producer, "guardline.proxy", &recs);
    let ingest = Ingest::start(dir.path(), &broker.servers, &store, CONFIG, 0);
    wait_committed(&broker, &run, &ingest, Duration::from_secs(600));
    assert!(ingest.terminate().success());
    let dead = read_table(&store, "deadletter");
    let reasons = strings(&dead, "reason");
    run.verify(&store);
    assert_eq!(reasons.len(), hostile);
    assert!(
        reasons.iter().flatten().any(|r| r.contains("byte limit")),
        "over-long lines named"
    );
}

#[test]
fn broker_outage_mid_stream_then_ingest_carries_on() {
    let run = Run {
        partitions: 4,
        lines: 40_000,
    };
    let broker = Broker::new(run.partitions);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store");
    let producer = broker.producer();
    produce(&producer, "guardline.proxy", &run.records(0..20_000, false));
    let ingest = Ingest::start(dir.path(), &broker.servers, &store, CONFIG, 0);
    wait_for("ingest under way", Duration::from_secs(90), &ingest, || {
        !files(&store, "events").is_empty()
    });
    broker.cluster.broker_down(1).expect("broker down");
    std::thread::sleep(Duration::from_secs(5));
    broker.cluster.broker_up(1).expect("broker up");
    let producer = broker.producer();
    produce(
        &producer,
        "guardline.proxy",
        &run.records(20_000..40_000, false),
    );
    wait_committed(&broker, &run, &ingest, Duration::from_secs(300));
    assert!(ingest.terminate().success());
    run.verify(&store);
}

#[test]
fn a_store_that_refuses_writes_pauses_alerts_and_resumes_without_loss() {
    let run = Run {
        partitions: 2,
        lines: 20_000,
    };
    let broker = Broker::new(run.partitions);
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store");
    let alerts = broker.reader("guardline.alerts");
    let producer = broker.producer();
    produce(&producer, "guardline.proxy", &run.records(0..5_000, false));
    let ingest = Ingest::start(dir.path(), &broker.servers, &store, CONFIG, 0);
    wait_for("first files", Duration::from_secs(90), &ingest, || {
        !files(&store, "events").is_empty()
    });
    wait_committed(
        &broker,
        &Run {
            partitions: 2,
            lines: 5_000,
        },
        &ingest,
        Duration::from_secs(120),
    );
    // The store refuses writes: the events table's directory is replaced by a plain file,
    // which no process (root included) can create directories under.
    let events = store.join("events");
    let aside = store.join("events.aside");
    std::fs::rename(&events, &aside).expect("move events aside");
    std::fs::write(&events, b"not a directory").expect("blocker");
    produce(
        &producer,
        "guardline.proxy",
        &run.records(5_000..20_000, false),
    );
    // A store alert arrives and nothing more is committed.
    let mut store_alert = false;
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !store_alert && std::time::Instant::now() < deadline {
        if let Some(Ok(m)) = alerts.poll(Duration::from_millis(100)) {
            use rdkafka::Message;
            let v: serde_json::Value =
                serde_json::from_slice(m.payload().unwrap_or_default()).unwrap_or_default();
            store_alert = v["kind"] == "store";
        }
    }
    assert!(store_alert, "no store alert; log:\n{}", ingest.log_text());
    let before = broker.committed("guardline.proxy", 2);
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(
        broker.committed("guardline.proxy", 2),
        before,
        "committed while failing"
    );
    assert!(before.iter().sum::<i64>() < 20_000);
    // Space returns.
    std::fs::remove_file(&events).expect("remove blocker");
    std::fs::rename(&aside, &events).expect("restore");
    wait_committed(&broker, &run, &ingest, Duration::from_secs(120));
    assert!(ingest.terminate().success());
    run.verify(&store);
}
