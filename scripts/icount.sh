#!/usr/bin/env bash
# Instruction counts per pipeline stage, under valgrind's callgrind: unlike
# seconds, they do not change with the load of a shared machine, so two
# versions of the code can be compared on a busy 2-core box. Each stage is
# run over the files with 1 and with 5 passes; the difference over 4 passes
# is the stage's cost, printed as instructions per input byte, with the
# ratio to the decode+normalize pass.
#
#   scripts/icount.sh                      # the repository's testdata articles
#   scripts/icount.sh a.txt b.txt          # other files
#   STAGES="extract tokenize" scripts/icount.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "icount: valgrind is not installed" >&2; exit 1; }
bin=$(mktemp)
trap 'rm -f "$bin" "$bin".cg.*' EXIT
go build -o "$bin" ./scripts/icount
if [ $# -eq 0 ]; then
  set -- testdata/*.txt entities/*/testdata/*.txt
fi
bytes=$(cat "$@" | wc -c)
stages=${STAGES:-"normalize sha256 tokenize segment places docs timex people events tasks extract"}
# Go under valgrind: no async preemption signals, no RDTSCP (valgrind 3.19
# lacks it), one P (with two, spinning threads made counts jump by 10x now
# and then); repeated runs still differ by a few percent (collector timing)
export GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off GOMAXPROCS=1
count() { # stage passes -> instructions
  valgrind --tool=callgrind --callgrind-out-file="$bin.cg.$1.$2" "$bin" -stage "$1" -passes "$2" "${@:3}" >/dev/null 2>"$bin.log" ||
    { cat "$bin.log" >&2; exit 1; }
  sed -n 's/^==[0-9]*== Collected : \([0-9]*\).*/\1/p' "$bin.log"
}
echo "files: $# ($bytes bytes); $(go version | cut -d' ' -f3); valgrind $(valgrind --version | sed 's/valgrind-//')"
printf '| %-10s | %12s | %11s |\n' stage "instr/byte" "x normalize"
printf '|%s|%s|%s|\n' ------------ -------------- -------------
ref=""
for st in $stages; do
  a=$(count "$st" 1 "$@")
  b=$(count "$st" 5 "$@")
  per=$(awk -v a="$a" -v b="$b" -v n="$bytes" 'BEGIN{printf "%.1f", (b-a)/4/n}')
  [ "$st" = normalize ] && ref=$per
  x="-"
  [ -n "$ref" ] && [ "$st" != normalize ] && x=$(awk -v p="$per" -v r="$ref" 'BEGIN{printf "%.2f", p/r}')
  printf '| %-10s | %12s | %11s |\n' "$st" "$per" "$x"
done
