#!/usr/bin/env bash
# Several running instances writing one history file at once, with the CPU loaded and one of them
# killed with SIGKILL in the middle of its burst: every entry a writer reported saved must be in the
# file afterwards. Each repetition runs in three modes, each an LD_PRELOAD shim from tests/support:
#   plain   this file system as it is
#   coarse  file times cut to whole seconds (coarse_timestamps.cpp), as on FAT/exFAT, SMB, NFS, HFS+
#   slow    a 20 ms stall between opening the file and reading it (slow_reads.cpp), as a thread
#           descheduled on a loaded machine: QSettings' unguarded read-then-stat loses entries in
#           nearly every such run, where plain runs lose some in one of about a hundred
#
#   scripts/history-stress.sh [REPETITIONS] [BUILD_DIR]     (defaults: 1, build/release)
#   SNAPSHOTDESK_STRESS_MODES="plain coarse"                 (default: all three)
#
# Per repetition and mode: history_writer adds 200 entries at once, history_burst adds 200 one per
# event-loop turn, and a second history_burst adds until it is killed with SIGKILL after a random
# number (20-180) of saved entries (it raises the signal itself, so that the kill lands early, while
# the others write, and usually in the middle of its next sync). Two busy loops keep both cores loaded (SNAPSHOTDESK_STRESS_LOAD=0: none).
# Prints one line per repetition and mode, then "lost N entries in R runs"; exits 1 if any was lost
# or a writer failed.
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-1}
build=${2:-build/release}
writer=$build/tests/history/history_writer
burst=$build/tests/durability/history_burst
coarse_shim=$(realpath "$build/tests/durability/libcoarse_timestamps.so")
slow_shim=$(realpath "$build/tests/durability/libslow_reads.so")
adds=200
for f in "$writer" "$burst" "$coarse_shim" "$slow_shim"; do
  [[ -e $f ]] || { echo "history-stress: $f is missing; build first (cmake --build --preset release)" >&2; exit 2; }
done

work=$(mktemp -d)
load_pids=()
cleanup() {
  for p in "${load_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
if [[ ${SNAPSHOTDESK_STRESS_LOAD:-1} == 1 ]]; then
  for _ in 1 2; do (while :; do :; done) & load_pids+=($!); done
fi

# The keys in the history group of an INI file, one per line, sorted.
keys_in() { sed -n 's/^\([0-9]\{15\}-[0-9a-f]\{12\}\)=.*/\1/p' "$1" | sort -u; }

lost_total=0
runs=0
failed=0
for ((rep = 1; rep <= reps; rep++)); do
  for mode in ${SNAPSHOTDESK_STRESS_MODES:-plain coarse slow}; do
    dir=$work/$rep-$mode
    mkdir -p "$dir"
    ini=$dir/history.ini
    case $mode in
      plain) preload="" ;;
      coarse) preload=$coarse_shim ;;
      slow) preload=$slow_shim ;;
      *) echo "history-stress: unknown mode $mode" >&2; exit 2 ;;
    esac
    kill_after=$((20 + RANDOM % 161))

    : >"$dir/a.keys" && : >"$dir/b.keys" && : >"$dir/c.keys"
    LD_PRELOAD=$preload "$writer" "$ini" $adds all-at-once >"$dir/a.keys" 2>"$dir/a.err" &
    a=$!
    LD_PRELOAD=$preload "$burst" "$ini" $adds one-by-one >"$dir/b.keys" 2>"$dir/b.err" &
    b=$!
    LD_PRELOAD=$preload "$burst" "$ini" 0 killed "$kill_after" >"$dir/c.keys" 2>"$dir/c.err" &
    c=$!
    c_status=0
    wait "$c" 2>/dev/null || c_status=$?
    status=ok
    wait "$a" || { status="history_writer exited $?: $(head -c 200 "$dir/a.err")"; }
    wait "$b" || { status="history_burst exited $?: $(head -c 200 "$dir/b.err")"; }
    ((c_status == 128 + 9)) || status="the killed writer exited $c_status, not by SIGKILL: $(head -c 200 "$dir/c.err")"

    # Only complete lines count: the killed writer may have been cut off mid-line.
    reported=$dir/reported
    cat "$dir/a.keys" "$dir/b.keys" | sort -u >"$reported"
    grep -E '^[0-9]{15}-[0-9a-f]{12}$' "$dir/c.keys" | sort -u >>"$reported" || true
    sort -u -o "$reported" "$reported"
    keys_in "$ini" >"$dir/present"
    lost=$(comm -23 "$reported" "$dir/present" | wc -l)
    a_saved=$(wc -l <"$dir/a.keys")
    b_saved=$(wc -l <"$dir/b.keys")
    c_saved=$(grep -cE '^[0-9]{15}-' "$dir/c.keys" || true)
    echo "run $rep $mode: reported saved $(wc -l <"$reported") (writer $a_saved, burst $b_saved," \
      "killed after $c_saved saved), in the file $(wc -l <"$dir/present"), lost $lost, $status"
    lost_total=$((lost_total + lost))
    runs=$((runs + 1))
    if ((lost > 0)) || [[ $status != ok ]] || ((a_saved != adds || b_saved != adds)); then
      failed=1
      keep=${TMPDIR:-/tmp}/history-stress-failed-$rep-$mode
      rm -rf "$keep" && cp -r "$dir" "$keep" && echo "  files kept in $keep"
    fi
    rm -rf "$dir"
  done
done
echo "history-stress: lost $lost_total entries in $runs runs"
exit $failed
