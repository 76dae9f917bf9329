#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Continuité contributors
# SPDX-License-Identifier: EUPL-1.2
"""Generate the demo course's media (content/demo/media/) reproducibly.

Python 3 standard library only: the PNG images are rasterised by hand
(supersampled shapes, zlib + struct), the PDF worksheet is written by hand
(standard Helvetica fonts in WinAnsiEncoding, vector drawings, Flate streams).
The output is byte-for-byte deterministic: running it twice gives the same files.

Usage:  python3 content/demo/tools/make_media.py [OUTPUT_DIR]
        (default OUTPUT_DIR: content/demo/media next to this script)
"""

import math
import os
import struct
import sys
import zlib

# ---------------------------------------------------------------- PNG ----

def write_png(path, width, height, rows):
    """rows: list of bytes objects, each width*3 bytes of RGB."""
    raw = b"".join(b"\x00" + r for r in rows)
    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def hexcolor(s):
    return tuple(int(s[i:i + 2], 16) for i in (1, 3, 5))


def render(width, height, shade, ss=3, background="#ffffff", row_shader=None):
    """Rasterise `shade(x, y) -> colour or None` with ss x ss supersampling
    (or a per-row shade function given by `row_shader(py)`)."""
    bg = hexcolor(background)
    rows = []
    offs = [(i + 0.5) / ss for i in range(ss)]
    n = ss * ss
    for py in range(height):
        if row_shader:
            shade = row_shader(py)
        row = bytearray()
        for px in range(width):
            r = g = b = 0
            for oy in offs:
                for ox in offs:
                    c = shade(px + ox, py + oy) or bg
                    r += c[0]; g += c[1]; b += c[2]
            row += bytes((r // n, g // n, b // n))
        rows.append(bytes(row))
    return rows


# A tiny 5x7 bitmap font, just what the images need.
GLYPHS = {
    "0": ["01110", "10001", "10011", "10101", "11001", "10001", "01110"],
    "1": ["00100", "01100", "00100", "00100", "00100", "00100", "01110"],
    "2": ["01110", "10001", "00001", "00010", "00100", "01000", "11111"],
    "3": ["11110", "00001", "00001", "01110", "00001", "00001", "11110"],
    "4": ["00010", "00110", "01010", "10010", "11111", "00010", "00010"],
    "5": ["11111", "10000", "11110", "00001", "00001", "10001", "01110"],
    "6": ["00110", "01000", "10000", "11110", "10001", "10001", "01110"],
    "7": ["11111", "00001", "00010", "00100", "01000", "01000", "01000"],
    "8": ["01110", "10001", "10001", "01110", "10001", "10001", "01110"],
    "9": ["01110", "10001", "10001", "01111", "00001", "00010", "01100"],
    "A": ["01110", "10001", "10001", "11111", "10001", "10001", "10001"],
    "B": ["11110", "10001", "10001", "11110", "10001", "10001", "11110"],
}


class Canvas:
    """A list of shapes, painted in order (last one wins)."""

    def __init__(self):
        self.shapes = []

    def add(self, test, colour, top, bottom):
        """A shape: its inside test, colour and vertical extent (for speed)."""
        self.shapes.append((test, hexcolor(colour), top, bottom))

    def rect(self, x0, y0, x1, y1, colour):
        self.add(lambda x, y: x0 <= x < x1 and y0 <= y < y1, colour, y0, y1)

    def disc(self, cx, cy, r, colour):
        self.add(lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r, colour, cy - r, cy + r)

    def text(self, x, y, s, scale, colour):
        """Bitmap text, top-left at (x, y): one shape per glyph."""
        for i, ch in enumerate(s):
            self.add(self._glyph(x + i * 6 * scale, y, GLYPHS[ch], scale), colour, y, y + 7 * scale)

    @staticmethod
    def _glyph(gx, gy, rows, scale):
        def test(x, y):
            col, row = int((x - gx) // scale), int((y - gy) // scale)
            return 0 <= col < 5 and 0 <= row < 7 and rows[row][col] == "1"
        return test

    def fraction(self, cx, cy, num, den, scale, colour):
        """A stacked fraction centred on (cx, cy)."""
        w = max(len(num), len(den)) * 6 * scale - scale
        h = 7 * scale
        self.text(cx - (len(num) * 6 * scale - scale) / 2, cy - h - 2 * scale, num, scale, colour)
        self.rect(cx - w / 2 - scale, cy - scale / 2, cx + w / 2 + scale, cy + scale / 2, colour)
        self.text(cx - (len(den) * 6 * scale - scale) / 2, cy + 2 * scale, den, scale, colour)

    def shader_for_row(self, py):
        """The shade function for pixel row py, testing only the shapes that reach it."""
        live = [(t, c) for (t, c, top, bottom) in reversed(self.shapes)
                if top <= py + 1 and bottom >= py]

        def shade(x, y):
            for test, colour in live:
                if test(x, y):
                    return colour
            return None
        return shade

    def render(self, width, height):
        return render(width, height, None, row_shader=self.shader_for_row)


def make_pizza(path):
    """A pizza cut into 8 equal slices, 3 of them with toppings (3/8)."""
    size, cx, cy = 240, 120.0, 120.0
    R, crust = 110.0, 98.0
    shaded = {0, 1, 2}              # slices 0..2, counter-clockwise from 12 o'clock
    gap = 2.2                       # half-width of the cut between slices
    pepperoni = []
    for k in shaded:
        mid = -math.pi / 2 - (k + 0.5) * math.pi / 4
        for rr, da in ((45, 0.0), (75, -0.13), (75, 0.13)):
            pepperoni.append((cx + rr * math.cos(mid + da), cy + rr * math.sin(mid + da)))
    c_crust, c_cheese, c_plain = hexcolor("#c8843a"), hexcolor("#f6c453"), hexcolor("#f3e6c4")
    c_pep, c_cut, c_outline = hexcolor("#c0392b"), hexcolor("#ffffff"), hexcolor("#7a4a1c")

    def shade(x, y):
        dx, dy = x - cx, y - cy
        d = math.hypot(dx, dy)
        if d > R:
            return None
        if d > R - 2.0:
            return c_outline
        # angle measured counter-clockwise from 12 o'clock (screen y points down)
        a = math.atan2(-dy, dx) - math.pi / 2
        a %= 2 * math.pi
        slice_no = int(a // (math.pi / 4))
        # distance to the nearest cut (the rays at multiples of 45 degrees)
        nearest = round(a / (math.pi / 4)) * (math.pi / 4)
        if d * math.sin(abs(a - nearest)) < gap:
            return c_cut
        if d < 4:
            return c_cut
        if d > crust:
            return c_crust
        if slice_no in shaded:
            for (px, py) in pepperoni:
                if (x - px) ** 2 + (y - py) ** 2 < 100:
                    return c_pep
            return c_cheese
        return c_plain

    write_png(path, size, size, render(size, size, shade))


def make_number_line(path):
    """A number line from 0 to 2 graduated in quarters; A at 3/4, B at 5/4."""
    W, H = 480, 150
    x0, unit, ly = 40, 200, 88
    cv = Canvas()
    ink, red, blue = "#1f2d3d", "#c0392b", "#1f6fb2"
    cv.rect(x0 - 10, ly - 1.5, x0 + 2 * unit + 22, ly + 1.5, ink)
    # arrow head
    tip = x0 + 2 * unit + 30
    cv.add(lambda x, y: tip - 14 <= x <= tip and abs(y - ly) <= (tip - x) * 0.45, ink, ly - 7, ly + 7)
    for q in range(9):
        x = x0 + q * unit / 4
        big = q % 4 == 0
        h = 12 if big else 7
        cv.rect(x - (1.5 if big else 1), ly - h, x + (1.5 if big else 1), ly + h, ink)
    for n in range(3):
        cv.text(x0 + n * unit - 6, ly + 22, str(n), 2.4, ink)
    for label, q, colour in (("A", 3, red), ("B", 5, blue)):
        x = x0 + q * unit / 4
        cv.disc(x, ly, 6, colour)
        cv.text(x - 6, ly - 44, label, 2.4, colour)
    write_png(path, W, H, cv.render(W, H))


def make_fraction_wall(path):
    """A 'mur des fractions': one unit split in 1, 2, 3, 4, 6 and 8 equal parts."""
    W, rowh, pad = 440, 46, 20
    rows = (1, 2, 3, 4, 6, 8)
    colours = ("#7f8c8d", "#e76f51", "#f4a261", "#e9c46a", "#2a9d8f", "#457b9d")
    H = pad * 2 + rowh * len(rows)
    cv = Canvas()
    bw = W - 2 * pad
    for i, (n, col) in enumerate(zip(rows, colours)):
        y0 = pad + i * rowh
        cv.rect(pad, y0, pad + bw, y0 + rowh, "#ffffff")
        for k in range(n):
            cx0 = pad + k * bw / n
            cv.rect(cx0 + 2, y0 + 2, cx0 + bw / n - 2, y0 + rowh - 2, col)
            mid = cx0 + bw / (2 * n)
            if n == 1:
                cv.text(mid - 3 * 2.4 + 1, y0 + rowh / 2 - 3.5 * 2.4, "1", 2.4, "#ffffff")
            else:
                cv.fraction(mid, y0 + rowh / 2, "1", str(n), 2, "#ffffff")
    write_png(path, W, H, cv.render(W, H))


# ---------------------------------------------------------------- PDF ----

def pdf_text(s):
    """A PDF literal string in WinAnsiEncoding (cp1252), escaped."""
    out = bytearray(b"(")
    for byte in s.encode("cp1252"):
        if byte in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes((byte,))
        elif byte < 0x20 or byte > 0x7E:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out + b")")


def pdf_info_text(s):
    """A PDF text string for the document information dictionary (UTF-16BE with BOM)."""
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def fmt(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return s if s != "-0" else "0"


class Page:
    """PDF page content in top-down coordinates (y measured from the top, in points)."""

    H = 842.0

    def __init__(self):
        self.ops = []

    def op(self, *parts):
        self.ops.append(b" ".join(p if isinstance(p, bytes) else fmt(p).encode() for p in parts))

    def text(self, x, y, s, size=11, font="F1"):
        self.op(b"BT /" + font.encode(), size, b"Tf", x, self.H - y, b"Td", pdf_text(s), b"Tj ET")

    def line(self, x0, y0, x1, y1, width=0.8, dash=None, grey=0.0):
        self.op(b"q", grey, b"G", width, b"w")
        if dash:
            self.op(b"[" + b" ".join(fmt(d).encode() for d in dash) + b"] 0 d")
        self.op(x0, self.H - y0, b"m", x1, self.H - y1, b"l S Q")

    def rect(self, x, y, w, h, fill=None, stroke=True, width=0.8):
        self.op(b"q", width, b"w")
        if fill is not None:
            self.op(fill[0], fill[1], fill[2], b"rg")
        paint = b"B" if (fill is not None and stroke) else (b"f" if fill is not None else b"S")
        self.op(x, self.H - y - h, w, h, b"re", paint, b"Q")

    def circle(self, cx, cy, r, fill=(0, 0, 0)):
        k = 0.5523 * r
        y = self.H - cy
        self.op(b"q", fill[0], fill[1], fill[2], b"rg")
        self.op(cx + r, y, b"m")
        self.op(cx + r, y + k, cx + k, y + r, cx, y + r, b"c")
        self.op(cx - k, y + r, cx - r, y + k, cx - r, y, b"c")
        self.op(cx - r, y - k, cx - k, y - r, cx, y - r, b"c")
        self.op(cx + k, y - r, cx + r, y - k, cx + r, y, b"c f Q")

    def frac(self, x, y, num, den, size=12):
        """A stacked fraction whose bar is at height y, starting at x. Returns its width."""
        w = max(len(num), len(den)) * size * 0.556
        self.text(x + (w - len(num) * size * 0.556) / 2, y - 2.5, num, size)
        self.line(x - 1, y, x + w + 1, y, width=0.7)
        self.text(x + (w - len(den) * size * 0.556) / 2, y + size * 0.78, den, size)
        return w

    def answer_lines(self, x, y, w, n, step=20):
        for i in range(n):
            self.line(x, y + i * step, x + w, y + i * step, width=0.5, dash=(1, 2.5), grey=0.45)

    def bar(self, x, y, w, h, parts, shaded=()):
        """A rectangle cut into `parts` equal vertical parts, some of them shaded."""
        pw = w / parts
        for k in range(parts):
            fill = (0.55, 0.75, 0.93) if k in shaded else None
            self.rect(x + k * pw, y, pw, h, fill=fill)

    def content(self):
        return b"\n".join(self.ops) + b"\n"


BLUE = (0.12, 0.29, 0.55)


def exercise_title(p, y, number, title):
    p.op(b"q", BLUE[0], BLUE[1], BLUE[2], b"rg")
    p.text(50, y, "Exercice %d" % number, 12, "F2")
    p.op(b"Q")
    p.text(128, y, title, 11)


def worksheet_pages():
    left = 50
    # ---- page 1
    p = Page()
    p.op(b"q", BLUE[0], BLUE[1], BLUE[2], b"rg")
    p.text(left, 62, "Fiche d'exercices — Les fractions", 18, "F2")
    p.op(b"Q")
    p.text(left, 82, "6e B — Mathématiques · Mme Martin · Séquence « Les fractions »", 10, "F3")
    p.line(left, 92, 545, 92, width=1.2, grey=0.3)
    p.text(left, 116, "Nom :", 11, "F2")
    p.answer_lines(84, 116, 150, 1)
    p.text(250, 116, "Prénom :", 11, "F2")
    p.answer_lines(300, 116, 120, 1)
    p.text(435, 116, "Date :", 11, "F2")
    p.answer_lines(470, 116, 75, 1)

    # Exercise 1: read the shaded fraction
    y = 152
    exercise_title(p, y, 1, "Quelle fraction de chaque figure est coloriée ?")
    p.text(left, y + 26, "a)", 11, "F2")
    p.bar(70, y + 40, 120, 30, 4, shaded={0, 1, 2})
    p.text(230, y + 26, "b)", 11, "F2")
    p.bar(250, y + 40, 120, 30, 5, shaded={1, 3})
    p.text(410, y + 26, "c)", 11, "F2")
    # 2 x 3 grid, 5 parts shaded
    for r in range(2):
        for c in range(3):
            shaded = (r, c) != (1, 2)
            p.rect(430 + c * 30, y + 32 + r * 24, 30, 24,
                   fill=(0.55, 0.75, 0.93) if shaded else None)
    for x in (70, 250, 430):
        p.text(x, y + 100, "Réponse :", 10, "F3")
        p.answer_lines(x + 48, y + 100, 60, 1)

    # Exercise 2: shade a fraction
    y = 290
    exercise_title(p, y, 2, "Colorie la fraction indiquée de chaque bande.")
    p.text(left, y + 34, "a)", 11, "F2")
    p.frac(70, y + 30, "5", "8")
    p.bar(100, y + 18, 240, 26, 8)
    p.text(left, y + 84, "b)", 11, "F2")
    p.frac(70, y + 80, "2", "3")
    p.bar(100, y + 68, 240, 26, 6)
    p.text(360, y + 84, "Aide : combien de parts", 9, "F3")
    p.text(360, y + 96, "forment un tiers de la bande ?", 9, "F3")

    # Exercise 3: number line in thirds, 0 to 2
    y = 420
    exercise_title(p, y, 3, "Sur la droite graduée ci-dessous, l'unité est partagée en 3.")
    p.text(left, y + 20, "a) Place les points", 11)
    x = 148
    for label, num in (("A", "2"), ("B", "4"), ("C", "6")):
        p.text(x, y + 20, label + " (", 11)
        w = p.frac(x + 16, y + 16, num, "3", 11)
        p.text(x + 18 + w, y + 20, ")", 11)
        x += 62
    p.text(left, y + 44, "b) Quelle fraction repère le point D ?", 11)
    p.answer_lines(250, y + 44, 70, 1)
    p.text(left, y + 64, "c) Écris l'abscisse du point C sous la forme d'un nombre entier :", 11)
    p.answer_lines(390, y + 64, 50, 1)
    ly, x0, unit = y + 120, 80, 210
    p.line(x0 - 15, ly, x0 + 2 * unit + 30, ly, width=1.1)
    tip = x0 + 2 * unit + 36
    p.op(tip, p.H - ly, b"m", tip - 9, p.H - ly - 4, b"l", tip - 9, p.H - ly + 4, b"l f")
    for k in range(7):
        xk = x0 + k * unit / 3
        big = k % 3 == 0
        p.line(xk, ly - (8 if big else 5), xk, ly + (8 if big else 5), width=1.1 if big else 0.8)
    for n in range(3):
        p.text(x0 + n * unit - 3, ly + 24, str(n), 12, "F2")
    d_x = x0 + 5 * unit / 3
    p.circle(d_x, ly, 3.2, fill=(0.75, 0.22, 0.17))
    p.text(d_x - 4, ly - 14, "D", 11, "F2")

    # Exercise 4: words and digits
    y = 600
    exercise_title(p, y, 4, "Écris en chiffres ou en lettres.")
    rows = (
        ("trois quarts", None), ("cinq huitièmes", None), ("un demi", None),
        (None, ("7", "10")), (None, ("2", "3")), (None, ("9", "4")),
    )
    for i, (words, f) in enumerate(rows):
        col, row = i // 3, i % 3
        bx, by = left + col * 250, y + 32 + row * 34
        if words:
            p.text(bx, by, words + "  =", 11)
            p.answer_lines(bx + 110, by, 80, 1)
        else:
            w = p.frac(bx, by - 4, f[0], f[1], 11)
            p.text(bx + w + 6, by, "se lit :", 11)
            p.answer_lines(bx + w + 45, by, 145, 1)
    p.text(left, 815, "Continuité — démo · fiche 1/2", 8, "F3")
    page1 = p

    # ---- page 2
    p = Page()
    y = 62
    exercise_title(p, y, 5, "Complète avec <, > ou =.")
    pairs = ((("3", "7"), ("5", "7")), (("9", "8"), ("1", None)), (("4", "4"), ("1", None)),
             (("11", "5"), ("2", None)), (("2", "3"), ("4", "6")), (("5", "12"), ("5", "9")))
    for i, (a, b) in enumerate(pairs):
        col, row = i % 3, i // 3
        bx, by = left + 20 + col * 165, y + 40 + row * 46
        w = p.frac(bx, by, a[0], a[1], 13) if a[1] else 0
        p.rect(bx + w + 12, by - 11, 22, 22)
        if b[1]:
            p.frac(bx + w + 46, by, b[0], b[1], 13)
        else:
            p.text(bx + w + 46, by + 5, b[0], 13)

    y = 192
    exercise_title(p, y, 6, "La pizza de l'anniversaire")
    lines = (
        "Pour l'anniversaire de Léa, on a commandé une grande pizza coupée en 8 parts",
        "égales. Léa mange 3 parts et Hugo en mange 2.",
    )
    for i, s in enumerate(lines):
        p.text(left, y + 22 + i * 15, s, 11)
    # a small pizza cut into 8 equal slices
    cx, cy, r = 490, y + 40, 30
    p.circle(cx, cy, r, fill=(0.97, 0.85, 0.55))
    for k in range(8):
        a = k * math.pi / 4
        p.line(cx, cy, cx + r * math.cos(a), cy + r * math.sin(a), width=0.9)
    qs = (
        "a) Quelle fraction de la pizza Léa a-t-elle mangée ?",
        "b) Quelle fraction de la pizza les deux enfants ont-ils mangée ensemble ?",
        "c) Quelle fraction de la pizza reste-t-il ?",
        "d) Inès arrive et voudrait un quart de la pizza. Reste-t-il assez de parts ? Explique.",
    )
    yy = y + 84
    for i, q in enumerate(qs):
        p.text(left, yy, q, 11)
        n = 2 if i == 3 else 1
        p.answer_lines(left, yy + 20, 495, n)
        yy += 20 + 20 * n + 8

    y = yy + 18
    exercise_title(p, y, 7, "Vrai ou faux ? Entoure la bonne réponse et justifie.")
    stmts = (
        "a) Une fraction dont le numérateur est plus grand que le dénominateur est plus grande que 1.",
        "b) Si l'on coupe une tarte en 6 parts égales, une part est plus grande que si on la coupe en 4.",
        "c) Dans la fraction 3/5, le nombre 5 indique en combien de parts égales on a partagé l'unité.",
    )
    yy = y + 26
    for s in stmts:
        p.text(left, yy, s, 10)
        p.text(left + 10, yy + 18, "VRAI        FAUX", 10, "F2")
        p.text(left + 120, yy + 18, "parce que", 10, "F3")
        p.answer_lines(left + 170, yy + 18, 325, 1)
        yy += 44

    y = yy + 14
    exercise_title(p, y, 8, "Défi")
    p.text(left, y + 22, "Trouve trois fractions différentes égales à un demi, puis dessine une bande qui le prouve", 11)
    p.text(left, y + 37, "pour l'une d'elles.", 11)
    p.answer_lines(left, y + 60, 495, 2)
    p.text(left, y + 98, "Ma bande :", 10, "F3")
    p.rect(left + 60, y + 86, 320, 24)

    p.text(left, 815, "Continuité — démo · fiche 2/2", 8, "F3")
    return [page1, p]


def write_pdf(path, pages, title):
    objs = []  # object bodies, 1-based numbering

    def add(body):
        objs.append(body)
        return len(objs)

    fonts = {}
    for key, base in (("F1", "Helvetica"), ("F2", "Helvetica-Bold"), ("F3", "Helvetica-Oblique")):
        fonts[key] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /" + base.encode()
                         + b" /Encoding /WinAnsiEncoding >>")
    font_res = b" ".join(b"/%s %d 0 R" % (k.encode(), n) for k, n in fonts.items())
    pages_no = len(objs) + 1 + 2 * len(pages)  # reserved below
    kids = []
    for pg in pages:
        data = zlib.compress(pg.content(), 9)
        c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << " % pages_no + font_res + b" >> >> "
                        b"/Contents %d 0 R >>" % c))
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids)) == pages_no
    info = add(b"<< /Title " + pdf_info_text(title) + b" /Author " + pdf_info_text("Mme Martin (démo Continuité)")
               + b" /Producer (content/demo/tools/make_media.py) >>")
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R /Lang (fr-FR) >>" % pages_no)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, catalog, info, xref))
    with open(path, "wb") as f:
        f.write(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, os.pardir, "media")
    os.makedirs(out, exist_ok=True)
    make_pizza(os.path.join(out, "pizza.png"))
    make_number_line(os.path.join(out, "droite-graduee.png"))
    make_fraction_wall(os.path.join(out, "mur-des-fractions.png"))
    write_pdf(os.path.join(out, "fiche-fractions.pdf"), worksheet_pages(),
              "Fiche d'exercices — Les fractions (6e)")
    for name in sorted(os.listdir(out)):
        print("%-24s %6d bytes" % (name, os.path.getsize(os.path.join(out, name))))


if __name__ == "__main__":
    main()
