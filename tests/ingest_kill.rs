//! Kill -9 of the ingest worker ten times at random moments while a producer writes, then a
//! clean run: every input line in the store exactly once, every expected detection once.
//! In a binary of its own so its ten restarts do not compete with the other reliability tests
//! for the two cores.
//!
//! `GUARDLINE_KILL_LINES` sets the size (default 100,000; the figure is 1,000,000:
//! `GUARDLINE_KILL_LINES=1000000 cargo test --release --test ingest_kill`).

mod common;

use std::time::Duration;

use common::replay::*;
use common::*;

#[test]
fn kill_9_ten_times_while_producing_loses_and_duplicates_nothing() {
    let lines: usize = std::env::var("GUARDLINE_KILL_LINES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    // The mock cluster keeps little data per partition (STACK.md: about 5 MiB): spread the
    // lines, 5,000 (~0.7 MB) per partition.
    let run = Run {
        partitions: (lines / 5_000).max(8) as i32,
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
