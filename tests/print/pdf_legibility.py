"""Reads tuki's PDF as a printer would draw it: every piece of text with its
size, fill colour and font, from the page content streams (cairo writes
"r g b rg", then "S 0 0 -S x y Tm" and "/f-N-M 1 Tf" for each run).
Body text must be at least 10 pt and not grey; italics only for short asides
(a few words).  The footer (the bottom 60 pt) may be smaller.  Prints what it
found; exits 1 with the offending runs."""
import re
import sys
import zlib

PAGE_H = 841.89
FOOTER = PAGE_H - 60
MIN_SIZE = 9.99
ASIDE_GLYPHS = 40   # an italic run no longer than a short phrase

data = open(sys.argv[1], "rb").read()
objects = {}
for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", data, re.S):
    objects[int(m.group(1))] = m.group(2)


def stream(body):
    m = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S)
    if m is None:
        return None
    raw = m.group(1)
    return zlib.decompress(raw) if b"/FlateDecode" in body else raw


def font_names(body):
    """The page's font resources: /f-0-0 -> its BaseFont."""
    names = {}
    res = re.search(rb"/Font\s*<<(.*?)>>", body, re.S)
    if res is None:
        m = re.search(rb"/Resources (\d+) 0 R", body)
        if m is None:
            return names
        res = re.search(rb"/Font\s*<<(.*?)>>", objects[int(m.group(1))], re.S)
        if res is None:
            return names
    for ref in re.finditer(rb"/(f-\d+-\d+) (\d+) 0 R", res.group(1)):
        font = objects.get(int(ref.group(2)), b"")
        base = re.search(rb"/BaseFont /([^\s/]+)", font)
        names[ref.group(1).decode()] = base.group(1).decode() if base else "?"
    return names


def glyphs(tj):
    """Roughly how many characters a TJ/Tj operand draws."""
    strings = re.findall(rb"\(((?:[^()\\]|\\.)*)\)", tj)
    return sum(len(re.sub(rb"\\([0-7]{1,3}|.)", b"x", s)) for s in strings)


bad = []
runs = 0
smallest = None
for num, body in objects.items():
    if not re.search(rb"/Type\s*/Page\b", body):
        continue
    fonts = font_names(body)
    contents = re.search(rb"/Contents (\d+) 0 R", body)
    if contents is None:
        continue
    text = stream(objects[int(contents.group(1))])
    if text is None:
        continue
    fill = (0.0, 0.0, 0.0)
    size = y = None
    font = "?"
    tokens = re.finditer(
        rb"([-\d.]+) ([-\d.]+) ([-\d.]+) rg|([-\d.]+) g\b|([-\d.]+) 0 0 (-?[\d.]+) ([-\d.]+) ([-\d.]+) Tm"
        rb"|/(f-\d+-\d+) [\d.]+ Tf|(\[(?:[^\]\\]|\\.)*\]\s*TJ|\((?:[^()\\]|\\.)*\)\s*Tj)",
        text, re.S)
    for t in tokens:
        if t.group(1) is not None:
            fill = tuple(float(t.group(i)) for i in (1, 2, 3))
        elif t.group(4) is not None:
            v = float(t.group(4))
            fill = (v, v, v)
        elif t.group(5) is not None:
            size, y = float(t.group(5)), float(t.group(8))
        elif t.group(9) is not None:
            font = fonts.get(t.group(9).decode(), "?")
        elif t.group(10) is not None and size is not None:
            runs += 1
            where = "page object %d, y %.0f, %s %.1f pt" % (num, y, font, size)
            body_text = y < FOOTER
            if body_text and size < MIN_SIZE:
                bad.append("smaller than 10 pt: " + where)
            if body_text and (smallest is None or size < smallest):
                smallest = size
            r, g, b = fill
            if r == g == b and 0 < r < 1:
                bad.append("grey text (%.2f): %s" % (r, where))
            if re.search(r"Oblique|Italic", font) and glyphs(t.group(10)) > ASIDE_GLYPHS:
                bad.append("a long run in italics (%d characters): %s" % (glyphs(t.group(10)), where))
print("%d text runs, smallest body text %.1f pt" % (runs, smallest or 0))
if runs == 0:
    bad.append("no text found")
for b in bad[:20]:
    print(b)
sys.exit(1 if bad else 0)
