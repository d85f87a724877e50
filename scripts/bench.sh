#!/usr/bin/env bash
# Prints vnpol's benchmark table: every pipeline stage on the seed, on the
# testdata articles and on the 50 MB benchmark corpus, with MB/s (wall),
# cpu-MB/s (input bytes over the process's CPU time: the per-core figure),
# allocations per KiB and the ratio to the decode+normalize pass.
#
#   scripts/bench.sh            # builds tmp/benchcorpus.jsonl if missing
#   SKIP_CORPUS=1 scripts/bench.sh   # seed and testdata only
#   LINEAR=1 scripts/bench.sh   # also the 5 MB / 1 MB linearity pair
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${VNPOL_BENCH_CORPUS:-tmp/benchcorpus.jsonl}
export VNPOL_BENCH_CORPUS=$(realpath -m "$corpus")
out=$(mktemp)
trap 'rm -f "$out" "$out.ratio"' EXIT

echo "machine: $(go env GOOS)/$(go env GOARCH), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//'), $(go version | cut -d' ' -f3), load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
go test -run '^$' -bench 'Stages/(seed|small)/' -benchmem ./extract >>"$out"
if [ -z "${SKIP_CORPUS:-}" ]; then
  if [ ! -f "$VNPOL_BENCH_CORPUS" ]; then
    go run ./scripts/mkbenchcorpus -o "$VNPOL_BENCH_CORPUS"
  fi
  go test -run '^$' -bench 'Stages/corpus/' -benchtime 1x -benchmem -timeout 60m ./extract >>"$out"
  # the same ratio from 5 pairs of passes run back to back (normalize, then
  # extract): on a machine whose speed drifts, the figure to quote
  go test -run '^$' -bench 'Ratio/corpus' -benchtime 5x -timeout 60m ./extract >"$out.ratio"
fi
if [ -n "${LINEAR:-}" ]; then
  go test -run '^$' -bench 'Linear' -benchtime 2x -benchmem -timeout 30m ./extract >>"$out"
fi

# one row per benchmark: corpus, stage, MB/s, cpu-MB/s, allocs/KB, x-normalize
awk '
/^Benchmark/ {
  name=$1; sub(/^Benchmark(Stages\/)?/, "", name); sub(/-[0-9]+$/, "", name)
  n=split(name, p, "/"); corpus=(n>1)?p[1]:"-"; stage=(n>1)?p[2]:p[1]
  mbs="-"; cpu="-"; akb="-"; x="-"
  for (i=2; i<=NF; i++) {
    if ($i=="MB/s") mbs=$(i-1)
    if ($i=="cpu-MB/s") cpu=$(i-1)
    if ($i=="allocs/KB") akb=$(i-1)
    if ($i=="x-normalize") x=$(i-1)
  }
  rows[++r]=sprintf("| %-8s | %-10s | %9s | %9s | %9s | %11s |", corpus, stage, mbs, cpu, akb, x)
}
END {
  print "| corpus   | stage      |      MB/s |  cpu-MB/s | allocs/KB | x normalize |"
  print "|----------|------------|-----------|-----------|-----------|-------------|"
  for (i=1; i<=r; i++) print rows[i]
}' "$out"
if [ -s "$out.ratio" ]; then
  awk '/^BenchmarkRatio/ {
    for (i=2; i<=NF; i++) { if ($i=="x-normalize") x=$(i-1); if ($i=="x-min") lo=$(i-1); if ($i=="x-max") hi=$(i-1)
      if ($i=="extract-cpu-MB/s") e=$(i-1); if ($i=="normalize-cpu-MB/s") n=$(i-1) }
    printf "\nextract / normalize, 5 pairs of passes back to back (BenchmarkRatio): median %s (%s-%s); extract %s cpu-MB/s, normalize %s cpu-MB/s\n", x, lo, hi, e, n
  }' "$out.ratio"
fi
