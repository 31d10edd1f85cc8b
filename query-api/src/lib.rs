//! Guardline's query side: DataFusion over the Parquet store behind an axum HTTP API, with
//! roles, audit, reports and the web UI.
//!
//! Not built yet: the workspace carries its dependencies so that their build cost is known.
