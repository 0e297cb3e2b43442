#!/usr/bin/env python3
"""Writes a macOS .icns file from square PNG renderings of the app icon.

An .icns file is the magic 'icns', the total length (big-endian uint32), then chunks of
4-byte type + big-endian uint32 length (header included) + data. Since OS X 10.7 the
ic07..ic14 types may hold plain PNG data, so no conversion step is needed. Used by
scripts/render-icons.sh; kept in Python so it runs on any developer machine without
Apple's iconutil.

usage: make-icns.py OUTPUT.icns PNG_DIR   (PNG_DIR holds <size>.png for 32..1024)
"""
import struct
import sys
from pathlib import Path

# (chunk type, pixel size): the standard and @2x Retina slots that take PNG data.
CHUNKS = [
    ("ic11", 32),    # 16x16@2x
    ("ic12", 64),    # 32x32@2x
    ("ic07", 128),   # 128x128
    ("ic13", 256),   # 128x128@2x
    ("ic08", 256),   # 256x256
    ("ic14", 512),   # 256x256@2x
    ("ic09", 512),   # 512x512
    ("ic10", 1024),  # 512x512@2x
]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != PNG_MAGIC or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    output, png_dir = Path(sys.argv[1]), Path(sys.argv[2])
    body = b""
    for kind, size in CHUNKS:
        data = (png_dir / f"{size}.png").read_bytes()
        if png_size(data) != (size, size):
            raise SystemExit(f"{png_dir / f'{size}.png'} is {png_size(data)}, expected {size}x{size}")
        body += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    output.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
