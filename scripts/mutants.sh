#!/usr/bin/env bash
# Seeded mutants: proves the tests would notice the bugs that hurt users most.
#   scripts/mutants.sh [--build-dir DIR] [--only PATTERN] [--rotate] [--skip-baseline]
# Each tests/mutants/NN-name.patch is one small deliberate bug in app/ or ui/. One at a time it is
# applied, the tests are built and run, and the patch is taken out again. A mutant is KILLED when a
# test fails, SURVIVED when every test passes (a gap in the suite: sharpen a test, never the
# mutant), and an ERROR when it does not apply or does not build (it proves nothing then).
#   --build-dir DIR   the release build to reuse (default build/release; configured if missing)
#   --only PATTERN    only the mutants whose file name matches this extended regex
#   --rotate          only a fixed third, chosen by the day of the year, so that CI stays short
#                     and still runs every mutant every three days
#   --skip-baseline   do not first run the mutants' tests on the unmutated tree (for scripts/test.sh,
#                     which has just run the whole suite on the same build)
# A patch header line "# tests: test_a|test_b" names the tests that kill it: only those targets
# are built and only those tests run, which keeps a run short. Without it, everything is built and
# the whole suite runs. Ends with "N killed, M survived"; exits 1 if any survived or errored.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build/release
only=
rotate=0
baseline=1
while (($#)); do
  case $1 in
    --build-dir) build_dir=${2:?--build-dir needs a directory}; shift 2 ;;
    --only) only=${2:?--only needs a pattern}; shift 2 ;;
    --rotate) rotate=1; shift ;;
    --skip-baseline) baseline=0; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "mutants.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen

mapfile -t all < <(find tests/mutants -name '*.patch' | sort)
selected=()
day=$((10#$(date +%j)))
for i in "${!all[@]}"; do
  name=$(basename "${all[$i]}" .patch)
  if [[ -n $only ]] && ! [[ $name =~ $only ]]; then continue; fi
  if ((rotate)) && ((i % 3 != day % 3)); then continue; fi
  selected+=("${all[$i]}")
done
if ((${#selected[@]} == 0)); then
  echo "mutants.sh: no mutant selected" >&2
  exit 2
fi

# The files a patch changes, and the tests it names.
touched() { sed -n 's|^+++ b/||p' "$1"; }
tests_of() { sed -n 's/^# tests:[[:space:]]*//p' "$1" | head -n 1 | tr -d '[:space:]'; }

# A mutant applied to an edited file would be reverted into (or mixed with) someone's work: the
# files every selected mutant touches must be exactly as committed, and every patch must apply.
for patch in "${selected[@]}"; do
  mapfile -t files < <(touched "$patch")
  if ! git diff --quiet HEAD -- "${files[@]}"; then
    echo "mutants.sh: $(basename "$patch") touches files with uncommitted changes: ${files[*]}" >&2
    exit 2
  fi
done

applied=
restore() {
  # Runs on every exit, Ctrl+C included: a mutant is never left in the tree.
  if [[ -n $applied ]]; then
    git apply -R "$applied" || echo "mutants.sh: could not revert $applied; revert it by hand" >&2
    applied=
  fi
}
trap restore EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

source "$(dirname "${BASH_SOURCE[0]}")/session.sh"

# ctest on the tests matching $1 (empty: all); prints the names of those that failed.
run_tests() {
  local regex=$1 log
  log=$(mktemp)
  local args=(--test-dir "$build_dir" -j "$jobs" --timeout 240 --no-tests=error)
  [[ -n $regex ]] && args+=(-R "^($regex)\$")
  if run_in_session ctest "${args[@]}" >"$log" 2>&1; then
    rm -f "$log"
    return 0
  fi
  # "The following tests FAILED:" then lines like "  12 - test_faults (Failed)"; none listed means
  # ctest itself failed (no such test), reported as such.
  local failed
  failed=$(sed -n '/tests FAILED:/,$s/^[[:space:]]*[0-9]* - \([^ ]*\) .*/\1/p' "$log" | sort -u | paste -sd ' ')
  echo "${failed:-ctest-error: $(tail -n 1 "$log")}"
  rm -f "$log"
  return 1
}

if [[ ! -f $build_dir/CMakeCache.txt ]]; then
  if [[ $build_dir == build/release ]]; then
    cmake --preset release >/dev/null
  else
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
fi
# Every test some selected mutant names (empty: one names none, so everything is built and run).
union=
for patch in "${selected[@]}"; do
  regex=$(tests_of "$patch")
  if [[ -z $regex ]]; then union=; break; fi
  union+="${union:+|}$regex"
done
union=$(tr '|' '\n' <<<"$union" | sed '/^$/d' | sort -u | paste -sd '|')
union_targets=(all)
[[ -n $union ]] && IFS='|' read -r -a union_targets <<<"$union"

# Only those tests are built: what else the build directory holds is never touched by a mutant.
echo "== mutants: build $build_dir (${union:-everything})"
if ! cmake --build "$build_dir" -j "$jobs" --target "${union_targets[@]}" >"$build_dir/mutants-build.log" 2>&1; then
  tail -n 30 "$build_dir/mutants-build.log" >&2
  echo "mutants.sh: the unmutated tree does not build" >&2
  exit 1
fi

if ((baseline)); then
  # A test that already fails would "kill" every mutant: the unmutated tree must pass first.
  echo "== mutants: baseline"
  if ! failed=$(run_tests "$union"); then
    echo "mutants.sh: the unmutated tree already fails: $failed" >&2
    exit 1
  fi
fi

killed=0
survived=0
errors=0
start_all=$SECONDS
echo "== mutants: ${#selected[@]} of ${#all[@]}$( ((rotate)) && echo " (rotation $((day % 3)) of 0-2, day $day)")"
for patch in "${selected[@]}"; do
  name=$(basename "$patch" .patch)
  regex=$(tests_of "$patch")
  started=$SECONDS
  if ! git apply "$patch"; then
    echo "ERROR     $name: does not apply"
    errors=$((errors + 1))
    continue
  fi
  applied=$patch
  targets=(all)
  [[ -n $regex ]] && IFS='|' read -r -a targets <<<"$regex"
  if ! cmake --build "$build_dir" -j "$jobs" --target "${targets[@]}" >"$build_dir/mutants-build.log" 2>&1; then
    echo "ERROR     $name: does not build (see $build_dir/mutants-build.log)"
    errors=$((errors + 1))
    restore
    continue
  fi
  if failed=$(run_tests "$regex"); then
    echo "SURVIVED  $name  ($((SECONDS - started)) s; ran ${regex:-all tests})"
    survived=$((survived + 1))
  else
    echo "KILLED    $name  ($((SECONDS - started)) s) by $failed"
    killed=$((killed + 1))
  fi
  restore
done

# The tests built last hold the last mutant: build them back from the committed tree, so that
# nothing in the build directory is a mutant once this ends.
echo "== mutants: rebuild the tests unmutated"
cmake --build "$build_dir" -j "$jobs" --target "${union_targets[@]}" >/dev/null
echo "== mutants: $((SECONDS - start_all)) s"
summary="$killed killed, $survived survived"
((errors)) && summary+=", $errors errors"
echo "$summary"
((survived == 0 && errors == 0))
