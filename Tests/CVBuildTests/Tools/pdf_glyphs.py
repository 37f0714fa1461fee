#!/usr/bin/env python3
"""Does every glyph a PDF draws have an outline in the font embedded for it?

usage: pdf_glyphs.py FILE.pdf

Reads each page's content stream (pypdf), follows the font selected for each text-showing
operator, and looks the shown codes up in the embedded TrueType program (fontTools): simple
fonts through their encoding and the font's Unicode cmap, Type0 fonts (Identity-H) through
CIDToGIDMap. A glyph is drawn right when it has contours, or is a composite whose components,
at every depth, do; a glyph for a non-blank character with no outline is broken (a dot or an
accent that a reader would not see). Prints one line per font and a summary
`drawn N, broken M`; exits 1 when anything is broken or cannot be checked.
"""
import io
import sys

from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

BLANK = {0x20, 0xA0, 0x09, 0x0A, 0x0D, 0x3000, 0x200B}


def obj(x):
    return x.get_object() if hasattr(x, "get_object") else x


class Font:
    def __init__(self, fontdict):
        self.name = str(fontdict.get("/BaseFont"))
        self.type0 = fontdict.get("/Subtype") == "/Type0"
        descendant = obj(obj(fontdict["/DescendantFonts"])[0]) if self.type0 else fontdict
        descriptor = obj(descendant["/FontDescriptor"])
        program = obj(descriptor["/FontFile2"]).get_data()
        self.tt = TTFont(io.BytesIO(program))
        self.order = self.tt.getGlyphOrder()
        self.glyf = self.tt["glyf"]
        self.cid_to_gid = None
        if self.type0:
            mapping = descendant.get("/CIDToGIDMap")
            if mapping is not None and obj(mapping) != "/Identity":
                data = obj(mapping).get_data()
                self.cid_to_gid = [data[i] << 8 | data[i + 1] for i in range(0, len(data) - 1, 2)]
        unicode_map = self.tt.getBestCmap() or {}
        self.by_unicode = unicode_map
        self.encoding = "cp1252"

    def glyphs(self, shown):
        """(character, glyph name) for each code in the shown bytes."""
        if self.type0:
            for i in range(0, len(shown) - 1, 2):
                cid = shown[i] << 8 | shown[i + 1]
                gid = self.cid_to_gid[cid] if self.cid_to_gid and cid < len(self.cid_to_gid) else cid
                yield cid, self.order[gid] if gid < len(self.order) else None
        else:
            for byte in shown:
                char = bytes([byte]).decode(self.encoding, errors="replace")
                code = ord(char)
                yield code, self.by_unicode.get(code)

    def drawn(self, name, depth=0):
        if name is None or name not in self.glyf.glyphs or depth > 16:
            return False
        glyph = self.glyf[name]
        if glyph.isComposite():
            return all(self.drawn(c.glyphName, depth + 1) for c in glyph.components)
        return getattr(glyph, "numberOfContours", 0) > 0


def main(path):
    reader = PdfReader(path)
    fonts, counts, broken = {}, {}, {}
    for page in reader.pages:
        resources = obj(page["/Resources"])
        font_dicts = obj(resources.get("/Font", {}))
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                ref = font_dicts[operands[0]]
                key = ref.idnum if hasattr(ref, "idnum") else id(ref)
                if key not in fonts:
                    fonts[key] = Font(obj(ref))
                current = fonts[key]
                continue
            if operator in (b"Tj", b"'", b'"'):
                strings = [operands[-1]]
            elif operator == b"TJ":
                strings = [x for x in operands[0] if not isinstance(x, (int, float))]
            else:
                continue
            for text in strings:
                data = text.get_original_bytes() if hasattr(text, "get_original_bytes") else bytes(text)
                for code, name in current.glyphs(data):
                    counts[current.name] = counts.get(current.name, 0) + 1
                    if code in BLANK:
                        continue
                    if not current.drawn(name):
                        broken.setdefault(current.name, set()).add((code, name))
    for name in sorted(counts):
        bad = sorted(broken.get(name, []), key=lambda x: x[0])
        detail = ", ".join(f"U+{c:04X} {n}" for c, n in bad[:12])
        print(f"{name}: {counts[name]} shown, {len(bad)} broken{': ' + detail if bad else ''}")
    total_broken = sum(len(v) for v in broken.values())
    print(f"drawn {sum(counts.values())}, broken {total_broken}")
    return 1 if total_broken or not counts else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
