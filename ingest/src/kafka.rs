//! The Kafka worker: a member of the `guardline-ingest` consumer group (cooperative
//! rebalancing, auto-commit off) that feeds the pipeline and commits a partition's offsets
//! only after the Parquet files covering them are synced.
//!
//! Recovery: when a partition is assigned, the offset ranges of files a crashed run wrote past
//! the committed offset are listed before the first message is read, and the replay skips
//! those lines, so each line lands in the store exactly once. When the store refuses a write, the worker
//! pauses its partitions, raises a store alert, retries with back-off and resumes when the
//! write succeeds; nothing is committed meanwhile.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use rdkafka::client::ClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{
    BaseConsumer, CommitMode, Consumer, ConsumerContext, Rebalance, StreamConsumer,
};
use rdkafka::message::{Headers, Message as _};
use rdkafka::producer::{DeliveryFuture, FutureProducer, Producer};
use rdkafka::statistics::Statistics;
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};

use crate::config::Config;
use crate::error::Result;
use crate::housekeeping::{Housekeeping, StoreBackoff};
use crate::metrics::{Metrics, PartitionLabel};
use crate::notify::{Notifier, email_notifiers};
use crate::pipeline::{Message, Pipeline, build_detector};
use crate::store::Store;

/// How often timers, coverage and time-based flushes are checked.
const TICK: Duration = Duration::from_millis(20);
/// The longest a tick spends flushing before it lets the loop read again.
const FLUSH_BUDGET: Duration = Duration::from_millis(20);

/// A set of partitions, looked up by `&str` topic so the per-message check allocates nothing.
#[derive(Default)]
struct Partitions(HashMap<String, HashSet<i32>>);

impl Partitions {
    fn insert(&mut self, topic: &str, partition: i32) {
        self.0
            .entry(topic.to_owned())
            .or_default()
            .insert(partition);
    }

    fn remove(&mut self, topic: &str, partition: i32) -> bool {
        self.0.get_mut(topic).is_some_and(|s| s.remove(&partition))
    }

    fn contains(&self, topic: &str, partition: i32) -> bool {
        self.0.get(topic).is_some_and(|s| s.contains(&partition))
    }

    fn is_empty(&self) -> bool {
        self.0.values().all(HashSet::is_empty)
    }
}

/// Partitions kept by the rebalance callbacks.
type Owned = Arc<Mutex<Partitions>>;

struct IngestContext {
    owned: Owned,
    /// Partitions assigned and not yet read from (see `load_stored_ranges`).
    fresh: Owned,
    revoked: Arc<Mutex<Vec<(String, i32)>>>,
    metrics: Metrics,
}

impl ClientContext for IngestContext {
    fn stats(&self, stats: Statistics) {
        for (topic, t) in &stats.topics {
            for (p, part) in &t.partitions {
                if *p < 0 || part.consumer_lag < 0 {
                    continue;
                }
                self.metrics
                    .consumer_lag
                    .get_or_create(&PartitionLabel {
                        topic: topic.clone(),
                        partition: p.to_string(),
                    })
                    .set(part.consumer_lag);
            }
        }
    }
}

impl ConsumerContext for IngestContext {
    fn pre_rebalance(&self, _c: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        if let Rebalance::Revoke(tpl) = rebalance {
            let mut owned = self.owned.lock().unwrap_or_else(|e| e.into_inner());
            let mut revoked = self.revoked.lock().unwrap_or_else(|e| e.into_inner());
            for e in tpl.elements() {
                owned.remove(e.topic(), e.partition());
                revoked.push((e.topic().to_owned(), e.partition()));
            }
            tracing::info!(partitions = tpl.count(), "partitions revoked");
        }
    }

    fn post_rebalance(&self, _c: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        let Rebalance::Assign(tpl) = rebalance else {
            return;
        };
        let mut owned = self.owned.lock().unwrap_or_else(|e| e.into_inner());
        let mut fresh = self.fresh.lock().unwrap_or_else(|e| e.into_inner());
        for e in tpl.elements() {
            owned.insert(e.topic(), e.partition());
            fresh.insert(e.topic(), e.partition());
        }
        tracing::info!(partitions = tpl.count(), "partitions assigned");
    }
}

fn client_config(cfg: &Config) -> ClientConfig {
    let mut c = ClientConfig::new();
    c.set("bootstrap.servers", &cfg.kafka.brokers);
    for (k, v) in &cfg.kafka.properties {
        c.set(k, v);
    }
    c
}

fn consumer_config(cfg: &Config) -> ClientConfig {
    let mut c = client_config(cfg);
    // librdkafka stops fetching a partition for `fetch.queue.backoff.ms` (default 1 s) whenever
    // its local queue is over the prefetch thresholds; a worker that drains the queue in bursts
    // between flushes then sits idle for most of that second. Measured with ingest_bench
    // (300,000 lines, 16 partitions): half-second stalls after every flush at the default,
    // none at 10 ms, and 0.09 -> 0.22 M lines/s. Still overridable in consumer_properties.
    c.set("fetch.queue.backoff.ms", "10");
    // A broker holds a fetch until `fetch.min.bytes` arrive or `fetch.wait.max.ms` passes.
    // Apache Kafka answers as soon as data arrives, but not every Kafka-protocol broker does:
    // librdkafka's mock cluster waits the whole 500 ms default, which put p50 alert latency
    // at 270 ms (alert_latency bench, 10% load); at 50 ms no broker can add more than that.
    c.set("fetch.wait.max.ms", "50");
    for (k, v) in &cfg.kafka.consumer_properties {
        c.set(k, v);
    }
    c
}

/// Run an ingest worker until `shutdown` resolves; then flush, commit and return.
pub async fn run(cfg: Config, metrics: Metrics, shutdown: impl Future<Output = ()>) -> Result<()> {
    let detector = build_detector(&cfg)?;
    let mut pipeline = Pipeline::new(&cfg, detector, metrics.clone())?;
    let store = Store::open(&cfg.store)?;

    let owned: Owned = Arc::default();
    let revoked: Arc<Mutex<Vec<(String, i32)>>> = Arc::default();
    let fresh: Owned = Arc::default();
    let ctx = IngestContext {
        owned: Arc::clone(&owned),
        fresh: Arc::clone(&fresh),
        revoked: Arc::clone(&revoked),
        metrics: metrics.clone(),
    };
    let consumer: StreamConsumer<IngestContext> = consumer_config(&cfg)
        .set("group.id", &cfg.kafka.group)
        .set("enable.auto.commit", "false")
        .set("enable.auto.offset.store", "false")
        .set("auto.offset.reset", "earliest")
        .set("partition.assignment.strategy", "cooperative-sticky")
        .set("statistics.interval.ms", "5000")
        .create_with_context(ctx)?;
    let topics: Vec<&str> = cfg.kafka.topics.iter().map(|t| t.name.as_str()).collect();
    consumer.subscribe(&topics)?;
    let producer: FutureProducer = client_config(&cfg)
        .set("linger.ms", "2")
        .set("enable.idempotence", "true")
        .create()?;
    let notifier = Notifier::new(
        Some(producer),
        cfg.kafka.alerts_topic.clone(),
        cfg.kafka.deadletter_topic.clone(),
        cfg.alerts.webhooks.clone(),
        email_notifiers(&cfg)?,
        metrics.clone(),
    );
    let header_name = cfg
        .kafka
        .site_from
        .strip_prefix("header:")
        .map(str::to_owned);
    tracing::info!(brokers = %cfg.kafka.brokers, topics = ?topics, store = %cfg.store.root, "ingest worker started");

    let mut worker = Worker {
        consumer: &consumer,
        notifier: &notifier,
        store: &store,
        pending_dl: Vec::new(),
        backoff: StoreBackoff::default(),
        paused: false,
        cfg: &cfg,
        house: Housekeeping::new(),
    };
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            biased;
            () = &mut shutdown => break,
            _ = tick.tick() => {
                drain_revoked(&revoked, &mut pipeline);
                worker.tick(&mut pipeline).await;
            }
            m = consumer.recv() => {
                drain_revoked(&revoked, &mut pipeline);
                let msg = match m {
                    Ok(msg) => msg,
                    Err(e) => {
                        tracing::warn!(error = %e, "consumer error");
                        continue;
                    }
                };
                let (topic, partition, offset) = (msg.topic(), msg.partition(), msg.offset());
                let mine = owned
                    .lock()
                    .map(|o| o.contains(topic, partition))
                    .unwrap_or(true);
                if !mine {
                    continue;
                }
                load_stored_ranges(&fresh, &store, &mut pipeline, topic, partition);
                let header_site = header_name.as_deref().and_then(|name| {
                    msg.headers()?
                        .iter()
                        .find(|h| h.key == name)
                        .and_then(|h| std::str::from_utf8(h.value?).ok())
                });
                let m = Message {
                    topic,
                    partition,
                    offset,
                    key: msg.key(),
                    header_site,
                    payload: msg.payload().unwrap_or_default(),
                };
                let out = pipeline.process(&m, Utc::now());
                for a in &out.alerts {
                    notifier.alert(a);
                }
                if let Some(reason) = out.deadletter
                    && let Some(d) = notifier.deadletter(m.key, m.payload, &reason, topic, partition, offset)
                {
                    worker.pending_dl.push(d);
                }
                if pipeline.is_full(topic, partition) {
                    let (t, p) = (topic.to_owned(), partition);
                    drop(msg);
                    worker.flush_and_commit(&mut pipeline, &[(t, p)]).await;
                }
            }
        }
    }
    tracing::info!("shutting down: flushing and committing");
    drain_revoked(&revoked, &mut pipeline);
    let due = pipeline.due(true);
    worker.flush_and_commit(&mut pipeline, &due).await;
    if let Some(p) = notifier.producer() {
        let _ = p.flush(Duration::from_secs(10));
    }
    consumer.unsubscribe();
    Ok(())
}

/// When a partition is newly assigned, the lines a crashed run already stored (in files it
/// renamed but never committed) will be read again: tell the pipeline which offset ranges are
/// already stored so it skips them. Deleting such files instead is unsafe: if the group's
/// offset fetch comes back empty for a moment the consumer resumes from the earliest offset,
/// and a run killed after deleting but before rewriting would lose committed rows.
fn load_stored_ranges(
    fresh: &Owned,
    store: &Store,
    pipeline: &mut Pipeline,
    topic: &str,
    partition: i32,
) {
    let Ok(mut f) = fresh.lock() else {
        return;
    };
    if f.is_empty() || !f.remove(topic, partition) {
        return;
    }
    drop(f);
    match store.stored_ranges(topic, partition) {
        Ok(ranges) => {
            if !ranges.is_empty() {
                tracing::info!(
                    topic,
                    partition,
                    files = ranges.len(),
                    "lines already stored will be skipped on replay"
                );
            }
            pipeline.set_stored(topic, partition, ranges);
        }
        Err(e) => tracing::error!(error = %e, topic, partition, "cannot list stored files"),
    }
}

fn drain_revoked(revoked: &Mutex<Vec<(String, i32)>>, pipeline: &mut Pipeline) {
    let list: Vec<_> = match revoked.lock() {
        Ok(mut r) => r.drain(..).collect(),
        Err(_) => return,
    };
    for (t, p) in list {
        pipeline.revoke(&t, p);
    }
}

struct Worker<'a> {
    consumer: &'a StreamConsumer<IngestContext>,
    notifier: &'a Notifier,
    store: &'a Store,
    pending_dl: Vec<DeliveryFuture>,
    backoff: StoreBackoff,
    paused: bool,
    cfg: &'a Config,
    house: Housekeeping,
}

impl Worker<'_> {
    async fn tick(&mut self, pipeline: &mut Pipeline) {
        self.house
            .tick(pipeline, self.notifier, self.store, self.cfg);
        if self.backoff.waiting() {
            return;
        }
        // A flush blocks the loop (Parquet encoding, fsync, commit). When many partitions are
        // due at once, write a few per tick and go back to reading, so the alerts of lines
        // arriving meanwhile are not held behind every file. With this and size-triggered
        // writes left to the ticks (`Pipeline::is_full`), the alert_latency bench's p99 at 80%
        // load went from 183-224 ms to 144-152 ms.
        let due = pipeline.due(false);
        let started = Instant::now();
        for chunk in due.chunks(2) {
            self.flush_and_commit(pipeline, chunk).await;
            if started.elapsed() >= FLUSH_BUDGET || self.backoff.failing() {
                break;
            }
        }
    }

    /// Write the due partitions and commit what was written.
    async fn flush_and_commit(&mut self, pipeline: &mut Pipeline, parts: &[(String, i32)]) {
        let mut tpl = TopicPartitionList::new();
        let mut error = None;
        for (t, p) in parts {
            let (commit, err) = pipeline.flush(self.store, t, *p);
            if let Some(next) = commit {
                let _ = tpl.add_partition_offset(t, *p, Offset::Offset(next));
            }
            if let Some(e) = err {
                error = Some(e);
            }
        }
        // Dead letters of the lines being committed must be on their topic first.
        for d in self.pending_dl.drain(..) {
            match d.await {
                Ok(Ok(_)) => {}
                Ok(Err((e, _))) => {
                    tracing::error!(error = %e, "dead letter not delivered (kept in the store)")
                }
                Err(_) => tracing::error!("dead letter delivery cancelled (kept in the store)"),
            }
        }
        if tpl.count() > 0 {
            match self.consumer.commit(&tpl, CommitMode::Sync) {
                Ok(()) => pipeline_commit_metric(pipeline),
                // A partition revoked meanwhile: its new owner replays from the last commit,
                // finds our files by name and writes only what a flush lacks.
                Err(e) => tracing::warn!(error = %e, "offset commit failed"),
            }
        }
        self.backoff.record(
            error,
            pipeline,
            self.notifier,
            "offsets are not committed and ingest is paused",
        );
        // Paused partitions are not read: lines wait in Kafka, not in memory.
        if self.backoff.failing() != self.paused
            && let Ok(assigned) = self.consumer.assignment()
        {
            let _ = if self.backoff.failing() {
                self.consumer.pause(&assigned)
            } else {
                self.consumer.resume(&assigned)
            };
            self.paused = self.backoff.failing();
        }
    }
}

fn pipeline_commit_metric(pipeline: &Pipeline) {
    pipeline.metrics().commits.inc();
}
