//! Detection throughput (MB/s) for Squid native lines with the full built-in rule pack, parse
//! included: `cargo bench -p guardline-benches --bench detect`.

use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use detect::{Detector, HsDatabases, HsMatcher, Profile, RulePack};
use guardline_benches::{corpus, squid_line};
use schemas::{Format, LineParser, ParseOptions, Parsed};

const LINES: usize = 20_000;

fn bench(c: &mut Criterion) {
    let data = corpus(LINES, 7, |rng, i| {
        squid_line(rng, 1_795_321_686.0 + i as f64 * 0.013)
    });
    let pack = Arc::new(RulePack::builtin().expect("built-in pack"));
    let dbs = Arc::new(HsDatabases::build(&pack, None).expect("compile"));
    let mut detector = Detector::new(
        Arc::clone(&pack),
        HsMatcher::new(dbs).expect("scratch"),
        Profile::Under18,
    );
    let mut group = c.benchmark_group("detect");
    group.throughput(Throughput::Bytes(data.len() as u64));
    group.bench_function("squid", |b| {
        b.iter(|| {
            let mut parser = LineParser::new(Format::Squid, ParseOptions::default());
            let mut found = 0usize;
            for line in data.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
                if let Ok(Parsed::Event(ev)) = parser.parse(line) {
                    found += detector.detect(&ev).len();
                }
            }
            found
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
