//! Guardline's ingest: Kafka (rdkafka on tokio), file-tail and syslog sources, batching into
//! Arrow, the Parquet sink with commit-after-sync, alerting and notifiers.
//!
//! Not built yet: the workspace carries its dependencies so that their build cost is known.
