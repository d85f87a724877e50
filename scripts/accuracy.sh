#!/usr/bin/env bash
# Reproducible accuracy report: extracts the seed and dev articles and the
# project's keyed sets (eval/sets, see its README) and scores them against
# their answer keys with `vnpol eval` (the same figures as
# ../shared/eval/score), then writes ACCURACY.md at the top of the repo.
# The sets' texts from the shared bulk corpus are not in the repository:
# they are copied from SHARED_DIR/corpus/bulk into tmp/evalsets, MD5 checked.
#
#   scripts/accuracy.sh [SHARED_DIR]     (default: ../shared beside the repo)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
corpus="$shared/corpus"
[ -d "$corpus/dev" ] || { echo "no corpus at $corpus (pass the shared folder)" >&2; exit 2; }
bin=$(mktemp -d)/vnpol
go build -o "$bin" ./cmd/vnpol

md5() { if command -v md5sum >/dev/null; then md5sum <"$1" | cut -d' ' -f1; else md5 -q "$1"; fi; }
# eval/sets/X -> tmp/evalsets/X: keys, and texts from beside them or from the bulk corpus
work=tmp/evalsets
rm -rf "$work"
sets=()
for dir in eval/sets/*/; do
  set=$(basename "$dir")
  sets+=("$set")
  mkdir -p "$work/$set"
  cp "$dir"*.gold.json "$work/$set/"
  while IFS=$'\t' read -r file source sum _; do
    [ "$file" = file ] && continue
    case "$source" in
      "bulk "*) from="$corpus/bulk/${source#bulk }" ;;
      *) from="$dir$file" ;;
    esac
    [ -f "$from" ] || { echo "accuracy: set $set: no text $from" >&2; exit 1; }
    cp "$from" "$work/$set/$file"
    [ "$(md5 "$work/$set/$file")" = "$sum" ] || { echo "accuracy: set $set: $from is not the text keyed (MD5 differs)" >&2; exit 1; }
  done <"$dir/SOURCES.tsv"
done
# eval/agreement: the first keys of the articles a second annotator keyed, with their texts
agree="$work/agreement"
mkdir -p "$agree"
while IFS=$'\t' read -r set file sum; do
  [ "$set" = set ] && continue
  case "$set" in
    dev) from="$corpus/dev" ;;
    *) from="$work/$set" ;;
  esac
  cp "$from/$file" "$from/${file%.txt}.gold.json" "$agree/"
  [ "$(md5 "$agree/$file")" = "$sum" ] || { echo "accuracy: agreement: $from/$file is not the text keyed (MD5 differs)" >&2; exit 1; }
done <eval/agreement/SOURCES.tsv
fields="officials titles documents provinces meeting_kind meeting_date meeting_location tasks"
# setrow SET FIRST: one table row of F1 by field ('-' where the set keys none and none was found)
setrow() {
  "$bin" eval --gold "$work/$1" "$work/$1" | awk -v set="$1" -v first="$2" -v fields="$fields" '
    /^overall F1/ { all = $3; split($0, a, /, /); n = a[2]; sub(/ articles.*/, "", n) }
    NF == 7 && $1 != "field" { f1[$1] = ($2 + $3 + $4 == 0) ? "-" : $7 }
    END {
      printf "| %s | %s | %s |", set, n, first
      k = split(fields, fs, " ")
      for (i = 1; i <= k; i++) printf " %s |", f1[fs[i]]
      printf " **%s** |\n", all
    }'
}
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
  echo "## The project's keyed sets"
  echo
  echo "The sets of \`eval/sets\` (its README says how they were made): each was keyed"
  echo "blind and scored once (*first sight*, the figure for unseen text), then tuned"
  echo "on, so its current score overstates quality as dev's does. F1 by field; \`-\`:"
  echo "the set keys none and none was found."
  echo
  echo "| set | articles | first sight | officials | titles | documents | provinces | meeting kind | meeting date | meeting location | tasks | now |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
  for set in "${sets[@]}"; do
    setrow "$set" "$(awk -F'\t' -v s="$set" '$1 == s { print $7 }' eval/sets/SETS.tsv)"
  done
  echo
  echo "### Two annotators"
  echo
  echo "A second annotator keyed ten of these articles again, blind to their first"
  echo "keys (\`eval/agreement\`: six dev articles keyed by the project's owner, four"
  echo "of set Q): the second keys scored as predictions against the first, the"
  echo "agreement a careful reader reaches on the same fields."
  echo
  echo '```'
  "$bin" eval --gold "$agree" --pred eval/agreement/second.jsonl
  echo '```'
  echo
  echo "### All sets together"
  echo
  echo '```'
  gold=""
  for set in "${sets[@]}"; do gold="$gold --gold $work/$set"; done
  # shellcheck disable=SC2086
  "$bin" eval $gold "$work"
  echo '```'
} > ACCURACY.md
cat ACCURACY.md
