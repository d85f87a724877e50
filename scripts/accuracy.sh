#!/usr/bin/env bash
# Reproducible accuracy report: extracts the seed and dev articles and scores
# them against their answer keys with `vnpol eval` (the same figures as
# ../shared/eval/score), then writes ACCURACY.md at the top of the repo.
#
#   scripts/accuracy.sh [SHARED_DIR]     (default: ../shared beside the repo)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
corpus="$shared/corpus"
[ -d "$corpus/dev" ] || { echo "no corpus at $corpus (pass the shared folder)" >&2; exit 2; }
bin=$(mktemp -d)/vnpol
go build -o "$bin" ./cmd/vnpol
{
  echo "# Accuracy"
  echo
  echo "Made by \`scripts/accuracy.sh\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo "Scored with \`vnpol eval\` (the same matching rules and figures as the project's \`eval/score\`)."
  echo
  for set in "seed:$corpus/seed" "dev:$corpus/dev" "seed and dev:$corpus/seed $corpus/dev"; do
    name=${set%%:*}
    dirs=${set#*:}
    gold=""
    for d in $dirs; do gold="$gold --gold $d"; done
    echo "## $name"
    echo
    echo '```'
    # shellcheck disable=SC2086
    "$bin" eval $gold $dirs
    echo '```'
    echo
  done
} > ACCURACY.md
cat ACCURACY.md
