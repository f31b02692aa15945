#!/usr/bin/env bash
# Checks that two builds give the same results: every shipped scenario (a few replications), the
# built-in default, every shipped sweep, and a sharded sweep merged. Only what differs by clock or
# build is left out of the comparison: manifest.json, runs.csv's seconds column of sweeps, the
# report files that name the program version, and a run's SVG charts (written only with run --svg).
#   dev/same-results.sh OLD.jar NEW.jar      (e.g. a jar built from main before a change)
#   dev/same-results.sh --write JAR DIR      (only writes the results of JAR into DIR)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
write() { # JAR DIR
  local jar=$1 out=$2
  local java=(java -XX:+UseSerialGC -Djava.awt.headless=true -jar "$jar")
  mkdir -p "$out"
  cd "$here"
  for s in scenarios/*.yaml; do
    "${java[@]}" run "$s" --replications 3 --threads 2 --out "$out/run-$(basename "$s" .yaml)" >/dev/null 2>&1
  done
  "${java[@]}" run --replications 3 --out "$out/run-default" >/dev/null 2>&1
  for s in scenarios/sweeps/*.yaml; do
    "${java[@]}" sweep "$s" --threads 2 --out "$out/sweep-$(basename "$s" .yaml)" >/dev/null 2>&1
  done
  grid=scenarios/sweeps/appeal-by-lurkers-grid.yaml
  "${java[@]}" sweep "$grid" --shard 1/2 --out "$out/shard-1" >/dev/null 2>&1
  "${java[@]}" sweep "$grid" --shard 2/2 --out "$out/shard-2" >/dev/null 2>&1
  "${java[@]}" merge "$out/shard-1" "$out/shard-2" --out "$out/merged" >/dev/null 2>&1
  # clock and build: manifests, and the seconds each sweep run took (its last column)
  find "$out" \( -name manifest.json -o -name "report.*" \) -delete
  # a run writes SVG charts only with --svg (builds before it always did)
  find "$out" -path "*/run-*" -name "*.svg" -delete
  for f in "$out"/sweep-*/runs.csv "$out"/shard-*/runs.csv "$out"/merged/runs.csv; do
    sed -i 's/,[^,]*$//' "$f"
  done
}
if [ "${1:-}" = --write ]; then write "$2" "$3"; exit 0; fi
[ $# -eq 2 ] || { echo "usage: dev/same-results.sh OLD.jar NEW.jar" >&2; exit 2; }
work=$(mktemp -d)
write "$(realpath "$1")" "$work/old"
write "$(realpath "$2")" "$work/new"
if diff -r -q "$work/old" "$work/new"; then
  echo "same results: $(find "$work/old" -type f | wc -l) files identical"
  rm -rf "$work"
else
  echo "results differ (kept in $work)" >&2
  exit 1
fi
