//! The regression gate: the built-in rule pack and text model on the team's labelled corpus,
//! the development and training sets, the held-out sets and the small worked example from
//! ../shared/eval, with the bars of the detector issue.

#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::sync::Arc;

use detect::{
    Detector, EvalReport, Example, HsDatabases, HsMatcher, Profile, RulePack, TextModel,
    TrainOptions, evaluate, examples, train,
};
use schemas::ParseOptions;

fn run(corpus: &str) -> EvalReport {
    let pack = Arc::new(RulePack::builtin().unwrap());
    let dbs = Arc::new(HsDatabases::build(&pack, None).unwrap());
    let model = TextModel::builtin().unwrap();
    let mut d = Detector::new(pack, HsMatcher::new(dbs).unwrap(), Profile::Under18)
        .with_model(Some(Arc::new(model)));
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

/// Sets that were scored unseen once and then used to develop the pack (`round*`) or to train
/// the text model (`heldout`, `heldout5`, `heldout6`, whose lines nobody read): they must stay
/// at the bar (detect/corpus/README.md).
#[test]
fn development_and_training_sets_stay_at_the_bar() {
    for corpus in TRAINING {
        let r = run(corpus);
        assert!(r.precision() >= 0.95, "{corpus}: {}", r.summary());
        assert!(r.recall() >= 0.90, "{corpus}: {}", r.summary());
    }
}

/// The corpora the shipped text model is trained on, in order.
const TRAINING: [&str; 49] = [
    "corpus/guardline.jsonl",
    "corpus/round2.jsonl",
    "corpus/round3.jsonl",
    "corpus/round4.jsonl",
    "../schemas/tests/fixtures/dev.jsonl",
    "corpus/heldout.jsonl",
    "corpus/heldout5.jsonl",
    "corpus/heldout6.jsonl",
    "corpus/heldout7.jsonl",
    "corpus/heldout8.jsonl",
    "corpus/round5.jsonl",
    "corpus/round6.jsonl",
    "corpus/heldout9.jsonl",
    "corpus/heldout10.jsonl",
    "corpus/heldout11.jsonl",
    "corpus/heldout12.jsonl",
    "corpus/heldout13.jsonl",
    "corpus/heldout14.jsonl",
    "corpus/heldout15.jsonl",
    "corpus/heldout16.jsonl",
    "corpus/heldout17.jsonl",
    "corpus/heldout18.jsonl",
    "corpus/heldout19.jsonl",
    "corpus/heldout20.jsonl",
    "corpus/heldout22.jsonl",
    "corpus/heldout21.jsonl",
    "corpus/heldout23.jsonl",
    "corpus/heldout24.jsonl",
    "corpus/heldout25.jsonl",
    "corpus/heldout26.jsonl",
    "corpus/heldout27.jsonl",
    "corpus/heldout28.jsonl",
    "corpus/heldout29.jsonl",
    "corpus/heldout30.jsonl",
    "corpus/heldout31.jsonl",
    "corpus/heldout32.jsonl",
    "corpus/heldout33.jsonl",
    "corpus/heldout34.jsonl",
    "corpus/heldout35.jsonl",
    "corpus/heldout36.jsonl",
    "corpus/heldout37.jsonl",
    "corpus/heldout38.jsonl",
    "corpus/heldout39.jsonl",
    "corpus/heldout40.jsonl",
    "corpus/heldout41.jsonl",
    "corpus/heldout42.jsonl",
    "corpus/heldout43.jsonl",
    "corpus/heldout44.jsonl",
    "corpus/heldout45.jsonl",
];

/// The shipped model is exactly what training on those corpora writes: nobody edited weights
/// by hand, and a change to features or training that was not followed by a retrain fails.
#[test]
fn shipped_model_is_reproducible() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    let pack = Arc::new(RulePack::builtin().unwrap());
    let dbs = Arc::new(HsDatabases::build(&pack, None).unwrap());
    let mut rules = Detector::new(pack, HsMatcher::new(dbs).unwrap(), Profile::Under18);
    for (group, corpus) in TRAINING.iter().enumerate() {
        let text = std::fs::read_to_string(dir.join(corpus)).unwrap();
        let found = examples(&text, &ParseOptions::default(), &mut rules).unwrap();
        all.extend(found.into_iter().map(|e| Example { group, ..e }));
    }
    let (model, _) = train(&all, &TrainOptions::default());
    let shipped = std::fs::read_to_string(dir.join("model/text-model.json")).unwrap();
    assert!(
        model.to_json() == shipped,
        "detect/model/text-model.json is stale: retrain with `guardline model train` (README)"
    );
}

/// Sets nobody tuned on or trained on, each held to a precision floor so a rule or the model
/// starting to fire on innocent look-alikes is caught. The floor is the bar (0.95) where the
/// set's first score met it, otherwise just under that first score: a regression guard, not a
/// claim that the bar is met (README, "Detection quality"). Recall is reported, not gated.
#[test]
fn held_out_sets_keep_precision() {
    for (corpus, floor) in HELD_OUT {
        let r = run(corpus);
        assert!(r.precision() >= floor, "{corpus}: {}", r.summary());
    }
}

/// First scores, each set scored once and unseen, all written in session 12 by independent
/// helpers. heldout47 (land-based colleges and rural schools) and heldout48 (creative,
/// performing-arts and media colleges) were scored with the detector after heldout40-42 were
/// read: 0.965 / 0.866, 0.970 / 0.904; heldout46 (boarding schools and international students)
/// with that detector too: 0.966 / 0.708. With session 12's final detector (heldout43-45 read,
/// model trained on 49 corpora) they score 0.969 / 0.887, 0.962 / 0.897, 0.966 / 0.711.
/// heldout49 (specialist FE for learners with SEND), heldout50 (a London sixth form, politics and
/// online culture) and heldout51 (construction, engineering and forces-preparation apprentices)
/// were scored once with the final detector: 0.933 / 0.853, 0.937 / 0.868, 0.934 / 0.873. The
/// floor is the precision bar (0.95) where a set's first score met it, otherwise just under that
/// first score.
const HELD_OUT: [(&str, f64); 6] = [
    ("corpus/heldout46.jsonl", 0.95),
    ("corpus/heldout47.jsonl", 0.95),
    ("corpus/heldout48.jsonl", 0.95),
    ("corpus/heldout49.jsonl", 0.93),
    ("corpus/heldout50.jsonl", 0.93),
    ("corpus/heldout51.jsonl", 0.93),
];

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
