//! `guardline detect`, `guardline eval` and `guardline rules check`.

use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use detect::{Detector, HsDatabases, HsMatcher, Profile, RulePack, TextModel, evaluate};
use schemas::{Format, Outcome, ParseOptions};

use crate::inputs::{flush_output, parse_inputs, write_json_line};

/// Options shared by every command that runs the detector.
#[derive(clap::Args)]
pub struct DetectorArgs {
    /// Rule pack directory; the pack shipped with Guardline when not given.
    #[arg(long, value_name = "DIR", env = "GUARDLINE__DETECT__RULES")]
    rules: Option<PathBuf>,
    /// Learner profile for per-profile levels: under18, adult or staff.
    #[arg(long, default_value = "under18", value_parser = parse_profile, env = "GUARDLINE__DETECT__PROFILE")]
    profile: Profile,
    /// Where compiled Hyperscan databases are cached between runs.
    #[arg(long, value_name = "DIR", env = "GUARDLINE__DETECT__CACHE_DIR")]
    cache_dir: Option<PathBuf>,
    /// Compile the rule pack afresh and do not write the cache.
    #[arg(long)]
    no_cache: bool,
    /// The text model beside the rules: `builtin`, `off`, or a model file from
    /// `guardline model train`.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "builtin",
        env = "GUARDLINE__DETECT__MODEL"
    )]
    model: String,
}

fn parse_profile(s: &str) -> Result<Profile, String> {
    Profile::parse(s).ok_or_else(|| format!("unknown profile {s:?} (under18, adult, staff)"))
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse().map_err(|e: schemas::Error| e.to_string())
}

impl DetectorArgs {
    fn cache_dir(&self) -> Option<PathBuf> {
        if self.no_cache {
            return None;
        }
        self.cache_dir.clone().or_else(detect::default_cache_dir)
    }

    fn pack(&self) -> Result<Arc<RulePack>> {
        let pack = match &self.rules {
            Some(dir) => RulePack::load_dir(dir)
                .with_context(|| format!("loading rule pack {}", dir.display()))?,
            None => RulePack::builtin().context("loading the built-in rule pack")?,
        };
        Ok(Arc::new(pack))
    }

    /// The pack, its compiled databases and one detector over them.
    fn detector(&self) -> Result<Detector<HsMatcher>> {
        let pack = self.pack()?;
        let dbs = HsDatabases::build(&pack, self.cache_dir().as_deref())
            .context("compiling the rule pack")?;
        tracing::info!(
            patterns = pack.patterns.len(),
            from_cache = dbs.from_cache,
            ms = dbs.compile_time.as_millis() as u64,
            "rule pack ready"
        );
        let matcher = HsMatcher::new(Arc::new(dbs))?;
        let model = TextModel::load(&self.model).map_err(anyhow::Error::msg)?;
        Ok(Detector::new(pack, matcher, self.profile).with_model(model.map(Arc::new)))
    }
}

#[derive(clap::Args)]
pub struct DetectArgs {
    /// Log format (as for `parse`), or auto.
    #[arg(long, short, value_parser = parse_format)]
    format: Format,
    #[command(flatten)]
    detector: DetectorArgs,
    /// IANA time zone of logs that write local time.
    #[arg(long, default_value = "UTC", env = "GUARDLINE__PARSE__TIMEZONE")]
    tz: String,
    /// Site to stamp on events whose line does not name one.
    #[arg(long)]
    site: Option<String>,
    /// Input files; stdin when none.
    files: Vec<PathBuf>,
}

pub fn detect(args: DetectArgs) -> Result<ExitCode> {
    let mut opts = ParseOptions::default().with_tz_name(&args.tz)?;
    opts.site = args.site;
    let mut detector = args.detector.detector()?;
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let done = parse_inputs(args.files, args.format, &opts, |_, number, outcome| {
        let Outcome::Event(ev) = outcome else {
            return Ok(());
        };
        for d in detector.detect(&ev) {
            let rec = DetectRecord {
                line: number,
                ts: ev.ts.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                source: ev.source,
                format: ev.format,
                site: ev.site.as_deref(),
                user: ev.user.as_deref(),
                device: ev.device.as_deref(),
                client_ip: ev.client_ip.as_deref(),
                category: d.category,
                level: d.level,
                rule: &d.rule,
                field: d.field,
                matched: &d.matched,
            };
            write_json_line(&mut out, &rec)?;
        }
        Ok(())
    });
    if done.broken_pipe {
        return Ok(ExitCode::SUCCESS);
    }
    if !flush_output(&mut out)? {
        return Ok(ExitCode::SUCCESS);
    }
    if done.totals.malformed > 0 {
        eprintln!("skipped {} malformed lines", done.totals.malformed);
    }
    eprintln!("{}", done.totals);
    Ok(if done.failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(clap::Args)]
pub struct EvalArgs {
    /// Labelled corpus (JSON lines, CONTRACTS.md §4).
    #[arg(long, value_name = "FILE")]
    corpus: PathBuf,
    #[command(flatten)]
    detector: DetectorArgs,
    /// Print every miss (false negative, false positive, wrong level) before the summary.
    #[arg(long, short)]
    verbose: bool,
    /// Exit 1 when precision is below this.
    #[arg(long)]
    min_precision: Option<f64>,
    /// Exit 1 when recall is below this.
    #[arg(long)]
    min_recall: Option<f64>,
}

pub fn eval(args: EvalArgs) -> Result<ExitCode> {
    let corpus = std::fs::read_to_string(&args.corpus)
        .with_context(|| format!("cannot read {}", args.corpus.display()))?;
    let mut detector = args.detector.detector()?;
    // Corpus items carry dates from a known period; year-less lines take the current year.
    let report =
        evaluate(&mut detector, &corpus, &ParseOptions::default()).map_err(anyhow::Error::msg)?;
    if args.verbose {
        for m in &report.misses {
            println!("{m}");
        }
    }
    println!("{}", report.summary());
    let low_p = args.min_precision.is_some_and(|m| report.precision() < m);
    let low_r = args.min_recall.is_some_and(|m| report.recall() < m);
    if low_p || low_r {
        eprintln!("guardline: below the required precision or recall");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Subcommand)]
pub enum RulesCommand {
    /// Validate and compile a rule pack; print counts per category.
    Check {
        /// Rule pack directory; the built-in pack when not given.
        dir: Option<PathBuf>,
    },
}

pub fn rules(cmd: RulesCommand) -> Result<ExitCode> {
    match cmd {
        RulesCommand::Check { dir } => check(dir.as_deref()),
    }
}

fn check(dir: Option<&Path>) -> Result<ExitCode> {
    let pack = match dir {
        Some(d) => RulePack::load_dir(d)?,
        None => RulePack::builtin()?,
    };
    let dbs = HsDatabases::build(&pack, None)?;
    if pack.rules.is_empty() {
        bail!("the rule pack has no rules");
    }
    println!(
        "{:<16} {:>6} {:>9} {:>8}",
        "category", "rules", "patterns", "domains"
    );
    let (mut r, mut p, mut d) = (0, 0, 0);
    for (category, (rules, patterns, domains)) in pack.counts() {
        println!(
            "{:<16} {rules:>6} {patterns:>9} {domains:>8}",
            category.as_str()
        );
        r += rules;
        p += patterns;
        d += domains;
    }
    println!("{:<16} {r:>6} {p:>9} {d:>8}", "total");
    println!(
        "compiled {} patterns in {} ms ({} KiB block database) from {}",
        pack.patterns.len(),
        dbs.compile_time.as_millis(),
        dbs.block_size() / 1024,
        pack.origin
    );
    Ok(ExitCode::SUCCESS)
}

/// One line of `detect`'s output. Serialised straight from borrowed fields: building a
/// `serde_json::Value` map per detection was 5% of `detect`'s time.
#[derive(serde::Serialize)]
struct DetectRecord<'a> {
    line: u64,
    ts: String,
    source: schemas::Source,
    format: Format,
    site: Option<&'a str>,
    user: Option<&'a str>,
    device: Option<&'a str>,
    client_ip: Option<&'a str>,
    category: schemas::Category,
    level: schemas::Level,
    rule: &'a str,
    field: schemas::Field,
    matched: &'a str,
}

#[derive(clap::Subcommand)]
pub enum ModelCommand {
    /// Train the text model on labelled corpora (CONTRACTS.md §4) and write it as JSON.
    ///
    /// Thresholds are chosen by cross-validation so that the model alone keeps the target
    /// precision per category on text its fold did not train on; the table printed on stderr
    /// gives them. The shipped model is `detect/model/text-model.json`, trained on the team's
    /// and the development corpora (never on the held-out ones).
    Train(TrainArgs),
}

#[derive(clap::Args)]
pub struct TrainArgs {
    /// Labelled corpora to learn from (repeat the option).
    #[arg(long, value_name = "FILE", required = true)]
    corpus: Vec<PathBuf>,
    /// Where to write the model.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// The rule pack the model will sit beside (its thresholds are judged on what those
    /// rules miss); the built-in pack when not given.
    #[arg(long, value_name = "DIR", env = "GUARDLINE__DETECT__RULES")]
    rules: Option<PathBuf>,
    /// Precision the model's own detections (on items the rules miss) must keep per category,
    /// cross-validated leaving each writer (corpus) out.
    #[arg(long, default_value_t = 0.88)]
    target_precision: f32,
    /// L2 regularisation strength (the shipped model's value when not given).
    #[arg(long)]
    l2: Option<f32>,
    /// Passes over the training examples.
    #[arg(long)]
    epochs: Option<usize>,
}

pub fn model(cmd: ModelCommand) -> Result<ExitCode> {
    let ModelCommand::Train(args) = cmd;
    let opts = ParseOptions::default();
    let mut rules = DetectorArgs {
        rules: args.rules.clone(),
        profile: Profile::Under18,
        cache_dir: None,
        no_cache: false,
        model: "off".to_owned(),
    }
    .detector()?;
    let mut examples = Vec::new();
    for (group, path) in args.corpus.iter().enumerate() {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let found = detect::examples(&text, &opts, &mut rules)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        examples.extend(found.into_iter().map(|e| detect::Example { group, ..e }));
    }
    let defaults = detect::TrainOptions::default();
    let train_opts = detect::TrainOptions {
        target_precision: args.target_precision,
        l2: args.l2.unwrap_or(defaults.l2),
        epochs: args.epochs.unwrap_or(defaults.epochs),
        ..defaults
    };
    let (model, report) = detect::train(&examples, &train_opts);
    eprintln!("{} examples", examples.len());
    let mean = report.rows.iter().map(|r| r.4).sum::<f32>() / report.rows.len().max(1) as f32;
    eprintln!("mean cv recall {mean:.3}");
    eprintln!("per category, on the items its rules miss (where the model may speak):");
    eprintln!("category          positives  threshold  cv_precision  cv_recall");
    for (category, positives, threshold, precision, recall) in &report.rows {
        eprintln!(
            "{:<17} {positives:>9}  {threshold:>9.3}  {precision:>12.3}  {recall:>9.3}",
            category.as_str()
        );
    }
    let text = model.to_json();
    std::fs::write(&args.out, text)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    Ok(ExitCode::SUCCESS)
}
