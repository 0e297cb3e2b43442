#!/usr/bin/env bash
# Runs every QTest function of every test executable by itself, in a fresh process, so that no
# test passes only because an earlier one in the same run set something up (a static, a file, a
# server, a logged message).
#   scripts/each-test-alone.sh [BUILD_DIR]            every function (build/release by default)
#   SNAPSHOTDESK_ALONE_SAMPLE=N scripts/each-test-alone.sh   every Nth function, starting at an
#                                                     offset chosen by the day, so CI covers all in N days
# Expects to run inside a D-Bus session with an unlocked keyring (scripts/test.sh provides one)
# and with the environment ctest gives the tests (read back from CTestTestfile.cmake by ctest -N).
set -euo pipefail
build=${1:-build/release}
sample=${SNAPSHOTDESK_ALONE_SAMPLE:-1}
offset=$(( 10#$(date +%j) % sample ))
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=Europe/Berlin
export no_proxy=127.0.0.1,localhost NO_PROXY=127.0.0.1,localhost

# The QTest executables ctest knows (the cli-- entries run the app, not QTest functions).
mapfile -t tests < <(cd "$build" && ctest -N | sed -n 's/^ *Test *#[0-9]*: \(test_[a-z_0-9]*\)$/\1/p')
list=$(mktemp)
trap 'rm -f "$list"' EXIT
for name in "${tests[@]}"; do
  exe=$(find "$build/tests" -type f -name "$name" -perm -u+x | head -n 1)
  [[ -n $exe ]] || { echo "no executable for $name" >&2; exit 1; }
  # -functions prints "name()" per test function, data rows not included.
  "$exe" -functions | sed -n 's/^\([A-Za-z_0-9]*\)()$/\1/p' | while read -r fn; do
    printf '%s %s\n' "$exe" "$fn"
  done
done >"$list"

total=$(wc -l <"$list")
selected=$(awk -v n="$sample" -v o="$offset" '(NR - 1) % n == o' "$list")
count=$(printf '%s\n' "$selected" | grep -c . || true)
echo "== each test function alone: $count of $total functions (every $sample, offset $offset)"
failed=$(mktemp)
start=$SECONDS
# Each in its own process and its own settings folders, two at a time.
printf '%s\n' "$selected" | xargs -P 2 -L 1 bash -c '
  exe=$1 fn=$2
  home=$(mktemp -d)
  if ! XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data QT_LOGGING_RULES="snapshotdesk.*.debug=false" \
       timeout 300 "$exe" "$fn" >"$home/out" 2>&1; then
    echo "FAILED alone: $(basename "$exe") $fn"
    tail -n 20 "$home/out"
    echo "$exe $fn" >>'"$failed"'
  elif grep -q "^SKIP " "$home/out"; then
    # A skip is not a pass: the only skips allowed are for another platform.
    echo "SKIPPED alone: $(basename "$exe") $fn"
    grep "^SKIP " "$home/out"
    echo "$exe $fn" >>'"$failed"'
  fi
  rm -rf "$home"
' bash
bad=$(grep -c . "$failed" || true)
rm -f "$failed"
echo "== each test function alone: $((count - bad)) passed, $bad failed in $((SECONDS - start)) s"
[[ $bad -eq 0 ]]
