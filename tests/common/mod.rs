//! Shared harness of the ingest tests: a real Kafka-protocol broker (librdkafka's mock
//! cluster, in this process), the `guardline` binary as a child process pointed at it, and
//! readers of the Parquet store it writes.

#![allow(dead_code)]

pub mod replay;

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use arrow::array::{Array, AsArray, RecordBatch};
use arrow::datatypes::{Int32Type, Int64Type, UInt8Type};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};

pub const KEY: &str = "test-pseudonym-key-0123456789abcdef";

pub struct Broker {
    pub cluster: MockCluster<'static, rdkafka::producer::DefaultProducerContext>,
    pub servers: String,
}

impl Broker {
    /// A one-broker mock cluster with the input topic (`partitions` partitions) and the
    /// output topics.
    pub fn new(partitions: i32) -> Broker {
        let cluster = MockCluster::new(1).expect("mock cluster");
        cluster
            .create_topic("guardline.proxy", partitions, 1)
            .expect("topic");
        cluster.create_topic("guardline.dns", 1, 1).expect("topic");
        cluster
            .create_topic("guardline.endpoint", 1, 1)
            .expect("topic");
        cluster
            .create_topic("guardline.alerts", 1, 1)
            .expect("topic");
        cluster
            .create_topic("guardline.deadletter", 1, 1)
            .expect("topic");
        let servers = cluster.bootstrap_servers();
        Broker { cluster, servers }
    }

    pub fn producer(&self) -> BaseProducer {
        ClientConfig::new()
            .set("bootstrap.servers", &self.servers)
            .set("linger.ms", "5")
            .set("queue.buffering.max.messages", "1000000")
            .create()
            .expect("producer")
    }

    /// Offsets committed by the ingest group, per partition of `topic`.
    pub fn committed(&self, topic: &str, partitions: i32) -> Vec<i64> {
        let c: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", &self.servers)
            .set("group.id", "guardline-ingest")
            .create()
            .expect("consumer");
        let mut tpl = TopicPartitionList::new();
        for p in 0..partitions {
            tpl.add_partition(topic, p);
        }
        let got = c
            .committed_offsets(tpl, Duration::from_secs(10))
            .expect("committed offsets");
        let out = got
            .elements()
            .iter()
            .map(|e| match e.offset() {
                Offset::Offset(o) => o,
                _ => 0,
            })
            .collect();
        // STACK.md: drop the list before the consumer.
        drop(got);
        out
    }

    /// A consumer of `topic` from the beginning (its own group).
    pub fn reader(&self, topic: &str) -> BaseConsumer {
        let c: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", &self.servers)
            .set("group.id", format!("test-reader-{topic}"))
            .set("auto.offset.reset", "earliest")
            .create()
            .expect("consumer");
        c.subscribe(&[topic]).expect("subscribe");
        c
    }
}

/// Produce `(partition, key, line)` records and wait for all of them to be acknowledged.
pub fn produce(p: &BaseProducer, topic: &str, records: &[(i32, String, String)]) {
    for (part, key, line) in records {
        let mut rec = BaseRecord::to(topic)
            .partition(*part)
            .key(key)
            .payload(line);
        loop {
            match p.send(rec) {
                Ok(()) => break,
                Err((_, r)) => {
                    rec = r;
                    p.poll(Duration::from_millis(10));
                }
            }
        }
        p.poll(Duration::ZERO);
    }
    p.flush(Duration::from_secs(60)).expect("flush");
}

/// The `guardline ingest` child process; killed when dropped.
pub struct Ingest {
    pub child: Child,
    pub log: PathBuf,
}

impl Ingest {
    pub fn start(dir: &Path, servers: &str, store: &Path, config: &str, run: u32) -> Ingest {
        Self::spawn("ingest", dir, Some(servers), store, config, run, &[])
    }

    /// `guardline ingest` with extra environment variables.
    pub fn start_env(
        dir: &Path,
        servers: &str,
        store: &str,
        config: &str,
        run: u32,
        env: &[(&str, &str)],
    ) -> Ingest {
        Self::spawn(
            "ingest",
            dir,
            Some(servers),
            Path::new(store),
            config,
            run,
            env,
        )
    }

    /// `guardline run` (local sources; Kafka only when `servers` is given).
    pub fn start_run(dir: &Path, store: &Path, config: &str, run: u32) -> Ingest {
        Self::spawn("run", dir, None, store, config, run, &[])
    }

    fn spawn(
        command: &str,
        dir: &Path,
        servers: Option<&str>,
        store: &Path,
        config: &str,
        run: u32,
        env: &[(&str, &str)],
    ) -> Ingest {
        let cfg = dir.join("guardline.toml");
        std::fs::write(&cfg, config).expect("config");
        let log = dir.join(format!("ingest-{run}.log"));
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_guardline"));
        if let Some(s) = servers {
            cmd.env("GUARDLINE_KAFKA_BROKERS", s);
        }
        cmd.envs(env.iter().copied());
        let child = cmd
            .args([command, "--config"])
            .arg(&cfg)
            .env("GUARDLINE_STORE", store)
            .env("GUARDLINE_PSEUDONYM_KEY", KEY)
            .env("GUARDLINE_LOG", "info")
            .stdout(Stdio::null())
            .stderr(File::create(&log).expect("log"))
            .spawn()
            .expect("spawn guardline ingest");
        Ingest { child, log }
    }

    pub fn kill9(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGTERM and wait for a clean exit (flush and commit).
    pub fn terminate(mut self) -> std::process::ExitStatus {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(Some(st)) = self.child.try_wait() {
                return st;
            }
            assert!(
                Instant::now() < deadline,
                "ingest did not stop after SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Ingest {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Every Parquet file under `<store>/<table>/`.
pub fn files(store: &Path, table: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "parquet") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&store.join(table), &mut out);
    out.sort();
    out
}

pub fn read_table(store: &Path, table: &str) -> Vec<RecordBatch> {
    let mut out = Vec::new();
    for f in files(store, table) {
        let file = File::open(&f).expect("open parquet");
        let reader = ParquetRecordBatchReaderBuilder::try_new(file)
            .expect("parquet footer")
            .build()
            .expect("reader");
        for b in reader {
            out.push(b.expect("batch"));
        }
    }
    out
}

/// `(partition, offset)` of every row of a table.
pub fn offsets(batches: &[RecordBatch]) -> Vec<(i32, i64)> {
    let mut out = Vec::new();
    for b in batches {
        let p = b
            .column_by_name("partition")
            .expect("partition")
            .as_primitive::<Int32Type>();
        let o = b
            .column_by_name("offset")
            .expect("offset")
            .as_primitive::<Int64Type>();
        for i in 0..b.num_rows() {
            out.push((p.value(i), o.value(i)));
        }
    }
    out
}

/// A string column of every row (None for nulls).
pub fn strings(batches: &[RecordBatch], name: &str) -> Vec<Option<String>> {
    let mut out = Vec::new();
    for b in batches {
        let col = b.column_by_name(name).expect("column");
        let s = col.as_string::<i32>();
        for i in 0..b.num_rows() {
            out.push((!s.is_null(i)).then(|| s.value(i).to_owned()));
        }
    }
    out
}

pub fn levels(batches: &[RecordBatch]) -> Vec<u8> {
    let mut out = Vec::new();
    for b in batches {
        let l = b
            .column_by_name("level")
            .expect("level")
            .as_primitive::<UInt8Type>();
        out.extend((0..b.num_rows()).map(|i| l.value(i)));
    }
    out
}

/// Wait until `cond` holds, or fail with `what` and the ingest log.
pub fn wait_for(what: &str, limit: Duration, ingest: &Ingest, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !cond() {
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}; ingest log:\n{}",
            ingest.log_text()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A Squid native access.log line at `ts` (seconds) for `user` fetching `url`.
pub fn squid(ts: i64, user: &str, url: &str) -> String {
    format!(
        "{ts}.123    245 10.1.2.3 TCP_MISS/200 5120 GET {url} {user} HIER_DIRECT/142.250.187.196 text/html"
    )
}

pub fn count_by<T: Ord + Clone>(items: &[T]) -> BTreeMap<T, usize> {
    let mut m = BTreeMap::new();
    for i in items {
        *m.entry(i.clone()).or_insert(0) += 1;
    }
    m
}

/// A webhook call: when, the signature header, the body.
pub type Call = (Instant, Option<String>, Vec<u8>);
pub struct Hook {
    pub url: String,
    pub got: Arc<Mutex<Vec<Call>>>,
    _rt: tokio::runtime::Runtime,
}

/// A webhook receiver on loopback that records every POST.
pub fn webhook() -> Hook {
    use axum::body::Bytes;
    use axum::http::HeaderMap;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let got: Arc<Mutex<Vec<Call>>> = Arc::default();
    let g = Arc::clone(&got);
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| {
            let g = Arc::clone(&g);
            async move {
                let sig = headers
                    .get(ingest::SIGNATURE_HEADER)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                g.lock()
                    .expect("lock")
                    .push((Instant::now(), sig, body.to_vec()));
                "ok"
            }
        }),
    );
    rt.spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Hook {
        url: format!("http://{addr}/hook"),
        got,
        _rt: rt,
    }
}
