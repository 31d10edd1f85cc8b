//! Guardline's ingest: a Kafka consumer-group worker (rdkafka on tokio) that parses each log
//! line, runs the detector, alerts at once on serious risk, and writes the history as
//! Hive-partitioned Parquet, committing offsets only after the files covering them are synced.
//!
//! Layout:
//! - `config`: the TOML configuration with `GUARDLINE__*` overrides;
//! - `pipeline`: the per-line work (site, parse, detect, pseudonymise, alert, buffer) and the
//!   per-partition buffers sealed into files named by offset range;
//! - `tables`: the Arrow schemas of `events`, `detections`, `deadletter`, `identities`;
//! - `store`: durable Parquet files on a local directory, uncommitted-file cleanup, retention;
//! - `alert`: de-duplication and escalation; `notify`: the alerts topic, webhooks, dead letters;
//! - `pseudonym`: the keyed hash of identities; `metrics`: Prometheus;
//! - `kafka`: the consumer loop, rebalancing, commits, back-off when the store refuses writes.

mod alert;
mod config;
mod error;
mod kafka;
mod metrics;
mod notify;
mod pipeline;
mod pseudonym;
mod store;
mod tables;

pub use alert::{Alert, AlertKind, AlertPolicy, Identity, Origin};
pub use config::{
    AlertConfig, Config, CoverageConfig, DetectConfig, KafkaConfig, MetricsConfig, SiteRange,
    StoreConfig, TopicConfig, WebhookConfig,
};
pub use error::{Error, Result};
pub use kafka::run as run_kafka;
pub use metrics::Metrics;
pub use notify::{SIGNATURE_HEADER, sign};
pub use pipeline::{Message, Outcome, Pipeline, build_detector};
pub use pseudonym::{Kind, Pseudonymiser};
pub use store::{FileKey, LocalStore, safe_site};
pub use tables::{DEADLETTER_SCHEMA, DETECTIONS_SCHEMA, EVENTS_SCHEMA, IDENTITIES_SCHEMA};
