//! Sources that need no Kafka (a single-site install run by `guardline run`): log files
//! followed across rotation (`tail`) and syslog listeners (`syslog`). They feed one worker
//! loop that drives the same [`Pipeline`] as the Kafka path, so parsing, detection,
//! pseudonymisation, alerts and the Parquet store behave the same.
//!
//! Where Kafka commits offsets after a flush, a file source writes a checkpoint (inode,
//! position, next sequence number) after the files holding its lines are synced; the
//! sequence numbers name the Parquet files as offsets do, so a replay after a crash skips the
//! lines already stored. Syslog cannot be replayed: its lines are numbered on arrival from a
//! base taken from the clock, so two runs never name files alike.

pub mod syslog;
pub mod tail;

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::Utc;
use tokio::sync::mpsc;

use crate::config::Config;
use crate::error::{Error, Result};
use crate::housekeeping::{Housekeeping, StoreBackoff};
use crate::metrics::Metrics;
use crate::notify::{Notifier, email_notifiers};
use crate::pipeline::{Message, Pipeline, build_detector};
use crate::store::Store;
use tail::{Checkpoint, FilePos};

/// One line from a local source.
#[derive(Debug)]
pub struct LocalLine {
    pub source: Arc<str>,
    pub partition: i32,
    /// The line's sequence number; None for syslog (numbered on arrival) and for a file
    /// position marker with no line (the skipped tail of an over-long line).
    pub offset: Option<i64>,
    pub site: Option<Arc<str>>,
    pub payload: Vec<u8>,
    pub pos: Option<FilePos>,
}

/// Lines queued between the sources and the worker. Big enough to ride out a flush; small
/// enough that a stalled store pushes back on files and TCP senders within seconds.
const QUEUE: usize = 50_000;

/// A file source's lines not yet checkpointed: (sequence number, position after it).
struct FileTrack {
    checkpoint: PathBuf,
    pending: VecDeque<(i64, FilePos)>,
}

/// Run the local sources until `shutdown` resolves; then flush, checkpoint and return.
pub async fn run(cfg: Config, metrics: Metrics, shutdown: impl Future<Output = ()>) -> Result<()> {
    let detector = build_detector(&cfg)?;
    let mut inputs = Vec::new();
    for f in &cfg.sources.files {
        inputs.push((f.source_name(), f.format.clone()));
    }
    for s in &cfg.sources.syslog {
        inputs.push((s.name.clone(), s.format.clone()));
    }
    // The site comes with each line (the source's `site`), as a Kafka message key would.
    let mut pipeline =
        Pipeline::with_inputs(&cfg, &inputs, Some("key"), detector, metrics.clone())?;
    let store = Store::open(&cfg.store)?;
    let notifier = Notifier::new(
        None,
        String::new(),
        String::new(),
        cfg.alerts.webhooks.clone(),
        email_notifiers(&cfg)?,
        metrics.clone(),
    );
    // Checked by the configuration: a bucket store needs an explicit local state_dir.
    let state_dir = cfg
        .sources
        .state_dir
        .clone()
        .or_else(|| store.root().map(|r| r.join("_state")))
        .unwrap_or_else(|| PathBuf::from("guardline-state"));

    let (tx, mut rx) = mpsc::channel::<LocalLine>(QUEUE);
    let stop = Arc::new(AtomicBool::new(false));
    let mut tracks: HashMap<Arc<str>, FileTrack> = HashMap::new();
    let mut threads = Vec::new();
    for f in &cfg.sources.files {
        let name: Arc<str> = f.source_name().into();
        let checkpoint = state_dir.join("files").join(format!("{name}.json"));
        let start = tail::load_checkpoint(&checkpoint).map_err(|e| Error::Store {
            path: checkpoint.clone(),
            source: e,
        })?;
        // Flushes a crashed run stored but did not checkpoint are completed on the way.
        let stored = store.stored_ranges(&name, 0)?;
        // No checkpoint but files in the store: the state directory was lost. Number new
        // lines after the stored ones so names never collide; the file is read again from
        // `start_at` (lines may be stored twice, none lost).
        let seq0 = match (&start, stored.iter().map(|r| r.last).max()) {
            (None, Some(last)) => {
                tracing::warn!(source = %name, checkpoint = %checkpoint.display(), "no checkpoint but stored files: reading the file again, numbering after them");
                last + 1
            }
            _ => 0,
        };
        if seq0 == 0 {
            pipeline.set_stored(&name, 0, stored);
        }
        tracing::info!(source = %name, path = %f.path.display(), resume = ?start, "following log file");
        let t = tail::Tail {
            src: f.clone(),
            name: Arc::clone(&name),
            site: f.site.as_deref().map(Arc::from),
            start,
            seq0,
            checkpoint: checkpoint.clone(),
            tx: tx.clone(),
            stop: Arc::clone(&stop),
        };
        threads.push(t.spawn().map_err(|e| Error::Store {
            path: f.path.clone(),
            source: e,
        })?);
        tracks.insert(
            name,
            FileTrack {
                checkpoint,
                pending: VecDeque::new(),
            },
        );
    }
    let mut tasks = Vec::new();
    for s in &cfg.sources.syslog {
        let l = syslog::Listener {
            name: s.name.as_str().into(),
            site: s.site.as_deref().map(Arc::from),
            tx: tx.clone(),
            metrics: metrics.clone(),
        };
        if let Some(addr) = &s.udp {
            let sock = tokio::net::UdpSocket::bind(addr)
                .await
                .map_err(|e| Error::Config(format!("syslog {} udp {addr}: {e}", s.name)))?;
            tracing::info!(source = %s.name, addr = %sock.local_addr().map(|a| a.to_string()).unwrap_or_default(), "syslog udp listening");
            tasks.push(tokio::spawn(l.clone().udp(sock)));
        }
        if let Some(addr) = &s.tcp {
            let lis = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| Error::Config(format!("syslog {} tcp {addr}: {e}", s.name)))?;
            tracing::info!(source = %s.name, addr = %lis.local_addr().map(|a| a.to_string()).unwrap_or_default(), "syslog tcp listening");
            tasks.push(tokio::spawn(l.tcp(lis)));
        }
    }
    drop(tx);

    let mut w = LocalWorker {
        store: &store,
        notifier: &notifier,
        tracks,
        backoff: StoreBackoff::default(),
        cfg: &cfg,
        house: Housekeeping::new(),
        // Syslog lines are numbered from the clock (milliseconds << 20): a later run always
        // starts above an earlier one unless a run took in over a million lines a millisecond.
        seq_base: Utc::now().timestamp_millis() << 20,
        next_seq: HashMap::new(),
    };
    let mut tick = tokio::time::interval(Duration::from_millis(100));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    tokio::pin!(shutdown);
    loop {
        let accepting = !w.backoff.failing();
        tokio::select! {
            biased;
            () = &mut shutdown => break,
            _ = tick.tick() => w.tick(&mut pipeline),
            line = rx.recv(), if accepting => {
                let Some(line) = line else { break };
                w.process(&mut pipeline, line);
            }
        }
    }
    tracing::info!("shutting down: flushing and checkpointing");
    stop.store(true, Ordering::Relaxed);
    for t in &tasks {
        t.abort();
    }
    // Lines already queued (syslog ones cannot be read again) are processed before the end.
    while let Ok(line) = rx.try_recv() {
        w.process(&mut pipeline, line);
    }
    let due = pipeline.due(true);
    w.flush(&mut pipeline, &due);
    drop(rx);
    for t in threads {
        let _ = t.join();
    }
    Ok(())
}

struct LocalWorker<'a> {
    store: &'a Store,
    notifier: &'a Notifier,
    tracks: HashMap<Arc<str>, FileTrack>,
    backoff: StoreBackoff,
    cfg: &'a Config,
    house: Housekeeping,
    seq_base: i64,
    /// The next number of each syslog input (source, partition).
    next_seq: HashMap<(Arc<str>, i32), i64>,
}

impl LocalWorker<'_> {
    fn process(&mut self, pipeline: &mut Pipeline, line: LocalLine) {
        let offset = match (line.offset, line.pos) {
            (Some(o), _) => o,
            (None, Some(pos)) => {
                // A position marker: the checkpoint may move past the skipped bytes once the
                // line before them is stored.
                if let Some(t) = self.tracks.get_mut(&line.source)
                    && let Some(last) = t.pending.back_mut()
                {
                    last.1 = pos;
                }
                return;
            }
            (None, None) => {
                let n = self
                    .next_seq
                    .entry((Arc::clone(&line.source), line.partition))
                    .or_insert(self.seq_base);
                *n += 1;
                *n - 1
            }
        };
        if let (Some(pos), Some(t)) = (line.pos, self.tracks.get_mut(&line.source)) {
            t.pending.push_back((offset, pos));
        }
        let m = Message {
            topic: &line.source,
            partition: line.partition,
            offset,
            key: line.site.as_deref().map(str::as_bytes),
            header_site: None,
            payload: &line.payload,
        };
        let out = pipeline.process(&m, Utc::now());
        for a in &out.alerts {
            self.notifier.alert(a);
        }
        // A line that cannot be parsed is kept in the store's `deadletter` table (there is
        // no dead-letter topic without Kafka) and counted.
        if pipeline.is_full(&line.source, line.partition) {
            let src = line.source.to_string();
            self.flush(pipeline, &[(src, line.partition)]);
        }
    }

    fn tick(&mut self, pipeline: &mut Pipeline) {
        self.house
            .tick(pipeline, self.notifier, self.store, self.cfg);
        if self.backoff.waiting() {
            return;
        }
        let due = pipeline.due(false);
        if !due.is_empty() || self.backoff.failing() {
            self.flush(pipeline, &due);
        }
    }

    /// Write the due inputs and checkpoint the file sources up to what was written.
    fn flush(&mut self, pipeline: &mut Pipeline, parts: &[(String, i32)]) {
        let mut error = None;
        for (t, p) in parts {
            let (commit, err) = pipeline.flush(self.store, t, *p);
            if let Some(next) = commit
                && let Some(track) = self.tracks.get_mut(t.as_str())
            {
                let mut reached = None;
                while let Some(&(seq, pos)) = track.pending.front() {
                    if seq >= next {
                        break;
                    }
                    reached = Some(pos);
                    track.pending.pop_front();
                }
                if let Some(pos) = reached {
                    let cp = Checkpoint {
                        dev: pos.dev,
                        ino: pos.ino,
                        pos: pos.pos,
                        seq: next,
                    };
                    if let Err(e) = tail::save_checkpoint(&track.checkpoint, &cp) {
                        // The lines are stored; a stale checkpoint only means a replay that
                        // skips them by file name.
                        tracing::warn!(error = %e, path = %track.checkpoint.display(), "checkpoint not written");
                    }
                }
            }
            if let Some(e) = err {
                error = Some(e);
            }
        }
        self.backoff
            .record(error, pipeline, self.notifier, "local sources are paused");
    }
}
