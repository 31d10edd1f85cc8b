//! Guardline's detector: rule packs, text normalisation and Hyperscan matching, turning an
//! [`schemas::Event`] into [`schemas::Detection`]s with a category, a level and the reason.
//!
//! Entry points: load a [`RulePack`] (the built-in one or a directory), compile it once into
//! [`HsDatabases`] (cached on disk), then give each worker thread a [`Detector`] over its own
//! [`HsMatcher`], with the [`TextModel`] beside it. [`evaluate`] scores a labelled corpus.
//!
//! Layout:
//! - `pack`: the TOML rule format, validation, the compiled rule table; `import`: UT1 and
//!   e2guardian lists; `domains`: domain sets matched with every parent domain;
//! - `normalise`: the text normalisation shared by text and phrases;
//! - `matcher`: the matching trait (and a naive reference implementation); `hs`: Hyperscan;
//! - `detector`: fields, exceptions, weights, levels, typed-text streams, autocomplete;
//! - `model`: the text model, a second opinion on typed and searched text that no rule names;
//! - `eval`: corpus scoring, and the model's training examples.

mod detector;
mod domains;
mod error;
mod eval;
mod hs;
mod import;
mod locate;
mod matcher;
mod model;
mod normalise;
mod pack;
mod vocabulary;

pub use detector::{Detector, SEARCH_WINDOW_SECS, STREAM_GAP_SECS};
pub use domains::DomainSet;
pub use error::{Error, Result};
pub use eval::{EvalReport, evaluate, examples};
pub use hs::{HsDatabases, HsMatcher, default_cache_dir};
pub use matcher::{Hit, Matcher, NaiveMatcher, StreamMatcher};
pub use model::{Example, TextModel, TrainOptions, TrainReport, Verdict, train};
pub use normalise::{Normalised, Normaliser, normalise_phrase};
pub use pack::{FieldSet, PackSource, PatternDef, Profile, Rule, RulePack};
pub use vocabulary::Vocabulary;
