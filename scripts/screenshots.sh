#!/usr/bin/env bash
# The screenshots in docs/screenshots/: the main window (empty, with a validation message, after
# a create, during a 429), Settings and the batch dialog, at 800×600 in English, German and
# Japanese. They are written by test_clipping while it checks that no text is cut off
# (offscreen, QWidget::grab(), the built-in demo API), so each picture shows a checked state.
#   scripts/screenshots.sh [output-dir] [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
build=${2:-build/release}
cmake --build "$build" --target test_clipping >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
SNAPSHOTDESK_SCREENSHOTS=$tmp QT_QPA_PLATFORM=offscreen TZ=Europe/Berlin LC_ALL=C.UTF-8 \
  XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data "$build/tests/ui/test_clipping" >/dev/null
mkdir -p "$out"
for lang in en de ja; do
  for state in empty name-missing created rate-limited settings batch-results; do
    cp "$tmp/$lang-$state.png" "$out/$lang-$state.png"
  done
done
echo "screenshots in $out"
