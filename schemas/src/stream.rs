//! Parsing a whole input stream: bounded lines in, one [`Outcome`] per line out, and the
//! counts that every front end reports (`parsed N, skipped M, malformed K`).

use std::io::{self, BufRead};

use crate::error::ParseError;
use crate::event::Event;
use crate::lines::{LineReader, MAX_LINE_BYTES};
use crate::parse::{LineParser, Parsed};

/// What became of one line.
#[derive(Debug)]
pub enum Outcome<'a> {
    Event(Box<Event>),
    Skipped(&'static str),
    /// The error and the raw bytes (at most [`MAX_LINE_BYTES`]), so they can be set aside.
    Malformed(ParseError, &'a [u8]),
}

/// Totals over a stream. Every line lands in exactly one of the three.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ParseCounts {
    pub parsed: u64,
    pub skipped: u64,
    pub malformed: u64,
}

impl ParseCounts {
    pub fn add(&mut self, other: ParseCounts) {
        self.parsed += other.parsed;
        self.skipped += other.skipped;
        self.malformed += other.malformed;
    }
}

impl std::fmt::Display for ParseCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "parsed {}, skipped {}, malformed {}",
            self.parsed, self.skipped, self.malformed
        )
    }
}

/// Parse every line of `input`, handing each outcome (with its 1-based line number) to `sink`.
/// Only an I/O error on the input or from `sink` stops the stream; bad lines never do.
pub fn parse_stream<R, F>(input: R, parser: &mut LineParser, mut sink: F) -> io::Result<ParseCounts>
where
    R: BufRead,
    F: FnMut(u64, Outcome<'_>) -> io::Result<()>,
{
    let mut reader = LineReader::new(input);
    let mut counts = ParseCounts::default();
    while let Some(line) = reader.next_line()? {
        let outcome = match line.overlong {
            Some(len) => Outcome::Malformed(
                ParseError::TooLong {
                    len,
                    limit: MAX_LINE_BYTES,
                },
                line.bytes,
            ),
            None => match parser.parse(line.bytes) {
                Ok(Parsed::Event(ev)) => Outcome::Event(ev),
                Ok(Parsed::Skipped(why)) => Outcome::Skipped(why),
                Err(e) => Outcome::Malformed(e, line.bytes),
            },
        };
        match outcome {
            Outcome::Event(_) => counts.parsed += 1,
            Outcome::Skipped(_) => counts.skipped += 1,
            Outcome::Malformed(..) => counts.malformed += 1,
        }
        sink(line.number, outcome)?;
    }
    Ok(counts)
}
