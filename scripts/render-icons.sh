#!/usr/bin/env bash
# Renders every raster app icon from the one source, resources/icons/snapshot-desk.svg:
#   packaging/linux/icons/hicolor/<N>x<N>/apps/org.snapshotdesk.SnapshotDesk.png (+ scalable/ copy)
#   packaging/windows/snapshot-desk.ico   (16..256 px, the sizes Windows' shell asks for)
#   packaging/macos/snapshot-desk.icns    (32..1024 px PNG chunks)
# The outputs are committed, so building the app never needs these tools. Run it again after
# editing the SVG and commit the result. Needs rsvg-convert (librsvg2-bin), ImageMagick, python3.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
svg="$root/resources/icons/snapshot-desk.svg"
app_id="org.snapshotdesk.SnapshotDesk"
hicolor="$root/packaging/linux/icons/hicolor"

# ImageMagick 7 calls it `magick`, 6 (Debian 12, Ubuntu 24.04) `convert`.
if command -v magick >/dev/null; then im=(magick); else im=(convert); fi
for tool in rsvg-convert "${im[0]}" python3; do
  command -v "$tool" >/dev/null || { echo "render-icons: $tool not found" >&2; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 20 22 24 32 40 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$tmp/$size.png"
done

for size in 16 22 24 32 48 64 128 256 512; do
  dir="$hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  install -m 0644 "$tmp/$size.png" "$dir/$app_id.png"
done
mkdir -p "$hicolor/scalable/apps"
install -m 0644 "$svg" "$hicolor/scalable/apps/$app_id.svg"

# -strip keeps dates and other metadata out, so re-running on an unchanged SVG changes no byte.
"${im[@]}" "$tmp"/{16,20,24,32,40,48,64,256}.png -strip "$root/packaging/windows/snapshot-desk.ico"
chmod 0644 "$root/packaging/windows/snapshot-desk.ico"

python3 "$root/packaging/macos/make-icns.py" "$root/packaging/macos/snapshot-desk.icns" "$tmp"
chmod 0644 "$root/packaging/macos/snapshot-desk.icns"

echo "render-icons: wrote $(find "$hicolor" -type f | wc -l) hicolor icons, snapshot-desk.ico and snapshot-desk.icns"
