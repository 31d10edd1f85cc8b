//! Scoring a labelled corpus (CONTRACTS.md §4): an expected category found is a true positive
//! (level-correct when its level reaches `min_level`); one not found is a false negative; a
//! category found at level 2 or above that is neither expected nor allowed is a false positive.

use std::collections::HashMap;

use schemas::{Category, Format, LineParser, ParseOptions, Parsed};
use serde::Deserialize;

use crate::detector::Detector;
use crate::matcher::{Matcher, StreamMatcher};
use crate::model::{self, Example};
use crate::normalise::Normaliser;

#[derive(Debug, Deserialize)]
struct Item {
    id: String,
    format: String,
    line: Option<String>,
    lines: Option<Vec<String>>,
    #[serde(default)]
    expect: Vec<Expect>,
    #[serde(default)]
    allow: Vec<Category>,
}

#[derive(Debug, Deserialize)]
struct Expect {
    category: Category,
    min_level: u8,
}

/// The totals, and one line per miss so a rule writer can see what to fix.
#[derive(Debug, Default)]
pub struct EvalReport {
    pub items: usize,
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    pub level_correct: usize,
    /// Items that expect nothing (hard negatives) on which something fired at level 2+.
    pub hard_negative_hits: usize,
    pub misses: Vec<String>,
}

impl EvalReport {
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn level_accuracy(&self) -> f64 {
        ratio(self.level_correct, self.true_positives)
    }

    /// The contract's last line.
    pub fn summary(&self) -> String {
        format!(
            "items={} precision={:.3} recall={:.3} f1={:.3} level_accuracy={:.3}",
            self.items,
            self.precision(),
            self.recall(),
            self.f1(),
            self.level_accuracy()
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Corpus line `n` (0-based) as an item, its format and its log lines; an error names the line.
fn read_item(n: usize, raw: &str) -> Result<(Item, Format, Vec<String>), String> {
    let mut item: Item =
        serde_json::from_str(raw).map_err(|e| format!("corpus line {}: {e}", n + 1))?;
    let format: Format = item
        .format
        .parse()
        .map_err(|e| format!("corpus line {} ({}): {e}", n + 1, item.id))?;
    let lines = match (item.line.take(), item.lines.take()) {
        (Some(l), None) => vec![l],
        (None, Some(ls)) => ls,
        _ => {
            return Err(format!(
                "corpus line {} ({}): needs exactly one of \"line\" and \"lines\"",
                n + 1,
                item.id
            ));
        }
    };
    Ok((item, format, lines))
}

/// Score every item of `corpus` (JSON lines). A corpus line that is not a valid item is an
/// error naming its line number; an item line that does not parse as its format counts as a
/// miss (it can produce no detection) and is listed.
pub fn evaluate<M: Matcher + StreamMatcher>(
    detector: &mut Detector<M>,
    corpus: &str,
    opts: &ParseOptions,
) -> Result<EvalReport, String> {
    let mut report = EvalReport::default();
    for (n, raw) in corpus.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        let (item, format, lines) = read_item(n, raw)?;
        report.items += 1;
        detector.reset();
        let mut parser = LineParser::new(format, opts.clone());
        let mut found: HashMap<Category, (u8, String)> = HashMap::new();
        for line in &lines {
            match parser.parse(line.as_bytes()) {
                Ok(Parsed::Event(ev)) => {
                    for d in detector.detect(&ev) {
                        let e = found.entry(d.category).or_insert((0, String::new()));
                        if d.level.get() > e.0 {
                            *e = (d.level.get(), format!("{} {:?}", d.rule, d.matched));
                        }
                    }
                }
                Ok(Parsed::Skipped(why)) => report
                    .misses
                    .push(format!("{}: line skipped ({why})", item.id)),
                Err(e) => report
                    .misses
                    .push(format!("{}: line malformed ({e})", item.id)),
            }
        }
        for exp in &item.expect {
            match found.get(&exp.category) {
                Some((level, why)) => {
                    report.true_positives += 1;
                    if *level >= exp.min_level {
                        report.level_correct += 1;
                    } else {
                        report.misses.push(format!(
                            "{}: LEVEL {} found at {level}, expected {} ({why})",
                            item.id, exp.category, exp.min_level
                        ));
                    }
                }
                None => {
                    report.false_negatives += 1;
                    report.misses.push(format!(
                        "{}: MISSED {} level {}",
                        item.id, exp.category, exp.min_level
                    ));
                }
            }
        }
        if item.expect.is_empty()
            && found
                .iter()
                .any(|(c, (l, _))| *l >= 2 && !item.allow.contains(c))
        {
            report.hard_negative_hits += 1;
        }
        for (category, (level, why)) in &found {
            if *level >= 2
                && !item.expect.iter().any(|e| e.category == *category)
                && !item.allow.contains(category)
            {
                report.false_positives += 1;
                report.misses.push(format!(
                    "{}: FALSE {category} level {level} ({why})",
                    item.id
                ));
            }
        }
    }
    Ok(report)
}

/// The text model's training examples in `corpus`: per item, the features of its search terms,
/// window titles and typed text (fragments joined, as the detector streams them), with the
/// item's expected and allowed categories, and the categories `rules` (the detector without
/// its model) already finds in the item. Items with no such text (DNS names, plain URLs) give
/// no example: the model never judges those.
pub fn examples<M: Matcher + StreamMatcher>(
    corpus: &str,
    opts: &ParseOptions,
    rules: &mut Detector<M>,
) -> Result<Vec<Example>, String> {
    let mut out = Vec::new();
    let mut norm = Normaliser::new();
    let model = rules.take_model();
    for (n, raw) in corpus.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        let (item, format, lines) = read_item(n, raw)?;
        let mut parser = LineParser::new(format, opts.clone());
        let (mut texts, mut typed) = (Vec::new(), String::new());
        let mut ruled: Vec<Category> = Vec::new();
        rules.reset();
        for line in &lines {
            if let Ok(Parsed::Event(ev)) = parser.parse(line.as_bytes()) {
                ruled.extend(rules.detect(&ev).iter().map(|d| d.category));
                texts.extend(ev.search.clone());
                texts.extend(ev.window_title.clone());
                if let Some(t) = &ev.text {
                    typed.push_str(t);
                }
            }
        }
        texts.push(typed);
        let mut quiet = false;
        let mut features: Vec<String> = Vec::new();
        for t in texts.iter().filter(|t| !t.trim().is_empty()) {
            let n = &norm.normalise(t, true).text;
            quiet |= rules.pack().allow.in_context(n);
            features.extend(model::features(n));
        }
        if features.is_empty() {
            continue;
        }
        features.sort_unstable();
        features.dedup();
        out.push(Example {
            features,
            positive: item.expect.iter().map(|e| e.category).collect(),
            allowed: item.allow.clone(),
            min_level: item
                .expect
                .iter()
                .map(|e| (e.category, e.min_level))
                .collect(),
            group: 0,
            ruled,
            quiet,
        });
    }
    rules.set_model(model);
    Ok(out)
}
