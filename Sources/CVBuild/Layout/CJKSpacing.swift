/// The Chinese typesetting rules of clreq (W3C, "Requirements for Chinese Text Layout") that
/// cvbuild applies: a quarter-em gap where Han or kana meets a Latin letter or digit, and
/// adjacent full-width punctuation set half an em closer (each mark's blank half overlaps).
/// Layout and the PDF writer both ask here, so what is measured is what is drawn.
enum CJKSpacing {
    /// The gap between Chinese or Japanese text and Latin text or digits, in ems.
    static let mixedScriptGap = 0.25

    /// Whether two neighbouring characters, with no space between them, get the mixed-script gap.
    static func gapBetween(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        (isCJKLetter(a) && isLatinAlphanumeric(b)) || (isLatinAlphanumeric(a) && isCJKLetter(b))
    }

    /// Han, kana and Hangul syllables: not their punctuation, which has its own blank half.
    static func isCJKLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }

    static func isLatinAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.properties.isAlphabetic || ("0"..."9").contains(s)) : (s.value < 0x250 && s.properties.isAlphabetic)
    }

    /// Full-width punctuation whose glyph fills half its em (the other half blank).
    static let halfBlank: Set<Unicode.Scalar> = Set("，。、；：？！）」』】》〉（「『【《〈".unicodeScalars)

    /// The pair adjustment between two full-width marks, in font units (negative: closer), 0 for
    /// any other pair or a face whose marks are not full-width.
    static func compression(_ a: Unicode.Scalar, _ b: Unicode.Scalar, font: any FontMetrics) -> Int {
        // Every such mark lies at U+3000 or above: most pairs are answered without hashing.
        guard a.value >= 0x3000, b.value >= 0x3000, halfBlank.contains(a), halfBlank.contains(b), let advance = font.advance(of: a),
              Double(advance) >= Double(font.unitsPerEm) * 0.9 else { return 0 }
        return -font.unitsPerEm / 2
    }
}

extension CJKSpacing {
    /// A full line of a paragraph with Chinese in it, set to the measure as clreq wants: the
    /// room left is spread between its Chinese characters (letter-spacing on those runs only, so
    /// Latin words keep their spacing). A line with too few Chinese characters to take the room
    /// without gaps a reader would see as spaces stays ragged.
    static func justified(_ line: LineBox, width: Double) -> LineBox {
        let extra = width - line.width
        guard extra > 0.01, let last = line.pieces.indices.last else { return line }
        func slots(_ i: Int) -> Int {
            let text = line.pieces[i].fragment.text.unicodeScalars
            guard text.contains(where: isCJKLetter) else { return 0 }
            return text.count - (i == last ? 1 : 0)
        }
        let total = line.pieces.indices.reduce(0) { $0 + slots($1) }
        guard total > 0 else { return line }
        let step = extra / Double(total)
        guard step <= 0.15 * line.size else { return line }
        var out = line
        var shift = 0.0
        for i in out.pieces.indices {
            out.pieces[i].x += shift
            let added = step * Double(slots(i))
            if added > 0 {
                out.pieces[i].fragment.style.tracking += step
                out.pieces[i].fragment.width += added
                shift += added
            }
        }
        out.width += shift
        return out
    }
}
