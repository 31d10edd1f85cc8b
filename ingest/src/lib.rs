//! Guardline's ingest: a Kafka consumer-group worker (rdkafka on tokio) that parses each log
//! line, runs the detector, alerts at once on serious risk, and writes the history as
//! Hive-partitioned Parquet, committing offsets only after the files covering them are synced.
//!
//! Layout:
//! - `config`: the TOML configuration with `GUARDLINE__*` overrides;
//! - `pipeline`: the per-line work (site, parse, detect, pseudonymise, alert, buffer) and the
//!   per-partition buffers sealed into files named by offset range;
//! - `tables`: the Arrow schemas of `events`, `detections`, `deadletter`, `identities`;
//! - `store`: durable Parquet files on a local directory or (`s3`) an S3-compatible bucket,
//!   the offset ranges already stored, retention;
//! - `alert`: de-duplication and escalation; `notify`: the alerts topic, webhooks, dead letters;
//!   `email`: SMTP alerts to the safeguarding team;
//! - `pseudonym`: the keyed hash of identities; `metrics`: Prometheus;
//! - `kafka`: the consumer loop, rebalancing, commits, back-off when the store refuses writes;
//! - `sources`: without Kafka, log files followed across rotation and syslog listeners;
//! - `housekeeping`: alert timers, coverage alerts and retention, for every worker loop.

mod alert;
mod config;
mod email;
mod error;
mod housekeeping;
mod kafka;
mod metrics;
mod notify;
mod pipeline;
mod pseudonym;
mod s3;
mod sources;
mod store;
mod tables;

use std::future::Future;

pub use alert::{Alert, AlertKind, AlertPolicy, Identity, Origin};
pub use config::{
    AlertConfig, Config, CoverageConfig, DetectConfig, EmailConfig, FileSource, KafkaConfig,
    MetricsConfig, SiteRange, SourcesConfig, StoreConfig, SyslogSource, TopicConfig, WebhookConfig,
};
pub use error::{Error, Result};
pub use metrics::Metrics;
pub use notify::{SIGNATURE_HEADER, sign};
pub use pipeline::{Message, Outcome, Pipeline, build_detector};
pub use pseudonym::{Kind, Pseudonymiser};
pub use sources::tail::Checkpoint;
pub use store::{FileKey, Store, StoredRange, safe_site};
pub use tables::{DEADLETTER_SCHEMA, DETECTIONS_SCHEMA, EVENTS_SCHEMA, IDENTITIES_SCHEMA};

/// Start the Prometheus endpoint named by `metrics.listen` (a failure to bind is logged, not
/// fatal: monitoring must not stop the monitoring).
async fn start_metrics(cfg: &Config) -> Metrics {
    let metrics = Metrics::new();
    if !cfg.metrics.listen.is_empty() {
        match cfg.metrics.listen.parse() {
            Ok(addr) => match metrics.clone().serve(addr).await {
                Ok(bound) => tracing::info!(%bound, "metrics on /metrics"),
                Err(e) => tracing::warn!(error = %e, "metrics endpoint not started"),
            },
            Err(e) => {
                tracing::warn!(error = %e, listen = %cfg.metrics.listen, "bad metrics.listen")
            }
        }
    }
    metrics
}

/// `guardline ingest`: a Kafka consumer-group worker until `shutdown` resolves.
pub async fn run_kafka(cfg: Config, shutdown: impl Future<Output = ()>) -> Result<()> {
    let metrics = start_metrics(&cfg).await;
    kafka::run(cfg, metrics, shutdown).await
}

/// `guardline run`: Kafka (unless only local sources are configured, see
/// [`Config::run_kafka`]) and the local file and syslog sources, side by side, until
/// `shutdown` resolves; each flushes and commits (or checkpoints) before returning.
pub async fn run_all(cfg: Config, shutdown: impl Future<Output = ()>) -> Result<()> {
    let metrics = start_metrics(&cfg).await;
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|s| *s).await;
    };
    let kafka = cfg
        .run_kafka()
        .then(|| kafka::run(cfg.clone(), metrics.clone(), stopped(stop_rx.clone())));
    let local = (!cfg.sources.is_empty())
        .then(|| sources::run(cfg.clone(), metrics.clone(), stopped(stop_rx.clone())));
    if kafka.is_none() && local.is_none() {
        return Err(Error::Config(
            "nothing to run: kafka.enabled is false and no sources are configured".into(),
        ));
    }
    // Either side failing stops the other (one error ends the process, as it would alone).
    let stop_on_err = |r: Result<()>| {
        if r.is_err() {
            let _ = stop_tx.send(true);
        }
        r
    };
    let both = async {
        let (k, l) = tokio::join!(
            async {
                match kafka {
                    Some(f) => stop_on_err(f.await),
                    None => Ok(()),
                }
            },
            async {
                match local {
                    Some(f) => stop_on_err(f.await),
                    None => Ok(()),
                }
            }
        );
        k.and(l)
    };
    tokio::pin!(both);
    tokio::select! {
        r = &mut both => r,
        () = shutdown => {
            let _ = stop_tx.send(true);
            both.await
        }
    }
}
