#!/usr/bin/env bash
# Benchmarks (issue 5), one command: builds the release preset with the bench targets, measures
# every figure against its baseline from the same run, prints a Markdown table and appends it, with
# the date, machine, CPU and Qt version, to bench/RESULTS.md.
#   scripts/bench.sh
#   SNAPSHOTDESK_BENCH_RUNS=21 scripts/bench.sh   startup runs per case (default 11, median)
#   SNAPSHOTDESK_BENCH_JOBS=4 scripts/bench.sh    build parallelism (default 2)
# Startup is measured under the offscreen platform and under Xvfb (xvfb-run). Nothing here is a
# test: a missed target prints MISS but the script still succeeds; build or run errors fail it.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${SNAPSHOTDESK_BENCH_RUNS:-11}
jobs=${SNAPSHOTDESK_BENCH_JOBS:-2}
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs" --target snapshotdesk-bench

bench=build/release/bench/snapshotdesk-bench
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# The app asks the keychain for a token at start. As on a desktop, a Secret Service runs on the
# session bus (a private bus and a throw-away unlocked keyring, never the user's), and the bench
# stores a token in it for its "token stored" case; without gnome-keyring the bus is empty and
# that case is skipped.
in_bus() {
  if command -v dbus-run-session >/dev/null; then
    dbus-run-session -- bash -c '
      export XDG_DATA_HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
      chmod 700 "$XDG_RUNTIME_DIR"
      if command -v gnome-keyring-daemon >/dev/null; then
        eval "$(echo | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)" || true
      fi
      "$@"' bash "$@"
  else
    "$@"
  fi
}

if [[ $(cut -d' ' -f1 /proc/loadavg | cut -d. -f1) -ge $(nproc) ]]; then
  echo "note: load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; ratios hold up better than absolute figures" >&2
fi

echo "== startup, offscreen ($runs runs per case)"
QT_QPA_PLATFORM=offscreen in_bus "$bench" startup "$runs" offscreen | tee "$out/1.txt"
if command -v xvfb-run >/dev/null; then
  echo "== startup, Xvfb ($runs runs per case)"
  xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
    bash -c "$(declare -f in_bus); in_bus \"\$@\"" bash "$bench" startup "$runs" Xvfb | tee "$out/2.txt"
else
  echo "xvfb-run not found: Xvfb figures skipped" >&2
fi
echo "== history, requests, responsiveness, first click on a lazily built tab (offscreen)"
QT_LOGGING_RULES="snapshotdesk.*.info=false" QT_QPA_PLATFORM=offscreen "$bench" inprocess | tee "$out/3.txt"

table=$({
  echo "| Figure | Measured | Baseline | Ratio | Target | Result |"
  echo "|---|---|---|---|---|---|"
  cat "$out"/*.txt | awk -F'\t' '$1 == "ROW" { printf "| %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7 }'
})

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
qt=$("$bench" qt-version)
{
  echo
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- Machine: \`$(uname -a)\`"
  echo "- CPU: ${cpu:-unknown} ($(nproc) cores available); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- Qt $qt, release preset; startup medians of $runs runs per case"
  echo
  echo "$table"
} >>bench/RESULTS.md

echo
echo "$table"
echo
echo "appended to bench/RESULTS.md"
