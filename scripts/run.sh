#!/usr/bin/env bash
# The README's run command: installs what is missing, builds an optimised Snapshot Desk and starts
# it. Without a configured account the window offers the demo (a simulated API on 127.0.0.1);
# arguments are passed on, e.g. `scripts/run.sh --demo` or `scripts/run.sh --api-version v6`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)"
exec build/release/main/snapshot-desk "$@"
