//! The `guardline` binary as a user runs it: exit codes, stdout, and the stderr summary.

#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn guardline(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_guardline"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    pipe.write_all(stdin.unwrap_or_default()).unwrap();
    drop(pipe);
    child.wait_with_output().unwrap()
}

fn sample(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("schemas/tests/fixtures/samples")
        .join(name)
        .display()
        .to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn help_lists_parse_and_exits_zero() {
    let o = guardline(&["--help"], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("parse"));
    let o = guardline(&["parse", "--help"], None);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn parse_files_prints_events_and_summary() {
    let o = guardline(
        &[
            "parse",
            "--format",
            "squid",
            &sample("run2_access.log"),
            &sample("squid_native_full.log"),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout.clone()).unwrap();
    assert_eq!(out.lines().count(), 55);
    let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(first["search"], "how to join isis");
    assert_eq!(first["user"], "jsmith");
    assert_eq!(first["ts"], "2026-11-22T04:28:06.106Z");
    assert_eq!(
        stderr(&o).lines().last(),
        Some("parsed 55, skipped 0, malformed 0")
    );
}

#[test]
fn stdin_with_bad_lines_counts_them_and_keeps_going() {
    let input = b"Nov 22 04:27:13 unbound[7862:0] notice: init module 0: iterator\n\
                  garbage line\n\
                  \xff\xfe\n\
                  Nov 22 04:27:16 unbound[7862:0] info: 127.0.0.1 www.google.com. A IN\n";
    let dir = std::env::temp_dir().join(format!("guardline-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let rejects = dir.join("rejects.jsonl");
    let o = guardline(
        &[
            "parse",
            "--format",
            "auto",
            "--rejects",
            rejects.to_str().unwrap(),
        ],
        Some(input),
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 1);
    let err = stderr(&o);
    assert!(
        err.contains("<stdin>:2: malformed: no known log format recognises this line"),
        "{err}"
    );
    assert!(
        err.contains("<stdin>:3: malformed: line is not valid UTF-8"),
        "{err}"
    );
    assert_eq!(err.lines().last(), Some("parsed 1, skipped 1, malformed 2"));
    let kept: Vec<serde_json::Value> = std::fs::read_to_string(&rejects)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(kept.len(), 2);
    assert_eq!(kept[0]["line"], 2);
    assert_eq!(kept[0]["raw"], "garbage line");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn bad_usage_exits_two() {
    assert_eq!(guardline(&["parse"], None).status.code(), Some(2));
    let o = guardline(&["parse", "--format", "syslog-ng"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown format \"syslog-ng\""));
    assert_eq!(guardline(&["frobnicate"], None).status.code(), Some(2));
}

#[test]
fn missing_file_exits_one_with_one_sentence() {
    let o = guardline(
        &["parse", "--format", "squid", "/nonexistent/access.log"],
        None,
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.starts_with("guardline: cannot read /nonexistent/access.log: "),
        "{err}"
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn bad_time_zone_is_a_runtime_error() {
    let o = guardline(&["parse", "--format", "bind", "--tz", "Mars/Olympus"], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o).trim(),
        "guardline: unknown time zone \"Mars/Olympus\""
    );
}

#[test]
fn detect_prints_one_object_per_detection_with_the_contract_fields() {
    let o = guardline(
        &[
            "detect",
            "--no-cache",
            "--format",
            "squid",
            &sample("run2_access.log"),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout.clone()).unwrap();
    let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    for key in [
        "line",
        "ts",
        "source",
        "format",
        "site",
        "user",
        "device",
        "client_ip",
        "category",
        "level",
        "rule",
        "field",
        "matched",
    ] {
        assert!(first.get(key).is_some(), "missing {key} in {first}");
    }
    assert_eq!(
        (first["line"].as_u64(), first["category"].as_str()),
        (Some(1), Some("radicalisation"))
    );
    let suicide = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|d| d["line"] == 2)
        .unwrap();
    assert_eq!(
        (suicide["category"].as_str(), suicide["level"].as_u64()),
        (Some("suicide"), Some(5))
    );
    assert_eq!(suicide["matched"], "ways to kill myself");
}

#[test]
fn eval_ends_with_the_summary_line() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schemas/tests/fixtures/dev.jsonl");
    let o = guardline(
        &["eval", "--no-cache", "--corpus", corpus.to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout.clone()).unwrap();
    let last = out.lines().last().unwrap();
    assert!(last.starts_with("items=60 precision="), "{last}");
    assert!(
        last.contains(" recall=") && last.contains(" f1=") && last.contains(" level_accuracy="),
        "{last}"
    );
}

#[test]
fn rules_check_counts_and_fails_on_a_bad_pack() {
    let o = guardline(&["rules", "check"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout.clone()).unwrap();
    assert!(out.lines().any(|l| l.starts_with("suicide")), "{out}");
    let dir = std::env::temp_dir().join(format!("guardline-badpack-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("violence")).unwrap();
    std::fs::write(
        dir.join("violence/a.toml"),
        "[[rule]]\nid = \"violence.x\"\nlevel = 5\ndescription = \"d\"\nregex = ['(unclosed']\n",
    )
    .unwrap();
    let o = guardline(&["rules", "check", dir.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("rule violence.x"), "{}", stderr(&o));
    std::fs::remove_dir_all(dir).ok();
}
