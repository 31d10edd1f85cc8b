//! Ingest throughput on one core, beside kcat reading the same topic in the same run.
//!
//! `cargo build --release -p guardline -p guardline-benches && target/release/ingest_bench [LINES] [PARTITIONS]`
//! starts librdkafka's mock cluster in this process, produces LINES realistic Squid lines over
//! PARTITIONS partitions of `guardline.proxy`, times `taskset -c 0 kcat -C -e` over the topic
//! (the raw consumption rate), then runs `taskset -c 0 guardline ingest` with the full default
//! pack until every offset is committed (lines parsed, detected, written to synced Parquet),
//! and reports both rates, their ratio, the worker's peak RSS and CPU time. The ingest rate is
//! timed from the first record the worker consumes (read off its /metrics) to the last commit.
//! `BENCH_EXTRA` appends TOML to the worker's configuration (`;` for a new line), e.g.
//! `BENCH_EXTRA='[kafka.consumer_properties];"fetch.queue.backoff.ms" = "1000"'`;
//! `GUARDLINE_BENCH_TRACE=1` prints lines received and committed every 100 ms.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use guardline_benches::worker::{Worker, committed_total, send};
use guardline_benches::{Rng, squid_line};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::BaseConsumer;
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{BaseProducer, Producer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let lines: usize = args.get(1).map_or(Ok(1_000_000), |s| s.parse())?;
    let partitions: i32 = args.get(2).map_or(Ok(64), |s| s.parse())?;
    let bin = std::env::var("GUARDLINE_BIN").unwrap_or_else(|_| "target/release/guardline".into());

    let cluster = MockCluster::new(1)?;
    cluster.create_topic("guardline.proxy", partitions, 1)?;
    cluster.create_topic("guardline.alerts", 1, 1)?;
    cluster.create_topic("guardline.deadletter", 1, 1)?;
    let servers = cluster.bootstrap_servers();

    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", &servers)
        .set("linger.ms", "20")
        .set("queue.buffering.max.messages", "2000000")
        .set("queue.buffering.max.kbytes", "2097151")
        .create()?;
    let mut rng = Rng::new(7);
    let t0 = 1_790_000_000.0;
    let mut bytes = 0usize;
    for i in 0..lines {
        let line = squid_line(&mut rng, t0 + i as f64 * 0.01);
        bytes += line.len();
        send(
            &producer,
            "guardline.proxy",
            (i % partitions as usize) as i32,
            "north",
            &line,
        );
    }
    producer.flush(Duration::from_secs(300))?;
    println!(
        "produced {lines} lines ({:.1} MB) over {partitions} partitions",
        bytes as f64 / 1e6
    );

    let t = Instant::now();
    let st = Command::new("taskset")
        .args([
            "-c",
            "0",
            "kcat",
            "-C",
            "-q",
            "-e",
            "-o",
            "beginning",
            "-b",
            &servers,
        ])
        .args(["-t", "guardline.proxy"])
        .stdout(Stdio::null())
        .status()?;
    let kcat_s = t.elapsed().as_secs_f64();
    if !st.success() {
        return Err("kcat failed".into());
    }
    println!(
        "kcat -C: {kcat_s:.2} s = {:.3} M lines/s",
        lines as f64 / kcat_s / 1e6
    );

    // Buffers fill by size (a few flushes per partition) rather than waiting on the timer, and
    // the metrics endpoint tells the bench when the first record arrives, so the rate covers
    // Kafka -> parse -> detect -> synced Parquet -> commit and not the group join or start-up.
    let flush_lines = (lines / partitions as usize / 3).clamp(1000, 100_000);
    let extra = std::env::var("BENCH_EXTRA")
        .unwrap_or_default()
        .replace(';', "\n");
    let started = Instant::now();
    let worker = Worker::start(&bin, &servers, flush_lines, &extra)?;
    let watcher: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &servers)
        .set("group.id", "guardline-ingest")
        .create()?;
    // GUARDLINE_BENCH_TRACE=1 prints lines received and committed every 100 ms.
    let trace = std::env::var_os("GUARDLINE_BENCH_TRACE").is_some();
    let mut first_record: Option<Instant> = None;
    let mut peak_kb = 0u64;
    let (done_at, cpu_s) = loop {
        std::thread::sleep(Duration::from_millis(100));
        peak_kb = peak_kb.max(worker.peak_rss_kb());
        let committed = committed_total(&watcher, "guardline.proxy", partitions);
        if first_record.is_none() && worker.records_in() > 0.0 {
            first_record = Some(Instant::now());
        }
        if trace {
            eprintln!(
                "{:6.2} s received {} committed {committed}",
                started.elapsed().as_secs_f64(),
                worker.records_in()
            );
        }
        if committed as usize >= lines {
            break (Instant::now(), worker.cpu_seconds());
        }
        if started.elapsed() > Duration::from_secs(1800) {
            return Err("ingest did not finish in 30 minutes".into());
        }
    };
    let flush_sum = worker.metric("guardline_flush_seconds_sum");
    let flush_count = worker.metric("guardline_flush_seconds_count");
    worker.stop();
    drop(watcher);
    let total_s = done_at.duration_since(started).as_secs_f64();
    let t_first = first_record.unwrap_or(started);
    let run_s = done_at.duration_since(t_first).as_secs_f64();
    let rate = lines as f64 / run_s;
    println!(
        "guardline ingest: {total_s:.2} s from start to all committed = {:.3} M lines/s (start-up and group join included)",
        lines as f64 / total_s / 1e6
    );
    println!(
        "guardline ingest, first record consumed to last offset committed: {run_s:.2} s = {:.3} M lines/s; ratio to kcat {:.2}",
        rate / 1e6,
        rate / (lines as f64 / kcat_s)
    );
    println!(
        "guardline ingest flushes: {flush_count:.0} taking {flush_sum:.2} s in all (Parquet encode + fsync + rename)"
    );
    println!(
        "guardline ingest peak RSS: {:.0} MB; CPU {cpu_s:.2} s user+system = {:.3} M lines per CPU-second",
        peak_kb as f64 / 1024.0,
        lines as f64 / cpu_s / 1e6
    );
    Ok(())
}
