//! `guardline parse`: raw lines to JSON events on stdout.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use schemas::{Format, Outcome, ParseOptions};

use crate::inputs::{flush_output, parse_inputs, write_json_line};

/// How many malformed lines are described one by one on stderr before only counting.
const SHOWN_MALFORMED: u64 = 20;

#[derive(clap::Args)]
pub struct Args {
    /// Log format: squid, clf, e2guardian, squidguard, unbound, dnsmasq, bind, zeek-dns,
    /// zeek-http, endpoint, or auto to sniff each line.
    #[arg(long, short, value_parser = parse_format)]
    format: Format,
    /// IANA time zone of logs that write local time (syslog prefixes, BIND, e2guardian).
    #[arg(long, default_value = "UTC", env = "GUARDLINE__PARSE__TIMEZONE")]
    tz: String,
    /// Site to stamp on events whose line does not name one.
    #[arg(long)]
    site: Option<String>,
    /// Also write every malformed line, with its file, number and reason, as JSON lines here.
    #[arg(long, value_name = "FILE")]
    rejects: Option<PathBuf>,
    /// Input files; stdin when none.
    files: Vec<PathBuf>,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse().map_err(|e: schemas::Error| e.to_string())
}

pub fn run(args: Args) -> Result<ExitCode> {
    let mut opts = ParseOptions::default().with_tz_name(&args.tz)?;
    opts.site = args.site;
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut rejects = match &args.rejects {
        Some(p) => Some(BufWriter::new(
            File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => None,
    };
    let mut shown = 0u64;
    let done = parse_inputs(
        args.files,
        args.format,
        &opts,
        |name, number, outcome| match outcome {
            Outcome::Event(ev) => write_json_line(&mut out, &ev),
            Outcome::Skipped(_) => Ok(()),
            Outcome::Malformed(err, raw) => {
                shown += 1;
                if shown <= SHOWN_MALFORMED {
                    eprintln!("{name}:{number}: malformed: {err}");
                } else if shown == SHOWN_MALFORMED + 1 {
                    eprintln!(
                        "(further malformed lines are counted, not shown; --rejects FILE keeps them all)"
                    );
                }
                if let Some(w) = rejects.as_mut() {
                    let rec = serde_json::json!({
                        "file": name, "line": number, "reason": err.to_string(),
                        "raw": String::from_utf8_lossy(raw),
                    });
                    write_json_line(w, &rec)?;
                }
                Ok(())
            }
        },
    );
    if done.broken_pipe {
        return Ok(ExitCode::SUCCESS);
    }
    if !flush_output(&mut out)? {
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(mut w) = rejects {
        w.flush().context("cannot write the rejects file")?;
    }
    eprintln!("{}", done.totals);
    Ok(if done.failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
