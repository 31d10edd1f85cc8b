//! Alert latency under load: from producing a level-5 line to its alert on `guardline.alerts`,
//! while the worker runs at a fraction (default 80%) of its maximum rate, measured in the
//! same run.
//!
//! `cargo build --release -p guardline -p guardline-benches &&
//!  taskset -c 1 target/release/alert_latency [SECONDS] [FRACTION]`
//!
//! 1. Calibration: 300,000 Squid lines are queued on 16 partitions of a mock cluster before
//!    `guardline ingest` starts on core 0; the maximum rate is the higher of lines over the
//!    wall time from its first record to the last commit and lines per CPU-second it used.
//! 2. Load: a paced producer (linger 5 ms, as a log shipper would batch) writes at FRACTION of
//!    that rate for SECONDS; one line in 500 is a level-5 search by a learner of its own (so no
//!    de-duplication), whose log timestamp is the moment it was produced (ms). A consumer on
//!    `guardline.alerts` takes each alert's `ts` (the line's time) from its arrival time.
//!
//! The bench process (producer, consumer and the mock broker) should run on the other core.

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use guardline_benches::worker::{Worker, committed_total, send};
use guardline_benches::{Rng, squid_line};
use rdkafka::Message;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{BaseProducer, Producer};

const PARTITIONS: i32 = 16;
const CALIBRATION_LINES: usize = 300_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let seconds: f64 = args.get(1).map_or(Ok(20.0), |s| s.parse())?;
    let fraction: f64 = args.get(2).map_or(Ok(0.8), |s| s.parse())?;
    let bin = std::env::var("GUARDLINE_BIN").unwrap_or_else(|_| "target/release/guardline".into());

    let cluster = MockCluster::new(1)?;
    cluster.create_topic("guardline.proxy", PARTITIONS, 1)?;
    cluster.create_topic("guardline.alerts", 1, 1)?;
    cluster.create_topic("guardline.deadletter", 1, 1)?;
    let servers = cluster.bootstrap_servers();
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", &servers)
        .set("linger.ms", "5")
        .set("queue.buffering.max.messages", "2000000")
        .create()?;
    let mut rng = Rng::new(11);
    let now_s = || Utc::now().timestamp_millis() as f64 / 1000.0;
    for i in 0..CALIBRATION_LINES {
        let line = squid_line(&mut rng, now_s());
        send(
            &producer,
            "guardline.proxy",
            i as i32 % PARTITIONS,
            "north",
            &line,
        );
    }
    producer.flush(Duration::from_secs(120))?;

    // BENCH_EXTRA appends TOML to the worker's configuration (`;` for a new line).
    let extra = std::env::var("BENCH_EXTRA")
        .unwrap_or_default()
        .replace(';', "\n");
    let worker = Worker::start(&bin, &servers, 10_000, &extra)?;
    let watcher: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &servers)
        .set("group.id", "guardline-ingest")
        .create()?;
    let alerts: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &servers)
        .set("group.id", "latency-bench")
        .set("auto.offset.reset", "latest")
        .set("fetch.wait.max.ms", "5")
        .create()?;
    alerts.subscribe(&["guardline.alerts"])?;
    let t0 = Instant::now();
    let cpu0 = worker.cpu_seconds();
    let mut first: Option<Instant> = None;
    let max_rate = loop {
        let _ = alerts.poll(Duration::from_millis(50));
        if first.is_none() && worker.records_in() > 0.0 {
            first = Some(Instant::now());
        }
        if committed_total(&watcher, "guardline.proxy", PARTITIONS) as usize >= CALIBRATION_LINES {
            // Two views of the maximum: lines over the wall time from the first record to the
            // last commit (flush timers and commits included), and lines over the CPU time
            // the worker spent (its rate if it were never idle). The higher is the stricter.
            let wall = CALIBRATION_LINES as f64 / first.unwrap_or(t0).elapsed().as_secs_f64();
            let cpu = CALIBRATION_LINES as f64 / (worker.cpu_seconds() - cpu0);
            println!("calibration: {wall:.0} lines/s by wall time, {cpu:.0} lines per CPU-second");
            break wall.max(cpu);
        }
        if t0.elapsed() > Duration::from_secs(600) {
            return Err("calibration did not finish in 10 minutes".into());
        }
    };
    let rate = max_rate * fraction;
    println!(
        "maximum rate {:.0} lines/s (calibration, {CALIBRATION_LINES} lines); load at {:.0}% = {rate:.0} lines/s for {seconds} s",
        max_rate,
        fraction * 100.0
    );

    // Load: producer on this thread, alert consumer on another.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stop_c = std::sync::Arc::clone(&stop);
    let reader = std::thread::spawn(move || {
        let mut lat_ms: Vec<f64> = Vec::new();
        let mut quiet_since: Option<Instant> = None;
        loop {
            match alerts.poll(Duration::from_millis(20)) {
                Some(Ok(m)) => {
                    quiet_since = None;
                    let got = Utc::now();
                    // Detection alerts only: a `repeat` is raised at the end of its window.
                    let ts = m
                        .payload()
                        .and_then(|p| serde_json::from_slice::<serde_json::Value>(p).ok())
                        .filter(|v| v.get("kind").and_then(|k| k.as_str()) == Some("detection"))
                        .and_then(|v| Some(v.get("ts")?.as_str()?.to_owned()))
                        .and_then(|t| DateTime::parse_from_rfc3339(&t).ok());
                    if let Some(ts) = ts {
                        lat_ms.push(
                            (got - ts.with_timezone(&Utc))
                                .num_microseconds()
                                .unwrap_or(0) as f64
                                / 1000.0,
                        );
                    }
                }
                _ => {
                    if stop_c.load(std::sync::atomic::Ordering::Relaxed) {
                        let q = *quiet_since.get_or_insert_with(Instant::now);
                        if q.elapsed() > Duration::from_secs(3) {
                            return lat_ms;
                        }
                    }
                }
            }
        }
    });
    let load_start = Instant::now();
    let cpu_before = worker.cpu_seconds();
    let mut sent = 0usize;
    let mut risky = 0usize;
    while load_start.elapsed().as_secs_f64() < seconds {
        let due = (load_start.elapsed().as_secs_f64() * rate) as usize;
        while sent < due {
            let ts = now_s();
            let line = if sent % 500 == 250 {
                risky += 1;
                format!(
                    "{ts:.3}    245 10.1.2.3 TCP_MISS/200 5120 GET https://www.google.com/search?q=how+to+kill+myself+painlessly learner{risky} HIER_DIRECT/142.250.187.196 text/html"
                )
            } else {
                squid_line(&mut rng, ts)
            };
            send(
                &producer,
                "guardline.proxy",
                sent as i32 % PARTITIONS,
                "north",
                &line,
            );
            sent += 1;
        }
        producer.poll(Duration::from_millis(0));
        std::thread::sleep(Duration::from_millis(1));
    }
    producer.flush(Duration::from_secs(60))?;
    let load_s = load_start.elapsed().as_secs_f64();
    let cpu_s = worker.cpu_seconds() - cpu_before;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut lat = reader.join().map_err(|_| "alert reader panicked")?;
    let peak = worker.peak_rss_kb();
    worker.stop();
    lat.sort_by(f64::total_cmp);
    let q = |p: f64| {
        lat.get(((lat.len() as f64 * p).ceil() as usize).saturating_sub(1))
            .copied()
            .unwrap_or(f64::NAN)
    };
    println!(
        "produced {sent} lines in {load_s:.1} s ({:.0} lines/s), {risky} level-5; alerts received {}",
        sent as f64 / load_s,
        lat.len()
    );
    println!(
        "alert latency produce -> guardline.alerts: p50 {:.0} ms, p95 {:.0} ms, p99 {:.0} ms, max {:.0} ms",
        q(0.50),
        q(0.95),
        q(0.99),
        lat.last().copied().unwrap_or(f64::NAN)
    );
    println!(
        "worker CPU during the load {cpu_s:.1} s of {load_s:.1} s ({:.0}% of core 0); peak RSS {:.0} MB",
        100.0 * cpu_s / load_s,
        peak as f64 / 1024.0
    );
    Ok(())
}
