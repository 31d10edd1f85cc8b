//! Guardline's shared language: the [`Event`] every log line becomes, the [`Detection`] the
//! detector attaches to it, their Arrow schema, and the parsers for every supported log format.
//!
//! The entry point is [`LineParser`]: make one per input stream with a [`Format`] (or
//! `Format::Auto`) and [`ParseOptions`], feed it lines, and get back an event, a skip (the line
//! is not a record) or a [`ParseError`] that says what was wrong. [`LineReader`] reads lines
//! with a bound on memory, whatever the input.
//!
//! Layout:
//! - `event`, `detection`: the model types;
//! - `batch`: the Arrow schema and `RecordBatch` builder for events;
//! - `parse`: the per-format parsers and `auto` sniffing; `envelope`: JSON and syslog wrappers;
//! - `weburl`, `search`: URL splitting and search-term extraction;
//! - `stream`: a whole input through a parser, with counts;
//! - `timestamp`, `fields`, `lines`: the small shared pieces.

mod batch;
mod detection;
mod envelope;
mod error;
mod event;
mod fields;
mod lines;
mod parse;
mod search;
mod stream;
mod timestamp;
mod weburl;

pub use batch::{EventBatchBuilder, event_schema};
pub use detection::{Category, Detection, Field, Level};
pub use error::{Error, ParseError, Result};
pub use event::{DnsStep, EndpointKind, Event, Format, Source};
pub use lines::{Line, LineReader, MAX_LINE_BYTES};
pub use parse::{LineParser, ParseOptions, Parsed};
pub use search::search_terms;
pub use stream::{Outcome, ParseCounts, parse_stream};
pub use timestamp::{MAX_YEAR, MIN_YEAR};
pub use weburl::{MAX_QUERY_PARAMS, UrlParts, split_url};
