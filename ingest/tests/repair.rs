//! A crash between the files of one flush (here: `events` written, `deadletter` not) is
//! repaired by the replay: the missing file is written under the flush's own name, and the
//! file that was there is not written twice.

use chrono::Utc;
use ingest::{Config, Message, Metrics, Pipeline, Store, TopicConfig, build_detector};

fn pipeline(root: &std::path::Path) -> Pipeline {
    let mut cfg = Config::default();
    cfg.store.root = root.display().to_string();
    cfg.pseudonym.key = Some("repair-test-key-0123456789".into());
    cfg.kafka.topics = vec![TopicConfig {
        name: "t".into(),
        format: "squid".into(),
    }];
    let detector = build_detector(&cfg).expect("detector");
    Pipeline::new(&cfg, detector, Metrics::new()).expect("pipeline")
}

fn line(i: i64) -> String {
    let ts = Utc::now().timestamp() - 60;
    if i % 4 == 3 {
        format!("garbage line {i}")
    } else {
        format!(
            "{ts}.000    245 10.1.2.3 TCP_MISS/200 5120 GET http://example.org/p{i} ann HIER_DIRECT/1.2.3.4 text/html"
        )
    }
}

fn feed(p: &mut Pipeline, range: std::ops::Range<i64>) {
    for i in range {
        let payload = line(i);
        let m = Message {
            topic: "t",
            partition: 0,
            offset: i,
            key: Some(b"north"),
            header_site: None,
            payload: payload.as_bytes(),
        };
        p.process(&m, Utc::now());
    }
}

/// Every file under `dir`, recursively.
fn files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

fn names(root: &std::path::Path, table: &str) -> Vec<String> {
    let mut out: Vec<String> = files(&root.join(table))
        .iter()
        .filter_map(|p| Some(p.file_name()?.to_string_lossy().into_owned()))
        .collect();
    out.sort();
    out
}

#[test]
fn a_flush_cut_short_is_completed_on_replay() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::new(dir.path(), 3).expect("store");

    let mut first = pipeline(dir.path());
    feed(&mut first, 0..10);
    let (commit, err) = first.flush(&store, "t", 0);
    assert!(err.is_none());
    assert_eq!(commit, Some(10));
    assert_eq!(names(dir.path(), "events"), ["t.p0.o0-9.parquet"]);
    assert_eq!(names(dir.path(), "deadletter"), ["t.p0.o0-9.parquet"]);

    // The crash: the dead-letter file of the flush never made it, nothing was committed.
    let dl_dir = dir.path().join("deadletter");
    std::fs::remove_dir_all(&dl_dir).expect("remove");
    let events_file = files(&dir.path().join("events"))
        .pop()
        .expect("the events file");
    let before = std::fs::metadata(&events_file)
        .and_then(|m| m.modified())
        .expect("mtime");

    let mut replay = pipeline(dir.path());
    let stored = store.stored_ranges("t", 0).expect("ranges");
    assert_eq!(stored.len(), 1);
    assert_eq!((stored[0].first, stored[0].last), (0, 9));
    replay.set_stored("t", 0, stored);
    feed(&mut replay, 0..15);
    let (commit, err) = replay.flush(&store, "t", 0);
    assert!(err.is_none());
    assert_eq!(commit, Some(15));
    assert_eq!(
        names(dir.path(), "events"),
        ["t.p0.o0-9.parquet", "t.p0.o10-14.parquet"]
    );
    assert_eq!(
        names(dir.path(), "deadletter"),
        ["t.p0.o0-9.parquet", "t.p0.o10-14.parquet"]
    );
    let after = std::fs::metadata(&events_file)
        .and_then(|m| m.modified())
        .expect("mtime");
    assert_eq!(
        before, after,
        "the events file that was there is not rewritten"
    );
}
