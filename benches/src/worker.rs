//! The `guardline ingest` worker as the ingest benchmarks run it: pinned to core 0 with
//! `taskset`, pointed at a mock cluster, its /metrics, CPU time and peak RSS read from outside.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::producer::{BaseProducer, BaseRecord};
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};

pub struct Worker {
    child: Child,
    port: u16,
    dir: PathBuf,
}

impl Worker {
    /// Start `bin ingest` on core 0 with the full default pack over `guardline.proxy`
    /// (Squid). `extra` is appended to the configuration (TOML).
    pub fn start(
        bin: &str,
        servers: &str,
        flush_lines: usize,
        extra: &str,
    ) -> std::io::Result<Self> {
        let dir = std::env::temp_dir().join(format!(
            "guardline-bench-worker-{}-{}",
            std::process::id(),
            flush_lines
        ));
        std::fs::create_dir_all(&dir)?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let cfg = dir.join("guardline.toml");
        std::fs::write(
            &cfg,
            format!(
                "[kafka]\ntopics = [{{ name = \"guardline.proxy\", format = \"squid\" }}]\n[store]\nflush_lines = {flush_lines}\nflush_secs = 1\n[metrics]\nlisten = \"127.0.0.1:{port}\"\n{extra}\n"
            ),
        )?;
        let child = Command::new("taskset")
            .args(["-c", "0", bin, "ingest", "--config"])
            .arg(&cfg)
            .env("GUARDLINE_KAFKA_BROKERS", servers)
            .env("GUARDLINE_STORE", dir.join("store"))
            .env("GUARDLINE_PSEUDONYM_KEY", "bench-pseudonym-key-0123456789")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        Ok(Worker { child, port, dir })
    }

    /// A metric from the worker's /metrics, summed over its label sets (0 when unreachable).
    pub fn metric(&self, name: &str) -> f64 {
        use std::io::{Read, Write};
        let Ok(mut c) = std::net::TcpStream::connect(("127.0.0.1", self.port)) else {
            return 0.0;
        };
        let _ = c.set_read_timeout(Some(Duration::from_secs(2)));
        if c.write_all(b"GET /metrics HTTP/1.0\r\nHost: localhost\r\n\r\n")
            .is_err()
        {
            return 0.0;
        }
        let mut body = String::new();
        let _ = c.read_to_string(&mut body);
        body.lines()
            .filter(|l| {
                l.strip_prefix(name)
                    .is_some_and(|r| r.starts_with(' ') || r.starts_with('{'))
            })
            .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
            .sum()
    }

    /// Input lines the worker has received so far.
    pub fn records_in(&self) -> f64 {
        self.metric("guardline_records_in_total")
    }

    /// User + system CPU seconds so far, from `/proc/PID/stat` (fields 14 and 15, in clock
    /// ticks of 1/100 s on Linux): whether the worker was busy or waiting.
    pub fn cpu_seconds(&self) -> f64 {
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())) else {
            return f64::NAN;
        };
        // The command name (field 2) may hold spaces; fields after its ')' are fixed.
        let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
        let f: Vec<&str> = rest.split_whitespace().collect();
        let tick = |i: usize| {
            f.get(i)
                .and_then(|v| v.parse::<f64>().ok())
                .unwrap_or(f64::NAN)
        };
        (tick(11) + tick(12)) / 100.0
    }

    /// Peak resident set so far (VmHWM), in kB.
    pub fn peak_rss_kb(&self) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .ok()
            .and_then(|s| {
                s.lines().find_map(|l| {
                    l.strip_prefix("VmHWM:")?
                        .trim()
                        .trim_end_matches("kB")
                        .trim()
                        .parse()
                        .ok()
                })
            })
            .unwrap_or(0)
    }

    /// SIGTERM (flush and commit), wait, and remove the store.
    pub fn stop(mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Queue one record, waiting for room in the producer's queue.
pub fn send(producer: &BaseProducer, topic: &str, partition: i32, key: &str, payload: &str) {
    let mut rec = BaseRecord::<str, str>::to(topic)
        .partition(partition)
        .key(key)
        .payload(payload);
    loop {
        match producer.send(rec) {
            Ok(()) => return,
            Err((_, r)) => {
                rec = r;
                producer.poll(Duration::from_millis(5));
            }
        }
    }
}

/// Offsets committed by `guardline-ingest` over the topic's partitions, summed.
pub fn committed_total(watcher: &BaseConsumer, topic: &str, partitions: i32) -> i64 {
    let mut tpl = TopicPartitionList::new();
    for p in 0..partitions {
        tpl.add_partition(topic, p);
    }
    match watcher.committed_offsets(tpl, Duration::from_secs(5)) {
        Ok(list) => list
            .elements()
            .iter()
            .map(|e| match e.offset() {
                Offset::Offset(o) => o,
                _ => 0,
            })
            .sum(),
        Err(_) => 0,
    }
}
