# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
"""Makes the media fixtures of the lesson player's tests: a one-second 440 Hz tone (WAV) and a two-second
video a Debian 12 GStreamer with plugins-good plays (AVI, avidemux, of PNG frames, pngdec).
Usage: python3 make_media.py   (writes la-440hz.wav and droite.avi beside this file)

droite.webm (VP8, 64 × 48, 8 frames at 4 fps) is what a received video must be to be played in the app: a PNG or
MJPEG stream's picture size is read by its decoder only, so such a file is offered as a file (review-media21,
finding 1); droite.avi is kept for the player page's own test. It was made with GStreamer:
  videotestsrc num-buffers=8 pattern=bar foreground-color=0xff1f56a8 background-color=0xfff4f6fa
  ! video/x-raw,width=64,height=48,framerate=4/1 ! vp8enc deadline=1 ! webmmux ! filesink location=droite.webm"""
import math, struct, sys, wave, zlib
from pathlib import Path

def png(w, h, rgb):
    raw = b"".join(b"\x00" + b"".join(bytes(rgb(x, y)) for x in range(w)) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")

def chunk(fourcc, data):
    pad = b"\x00" if len(data) % 2 else b""
    return fourcc + struct.pack("<I", len(data)) + data + pad

def lst(kind, data):
    return b"LIST" + struct.pack("<I", len(data) + 4) + kind + data

def avi(frames, w, h, fps):
    n = len(frames)
    usec = 1000000 // fps
    avih = struct.pack("<IIIIIIIIII4I", usec, max(len(f) for f in frames) * fps, 0, 0x10, n, 0, 1, max(len(f) for f in frames), w, h, 0, 0, 0, 0)
    strh = b"vids" + b"png " + struct.pack("<IHHIIIIIIIIhhhh", 0, 0, 0, 0, 1, fps, 0, n, max(len(f) for f in frames), 0xFFFFFFFF, 0, 0, 0, w, h)
    strf = struct.pack("<IiiHH4sIiiII", 40, w, h, 1, 24, b"png ", w * h * 3, 0, 0, 0, 0)
    hdrl = lst(b"hdrl", chunk(b"avih", avih) + lst(b"strl", chunk(b"strh", strh) + chunk(b"strf", strf)))
    movi_data = b""
    index = b""
    offset = 4
    for f in frames:
        c = chunk(b"00dc", f)
        index += b"00dc" + struct.pack("<III", 0x10, offset, len(f))
        movi_data += c
        offset += len(c)
    movi = lst(b"movi", movi_data)
    body = b"AVI " + hdrl + movi + chunk(b"idx1", index)
    return b"RIFF" + struct.pack("<I", len(body)) + body

w, h, fps, seconds = 64, 48, 4, 2
frames = []
for i in range(fps * seconds):
    frames.append(png(w, h, lambda x, y, i=i: (31 + 8 * i, 86, 168) if x < (i + 1) * w // (fps * seconds) else (244, 246, 250)))
here = Path(__file__).resolve().parent
(here / "droite.avi").write_bytes(avi(frames, w, h, fps))
tone = wave.open(str(here / "la-440hz.wav"), "wb")
tone.setnchannels(1)
tone.setsampwidth(1)
tone.setframerate(8000)
tone.writeframes(bytes(int(128 + 60 * math.sin(2 * math.pi * 440 * i / 8000)) for i in range(8000)))
tone.close()
