//! The inputs of `parse` and `detect`: each FILE in turn (stdin when there is none), each
//! through a parser of its own, with the counts and failures the commands report.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::PathBuf;

use schemas::{Format, LineParser, Outcome, ParseCounts, ParseOptions, parse_stream};

/// How reading all the inputs went.
pub struct Inputs {
    pub totals: ParseCounts,
    /// An input could not be opened or read (reported on stderr); the others were still read.
    pub failed: bool,
    /// Our stdout was closed (`| head`): the reader has had enough, stop quietly.
    pub broken_pipe: bool,
}

/// Parse every input, handing each line's outcome to `sink` with the input's name and the
/// 1-based line number.
pub fn parse_inputs<F>(
    files: Vec<PathBuf>,
    format: Format,
    opts: &ParseOptions,
    mut sink: F,
) -> Inputs
where
    F: FnMut(&str, u64, Outcome<'_>) -> io::Result<()>,
{
    let mut done = Inputs {
        totals: ParseCounts::default(),
        failed: false,
        broken_pipe: false,
    };
    let inputs: Vec<Option<PathBuf>> = if files.is_empty() {
        vec![None]
    } else {
        files.into_iter().map(Some).collect()
    };
    for input in inputs {
        let name = input
            .as_ref()
            .map_or_else(|| "<stdin>".to_owned(), |p| p.display().to_string());
        let reader: Box<dyn BufRead> = match &input {
            None => Box::new(io::stdin().lock()),
            Some(p) => match File::open(p) {
                Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
                Err(e) => {
                    eprintln!("guardline: cannot read {name}: {e}");
                    done.failed = true;
                    continue;
                }
            },
        };
        // One parser per input: stream state (a Zeek #fields header) belongs to its file.
        let mut parser = LineParser::new(format, opts.clone());
        match parse_stream(reader, &mut parser, |number, outcome| {
            sink(&name, number, outcome)
        }) {
            Ok(counts) => done.totals.add(counts),
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                done.broken_pipe = true;
                return done;
            }
            Err(e) => {
                eprintln!("guardline: reading {name} failed: {e}");
                done.failed = true;
            }
        }
    }
    done
}

/// One JSON value and a newline: the output unit of `parse`, `detect` and `--rejects`.
pub fn write_json_line<W: Write, T: serde::Serialize + ?Sized>(
    w: &mut W,
    value: &T,
) -> io::Result<()> {
    serde_json::to_writer(&mut *w, value)?;
    w.write_all(b"\n")
}

/// Flush the output. `Ok(false)` when the reader has gone away (`| head`), which is not an
/// error: the command stops quietly.
pub fn flush_output(out: &mut impl Write) -> anyhow::Result<bool> {
    match out.flush() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        r => r
            .map(|()| true)
            .map_err(|e| anyhow::Error::new(e).context("cannot write to stdout")),
    }
}
