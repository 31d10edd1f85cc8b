//! The one error type of the detector crate.

use std::path::PathBuf;

/// What can go wrong loading, compiling or caching a rule pack. Every variant names where:
/// the file and line of a bad rule, the rule id of a pattern Hyperscan rejects.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{file}:{line}: {message}")]
    Rule {
        file: String,
        line: usize,
        message: String,
    },
    #[error("rule {rule} ({file}:{line}): pattern {pattern:?} rejected by Hyperscan: {message}")]
    Pattern {
        rule: String,
        file: String,
        line: usize,
        pattern: String,
        message: String,
    },
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("Hyperscan: {0}")]
    Hyperscan(String),
    #[error("the rule pack has no rules")]
    Empty,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
