//! The detector over real Hyperscan databases: block and streaming mode, the cache, and the
//! errors a bad pack gives.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use detect::{Detector, Error, HsDatabases, HsMatcher, Profile, RulePack};
use schemas::{Category, Format, LineParser, ParseOptions};

fn temp_dir(name: &str) -> PathBuf {
    // Unique per call: tests run in parallel and must not share or delete each other's files.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let d = std::env::temp_dir().join(format!("guardline-{name}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(root: &Path, rel: &str, body: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, body).unwrap();
}

const RULES: &str = r#"
[[rule]]
id = "suicide.method"
level = 5
description = "a method"
phrases = ["kill myself", "tie a noose"]
regex = ['how (do|can) i (end|take) my (life|own life)']
"#;

fn detector(root: &Path, cache: Option<&Path>) -> (Detector<HsMatcher>, bool) {
    let pack = Arc::new(RulePack::load_dir(root).unwrap());
    let dbs = HsDatabases::build(&pack, cache).unwrap();
    let cached = dbs.from_cache;
    let m = HsMatcher::new(Arc::new(dbs)).unwrap();
    (Detector::new(pack, m, Profile::Under18), cached)
}

fn typed(ts: &str, text: &str) -> schemas::Event {
    let line = format!(
        r#"{{"ts": "{ts}", "device": "LAB-PC-07", "user": "u1", "event": "text_capture", "window_title": "Chat - Discord", "text": "{text}"}}"#
    );
    LineParser::new(Format::Endpoint, ParseOptions::default())
        .parse(line.as_bytes())
        .unwrap()
        .event()
        .unwrap()
}

#[test]
fn split_keystrokes_through_hyperscan_streams() {
    let root = temp_dir("hs-stream");
    write(&root, "suicide/method.toml", RULES);
    let (mut d, _) = detector(&root, None);
    assert!(
        d.detect(&typed("2026-11-22T09:14:00Z", "how to t"))
            .is_empty()
    );
    assert!(
        d.detect(&typed("2026-11-22T09:14:03Z", "ie a no"))
            .is_empty()
    );
    let found = d.detect(&typed("2026-11-22T09:14:05Z", "ose")); // three fragments
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].category, found[0].level.get()),
        (Category::Suicide, 5)
    );
    assert_eq!(found[0].matched, "tie a noose");
    // The regex also works in the stream, and in one block.
    assert!(
        d.detect(&typed("2026-11-22T09:20:00Z", "how can i end my l"))
            .is_empty()
    );
    let found = d.detect(&typed("2026-11-22T09:20:02Z", "ife "));
    assert_eq!(found.len(), 1, "{found:?}");
    std::fs::remove_dir_all(root).ok();
}

#[test]
fn cache_is_used_on_the_second_start() {
    let root = temp_dir("hs-cache");
    write(&root, "suicide/method.toml", RULES);
    let cache = root.join("cache");
    let (_, first) = detector(&root, Some(&cache));
    let (mut d, second) = detector(&root, Some(&cache));
    assert!(!first && second);
    // The cached databases work.
    assert_eq!(
        d.detect(&typed("2026-11-22T09:14:00Z", "i want to kill myself"))
            .len(),
        1
    );
    // A changed pack is a different cache entry.
    write(
        &root,
        "suicide/method.toml",
        &RULES.replace("tie a noose", "noose knot"),
    );
    let (_, third) = detector(&root, Some(&cache));
    assert!(!third);
    std::fs::remove_dir_all(root).ok();
}

#[test]
fn bad_files_name_file_line_and_problem() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "suicide/a.toml",
            "[[rule]]\nid = \"suicide.x\"\nlevel = 9\ndescription = \"d\"\nphrases = [\"x y\"]\n",
            "a.toml:1: rule suicide.x: level 9 is outside 1..=5",
        ),
        (
            "suicide/a.toml",
            "\n\n[[rule]]\nid = \"suicide.x\"\nlevel = 4\ndescription = \"d\"\nphrasez = [\"x\"]\n",
            "a.toml:7: unknown field `phrasez`",
        ),
        (
            "suicide/a.toml",
            "[[rule]]\nid = \"self_harm.x\"\nlevel = 4\ndescription = \"d\"\nphrases = [\"x\"]\n",
            "must start with \"suicide.\"",
        ),
        (
            "sucide/a.toml",
            "[[rule]]\nid = \"sucide.x\"\nlevel = 4\ndescription = \"d\"\nphrases = [\"x\"]\n",
            "folder \"sucide\" is not a category id",
        ),
        ("suicide/a.toml", "[[rule]\nid = 1", "a.toml:1:"),
        (
            "suicide/a.toml",
            "[[rule]]\nid = \"suicide.x\"\nlevel = 4\ndescription = \"d\"\nphrases = [\"!!!\"]\n",
            "has no letters or digits",
        ),
    ];
    for (rel, body, want) in cases {
        let root = temp_dir("bad-pack");
        write(&root, rel, body);
        let err = RulePack::load_dir(&root).unwrap_err().to_string();
        assert!(err.contains(want), "{err:?} should contain {want:?}");
        std::fs::remove_dir_all(root).ok();
    }
}

#[test]
fn a_pattern_hyperscan_rejects_names_its_rule() {
    let root = temp_dir("bad-regex");
    write(
        &root,
        "violence/a.toml",
        "[[rule]]\nid = \"violence.ok\"\nlevel = 3\ndescription = \"d\"\nphrases = [\"zombie knife\"]\n\n[[rule]]\nid = \"violence.broken\"\nlevel = 5\ndescription = \"d\"\nregex = ['stab (him|her']\n",
    );
    let pack = RulePack::load_dir(&root).unwrap();
    let err = HsDatabases::build(&pack, None).err().unwrap();
    assert!(matches!(err, Error::Pattern { .. }));
    let msg = err.to_string();
    assert!(
        msg.contains("rule violence.broken")
            && msg.contains("a.toml:7")
            && msg.contains("stab (him|her"),
        "{msg}"
    );
    std::fs::remove_dir_all(root).ok();
}

#[test]
fn ut1_and_e2guardian_lists_import() {
    let root = temp_dir("import");
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lists");
    for rel in [
        "ut1/gambling/domains",
        "ut1/gambling/urls",
        "weighted_gambling",
    ] {
        write(
            &root,
            &format!("lists/{rel}"),
            &std::fs::read_to_string(fixtures.join(rel)).unwrap(),
        );
    }
    write(
        &root,
        "gambling/imported.toml",
        "[[rule]]\nid = \"gambling.ut1\"\nlevel = 2\ndescription = \"UT1 gambling\"\nimport_ut1 = \"../lists/ut1/gambling\"\n\n\
         [[rule]]\nid = \"gambling.e2g\"\nlevel = 2\ndescription = \"e2guardian weighted list\"\nthreshold = 50\nimport_e2guardian = \"../lists/weighted_gambling\"\n",
    );
    let (mut d, _) = detector(&root, None);
    let dns = |name: &str| {
        let line = format!(
            "22-Nov-2026 04:28:23.033 queries: info: client @0x1 10.0.0.2#5 ({name}): query: {name} IN A +E(0)K (10.0.0.53)"
        );
        LineParser::new(Format::Bind, ParseOptions::default())
            .parse(line.as_bytes())
            .unwrap()
            .event()
            .unwrap()
    };
    // A domain from the UT1 `domains` file, and a sub-domain of it.
    let first = std::fs::read_to_string(fixtures.join("ut1/gambling/domains"))
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(d.detect(&dns(&first))[0].rule, "gambling.ut1");
    assert_eq!(
        d.detect(&dns(&format!("www.{first}")))[0].category,
        Category::Gambling
    );
    assert!(d.detect(&dns("www.bbc.co.uk")).is_empty());
    // A URL prefix from the UT1 `urls` file.
    let url = LineParser::new(Format::Squid, ParseOptions::default())
        .parse(b"1795321686.106 11 10.0.0.1 TCP_MISS/200 288 GET http://astrolabio.net/casino/index.html u HIER_DIRECT/1.1.1.1 text/html")
        .unwrap()
        .event()
        .unwrap();
    assert_eq!(d.detect(&url)[0].rule, "gambling.ut1");
    // e2guardian weights add up: 40 alone is under the threshold, 40 + 30 is over it.
    let search = |q: &str| {
        let line = format!(
            "1795321686.106 11 10.0.0.1 TCP_MISS/200 288 GET https://www.google.com/search?q={q} u{q} HIER_DIRECT/1.1.1.1 text/html"
        );
        LineParser::new(Format::Squid, ParseOptions::default())
            .parse(line.as_bytes())
            .unwrap()
            .event()
            .unwrap()
    };
    assert!(d.detect(&search("online+casino")).is_empty());
    assert_eq!(
        d.detect(&search("online+casino+free+spins"))[0].rule,
        "gambling.e2g"
    );
    std::fs::remove_dir_all(root).ok();
}
