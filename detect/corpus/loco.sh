#!/usr/bin/env bash
# Leave-one-writer-out estimate of rules + text model on text the model never trained on.
#
# For each corpus whose lines nobody tuned rules on (heldout..heldout16, round5, round6), train a
# model on every other training corpus, then score rules + that model on the left-out one.
# This is how model settings are chosen without spending a fresh held-out set: the rules never
# saw these writers and the model being scored never saw them either.
#
# Usage: bash detect/corpus/loco.sh [extra `model train` options...]
# Prints one eval line per left-out corpus and the pooled precision and recall.
set -euo pipefail
cd "$(dirname "$0")/../.."
G=${GUARDLINE:-target/release/guardline}
C=detect/corpus
# Every training corpus, exactly the TRAINING list of detect/tests/corpus.rs (as retrain.sh).
mapfile -t ALL < <(sed -n '/^const TRAINING/,/^];/p' detect/tests/corpus.rs \
  | grep -o '"[^"]*\.jsonl"' | tr -d '"' | sed 's#^#detect/#; s#^detect/\.\./#./#')
for extra in ${LOCO_EXTRA:-}; do ALL+=("$extra"); done
OUT=${LOCO_OUT:-$(mktemp -d)}
tp=0; fp=0; fn=0
for left in ${LOCO_LEFT:-$C/heldout.jsonl $C/heldout5.jsonl $C/heldout6.jsonl $C/heldout7.jsonl $C/heldout8.jsonl $C/round5.jsonl $C/round6.jsonl $C/heldout9.jsonl $C/heldout10.jsonl $C/heldout11.jsonl $C/heldout12.jsonl $C/heldout13.jsonl $C/heldout14.jsonl $C/heldout15.jsonl $C/heldout16.jsonl}; do
  args=()
  for c in "${ALL[@]}"; do [ "$c" = "$left" ] || args+=(--corpus "$c"); done
  "$G" model train "${args[@]}" --out "$OUT/m.json" "$@" 2>/dev/null
  "$G" eval --corpus "$left" --model "$OUT/m.json" -v > "$OUT/eval.txt" 2>&1 || true
  line=$(tail -1 "$OUT/eval.txt")
  echo "$(basename "$left") $line"
  # -v prints one line per miss: FN / FP lines; count true positives from recall.
  t=$(python3 - "$left" "$OUT/eval.txt" <<'PY'
import json, sys, re
items = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
pos = sum(len(i.get("expect", [])) for i in items)
last = open(sys.argv[2]).read().strip().splitlines()[-1]
kv = dict(x.split("=") for x in last.split())
r, p = float(kv["recall"]), float(kv["precision"])
tp = round(r * pos); fp = round(tp / p - tp) if p > 0 else 0
print(tp, fp, pos - tp)
PY
)
  read a b c <<<"$t"; tp=$((tp+a)); fp=$((fp+b)); fn=$((fn+c))
done
python3 -c "tp,fp,fn=$tp,$fp,$fn; print(f'pooled precision={tp/(tp+fp):.3f} recall={tp/(tp+fn):.3f} tp={tp} fp={fp} fn={fn}')"
