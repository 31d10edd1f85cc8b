//! The regression gate: the built-in rule pack on the team's labelled corpus and on the small
//! worked example from ../shared/eval, with the bars of the detector issue.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::sync::Arc;

use detect::{Detector, EvalReport, HsDatabases, HsMatcher, Profile, RulePack, evaluate};
use schemas::ParseOptions;

fn run(corpus: &str) -> EvalReport {
    let pack = Arc::new(RulePack::builtin().unwrap());
    let dbs = Arc::new(HsDatabases::build(&pack, None).unwrap());
    let mut d = Detector::new(pack, HsMatcher::new(dbs).unwrap(), Profile::Under18);
    let text =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(corpus)).unwrap();
    let report = evaluate(&mut d, &text, &ParseOptions::default()).unwrap();
    for m in &report.misses {
        eprintln!("{m}");
    }
    eprintln!("{corpus}: {}", report.summary());
    report
}

#[test]
fn team_corpus_meets_the_bar() {
    let r = run("corpus/guardline.jsonl");
    assert!(r.items >= 600, "{} items", r.items);
    assert!(r.precision() >= 0.95, "{}", r.summary());
    assert!(r.recall() >= 0.90, "{}", r.summary());
    assert_eq!(r.hard_negative_hits, 0, "a hard negative fired at level 2+");
}

/// Sets that were scored unseen once and then used to develop the pack: they must stay at the
/// bar (detect/corpus/README.md).
#[test]
fn development_rounds_stay_at_the_bar() {
    for corpus in [
        "corpus/round2.jsonl",
        "corpus/round3.jsonl",
        "corpus/round4.jsonl",
    ] {
        let r = run(corpus);
        assert!(r.precision() >= 0.95, "{corpus}: {}", r.summary());
        assert!(r.recall() >= 0.90, "{corpus}: {}", r.summary());
    }
}

/// Sets nobody tuned on: only precision is held to the bar here, so a rule that starts firing
/// on innocent look-alikes is caught; their recall is reported, not gated (README).
#[test]
fn held_out_sets_keep_precision() {
    for corpus in ["corpus/heldout.jsonl", "corpus/heldout5.jsonl"] {
        let r = run(corpus);
        assert!(r.precision() >= 0.95, "{corpus}: {}", r.summary());
    }
}

#[test]
fn shared_dev_corpus_meets_the_bar() {
    let r = run("../schemas/tests/fixtures/dev.jsonl");
    assert!(
        r.precision() >= 0.95 && r.recall() >= 0.90,
        "{}",
        r.summary()
    );
}

#[test]
fn builtin_pack_covers_every_category() {
    let pack = RulePack::builtin().unwrap();
    let counts = pack.counts();
    for c in schemas::Category::ALL {
        assert!(
            counts.get(&c).is_some_and(|(rules, ..)| *rules > 0),
            "no rules for {c}"
        );
    }
}
