//! Ingest against a real Kafka-protocol broker (librdkafka's mock cluster in this process),
//! with `guardline ingest` as a child process: lines produced with kcat become Parquet rows,
//! alerts reach the alerts topic and a signed webhook, dead letters carry their reason, and
//! DuckDB reads the store back.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use rdkafka::Message;
use rdkafka::consumer::BaseConsumer;
use rdkafka::message::Headers;

/// One webhook call: when, the signature header, the body.
/// One message read: when, the payload, the headers.
type Received = (Instant, Vec<u8>, Vec<(String, String)>);

fn kcat(servers: &str, topic: &str, key: &str, line: &str) {
    let mut child = Command::new("kcat")
        .args(["-P", "-b", servers, "-t", topic, "-K", "\t"])
        .stdin(Stdio::piped())
        .spawn()
        .expect("kcat is needed for this test (Debian package kcat)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{key}\t{line}\n").as_bytes())
        .expect("write");
    assert!(child.wait().expect("kcat").success(), "kcat failed");
}

fn next_message(c: &BaseConsumer, limit: Duration) -> Option<Received> {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if let Some(Ok(m)) = c.poll(Duration::from_millis(20)) {
            let headers = m
                .headers()
                .map(|h| {
                    h.iter()
                        .map(|x| {
                            (
                                x.key.to_owned(),
                                String::from_utf8_lossy(x.value.unwrap_or_default()).into_owned(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            return Some((
                Instant::now(),
                m.payload().unwrap_or_default().to_vec(),
                headers,
            ));
        }
    }
    None
}

#[test]
fn kcat_lines_become_detections_alerts_dead_letters_and_duckdb_reads_them() {
    let broker = Broker::new(3);
    let hook = webhook();
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store");
    let config = format!(
        r#"
[kafka]
topics = [{{ name = "guardline.proxy", format = "squid" }}, {{ name = "guardline.endpoint", format = "endpoint" }}]
[store]
flush_secs = 0.5
[metrics]
listen = ""
[[alerts.webhooks]]
url = "{}"
secret = "hook-secret"
min_level = 4
"#,
        hook.url
    );
    let alerts = broker.reader("guardline.alerts");
    let deadletters = broker.reader("guardline.deadletter");
    let ingest = Ingest::start(dir.path(), &broker.servers, &store, &config, 0);

    // Warm up: the group join and the rule pack load happen before the timed line.
    let now = chrono::Utc::now().timestamp();
    kcat(
        &broker.servers,
        "guardline.proxy",
        "north",
        &squid(now, "warmup.user", "http://www.bbc.co.uk/news"),
    );
    wait_for(
        "the first events file",
        Duration::from_secs(90),
        &ingest,
        || !files(&store, "events").is_empty(),
    );

    // A level-5 search: alert on the topic and at the webhook.
    let line = squid(
        now,
        "jsmith",
        "https://www.google.com/search?q=how+to+kill+myself+painlessly&hl=en",
    );
    let t0 = Instant::now();
    kcat(&broker.servers, "guardline.proxy", "north", &line);
    let (t_topic, body, _) =
        next_message(&alerts, Duration::from_secs(20)).expect("an alert on guardline.alerts");
    let alert: serde_json::Value = serde_json::from_slice(&body).expect("alert JSON");
    assert_eq!(alert["category"], "suicide", "{alert}");
    assert_eq!(alert["level"], 5, "{alert}");
    assert_eq!(alert["site"], "north");
    let user = alert["user"].as_str().expect("pseudonym on the topic");
    assert!(user.starts_with("u_") && !body.windows(6).any(|w| w == b"jsmith"));
    wait_for("the webhook call", Duration::from_secs(20), &ingest, || {
        !hook.got.lock().expect("lock").is_empty()
    });
    let (t_hook, sig, hbody) = hook.got.lock().expect("lock")[0].clone();
    assert_eq!(
        sig.as_deref(),
        Some(ingest::sign("hook-secret", &hbody).as_str())
    );
    let h: serde_json::Value = serde_json::from_slice(&hbody).expect("webhook JSON");
    assert_eq!(
        h["identity"]["user"], "jsmith",
        "the DSL's notifier names the learner"
    );
    let topic_ms = t_topic.duration_since(t0).as_millis();
    let hook_ms = t_hook.duration_since(t0).as_millis();
    eprintln!("alert latency from kcat start: topic {topic_ms} ms, webhook {hook_ms} ms");
    // Includes kcat's own start-up and connection; the benchmark measures p99 properly.
    assert!(
        topic_ms < 1000 && hook_ms < 1000,
        "alert took {topic_ms} / {hook_ms} ms"
    );

    // An endpoint event with a device name, and a line that cannot be parsed.
    let ep = serde_json::json!({"ts": chrono::Utc::now().to_rfc3339(), "device": "LAB-PC-07",
        "user": "akhan", "event": "text_capture", "window_title": "Chat",
        "text": "everyone would be better off without me, i have the pills ready"});
    kcat(
        &broker.servers,
        "guardline.endpoint",
        "south",
        &ep.to_string(),
    );
    kcat(
        &broker.servers,
        "guardline.proxy",
        "north",
        "this is not a squid line at all",
    );
    let (_, dl, headers) =
        next_message(&deadletters, Duration::from_secs(20)).expect("a dead letter");
    assert_eq!(dl, b"this is not a squid line at all");
    let reason = headers
        .iter()
        .find(|(k, _)| k == "guardline-reason")
        .map(|(_, v)| v.clone())
        .expect("reason header");
    assert!(!reason.is_empty());

    wait_for(
        "detections of both sites and the dead letter in the store",
        Duration::from_secs(30),
        &ingest,
        || {
            let d = read_table(&store, "detections");
            let sites = strings(&d, "site");
            sites.contains(&Some("north".into()))
                && sites.contains(&Some("south".into()))
                && !files(&store, "deadletter").is_empty()
        },
    );
    let status = ingest.terminate();
    assert!(status.success(), "ingest exit {status:?}");

    let det = read_table(&store, "detections");
    let cats = strings(&det, "category");
    assert!(cats.contains(&Some("suicide".into())), "{cats:?}");
    let users = strings(&det, "user");
    assert!(
        users.iter().flatten().all(|u| u.starts_with("u_")),
        "{users:?}"
    );
    let layout = files(&store, "detections");
    assert!(
        layout.iter().all(|f| {
            let s = f.to_string_lossy();
            s.contains("/site=") && s.contains("/date=") && s.ends_with(".parquet")
        }),
        "{layout:?}"
    );

    // No plain user or device name anywhere in events or detections: not in the file bytes
    // and not in any decoded string value.
    for table in ["events", "detections"] {
        for f in files(&store, table) {
            let bytes = std::fs::read(&f).expect("read");
            for name in ["jsmith", "akhan", "LAB-PC-07", "warmup.user"] {
                assert!(
                    !bytes.windows(name.len()).any(|w| w == name.as_bytes()),
                    "{name} in {}",
                    f.display()
                );
            }
        }
        for b in read_table(&store, table) {
            for col in b.columns() {
                if let Some(s) = col.as_any().downcast_ref::<arrow::array::StringArray>() {
                    for v in s.iter().flatten() {
                        for name in ["jsmith", "akhan", "lab-pc-07", "warmup.user"] {
                            assert!(!v.to_lowercase().contains(name), "{name} in {table}: {v}");
                        }
                    }
                }
            }
        }
    }
    // The identity table maps the pseudonym back (for the reveal path only).
    let ids = read_table(&store, "identities");
    assert!(strings(&ids, "name").contains(&Some("jsmith".into())));

    // DuckDB reads the store as the contract says, and its counts match ours.
    let rows_det: usize = det.iter().map(|b| b.num_rows()).sum();
    let rows_ev: usize = read_table(&store, "events")
        .iter()
        .map(|b| b.num_rows())
        .sum();
    let script = format!(
        "import duckdb\n\
         d = duckdb.sql(\"select count(*), count(distinct site), min(level) from read_parquet('{0}/detections/**/*.parquet', hive_partitioning=true)\").fetchall()[0]\n\
         e = duckdb.sql(\"select count(*) from read_parquet('{0}/events/**/*.parquet', hive_partitioning=true) where date is not null\").fetchall()[0]\n\
         print(d[0], d[1], e[0])\n",
        store.display()
    );
    let out = Command::new("python3")
        .args(["-c", &script])
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "DuckDB (pip install duckdb) failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let nums: Vec<usize> = text
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    assert_eq!(nums, vec![rows_det, 2, rows_ev], "duckdb said {text}");
}
