#!/usr/bin/env bash
# Retrain the shipped text model on exactly the corpora listed in `TRAINING` in
# detect/tests/corpus.rs (the test that checks the shipped file is what training writes), in
# that order, and write detect/model/text-model.json. Rebuild afterwards: the model is embedded.
#
# Usage: bash detect/model/retrain.sh [extra `guardline model train` options]
set -euo pipefail
cd "$(dirname "$0")/../.."
G=${GUARDLINE:-target/release/guardline}
mapfile -t CORPORA < <(sed -n '/^const TRAINING/,/^];/p' detect/tests/corpus.rs \
  | grep -o '"[^"]*\.jsonl"' | tr -d '"' | sed 's#^#detect/#')
[ "${#CORPORA[@]}" -gt 0 ] || { echo "no TRAINING list found in detect/tests/corpus.rs" >&2; exit 1; }
args=()
for c in "${CORPORA[@]}"; do args+=(--corpus "$c"); done
"$G" model train "${args[@]}" --out detect/model/text-model.json "$@"
