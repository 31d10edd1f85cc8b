//! Guardline's detector: rule packs, text normalisation, search-term judgement and Hyperscan
//! matching, turning an [`schemas::Event`] into [`schemas::Detection`]s.
//!
//! Not built yet: the workspace carries its dependencies (Hyperscan through the `hyperscan`
//! crate, linking the system `libhs`) so that their build cost is known from the start.
