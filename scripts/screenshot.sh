#!/usr/bin/env bash
# Takes a real screenshot of the window in demo mode under Xvfb, for the README and AppStream.
#   scripts/screenshot.sh [output.png] [language]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshot.png}
lang=${2:-}
mkdir -p "$(dirname "$out")"
bin=${SNAPSHOTDESK_BIN:-build/release/main/snapshot-desk}
if [[ ! -x $bin ]]; then
  cmake --preset release >/dev/null && cmake --build --preset release
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
settings="$tmp/settings.ini"
if [[ -n $lang ]]; then printf '[ui]\nlanguage=%s\n' "$lang" >"$settings"; fi
xvfb-run -a -s "-screen 0 1100x860x24" bash -c '
  "$3" --demo --settings-file "$1" &
  pid=$!
  sleep 4
  import -window root "$2"
  kill $pid
' bash "$settings" "$tmp/shot.png" "$bin"
convert "$tmp/shot.png" -trim +repage "$out"
echo "screenshot: $out"
