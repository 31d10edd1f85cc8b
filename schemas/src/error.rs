//! The one error type of the crate.
//!
//! A [`ParseError`] says why one input line could not become an event. It is not a failure of
//! the run: callers count it, set the line aside with the reason, and carry on.

use std::fmt;

/// Why a line is malformed. Each variant is short, stable and safe to put in a Kafka header.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// The line is longer than [`crate::MAX_LINE_BYTES`]; its head is not trusted either.
    #[error("line of {len} bytes is longer than the limit of {limit} bytes")]
    TooLong { len: usize, limit: usize },
    /// The bytes are not UTF-8; `at` is the offset of the first bad byte.
    #[error("line is not valid UTF-8 (first bad byte at offset {at})")]
    InvalidUtf8 { at: usize },
    /// A NUL byte never occurs in a genuine text log line; it points to corruption or an attack.
    #[error("line contains a NUL byte at offset {at}")]
    NulByte { at: usize },
    /// A required field is absent.
    #[error("{format}: missing {field}")]
    Missing {
        format: &'static str,
        field: &'static str,
    },
    /// A field is present but its value is wrong.
    #[error("{format}: bad {field} {value:?}")]
    BadField {
        format: &'static str,
        field: &'static str,
        value: Snippet,
    },
    /// A timestamp that parses but lies outside the range the product accepts.
    #[error("{format}: timestamp {value:?} is outside the years {min}..={max}")]
    TimeOutOfRange {
        format: &'static str,
        value: Snippet,
        min: i32,
        max: i32,
    },
    /// The line does not have the shape of the format at all.
    #[error("{format}: {what}")]
    Shape {
        format: &'static str,
        what: &'static str,
    },
    /// JSON that does not decode (truncated, wrong types).
    #[error("{format}: invalid JSON: {detail}")]
    Json {
        format: &'static str,
        detail: String,
    },
    /// A URL with more query parameters than any real request carries.
    #[error("URL has more than {limit} query parameters")]
    TooManyParams { limit: usize },
    /// `--format auto` found no parser that recognises the line.
    #[error("no known log format recognises this line")]
    Unrecognised,
}

/// A short, bounded copy of an offending value for error messages: never more than 80 chars,
/// so an error about a 1 MB field does not become a 1 MB error.
#[derive(Clone, PartialEq, Eq)]
pub struct Snippet(String);

impl Snippet {
    const MAX_CHARS: usize = 80;

    pub fn new(value: &str) -> Self {
        let mut out: String = value.chars().take(Self::MAX_CHARS).collect();
        if value.chars().nth(Self::MAX_CHARS).is_some() {
            out.push('…');
        }
        Snippet(out)
    }
}

impl fmt::Debug for Snippet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl ParseError {
    pub(crate) fn bad(format: &'static str, field: &'static str, value: &str) -> Self {
        ParseError::BadField {
            format,
            field,
            value: Snippet::new(value),
        }
    }

    pub(crate) fn missing(format: &'static str, field: &'static str) -> Self {
        ParseError::Missing { format, field }
    }

    pub(crate) fn shape(format: &'static str, what: &'static str) -> Self {
        ParseError::Shape { format, what }
    }
}

/// Errors of the model itself (unknown names), as opposed to per-line parse failures.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("unknown format {0:?} (expected one of: {list})", list = crate::Format::NAMES.join(", "))]
    UnknownFormat(String),
    #[error("unknown category {0:?}")]
    UnknownCategory(String),
    #[error("level {0} is outside 1..=5")]
    BadLevel(i64),
    #[error("unknown time zone {0:?}")]
    UnknownTimeZone(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
