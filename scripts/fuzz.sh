#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan + UBSan, core only) and runs each for
# a bounded time on a copy of its seed corpus (tests/fuzz/corpus/<target>/; the repository is not
# changed). Fails on any crash, leak, timeout, out-of-memory or sanitizer report.
#   scripts/fuzz.sh [seconds per target]     default 20, or SNAPSHOTDESK_FUZZ_SECONDS
# A failing input is kept under build/fuzz/artifacts/; add it to the target's corpus once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-${SNAPSHOTDESK_FUZZ_SECONDS:-20}}
jobs=$(nproc 2>/dev/null || echo 2)
echo "== fuzz: configure and build"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs"

bin_dir=build/fuzz/tests/fuzz
artifacts=build/fuzz/artifacts
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_LOGGING_RULES="*.debug=false;*.info=false"

failed=()
summary=()
shopt -s nullglob
targets=("$bin_dir"/fuzz_*)
if [[ ${#targets[@]} -eq 0 ]]; then
  echo "no fuzz targets in $bin_dir" >&2
  exit 1
fi
for bin in "${targets[@]}"; do
  [[ -x $bin && -f $bin ]] || continue
  target=${bin##*/fuzz_}
  seeds=tests/fuzz/corpus/$target
  if [[ ! -d $seeds ]]; then
    echo "fuzz_$target has no seed corpus in $seeds" >&2
    failed+=("$target (no corpus)")
    continue
  fi
  corpus=$work/corpus-$target
  mkdir -p "$corpus"
  cp -R "$seeds"/. "$corpus"/
  log=$work/$target.log
  echo "== fuzz: $target (${seconds} s)"
  status=0
  "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$target-" "$corpus" >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [[ $status -ne 0 ]] || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: UndefinedBehaviorSanitizer|fuzz invariant broken' "$log"; then
    echo "!! fuzz_$target failed (exit $status); the log ends:" >&2
    tail -n 60 "$log" >&2
    failed+=("$target")
    summary+=("$(printf '%-20s FAILED  %s execs' "$target" "${execs:-?}")")
  else
    summary+=("$(printf '%-20s ok      %s execs' "$target" "${execs:-?}")")
  fi
done

echo "== fuzz: summary (${seconds} s per target)"
printf '%s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzzing failed: ${failed[*]} (inputs in $artifacts)" >&2
  exit 1
fi
