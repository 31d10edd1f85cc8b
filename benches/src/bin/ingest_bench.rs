//! Ingest throughput on one core, beside kcat reading the same topic in the same run.
//!
//! `cargo build --release -p guardline -p guardline-benches && target/release/ingest_bench [LINES] [PARTITIONS]`
//! starts librdkafka's mock cluster in this process, produces LINES realistic Squid lines over
//! PARTITIONS partitions of `guardline.proxy`, times `taskset -c 0 kcat -C -e` over the topic
//! (the raw consumption rate), then runs `taskset -c 0 guardline ingest` with the full default
//! pack until every offset is committed (lines parsed, detected, written to synced Parquet),
//! and reports both rates, their ratio and the worker's peak RSS.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use guardline_benches::{Rng, squid_line};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};

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
        let mut rec = BaseRecord::<str, str>::to("guardline.proxy")
            .partition((i % partitions as usize) as i32)
            .key("north")
            .payload(&line);
        loop {
            match producer.send(rec) {
                Ok(()) => break,
                Err((_, r)) => {
                    rec = r;
                    producer.poll(Duration::from_millis(5));
                }
            }
        }
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

    let dir = std::env::temp_dir().join(format!("guardline-ingest-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let cfg = dir.join("guardline.toml");
    std::fs::write(
        &cfg,
        "[kafka]\ntopics = [{ name = \"guardline.proxy\", format = \"squid\" }]\n[store]\nflush_lines = 100000\nflush_secs = 2\n[metrics]\nlisten = \"\"\n",
    )?;
    let started = Instant::now();
    let mut child = Command::new("taskset")
        .args(["-c", "0", &bin, "ingest", "--config"])
        .arg(&cfg)
        .env("GUARDLINE_KAFKA_BROKERS", &servers)
        .env("GUARDLINE_STORE", dir.join("store"))
        .env("GUARDLINE_PSEUDONYM_KEY", "bench-pseudonym-key-0123456789")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let watcher: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &servers)
        .set("group.id", "guardline-ingest")
        .create()?;
    let mut first: Option<(Instant, i64)> = None;
    let mut peak_kb = 0u64;
    let done_at = loop {
        std::thread::sleep(Duration::from_millis(100));
        if let Ok(status) = std::fs::read_to_string(format!("/proc/{}/status", child.id())) {
            for l in status.lines() {
                if let Some(v) = l.strip_prefix("VmHWM:") {
                    let kb: u64 = v.trim().trim_end_matches("kB").trim().parse().unwrap_or(0);
                    peak_kb = peak_kb.max(kb);
                }
            }
        }
        let mut tpl = TopicPartitionList::new();
        for p in 0..partitions {
            tpl.add_partition("guardline.proxy", p);
        }
        let committed: i64 = match watcher.committed_offsets(tpl, Duration::from_secs(5)) {
            Ok(list) => list
                .elements()
                .iter()
                .map(|e| match e.offset() {
                    Offset::Offset(o) => o,
                    _ => 0,
                })
                .sum(),
            Err(_) => 0,
        };
        if committed > 0 && first.is_none() {
            first = Some((Instant::now(), committed));
        }
        if committed as usize >= lines {
            break Instant::now();
        }
        if started.elapsed() > Duration::from_secs(1800) {
            let _ = child.kill();
            return Err("ingest did not finish in 30 minutes".into());
        }
    };
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
    drop(watcher);
    let total_s = done_at.duration_since(started).as_secs_f64();
    let (t_first, c_first) = first.unwrap_or((started, 0));
    let steady_s = done_at.duration_since(t_first).as_secs_f64();
    let steady = (lines as f64 - c_first as f64) / steady_s;
    println!(
        "guardline ingest: {total_s:.2} s from start to all committed = {:.3} M lines/s (start-up and group join included)",
        lines as f64 / total_s / 1e6
    );
    println!(
        "guardline ingest steady state (first commit to last): {:.3} M lines/s; ratio to kcat {:.2}",
        steady / 1e6,
        steady / (lines as f64 / kcat_s)
    );
    println!(
        "guardline ingest peak RSS: {:.0} MB",
        peak_kb as f64 / 1024.0
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
