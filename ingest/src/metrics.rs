//! Prometheus metrics of an ingest worker (the `prometheus-client` crate: the text format and
//! its escaping are its job, not ours), served on `/metrics`.

use std::net::SocketAddr;
use std::sync::Arc;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct TopicLabel {
    pub topic: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct DetectionLabel {
    pub category: String,
    pub level: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ChannelLabel {
    pub channel: String,
    pub outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct PartitionLabel {
    pub topic: String,
    pub partition: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct TableLabel {
    pub table: String,
}

/// Every metric of the worker; cheap to clone (the metrics are shared handles).
#[derive(Clone)]
pub struct Metrics {
    pub records_in: Family<TopicLabel, Counter>,
    /// Syslog datagrams that arrived while ingest could not keep up (or the store refused
    /// writes) and were dropped: UDP cannot be slowed down, so they are counted instead.
    pub dropped: Family<TopicLabel, Counter>,
    pub parsed: Family<TopicLabel, Counter>,
    pub skipped: Family<TopicLabel, Counter>,
    pub malformed: Family<TopicLabel, Counter>,
    pub detections: Family<DetectionLabel, Counter>,
    pub alerts: Family<ChannelLabel, Counter>,
    pub consumer_lag: Family<PartitionLabel, Gauge>,
    pub bytes_written: Family<TableLabel, Counter>,
    pub flush_seconds: Histogram,
    pub flush_failures: Counter,
    pub commits: Counter,
    registry: Arc<Registry>,
}

impl Metrics {
    pub fn new() -> Self {
        let mut r = Registry::with_prefix("guardline");
        let records_in = Family::<TopicLabel, Counter>::default();
        let dropped = Family::<TopicLabel, Counter>::default();
        let parsed = Family::<TopicLabel, Counter>::default();
        let skipped = Family::<TopicLabel, Counter>::default();
        let malformed = Family::<TopicLabel, Counter>::default();
        let detections = Family::<DetectionLabel, Counter>::default();
        let alerts = Family::<ChannelLabel, Counter>::default();
        let consumer_lag = Family::<PartitionLabel, Gauge>::default();
        let bytes_written = Family::<TableLabel, Counter>::default();
        let flush_seconds = Histogram::new(exponential_buckets(0.001, 2.0, 16));
        let flush_failures = Counter::default();
        let commits = Counter::default();
        r.register("records_in", "Input lines received", records_in.clone());
        r.register(
            "dropped",
            "Syslog datagrams dropped because ingest was behind",
            dropped.clone(),
        );
        r.register("parsed", "Lines parsed into events", parsed.clone());
        r.register(
            "skipped",
            "Lines that are not records (headers, notices)",
            skipped.clone(),
        );
        r.register(
            "malformed",
            "Lines that could not be parsed (sent to the dead-letter topic)",
            malformed.clone(),
        );
        r.register(
            "detections",
            "Detections by category and level",
            detections.clone(),
        );
        r.register(
            "alerts",
            "Alert deliveries by channel and outcome",
            alerts.clone(),
        );
        r.register(
            "consumer_lag",
            "Messages behind the high watermark, per partition",
            consumer_lag.clone(),
        );
        r.register(
            "bytes_written",
            "Parquet bytes written per table",
            bytes_written.clone(),
        );
        r.register(
            "flush_seconds",
            "Time to write and sync one partition's files",
            flush_seconds.clone(),
        );
        r.register(
            "flush_failures",
            "Flushes the store refused (offsets not committed)",
            flush_failures.clone(),
        );
        r.register("commits", "Offset commits after a flush", commits.clone());
        Metrics {
            records_in,
            dropped,
            parsed,
            skipped,
            malformed,
            detections,
            alerts,
            consumer_lag,
            bytes_written,
            flush_seconds,
            flush_failures,
            commits,
            registry: Arc::new(r),
        }
    }

    pub fn topic(topic: &str) -> TopicLabel {
        TopicLabel {
            topic: topic.to_owned(),
        }
    }

    pub fn alert(&self, channel: &str, outcome: &str) {
        self.alerts
            .get_or_create(&ChannelLabel {
                channel: channel.to_owned(),
                outcome: outcome.to_owned(),
            })
            .inc();
    }

    /// The Prometheus text exposition.
    pub fn render(&self) -> String {
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = encode(&mut out, &self.registry);
        out
    }

    /// Serve `/metrics` and `/healthz` on `listen` until the process ends.
    pub async fn serve(self, listen: SocketAddr) -> std::io::Result<SocketAddr> {
        use axum::routing::get;
        let app = axum::Router::new()
            .route(
                "/metrics",
                get(move || {
                    let m = self.clone();
                    async move {
                        (
                            [(
                                axum::http::header::CONTENT_TYPE,
                                "text/plain; version=0.0.4; charset=utf-8",
                            )],
                            m.render(),
                        )
                    }
                }),
            )
            .route("/healthz", get(|| async { "ok\n" }));
        let listener = tokio::net::TcpListener::bind(listen).await?;
        let bound = listener.local_addr()?;
        tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, app).await {
                tracing::error!(error = %e, "metrics endpoint stopped");
            }
        });
        Ok(bound)
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
