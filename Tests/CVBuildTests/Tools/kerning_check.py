#!/usr/bin/env python3
"""Checks that the words of a PDF are set with their fonts' kerning.

For each word pdftotext reports (-bbox), finds the font it is set in (pdfplumber), shapes the
word with HarfBuzz from the installed font file with kerning on and ligatures off, and compares
the widths. Prints one summary line:
    words: N compared, K kerned, D differ
and, for each word that differs by more than 0.1 pt, a line starting with two spaces.
Exit 0 when none differs, 1 when some do, 2 when a module is missing.
Usage: kerning_check.py FILE.pdf [FONT_DIR...]
"""
import os, re, subprocess, sys
try:
    import pdfplumber, uharfbuzz as hb
    from fontTools.ttLib import TTFont
except ImportError as e:
    print(f"missing module: {e.name} (pip install pdfplumber uharfbuzz fonttools)", file=sys.stderr)
    sys.exit(2)

pdf = sys.argv[1]
dirs = sys.argv[2:] + ["/usr/share/fonts"]

# PostScript name -> font file, from the installed fonts (TrueType only: that is what cvbuild embeds).
files = {}
for d in dirs:
    for root, _, names in os.walk(d):
        for n in names:
            if n.lower().endswith(".ttf"):
                p = os.path.join(root, n)
                try:
                    ps = TTFont(p, lazy=True)["name"].getDebugName(6)
                except Exception:
                    continue
                files.setdefault(ps, p)

fonts = {}
def shaper(ps):
    if ps not in fonts:
        path = files.get(ps)
        if not path:
            fonts[ps] = None
        else:
            blob = hb.Blob.from_file_path(path)
            face = hb.Face(blob)
            fonts[ps] = (hb.Font(face), face.upem)
    return fonts[ps]

# A face with no GPOS kerning has only the old 'kern' table. Its pairs are read with fontTools:
# HarfBuzz trusts the table's 16-bit length field, which overflows in big fonts (Open Sans), and
# so drops every pair past 64 KB that the font's designer made.
old_kern = {}
def kern_table(ps):
    if ps not in old_kern:
        old_kern[ps] = None
        path = files.get(ps)
        if path:
            f = TTFont(path)
            gpos_kern = "GPOS" in f and any(r.FeatureTag == "kern" for r in f["GPOS"].table.FeatureList.FeatureRecord) \
                if "GPOS" in f and f["GPOS"].table.FeatureList else False
            if not gpos_kern and "kern" in f:
                pairs = {}
                for t in f["kern"].kernTables:
                    if getattr(t, "format", None) == 0 and t.coverage & 1 and not t.coverage & 4:
                        for k, v in t.kernTable.items():
                            pairs.setdefault(k, v)
                cmap = f.getBestCmap()
                hmtx = f["hmtx"]
                old_kern[ps] = (pairs, cmap, hmtx, f["head"].unitsPerEm)
    return old_kern[ps]

def width(ps, text, size, kern=True):
    f = shaper(ps)
    if not f:
        return None
    table = kern_table(ps)
    if table:
        pairs, cmap, hmtx, upem = table
        names = [cmap.get(ord(ch)) for ch in text]
        if None in names:
            return None
        total = sum(hmtx[n][0] for n in names)
        if kern:
            total += sum(pairs.get((a, b), 0) for a, b in zip(names, names[1:]))
        return total * size / upem
    font, upem = f
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {"kern": kern, "liga": False, "clig": False, "calt": False, "dlig": False})
    return sum(p.x_advance for p in buf.glyph_positions) * size / upem

bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
pages = re.split(r"<page ", bbox)[1:]
compared = kerned = 0
differ = []
with pdfplumber.open(pdf) as doc:
    for number, (chunk, page) in enumerate(zip(pages, doc.pages), 1):
        chars = page.chars
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', chunk):
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            word = m.group(5).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            inside = [c for c in chars if x0 - 0.5 <= c["x0"] and c["x1"] <= x1 + 0.5 and y0 - 1 <= c["top"] and c["bottom"] <= y1 + 1]
            # One font and size across the word, and no letter-spacing (headings): else skip it.
            if not inside or len({(c["fontname"], round(c["size"], 2)) for c in inside}) != 1:
                continue
            # Letter-spaced text (caps headings, drawn with Tc) is not what this measures: every
            # character advances by more than its glyph, which a median over the pairs shows.
            excess = sorted(b["x0"] - a["x0"] - a["adv"] for a, b in zip(inside, inside[1:]))
            if excess and excess[len(excess) // 2] > 0.1:
                continue
            ps = inside[0]["fontname"].split("+")[-1]
            size = inside[0]["size"]
            expected = width(ps, word, size)
            if expected is None:
                continue
            got = x1 - x0
            compared += 1
            plain = width(ps, word, size, kern=False)
            if abs(plain - expected) > 0.05:
                kerned += 1
            if abs(got - expected) > 0.1:
                differ.append(f"  page {number}: {word!r} in {ps} {size:.2f} pt: {got:.2f} pt wide, kerned {expected:.2f}, unkerned {plain:.2f}")
print(f"words: {compared} compared, {kerned} kerned, {len(differ)} differ")
for line in differ[:40]:
    print(line)
sys.exit(1 if differ else 0)
