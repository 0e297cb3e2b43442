#!/usr/bin/env bash
# snapshot-desk-cli against a reference nobody here wrote: Prism (Stoplight's mock server) serving
# the official ThousandEyes v7 OpenAPI spec in strict mode (--errors: a request that breaks the spec
# is refused and logged). `sources`, `create` and `snapshots` must succeed with not one violation in
# Prism's log, and `create` must print the snapshot ID the spec gives as its example.
#
#   scripts/prism-test.sh [BUILD_DIR]      (default build/release; snapshot-desk-cli must be built)
#
# The spec is the public 7.0.85 file, kept in tests/data so that a clean clone has it. Prism is
# installed with npm (major version 5, pinned) into a cache folder the first time this runs
# (SNAPSHOTDESK_PRISM_CACHE, default ~/.cache/snapshotdesk/prism): the one download the tests make.
# Exit codes: 0 passed, 1 failed, 2 not built or no npm, 3 Prism could not be installed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/release}
cli=$build/main/snapshot-desk-cli
spec=$root/tests/data/thousandeyes-v7-openapi.yaml
cache=${SNAPSHOTDESK_PRISM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/snapshotdesk/prism}

[[ -x $cli ]] || { echo "prism-test: $cli is not built" >&2; exit 2; }
command -v npm >/dev/null || { echo "prism-test: npm is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }
prism=$cache/node_modules/.bin/prism
if [[ ! -x $prism ]]; then
  echo "== prism-test: installing @stoplight/prism-cli@5 into $cache"
  mkdir -p "$cache"
  if ! npm install --prefix "$cache" --no-audit --no-fund --loglevel=error @stoplight/prism-cli@5; then
    # Exit 3, apart from a failed test: nothing was tested. The usual cause is a network that
    # intercepts TLS with its own certificate authority, which npm must be told about.
    echo "prism-test: npm could not install Prism from $(npm config get registry); if npm says" \
      "SELF_SIGNED_CERT_IN_CHAIN, give it your network's CA (npm config set cafile FILE," \
      "or NODE_EXTRA_CA_CERTS=FILE), or install it yourself into $cache" >&2
    exit 3
  fi
fi

# The ID the spec's example gives a created snapshot: what Prism answers a create with.
expected=$(awk '/^    Dashboards_API_DashboardSnapshotId:/ {found=1} found && /example:/ {print $2; exit}' "$spec")
[[ -n $expected ]] || { echo "prism-test: no example snapshot ID in $spec" >&2; exit 1; }

work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
: >"$work/prism.log" # there before tail reads it
"$prism" mock --errors -h 127.0.0.1 -p "$port" "$spec" >"$work/prism.log" 2>&1 &
prism_pid=$!
cleanup() {
  kill "$prism_pid" 2>/dev/null || true
  wait "$prism_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# Waits for Prism's own word that it listens (reading its log as it grows), two minutes at most.
if ! grep -m1 -q "Prism is listening" <(timeout 120 tail -n +1 -f "$work/prism.log"); then
  cat "$work/prism.log" >&2
  echo "prism-test: Prism did not start" >&2
  exit 1
fi

# As a script would run it: the environment's address and token, a settings file of its own.
run() {
  env -u DISPLAY -u WAYLAND_DISPLAY TE_API_URL="http://127.0.0.1:$port" TE_API_VERSION=v7 \
    TE_TOKEN=prism-test-token "$cli" --settings-file "$work/settings.ini" "$@"
}
failed=0
dashboard=$(run sources --json | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])') || failed=1
echo "prism-test: first dashboard of the spec's example: ${dashboard:-none}"
id=$(run create --source "$dashboard" --range yesterday) || failed=1
echo "prism-test: create printed: ${id:-nothing}"
if [[ $id != "$expected" ]]; then
  echo "prism-test: FAIL create printed '$id', the spec's example snapshot ID is '$expected'" >&2
  failed=1
fi
listed=$(run snapshots --json) || failed=1
if ! python3 -c 'import json, sys; ids = [s["snapshotId"] for s in json.loads(sys.argv[1])]; sys.exit(0 if sys.argv[2] in ids else 1)' \
  "$listed" "$expected"; then
  echo "prism-test: FAIL snapshots does not list $expected: $listed" >&2
  failed=1
fi
# Every request checked against the spec: Prism marks a violation (or any error) with ✖.
violations=$(grep -c '✖' "$work/prism.log" || true)
requests=$(grep -c 'Request received' "$work/prism.log" || true)
echo "prism-test: $requests requests, $violations violations"
if [[ $violations -ne 0 || $requests -lt 5 ]]; then
  grep -B2 -A6 '✖' "$work/prism.log" >&2 || true
  failed=1
fi
if ((failed)); then
  echo "prism-test: FAILED" >&2
  exit 1
fi
echo "prism-test: passed (0 violations, example snapshot ID $expected printed)"
