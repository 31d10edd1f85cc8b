//! Reliability of ingest against a real Kafka-protocol broker (librdkafka's mock cluster): a
//! broker that goes away mid-stream, a store that refuses writes, and a flood of hostile
//! lines. After each, every input line is in the store exactly once (as an event or a dead
//! letter; blank lines are skipped non-records) and every expected detection exactly once.
//! The kill -9 loop is in `ingest_kill.rs`.

mod common;

use std::time::Duration;

use common::replay::*;
use common::*;

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
