#!/usr/bin/env bash
# Throughput and peak memory of `attribute run` on the real-news corpora in
# ../shared/corpus/ (or the folder given as $1): documents/s, MB/s and peak RSS per
# file, for --jobs 1 and --jobs 2, as a Markdown table. Languages without a lexicon
# are still read and accounted for (as error records), so their rows measure input
# handling only; the "errors" column says so.
#
#   Benchmarks/corpus-throughput.sh [CORPUS_DIR] [JOBS...]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus}
shift || true
if [ $# -gt 0 ]; then jobs=("$@"); else jobs=(1 2); fi

scripts/system-packages.sh
swift build -c release --product attribute >&2
binary=.build/release/attribute
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }

echo "| corpus | jobs | documents | statements | errors | seconds | documents/s | MB/s | peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|"
for file in "$corpus"/*.jsonl; do
  bytes=$(stat -c %s "$file")
  for j in "${jobs[@]}"; do
    log=$(mktemp)
    /usr/bin/time -f "%e %M" -o "$log.time" "$binary" run "$file" --jobs "$j" > /dev/null 2> "$log"
    read -r seconds rss_kb < "$log.time"
    summary=$(grep '^attribute:' "$log")
    documents=$(sed -E 's/^attribute: ([0-9]+) documents.*/\1/' <<<"$summary")
    errors=$(sed -E 's/.*processed, ([0-9]+) errors.*/\1/' <<<"$summary")
    statements=$(sed -E 's/.*errors\), ([0-9]+) statements.*/\1/' <<<"$summary")
    awk -v f="$(basename "$file")" -v j="$j" -v d="$documents" -v s="$statements" -v e="$errors" \
        -v t="$seconds" -v b="$bytes" -v r="$rss_kb" \
        'BEGIN { printf "| %s | %d | %d | %d | %d | %.2f | %.0f | %.2f | %.0f |\n", f, j, d, s, e, t, d / t, b / 1e6 / t, r / 1024 }'
    rm -f "$log" "$log.time"
  done
done
