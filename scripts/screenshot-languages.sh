#!/usr/bin/env bash
# One screenshot of the window per shipped language, under Xvfb, so a person can check that no
# label is clipped or left in English.   scripts/screenshot-languages.sh [output-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/screenshots}
mkdir -p "$out"
for lang in en de fr es ja zh_CN; do
  bash scripts/screenshot.sh "$out/snapshot-desk-$lang.png" "$lang"
done
echo "screenshots in $out"
