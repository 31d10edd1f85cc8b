//! The text model: a second opinion on what learners type and search, for the phrasing no
//! rule names.
//!
//! Rules are precise but literal: each round of unseen test text showed a quarter of the risky
//! items worded in ways no rule had anticipated ("no one would even notice if i wasnt here
//! anymore"). The model is a one-vs-rest logistic regression per category over the words,
//! word pairs and word stems of the normalised text (search terms, typed text, window titles;
//! never URLs or host names, which the lists judge). It is trained by `guardline model train`
//! on the team's labelled corpora, hard negatives included, with thresholds chosen by
//! cross-validation so that the model alone keeps its precision on text it did not train on.
//!
//! What it may do is bounded on purpose: it adds a category the rules did not find, at the
//! category's review level (never 5: a phone call needs a rule that names a plan or a method),
//! and its detection says it came from the model (`model.<category>`) and which words weighed
//! most, so the DSL can judge it.

use std::collections::HashMap;

use schemas::{Category, Level};
use serde::{Deserialize, Serialize};

/// A trained model, as stored in `detect/model/text-model.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TextModel {
    pub version: u32,
    /// Per category: bias, decision threshold on the probability, and the level it reports
    /// at. Categories the model was not trained for are absent.
    pub categories: Vec<CategoryModel>,
    /// Feature -> (index into `categories`, weight).
    pub weights: HashMap<String, Vec<(u8, f32)>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CategoryModel {
    pub category: Category,
    pub bias: f32,
    pub threshold: f32,
    pub level: u8,
}

/// One category the model finds in a text, with the features that weighed most.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub category: Category,
    pub level: Level,
    pub probability: f32,
    pub because: Vec<String>,
}

/// The features of one normalised text (`[a-z0-9 ]`): each word, each pair of adjacent words,
/// and the first five letters of longer words (so "overdosing" and "overdosed" share one).
/// Each feature once.
pub fn features(normalised: &str) -> Vec<String> {
    let words: Vec<&str> = normalised.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len() * 3);
    for (i, w) in words.iter().enumerate() {
        out.push(format!("w:{w}"));
        if w.len() > 5 {
            out.push(format!("s:{}", &w[..5]));
        }
        if let Some(next) = words.get(i + 1) {
            out.push(format!("b:{w} {next}"));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

impl TextModel {
    pub fn from_json(text: &str) -> Result<Self, String> {
        let m: TextModel = serde_json::from_str(text).map_err(|e| format!("text model: {e}"))?;
        if m.version != 1 {
            return Err(format!("text model: version {} is not 1", m.version));
        }
        if m.categories.len() > usize::from(u8::MAX) {
            return Err("text model: too many categories".into());
        }
        for c in &m.categories {
            if Level::new(i64::from(c.level)).is_err() || c.level >= 5 {
                return Err(format!(
                    "text model: level {} for {} (a model reports at 1 to 4)",
                    c.level, c.category
                ));
            }
        }
        Ok(m)
    }

    /// The model as the file stores it: weights sorted by feature, so training the same
    /// corpora twice writes the same bytes.
    pub fn to_json(&self) -> String {
        let sorted: std::collections::BTreeMap<_, _> = self.weights.iter().collect();
        let json = serde_json::json!({
            "version": self.version,
            "categories": self.categories,
            "weights": sorted,
        });
        let mut text = json.to_string();
        text.push('\n');
        text
    }

    /// The model a setting names: `builtin` (the default), `off`, or a file path.
    pub fn load(setting: &str) -> Result<Option<Self>, String> {
        match setting {
            "" | "builtin" => Self::builtin().map(Some),
            "off" | "none" => Ok(None),
            path => {
                let text =
                    std::fs::read_to_string(path).map_err(|e| format!("text model {path}: {e}"))?;
                Self::from_json(&text)
                    .map(Some)
                    .map_err(|e| format!("{path}: {e}"))
            }
        }
    }

    /// The model shipped with Guardline, trained on the team's corpora.
    pub fn builtin() -> Result<Self, String> {
        Self::from_json(include_str!("../model/text-model.json"))
    }

    /// Raw scores per category (before the sigmoid), and the features present.
    fn scores<'a>(&self, feats: &'a [String]) -> Vec<(f32, Vec<(&'a str, f32)>)> {
        let mut out: Vec<(f32, Vec<(&str, f32)>)> = self
            .categories
            .iter()
            .map(|c| (c.bias, Vec::new()))
            .collect();
        for f in feats {
            if let Some(ws) = self.weights.get(f) {
                for &(c, w) in ws {
                    if let Some(slot) = out.get_mut(usize::from(c)) {
                        slot.0 += w;
                        slot.1.push((f.as_str(), w));
                    }
                }
            }
        }
        out
    }

    /// The categories this normalised text is about, by the model's thresholds.
    pub fn judge(&self, normalised: &str) -> Vec<Verdict> {
        let feats = features(normalised);
        let mut out = Vec::new();
        for (c, (score, mut present)) in self.categories.iter().zip(self.scores(&feats)) {
            let p = sigmoid(score);
            if p < c.threshold {
                continue;
            }
            let Ok(level) = Level::new(i64::from(c.level)) else {
                continue;
            };
            present.sort_by(|a, b| b.1.total_cmp(&a.1));
            let because = present
                .iter()
                .filter(|(_, w)| *w > 0.0)
                .take(4)
                .map(|(f, _)| f.get(2..).unwrap_or(f).to_owned())
                .collect();
            out.push(Verdict {
                category: c.category,
                level,
                probability: p,
                because,
            });
        }
        out
    }

    /// The probability per trained category, for training and diagnostics.
    pub fn probabilities(&self, normalised: &str) -> Vec<(Category, f32)> {
        let feats = features(normalised);
        self.categories
            .iter()
            .zip(self.scores(&feats))
            .map(|(c, (s, _))| (c.category, sigmoid(s)))
            .collect()
    }
}

/// One training example: the features of an item's text, the categories it is about, and
/// those it may also be about (neither positive nor negative for those).
#[derive(Debug, Clone)]
pub struct Example {
    pub features: Vec<String>,
    pub positive: Vec<Category>,
    pub allowed: Vec<Category>,
    /// The lowest level a reviewer would accept, per positive category.
    pub min_level: Vec<(Category, u8)>,
    /// Which corpus (so which writer) the example came from: cross-validation leaves whole
    /// writers out, because folds that share a writer's habits with their training data
    /// flatter the model (session 5: 0.95 precision on mixed folds, 0.94 on a new writer).
    pub group: usize,
    /// Categories the rules already find in the item: the model is never asked about those,
    /// so they do not count when its thresholds are chosen.
    pub ruled: Vec<Category>,
    /// The text is professional or coursework writing about risk (the pack's `contexts`):
    /// nothing is reported there, so it does not count when thresholds are chosen.
    pub quiet: bool,
}

/// Training settings. The defaults are what the shipped model was trained with.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    pub learning_rate: f32,
    pub l2: f32,
    /// Folds for choosing thresholds on text the fold's model did not see, when the examples
    /// come from fewer than three writers (otherwise one fold per writer).
    pub folds: usize,
    /// Precision the model's own detections (on items the rules miss) must keep, per
    /// category, on the held-out writers. Chosen by `detect/corpus/loco.sh` (rules + model on
    /// writers neither saw, pooled precision/recall over fifteen sets): 0.85 -> 0.949/0.899,
    /// 0.88 -> 0.956/0.892, 0.90 -> 0.961/0.885; 0.88 is the highest recall that keeps pooled
    /// precision clear of 0.95 (over seven sets, earlier in session 6, that point was 0.85).
    pub target_precision: f32,
    /// The same for categories whose usual level is 1 (gaming, social media, piracy): a
    /// level-1 finding only feeds trend reports, is never alerted or triaged one by one, and
    /// the rules now find most of these, so the few items left to the model could not reach
    /// `target_precision` with three true positives and the category went silent (session 7).
    pub trend_target_precision: f32,
    /// No threshold below this, whatever the folds say.
    pub min_threshold: f32,
    /// A category needs this many positive examples to be modelled at all.
    pub min_positives: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        // Chosen by the mean cross-validated recall at 0.95 precision over the team's and the
        // development corpora (l2 1e-5..0.2, rate 0.1..1, 30/60 epochs, character n-grams of
        // 3..5 on or off): strong regularisation matters most (0.51 -> 0.62); character n-grams
        // did not help.
        TrainOptions {
            epochs: 30,
            learning_rate: 0.3,
            l2: 0.03,
            folds: 5,
            target_precision: 0.88,
            trend_target_precision: 0.6,
            min_threshold: 0.2,
            min_positives: 20,
        }
    }
}

/// What training found, for the operator: per category, positives, the threshold chosen and
/// the cross-validated precision and recall of the model alone at it.
#[derive(Debug, Clone)]
pub struct TrainReport {
    pub rows: Vec<(Category, usize, f32, f32, f32)>,
}

/// Deterministic shuffle order (xorshift), so a retrain gives the same file.
fn order(n: usize, seed: u64) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    let mut s = seed | 1;
    for i in (1..n).rev() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        let j = (s % (i as u64 + 1)) as usize;
        idx.swap(i, j);
    }
    idx
}

/// Logistic regression for one category by stochastic gradient descent over sparse binary
/// features: returns the bias and a weight per feature index.
fn fit(
    rows: &[(Vec<usize>, f32)],
    n_features: usize,
    opts: &TrainOptions,
    seed: u64,
) -> (f32, Vec<f32>) {
    let mut w = vec![0f32; n_features];
    let mut b = 0f32;
    let pos = rows.iter().filter(|r| r.1 > 0.5).count().max(1) as f32;
    let neg = (rows.len() as f32 - pos).max(1.0);
    // Positives are rarer: weigh them up, but only by the square root of the imbalance, so the
    // model does not learn to cry wolf.
    let pos_weight = (neg / pos).sqrt();
    for epoch in 0..opts.epochs {
        let lr = opts.learning_rate / (1.0 + epoch as f32 * 0.2);
        for &i in &order(rows.len(), seed.wrapping_add(epoch as u64 * 7919)) {
            let (feats, y) = &rows[i];
            let z = b + feats.iter().map(|&f| w[f]).sum::<f32>();
            let g = (sigmoid(z) - y) * if *y > 0.5 { pos_weight } else { 1.0 };
            b -= lr * g;
            for &f in feats {
                w[f] -= lr * (g + opts.l2 * w[f]);
            }
        }
    }
    (b, w)
}

/// The review level a category's model detections take: the most common `min_level` among
/// its examples, at most 4.
fn category_level(examples: &[Example], category: Category) -> u8 {
    let mut counts = [0usize; 6];
    for e in examples {
        for (c, l) in &e.min_level {
            if *c == category {
                counts[usize::from((*l).min(5))] += 1;
            }
        }
    }
    let common = (1..=5).max_by_key(|&l| (counts[l], l)).unwrap_or(3) as u8;
    common.clamp(1, 4)
}

/// The cross-validation fold of each example: one fold per writer (corpus) when there are
/// at least three, otherwise `folds` interleaved folds.
fn assign_folds(examples: &[Example], folds: usize) -> (Vec<usize>, usize) {
    let mut groups: Vec<usize> = examples.iter().map(|e| e.group).collect();
    groups.sort_unstable();
    groups.dedup();
    if groups.len() >= 3 {
        let fold = examples
            .iter()
            .map(|e| groups.binary_search(&e.group).unwrap_or(0))
            .collect();
        (fold, groups.len())
    } else {
        let folds = folds.max(2);
        ((0..examples.len()).map(|i| i % folds).collect(), folds)
    }
}

/// Train a model on `examples`.
pub fn train(examples: &[Example], opts: &TrainOptions) -> (TextModel, TrainReport) {
    let mut vocab: HashMap<&str, usize> = HashMap::new();
    let mut names: Vec<&str> = Vec::new();
    let encoded: Vec<Vec<usize>> = examples
        .iter()
        .map(|e| {
            e.features
                .iter()
                .map(|f| {
                    *vocab.entry(f.as_str()).or_insert_with(|| {
                        names.push(f.as_str());
                        names.len() - 1
                    })
                })
                .collect()
        })
        .collect();
    let (folds, n_folds) = assign_folds(examples, opts.folds);
    let mut categories = Vec::new();
    let mut weights: HashMap<String, Vec<(u8, f32)>> = HashMap::new();
    let mut report = TrainReport { rows: Vec::new() };
    for category in Category::ALL {
        // Examples that may be about the category either way are left out of its model.
        let kept: Vec<usize> = (0..examples.len())
            .filter(|&i| !examples[i].allowed.contains(&category))
            .collect();
        let rows: Vec<(Vec<usize>, f32)> = kept
            .iter()
            .map(|&i| {
                let positive = examples[i].positive.contains(&category);
                (encoded[i].clone(), f32::from(u8::from(positive)))
            })
            .collect();
        if rows.iter().filter(|r| r.1 > 0.5).count() < opts.min_positives {
            continue;
        }
        // The threshold is judged only where the model would speak: items the rules did not
        // already find this category in. Judged over every item, the easy positives the rules
        // catch anyway flatter it (session 6: 0.95 that way was 0.87 on a new writer's text).
        let open = |k: usize| {
            let e = &examples[kept[k]];
            !e.quiet && !e.ruled.contains(&category)
        };
        let positives = (0..rows.len())
            .filter(|&k| rows[k].1 > 0.5 && open(k))
            .count();
        // Out-of-fold probabilities: each example scored by a model that did not see it, nor
        // anything else its writer wrote.
        let fold_of = |k: usize| folds[kept[k]];
        let mut oof: Vec<(f32, bool)> = Vec::with_capacity(rows.len());
        for fold in 0..n_folds {
            let train_rows: Vec<_> = (0..rows.len())
                .filter(|&k| fold_of(k) != fold)
                .map(|k| rows[k].clone())
                .collect();
            let (b, w) = fit(&train_rows, names.len(), opts, fold as u64 + 1);
            for k in (0..rows.len()).filter(|&k| fold_of(k) == fold && open(k)) {
                let z = b + rows[k].0.iter().map(|&f| w[f]).sum::<f32>();
                oof.push((sigmoid(z), rows[k].1 > 0.5));
            }
        }
        // The lowest threshold at which the model alone keeps the target precision.
        let level = category_level(examples, category);
        let target = if level <= 1 {
            opts.trend_target_precision
        } else {
            opts.target_precision
        };
        oof.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (mut tp, mut fp) = (0usize, 0usize);
        let mut threshold = 1.0f32;
        let mut at = (0.0f32, 0.0f32);
        for &(p, y) in &oof {
            if y {
                tp += 1;
            } else {
                fp += 1;
            }
            let precision = tp as f32 / (tp + fp) as f32;
            if precision >= target && tp >= 3 {
                threshold = p;
                at = (precision, tp as f32 / positives as f32);
            }
        }
        let threshold = threshold.max(opts.min_threshold);
        let (b, w) = fit(&rows, names.len(), opts, 0);
        let index = categories.len() as u8;
        categories.push(CategoryModel {
            category,
            bias: round(b),
            threshold: round(threshold),
            level,
        });
        for (f, wt) in names.iter().zip(&w) {
            // Tiny weights change no decision: leave them out of the file.
            if wt.abs() >= 0.05 {
                weights
                    .entry((*f).to_owned())
                    .or_default()
                    .push((index, round(*wt)));
            }
        }
        report
            .rows
            .push((category, positives, threshold, at.0, at.1));
    }
    (
        TextModel {
            version: 1,
            categories,
            weights,
        },
        report,
    )
}

fn round(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_words_pairs_and_stems() {
        let f = features(" i feel hopeless ");
        assert!(f.contains(&"w:hopeless".to_owned()));
        assert!(f.contains(&"b:feel hopeless".to_owned()));
        assert!(f.contains(&"s:hopel".to_owned()));
        assert!(!f.contains(&"s:feel".to_owned()));
    }

    fn ex(text: &str, cat: Option<Category>) -> Example {
        Example {
            features: features(text),
            positive: cat.into_iter().collect(),
            allowed: Vec::new(),
            min_level: cat.map(|c| (c, 4)).into_iter().collect(),
            group: 0,
            ruled: Vec::new(),
            quiet: false,
        }
    }

    #[test]
    fn learns_a_separable_category_and_keeps_quiet_elsewhere() {
        let mut data = Vec::new();
        for i in 0..40 {
            data.push(ex(
                &format!("nobody would miss me {i}"),
                Some(Category::Suicide),
            ));
            data.push(ex(
                &format!("i want it all to stop {i}"),
                Some(Category::Suicide),
            ));
            data.push(ex(&format!("revision notes for biology {i}"), None));
            data.push(ex(&format!("would anyone miss the bus {i}"), None));
        }
        let (m, report) = train(&data, &TrainOptions::default());
        assert_eq!(report.rows.len(), 1);
        let m = TextModel::from_json(&serde_json::to_string(&m).unwrap()).unwrap();
        let v = m.judge("honestly nobody would miss me");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].category, Category::Suicide);
        assert_eq!(v[0].level.get(), 4);
        assert!(v[0].because.iter().any(|w| w.contains("miss me")));
        assert!(m.judge("biology revision tonight").is_empty());
    }

    #[test]
    fn a_model_may_not_report_at_level_5() {
        let bad = r#"{"version":1,"categories":[{"category":"suicide","bias":0,"threshold":0.5,"level":5}],"weights":{}}"#;
        assert!(TextModel::from_json(bad).unwrap_err().contains("level 5"));
    }
}
