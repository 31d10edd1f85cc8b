//! Write a deterministic, realistic Squid native access.log of about N megabytes to stdout:
//! `cargo run --release -p guardline-benches --bin gen_squid_log -- 200 > /tmp/access-200mb.log`

use std::io::{BufWriter, Write};

use guardline_benches::{Rng, squid_line};

fn main() -> std::io::Result<()> {
    let mb: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let target = mb * 1_000_000;
    let mut out = BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    let mut rng = Rng::new(42);
    let (mut written, mut i) = (0u64, 0u64);
    while written < target {
        let line = squid_line(&mut rng, 1_795_321_686.0 + i as f64 * 0.0004);
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
        written += line.len() as u64 + 1;
        i += 1;
    }
    out.flush()
}
