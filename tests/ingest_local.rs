//! `guardline run` without Kafka: a log file followed across rotation (rename-and-create and
//! copy-truncate) and kill -9 restarts, and syslog over UDP and TCP from util-linux `logger`,
//! an independent client. Every line must reach the store exactly once.

mod common;

use std::io::Write;
use std::net::{TcpListener, TcpStream, UdpSocket};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::replay::{Run, kind, line};
use common::*;

fn append(path: &Path, range: std::ops::Range<usize>) {
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .expect("open log");
    let mut buf = String::new();
    for i in range {
        buf.push_str(&line(i, true));
        buf.push('\n');
    }
    f.write_all(buf.as_bytes()).expect("write log");
    f.sync_all().expect("sync log");
}

/// Lines in the store (events + dead letters) of the file source.
fn stored(store: &Path) -> usize {
    offsets(&read_table(store, "events")).len() + offsets(&read_table(store, "deadletter")).len()
}

/// Non-blank lines among the first `n` (blank lines are skipped, not stored).
fn expected(n: usize) -> usize {
    (0..n)
        .filter(|&i| kind(i) != common::replay::Kind::Blank)
        .count()
}

#[test]
fn file_source_follows_rotation_and_resumes_exactly_after_kill9() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store");
    let log = dir.path().join("access.log");
    let hook = webhook();
    let config = format!(
        r#"
[[sources.files]]
path = "{}"
format = "squid"
site = "south"
poll_ms = 20
[store]
flush_lines = 700
flush_secs = 0.3
[metrics]
listen = ""
[alerts]
dedupe_secs = 1
[[alerts.webhooks]]
url = "{}"
min_level = 5
"#,
        log.display(),
        hook.url
    );
    let wait = Duration::from_secs(60);

    // Run 1: a file already there; killed once some of it is stored.
    append(&log, 0..3000);
    let mut w = Ingest::start_run(dir.path(), &store, &config, 1);
    wait_for("first files", wait, &w, || stored(&store) > 0);
    w.kill9();

    // While stopped: more lines, then rename-and-create rotation.
    append(&log, 3000..6000);
    std::fs::rename(&log, dir.path().join("access.log.1")).expect("rotate");
    append(&log, 6000..8000);

    // Run 2 must finish access.log.1 from its checkpoint, then read the new file; killed
    // part-way.
    let mut w = Ingest::start_run(dir.path(), &store, &config, 2);
    wait_for("run 2 progress", wait, &w, || {
        stored(&store) > expected(4000)
    });
    w.kill9();

    // Run 3: catches up, then sees copy-truncate and a rotation while running.
    let w = Ingest::start_run(dir.path(), &store, &config, 3);
    wait_for("lines 0..8000", wait, &w, || {
        stored(&store) == expected(8000)
    });
    std::fs::copy(&log, dir.path().join("access.log.2")).expect("copy");
    std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(&log)
        .expect("truncate");
    append(&log, 8000..9000);
    wait_for("lines 0..9000", wait, &w, || {
        stored(&store) == expected(9000)
    });
    for chunk in (9000..12000).step_by(500) {
        append(&log, chunk..chunk + 500);
        if chunk == 10_500 {
            std::fs::rename(&log, dir.path().join("access.log.3")).expect("rotate");
        }
        std::thread::sleep(Duration::from_millis(30));
    }
    wait_for("lines 0..12000", wait, &w, || {
        stored(&store) == expected(12000)
    });
    let log_text = w.log_text();
    assert!(w.terminate().success(), "clean exit; log:\n{log_text}");
    assert!(
        log_text.contains("finishing the rotated log file"),
        "run 2 resumed in the rotated file: {log_text}"
    );

    // Exactly once: each line's sequence number is its index in the written stream.
    Run {
        partitions: 1,
        lines: 12000,
    }
    .verify(&store);
    let sites = strings(&read_table(&store, "events"), "site");
    assert!(sites.iter().all(|s| s.as_deref() == Some("south")));
    // Level-5 alerts left without Kafka, to the webhook, with the identity.
    let calls = hook.got.lock().expect("lock").clone();
    assert!(!calls.is_empty(), "no webhook alert");
    let body = String::from_utf8_lossy(&calls[0].2).into_owned();
    assert!(
        body.contains("\"risk"),
        "identity in the webhook body: {body}"
    );
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

#[test]
fn syslog_over_udp_and_tcp() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store");
    let (udp, tcp) = (free_port(), free_port());
    let config = format!(
        r#"
[[sources.syslog]]
name = "proxy-syslog"
udp = "127.0.0.1:{udp}"
tcp = "127.0.0.1:{tcp}"
format = "squid"
site = "west"
[store]
flush_secs = 0.3
[metrics]
listen = ""
"#
    );
    let w = Ingest::start_run(dir.path(), &store, &config, 1);
    wait_for("listeners", Duration::from_secs(60), &w, || {
        w.log_text().contains("syslog tcp listening")
    });
    let now = chrono::Utc::now().timestamp();
    let logger = |args: &[&str], msg: &str| {
        let st = Command::new("logger")
            .args(["--server", "127.0.0.1", "-t", "squid"])
            .args(args)
            .arg(msg)
            .status()
            .expect("logger (util-linux) is needed for this test");
        assert!(st.success(), "logger {args:?}");
    };
    let udp_s = udp.to_string();
    let tcp_s = tcp.to_string();
    logger(
        &["--port", &udp_s, "--udp", "--rfc3164"],
        &squid(now, "ann", "http://www.example.org/udp-3164"),
    );
    logger(
        &["--port", &udp_s, "--udp"],
        &squid(now, "ann", "http://www.example.org/udp-5424"),
    );
    logger(
        &["--port", &tcp_s, "--tcp", "--octet-count"],
        &squid(
            now,
            "bob",
            "https://www.google.com/search?q=how+to+kill+myself+painlessly",
        ),
    );
    // Newline framing, as rsyslog and syslog-ng send by default, two messages in one write,
    // then a line that is not a log line at all.
    let mut s = TcpStream::connect(("127.0.0.1", tcp)).expect("tcp");
    let a = squid(now, "cat", "http://www.example.org/tcp-a");
    let b = squid(now, "cat", "http://www.example.org/tcp-b");
    write!(
        s,
        "<14>Nov 22 10:00:00 proxy squid[1]: {a}\n<14>Nov 22 10:00:00 proxy squid[1]: {b}\nnot a log line at all\n"
    )
    .expect("write");
    drop(s);
    // And a raw UDP datagram with a trailing newline.
    UdpSocket::bind("127.0.0.1:0")
        .and_then(|u| {
            u.send_to(
                format!("{}\n", squid(now, "dan", "http://www.example.org/udp-raw")).as_bytes(),
                ("127.0.0.1", udp),
            )
        })
        .expect("udp");

    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while stored(&store) < 6 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let log_text = w.log_text();
    assert!(w.terminate().success());
    let dead = read_table(&store, "deadletter");
    assert_eq!(
        offsets(&dead).len(),
        1,
        "dead letters: {:?}; log:\n{log_text}",
        strings(&dead, "reason")
    );
    let events = read_table(&store, "events");
    let mut urls: Vec<String> = strings(&events, "url").into_iter().flatten().collect();
    urls.sort();
    assert_eq!(
        urls,
        [
            "http://www.example.org/tcp-a",
            "http://www.example.org/tcp-b",
            "http://www.example.org/udp-3164",
            "http://www.example.org/udp-5424",
            "http://www.example.org/udp-raw",
            "https://www.google.com/search?q=how+to+kill+myself+painlessly",
        ]
    );
    assert!(
        strings(&events, "site")
            .iter()
            .all(|s| s.as_deref() == Some("west"))
    );
    let det = read_table(&store, "detections");
    assert_eq!(levels(&det), [5], "the search is a level-5 detection");
}

/// aiosmtpd (PyPI) as the mail server: every message it accepts is written as JSON.
struct SmtpSink {
    child: std::process::Child,
    port: u16,
    out: std::path::PathBuf,
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn smtp_sink(dir: &Path) -> SmtpSink {
    use std::io::BufRead;
    let out = dir.join("mail");
    let mut child = Command::new("python3")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/support/smtp_sink.py"
        ))
        .arg("0")
        .arg(&out)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 with aiosmtpd");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    std::io::BufReader::new(stdout)
        .read_line(&mut first)
        .expect("READY line");
    let port = first
        .trim()
        .strip_prefix("READY ")
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("smtp sink did not start: {first:?}"));
    SmtpSink { child, port, out }
}

#[test]
fn level5_alert_is_mailed_with_the_identity() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sink = smtp_sink(dir.path());
    let store = dir.path().join("store");
    let log = dir.path().join("access.log");
    let now = chrono::Utc::now().timestamp();
    std::fs::write(
        &log,
        format!(
            "{}\n{}\n",
            squid(now, "jo.bloggs", "http://www.example.org/maths"),
            squid(
                now,
                "ann.smith",
                "https://www.google.com/search?q=how+to+kill+myself+painlessly"
            )
        ),
    )
    .expect("log");
    let config = format!(
        r#"
[[sources.files]]
path = "{}"
format = "squid"
site = "east"
[metrics]
listen = ""
[[alerts.email]]
smtp = "smtp://127.0.0.1:{}"
from = "Guardline <alerts@college.example>"
to = ["dsl@college.example", "Deputy DSL <deputy@college.example>"]
min_level = 5
"#,
        log.display(),
        sink.port
    );
    let w = Ingest::start_run(dir.path(), &store, &config, 1);
    let mail = || -> Vec<serde_json::Value> {
        let mut v = Vec::new();
        for e in std::fs::read_dir(&sink.out).into_iter().flatten().flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "json") {
                let text = std::fs::read_to_string(&p).unwrap_or_default();
                v.extend(serde_json::from_str::<serde_json::Value>(&text).ok());
            }
        }
        v
    };
    wait_for("an alert e-mail", Duration::from_secs(30), &w, || {
        !mail().is_empty()
    });
    assert!(w.terminate().success());
    let got = mail();
    assert_eq!(got.len(), 1, "one mail for the one level-5 line: {got:?}");
    let m = &got[0];
    assert_eq!(
        m["rcpt_tos"],
        serde_json::json!(["dsl@college.example", "deputy@college.example"])
    );
    let data = m["data"].as_str().unwrap_or_default();
    assert!(
        data.contains("Subject: [Guardline] level 5 suicide alert, east"),
        "{data}"
    );
    assert!(
        data.contains("ann.smith"),
        "the DSL's mail names the learner: {data}"
    );
    assert!(data.contains("Triage: http"), "{data}");
    assert!(
        !data.contains("jo.bloggs"),
        "only the learner at risk: {data}"
    );
}

#[test]
fn a_listener_that_cannot_bind_stops_run_with_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = dir.path().join("guardline.toml");
    std::fs::write(
        &cfg,
        "[[sources.syslog]]\nname = \"relay\"\nudp = \"999.1.1.1:514\"\n[metrics]\nlisten = \"\"\n",
    )
    .expect("config");
    let out = Command::new(env!("CARGO_BIN_EXE_guardline"))
        .args(["run", "--config"])
        .arg(&cfg)
        .env("GUARDLINE_STORE", dir.path().join("store"))
        .env("GUARDLINE_PSEUDONYM_KEY", KEY)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("syslog relay udp 999.1.1.1:514"),
        "names the listener and address: {err}"
    );
}
