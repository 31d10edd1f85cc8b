#!/usr/bin/env bash
# Detection throughput of `guardline detect --format squid` with the full built-in pack over a
# realistic 200 MB Squid log on one core, beside `ugrep -F -i -f <the pack's literal phrases>`
# over the same file in the same run; and the pack's Hyperscan compile time, cold and cached.
#
#   bash benches/compare_detect.sh [MB]      (needs: cargo build --release; apt-get install ugrep)
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-200}
BIN=target/release/guardline
GEN=target/release/gen_squid_log
WORK=${TMPDIR:-/tmp}/guardline-bench
mkdir -p "$WORK"
[ -x "$BIN" ] && [ -x "$GEN" ] || cargo build --release --bin guardline -p guardline -p guardline-benches --bin gen_squid_log
command -v ugrep >/dev/null || { echo "ugrep is needed: apt-get install ugrep" >&2; exit 1; }

LOG="$WORK/access-${MB}mb.log"
[ -s "$LOG" ] || "$GEN" "$MB" > "$LOG"
LINES=$(wc -l < "$LOG")
BYTES=$(stat -c %s "$LOG")

# Every literal phrase of the pack (weights included), as written in the rule files.
python3 - "$WORK/phrases.txt" <<'PY'
import sys, tomllib, pathlib
out = set()
for f in pathlib.Path("detect/rules").rglob("*.toml"):
    d = tomllib.loads(f.read_text())
    for r in d.get("rule", []):
        out.update(r.get("phrases", []))
        out.update(r.get("weights", {}).keys())
pathlib.Path(sys.argv[1]).write_text("\n".join(sorted(out)) + "\n")
PY
PHRASES=$(wc -l < "$WORK/phrases.txt")

# Warm the page cache so both tools read from memory.
cat "$LOG" > /dev/null

# Output goes through a pipe and is drained: both grep and ugrep stop at the first match when
# they see their stdout is /dev/null, which would time nothing.
secs() { python3 -c 'import sys,time,subprocess; t=time.perf_counter(); p=subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL); [None for _ in iter(lambda: p.stdout.read(1<<20), b"")]; p.wait(); print(f"{time.perf_counter()-t:.3f}")' "$@"; }

rm -rf "$WORK/cache"
COLD=$(GUARDLINE_LOG=info "$BIN" detect --format squid --cache-dir "$WORK/cache" /dev/null 2>&1 | grep -o 'ms=[0-9]*' | head -1 || true)
WARM=$(GUARDLINE_LOG=info "$BIN" detect --format squid --cache-dir "$WORK/cache" /dev/null 2>&1 | grep -o 'ms=[0-9]*' | head -1 || true)

G=$(secs taskset -c 0 "$BIN" detect --format squid --cache-dir "$WORK/cache" "$LOG")
U=$(secs taskset -c 0 ugrep -c -F -i -f "$WORK/phrases.txt" "$LOG")
DETECTIONS=$("$BIN" detect --format squid --cache-dir "$WORK/cache" "$LOG" 2>/dev/null | wc -l)

python3 - "$LINES" "$BYTES" "$G" "$U" "$PHRASES" "$DETECTIONS" "$COLD" "$WARM" <<'PY'
import sys
lines, size, g, u, phrases, det, cold, warm = sys.argv[1:]
lines, size, g, u = int(lines), int(size), float(g), float(u)
print(f"input: {lines} lines, {size/1e6:.0f} MB; {phrases} literal phrases; {det} detections")
print(f"guardline detect: {g:.2f} s  {lines/g/1e6:.2f} M lines/s  {size/g/1e6:.0f} MB/s")
print(f"ugrep -F -i -f:   {u:.2f} s  {lines/u/1e6:.2f} M lines/s  {size/u/1e6:.0f} MB/s")
print(f"ratio guardline/ugrep throughput: {u/g:.2f}")
print(f"hyperscan databases: cold compile {cold.split('=')[-1]} ms, from cache {warm.split('=')[-1]} ms")
PY
