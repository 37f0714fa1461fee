#!/usr/bin/env python3
"""Does each glyph on the page look the way its font draws it? This checks what a reader sees, pixel by pixel.

usage: raster_compare.py FILE.pdf [--dpi 200] [--crops DIR]

Renders the pages with poppler (`pdftoppm -gray`). Then it draws each character that pdfplumber
finds, at the same position and size, straight from the installed font file that the embedded
subset was made from. The drawing uses Pillow, i.e. FreeType. To find the file, it strips the
subset tag "ABCDEF+" and libharu's ",Bold" style suffix, then looks up the PostScript name with
fc-list, which also gives the face index for .ttc collections. It compares the two by ink mass,
the darkness summed over pixels:

  - missing: the share of the glyph's ink that the page lacks;
  - parts: the share that the page lacks of each separate part of the glyph (an i's dot, an é's
    acute, a stroke of a Han character). A lost dot is a small share of the whole glyph but all
    of its own part;
  - extra: ink on the page inside the glyph's box that no reference glyph and no rule accounts
    for (a wrong glyph).

Grey and coloured text is measured against its own colour. Prints one line per script, e.g.
"Latin: 812 compared, 0 differ", then the characters that differ, then a total. Exits 1 if any
glyph differs or a font is not installed, and 2 if pdfplumber or Pillow is missing. --crops DIR
saves an enlarged page | reference image of each glyph that differs.
"""
import argparse
import math
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict

try:
    import pdfplumber
    from PIL import Image, ImageChops, ImageDraw, ImageFont
except ImportError as error:
    print(f"raster_compare.py needs pdfplumber and Pillow: python3 -m pip install pdfplumber pillow ({error})",
          file=sys.stderr)
    sys.exit(2)

# Tolerances at 200 dpi. Measured on 48,000 correct glyphs (the samples and the multiscript
# profile, three themes each): at most 7 % of a glyph's ink missing (median 1.3 %), at most 9 %
# extra, at most 10 % of any one part. Measured on 139 broken glyphs (the libharu fixture, plus the
# multiscript Latin lines subset by libharu itself, where this script flags exactly the glyphs
# that pdf_glyphs.py flags): each lacks 52 % to 100 % of one part, while the whole glyph lacks
# only 9 % to 26 %.
MISSING = 0.15
PART_MISSING = 0.3
EXTRA = 0.18
EXTRA_STROKED = 0.3
SUPERSAMPLE = 8  # see Reference.glyph

# Text drawn bold by stroking its outline as well as filling it (cvbuild's bold for faces with no
# bold weight, such as a Chinese fallback): pdfplumber does not report the text rendering mode,
# so pdfminer is asked to note it, and the line width, on each character; the reference glyph is
# then drawn with the same stroke.
from pdfminer.converter import PDFLayoutAnalyzer

_render_string, _render_char = PDFLayoutAnalyzer.render_string, PDFLayoutAnalyzer.render_char


def _noting_string(self, textstate, *rest):
    self._text_render_mode = textstate.render
    return _render_string(self, textstate, *rest)


def _noting_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
    advance = _render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
    item = self.cur_item._objs[-1]
    item.stroke = getattr(self, "_text_render_mode", 0) in (1, 2, 5, 6)
    item.linewidth = graphicstate.linewidth
    return advance


PDFLayoutAnalyzer.render_string, PDFLayoutAnalyzer.render_char = _noting_string, _noting_char

SCRIPTS = [("LATIN", "Latin"), ("GREEK", "Greek"), ("CYRILLIC", "Cyrillic"), ("CJK UNIFIED", "Han"),
           ("CJK COMPATIBILITY IDEOGRAPH", "Han"), ("HIRAGANA", "Kana"), ("KATAKANA", "Kana"),
           ("HALFWIDTH KATAKANA", "Kana"), ("HANGUL", "Hangul")]


def script_of(char):
    name = unicodedata.name(char, "")
    return next((label for prefix, label in SCRIPTS if name.startswith(prefix)), "Common")


def system_fonts():
    """PostScript name -> (file, face index), from fontconfig."""
    out = subprocess.run(["fc-list", "--format", "%{postscriptname}|%{file}|%{index}\n"],
                         capture_output=True, text=True, check=True).stdout
    fonts = {}
    for line in out.splitlines():
        name, path, index = line.rsplit("|", 2)
        # Variable fonts put the named instance in the high bits of the index.
        fonts.setdefault(name, (path, int(index or 0) & 0xFFFF))
    return fonts


def base_name(fontname):
    """'HPDFAC+Caladea-Italic,Italic' -> 'Caladea-Italic'."""
    name = fontname.split("+", 1)[1] if len(fontname) > 7 and fontname[6] == "+" else fontname
    return name.split(",", 1)[0]


def grey_of(color):
    """The grey level (0-255) that poppler's -gray gives a fill colour; black when unknown."""
    if not isinstance(color, (tuple, list)) or not all(isinstance(v, (int, float)) for v in color):
        return 0
    if len(color) == 1:
        g = color[0]
    elif len(color) == 3:
        g = 0.299 * color[0] + 0.587 * color[1] + 0.114 * color[2]
    elif len(color) == 4:
        g = 1 - min(1, 0.3 * color[0] + 0.59 * color[1] + 0.11 * color[2] + color[3])
    else:
        return 0
    return round(255 * max(0.0, min(1.0, g)))


def mass(image):
    """Ink mass of a coverage image (0 = no ink, 255 = fully covered)."""
    return sum(i * n for i, n in enumerate(image.histogram()))


def parts(coverage):
    """The separate parts of a glyph: 8-connected runs of pixels at least half covered, each a
    list of (x, y). An i has two parts; ệ has three."""
    w, h = coverage.size
    px = coverage.load()
    todo = {(x, y) for y in range(h) for x in range(w) if px[x, y] >= 128}
    found = []
    while todo:
        stack, part = [todo.pop()], []
        while stack:
            x, y = stack.pop()
            part.append((x, y))
            for n in ((x - 1, y - 1), (x, y - 1), (x + 1, y - 1), (x - 1, y), (x + 1, y),
                      (x - 1, y + 1), (x, y + 1), (x + 1, y + 1)):
                if n in todo:
                    todo.remove(n)
                    stack.append(n)
        found.append(part)
    return found


class Reference:
    """Glyphs drawn straight from the font files, each one once per font, size, character and phase."""

    def __init__(self, dpi):
        self.scale = dpi / 72
        self.fonts = system_fonts()
        self.faces, self.glyphs = {}, {}

    def face(self, fontname, size_pt):
        name = base_name(fontname)
        if name not in self.fonts:
            return None
        if (name, size_pt) not in self.faces:
            path, index = self.fonts[name]
            self.faces[name, size_pt] = ImageFont.truetype(path, size=size_pt * self.scale * SUPERSAMPLE, index=index,
                                                           layout_engine=ImageFont.Layout.BASIC)
        return self.faces[name, size_pt]

    def glyph(self, face, char, phase, stroke=0.0):
        """The character's coverage, with its origin on the baseline phase/4 of a pixel to the right
        of a pixel corner. Returns (image, offset of its top-left pixel from that corner, parts),
        or None if the glyph is blank. Poppler does not hint glyphs and Pillow does, and hinting
        moves stems and hairlines by up to a pixel. Drawing eight times larger and then scaling
        down averages the hinting away, and the result matches poppler's coverage to within a
        few percent."""
        key = (id(face), char, phase, stroke)
        if key not in self.glyphs:
            ss = SUPERSAMPLE
            # A PDF stroke is centred on the outline: half its width falls outside.
            width = stroke * self.scale * ss / 2
            box = face.getbbox(char, anchor="ls", stroke_width=width)
            left, top, right, bottom = math.floor(box[0]), math.floor(box[1]), math.ceil(box[2]), math.ceil(box[3])
            self.glyphs[key] = None
            if right > left and bottom > top:
                x0, y0 = left // ss - 1, top // ss - 1
                x1, y1 = -(-right // ss) + 2, -(-bottom // ss) + 1
                big = Image.new("L", ((x1 - x0) * ss, (y1 - y0) * ss), 0)
                ImageDraw.Draw(big).text((-x0 * ss + phase * ss // 4, -y0 * ss), char, font=face, fill=255, anchor="ls",
                                         stroke_width=width, stroke_fill=255)
                coverage = big.reduce(ss)
                if coverage.getbbox():
                    self.glyphs[key] = (coverage, (x0, y0), parts(coverage))
        return self.glyphs[key]


def place(reference, face, char, x, y, page_ink, stroke=0.0):
    """Where poppler put the glyph whose origin is at (x, y) pixels. Poppler rounds x down to a
    quarter pixel (to a whole pixel for large text) and y down to a pixel, often one pixel lower
    when y is a whole number (float error). Rather than copy one poppler version's rounding, this
    tries every placement within about a pixel, likeliest first, and keeps the best match.
    Returns (share of ink missing, coverage, box on the page, parts), or None for a blank glyph."""
    quarter, row = math.floor(x * 4), math.floor(y)
    if reference.glyph(face, char, quarter % 4, stroke) is None:
        return None
    best = None
    for qx in (quarter, quarter + 1, quarter - 1, quarter + 2, quarter - 2, quarter + 3, quarter + 4):
        coverage, (dx, dy), glyph_parts = reference.glyph(face, char, qx % 4, stroke)
        for py in (row, row - 1, row + 1):
            box = (qx // 4 + dx, py + dy, qx // 4 + dx + coverage.width, py + dy + coverage.height)
            missing = mass(ImageChops.subtract(coverage, page_ink.crop(box))) / mass(coverage)
            if best is None or missing < best[0]:
                best = (missing, coverage, box, glyph_parts)
            if missing < 0.02:
                return best
    return best


def check_page(page, image, reference, report, crops):
    scale = reference.scale
    inks, placed = {}, []
    for char in page.chars:
        text = char["text"]
        if not text.strip():
            continue
        face = reference.face(char["fontname"], char["size"])
        grey = grey_of(char["non_stroking_color"])
        # Glyphs with no Unicode character ("(cid:12)"), rotated text, and text too pale to tell
        # from the paper cannot be drawn or measured against white.
        if len(text) != 1 or not char["upright"] or grey > 200:
            report["skipped"] += 1
            continue
        if face is None:
            report["missing fonts"].add(base_name(char["fontname"]))
            continue
        if grey not in inks:
            # Page ink as coverage in the text's own colour: grey text that fully covers a pixel
            # counts as full ink, just like black text.
            inks[grey] = image.point(lambda v: max(0, min(255, round((255 - v) * 255 / (255 - grey)))))
        # The glyph's origin is the translation of its text rendering matrix (PDF y points up).
        found = place(reference, face, text, char["matrix"][4] * scale,
                      (float(page.height) - char["matrix"][5]) * scale, inks[grey],
                      (char.get("linewidth") or 0) if char.get("stroke") else 0.0)
        if found:
            placed.append((char, inks[grey]) + found)

    # The whole reference page, rules and underlines included. A glyph's box overlaps its
    # neighbours, and their ink on the page is not extra.
    drawn = Image.new("L", image.size, 0)
    for _, _, _, coverage, box, _ in placed:
        drawn.paste(ImageChops.add(drawn.crop(box), coverage), box[:2])
    draw = ImageDraw.Draw(drawn)
    for shape in page.lines + page.rects:
        half = max(shape.get("linewidth") or 0, 0.5) / 2
        draw.rectangle([(shape["x0"] - half) * scale - 1, (shape["top"] - half) * scale - 1,
                        (shape["x1"] + half) * scale + 1, (shape["bottom"] + half) * scale + 1], fill=255)

    for char, ink, missing, coverage, box, glyph_parts in placed:
        page_ink = ink.crop(box)
        # Extra ink is measured against the glyph's ink, but never less than a twentieth of an em
        # square: a hyphen has so little that a neighbour's antialiased edge would read as 20 %.
        em = char["size"] * scale
        extra = mass(ImageChops.subtract(page_ink, drawn.crop(box))) / max(mass(coverage), 255 * em * em / 20)
        lacking, full = ImageChops.subtract(coverage, page_ink).load(), coverage.load()
        shares = [sum(lacking[xy] for xy in p) / sum(full[xy] for xy in p) for p in glyph_parts]
        lost = [share for share in shares if share > PART_MISSING]
        script = script_of(char["text"])
        report["compared"][script] += 1
        # A stroked outline comes out a little heavier in poppler than in FreeType's stroker (up
        # to 20 % at 200 dpi, looked at side by side); what is lost is still measured as strictly.
        if missing > MISSING or extra > (EXTRA_STROKED if char.get("stroke") else EXTRA) or lost:
            why = (f"{len(lost)} of its {len(glyph_parts)} parts without ink (a dot, an accent or a stroke)" if lost
                   else f"{missing:.0%} of its ink missing" if missing > MISSING
                   else f"{extra:.0%} more ink than the font draws")
            where = f"page {page.page_number} at ({char['x0']:.0f}, {char['top']:.0f}) pt"
            report["differ"][script][char["text"], base_name(char["fontname"])].append((where, why))
            if crops:
                side = Image.new("L", (coverage.width * 2 + 2, coverage.height), 128)
                side.paste(ImageChops.invert(page_ink), (0, 0))
                side.paste(ImageChops.invert(coverage), (coverage.width + 2, 0))
                report["crops"] += 1
                side.resize((side.width * 6, side.height * 6), Image.NEAREST).save(
                    os.path.join(crops, f"{report['crops']:04d}-U+{ord(char['text']):04X}.png"))
        else:
            worst = report["worst"]
            report["worst"] = (max(worst[0], missing), max(worst[1], extra), max([worst[2]] + shares))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pdf")
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--crops", help="folder for enlarged page | reference images of the glyphs that differ")
    args = parser.parse_args()
    if args.crops:
        os.makedirs(args.crops, exist_ok=True)
    reference = Reference(args.dpi)
    report = {"compared": defaultdict(int), "differ": defaultdict(lambda: defaultdict(list)),
              "missing fonts": set(), "skipped": 0, "crops": 0, "worst": (0.0, 0.0, 0.0)}
    with tempfile.TemporaryDirectory() as folder, pdfplumber.open(args.pdf) as pdf:
        subprocess.run(["pdftoppm", "-r", str(args.dpi), "-gray", args.pdf, os.path.join(folder, "page")], check=True)
        images = sorted(f for f in os.listdir(folder) if f.endswith(".pgm"))  # page-1… or page-01…: sorts by page
        for page, file in zip(pdf.pages, images):
            with Image.open(os.path.join(folder, file)) as image:
                check_page(page, image.convert("L"), reference, report, args.crops)

    differ_total = 0
    for script in sorted(report["compared"]):
        differ = report["differ"][script]
        n = sum(len(places) for places in differ.values())
        differ_total += n
        print(f"{script}: {report['compared'][script]} compared, {n} differ")
        for (text, font), places in sorted(differ.items()):
            print(f"  U+{ord(text):04X} {text} in {font}, {len(places)} times, first on {places[0][0]}: {places[0][1]}")
    for font in sorted(report["missing fonts"]):
        print(f"no installed font is named {font}: its glyphs cannot be compared")
    if report["skipped"]:
        print(f"{report['skipped']} glyphs not compared (no Unicode character, rotated, or pale text)")
    compared = sum(report["compared"].values())
    missing, extra, part = report["worst"]
    print(f"compared {compared}, differ {differ_total}; of the others at worst {missing:.0%} of a glyph's ink "
          f"missing, {part:.0%} of a part's, {extra:.0%} extra")
    return 1 if differ_total or report["missing fonts"] or not compared else 0


if __name__ == "__main__":
    sys.exit(main())
