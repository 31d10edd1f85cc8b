//! The `guardline` binary: parses the command line and calls into the crates.
//!
//! Exit codes (CONTRACTS.md §1): 0 success, 2 bad usage (clap's own), 1 runtime failure with
//! one sentence on stderr.

mod detect_cmd;
mod ingest_cmd;
mod inputs;
mod parse_cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

// mimalloc: the pipeline allocates and frees small strings for every line (event fields,
// matched text); glibc's malloc was ~9% of `detect`'s profile, mimalloc's thread-local free
// lists take most of that away.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "guardline",
    version,
    about = "Safeguarding monitoring: proxy, DNS and endpoint logs to risk alerts and history"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse raw log lines and print one JSON event per record.
    ///
    /// Reads each FILE in turn, or stdin when none is given. Lines that are not records
    /// (start-up notices, headers) are skipped; lines that cannot be parsed are counted and
    /// reported on stderr with the reason, and never stop the run. The last line on stderr is
    /// `parsed N, skipped M, malformed K`.
    Parse(parse_cmd::Args),
    /// Parse raw log lines, detect risk, and print one JSON object per detection.
    ///
    /// Each detection names the input line, the category and level, the rule, the field and
    /// the text as the learner wrote it. Malformed lines are counted and reported at the end.
    Detect(detect_cmd::DetectArgs),
    /// Score the detector on a labelled corpus; the last line is
    /// `items=N precision=P recall=R f1=F level_accuracy=L`.
    Eval(detect_cmd::EvalArgs),
    /// Rule pack tools.
    #[command(subcommand)]
    Rules(detect_cmd::RulesCommand),
    /// Text model tools: train the model that judges searched and typed text beside the rules.
    #[command(subcommand)]
    Model(detect_cmd::ModelCommand),
    /// Run ingest workers: consume the Kafka topics, detect, alert, and write the Parquet store.
    ///
    /// Offsets are committed only after the files covering them are synced; SIGTERM flushes
    /// and commits before exit. Needs GUARDLINE_PSEUDONYM_KEY.
    Ingest(ingest_cmd::Args),
    /// The whole pipeline in one process: the Kafka worker and the local sources (log files
    /// followed across rotation, syslog over UDP/TCP) from `[[sources.files]]` and
    /// `[[sources.syslog]]`. Kafka runs unless only local sources are configured
    /// (`kafka.enabled` decides explicitly). The query API is not part of it yet.
    Run(ingest_cmd::Args),
}

fn main() -> ExitCode {
    quiet_panics();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("GUARDLINE_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(args) => parse_cmd::run(args),
        Command::Detect(args) => detect_cmd::detect(args),
        Command::Eval(args) => detect_cmd::eval(args),
        Command::Rules(cmd) => detect_cmd::rules(cmd),
        Command::Model(cmd) => detect_cmd::model(cmd),
        Command::Ingest(args) => ingest_cmd::run(args, false),
        Command::Run(args) => ingest_cmd::run(args, true),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("guardline: {}", one_sentence(&e));
            ExitCode::from(1)
        }
    }
}

/// `anyhow`'s chain as one line: "cannot read x.log: No such file or directory (os error 2)".
fn one_sentence(e: &anyhow::Error) -> String {
    e.chain()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(": ")
}

/// A panic is a bug, but the user still gets one sentence rather than a backtrace, unless
/// they asked for one with RUST_BACKTRACE.
fn quiet_panics() {
    if std::env::var_os("RUST_BACKTRACE").is_some() {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        eprintln!("guardline: internal error (please report it): {info}");
    }));
}
