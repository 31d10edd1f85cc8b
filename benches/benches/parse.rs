//! Parse throughput (MB/s and lines/s) for Squid native and endpoint JSON lines.
//!
//! `cargo bench -p guardline-benches --bench parse`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use guardline_benches::{corpus, endpoint_line, squid_line};
use schemas::{Format, LineParser, ParseOptions, Parsed};

const LINES: usize = 20_000;

fn bench(c: &mut Criterion) {
    let squid = corpus(LINES, 7, |rng, i| {
        squid_line(rng, 1_795_321_686.0 + i as f64 * 0.013)
    });
    let endpoint = corpus(LINES, 11, |rng, i| {
        endpoint_line(rng, 1_795_321_686 + i as i64)
    });
    let mut group = c.benchmark_group("parse");
    for (name, format, data) in [
        ("squid", Format::Squid, &squid),
        ("endpoint", Format::Endpoint, &endpoint),
    ] {
        group.throughput(Throughput::Bytes(data.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut parser = LineParser::new(format, ParseOptions::default());
                let mut events = 0usize;
                for line in data.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
                    if let Ok(Parsed::Event(_)) = parser.parse(line) {
                        events += 1;
                    }
                }
                assert_eq!(events, LINES);
                events
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
