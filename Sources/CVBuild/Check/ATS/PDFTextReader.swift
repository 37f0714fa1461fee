import Foundation

/// The text of a PDF as a parser reads it: each page's text runs placed by the text operators
/// (`Tf`, `Td`, `TD`, `Tm`, `T*`, `Tj`, `TJ`, `'`, `"`), decoded by their fonts (simple fonts in
/// WinAnsiText, Type0 fonts with two-byte Unicode codes, as libharu writes them), then grouped into
/// lines top to bottom and left to right, with a space where runs leave a gap.
package enum PDFTextReader {
    /// nil when the bytes are not a PDF.
    package static func lines(_ data: Data) -> [String]? {
        guard let document = PDFDocumentReader(data) else { return nil }
        // Pages share their fonts: each font object is read once.
        var cache: [Int: Font] = [:]
        return document.pages().flatMap { page in
            lines(of: runs(document.contents(of: page), fonts: fonts(of: page, in: document, cache: &cache)))
        }
    }

    struct Font {
        var twoByte: Bool
        var firstChar = 32
        var widths: [Double] = []
        /// From the font's ToUnicode CMap, when it has one.
        var toUnicode: PDFToUnicode?
        /// A CID font's widths by code (`/W`) and its default (`/DW`), in thousandths of an em.
        var cidWidths: [UInt32: Double] = [:]
        var defaultWidth: Double?

        func decode(_ bytes: [UInt8]) -> String {
            if let cmap = toUnicode {
                let n = cmap.codeBytes
                return stride(from: 0, to: bytes.count - n + 1, by: n).map { i -> String in
                    let code = PDFToUnicode.code(Array(bytes[i..<(i + n)]))
                    return cmap.text(code) ?? (n == 1 ? String(Character(WinAnsiText.scalar(UInt8(code & 0xFF)))) : "\u{FFFD}")
                }.joined()
            }
            if twoByte {
                let units = stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
                return String(decoding: units, as: UTF16.self)
            }
            return String(String.UnicodeScalarView(bytes.map { WinAnsiText.scalar($0) }))
        }

        /// The run's width in points: the font's widths for simple fonts, an em per ideograph and
        /// half an em for other characters in two-byte fonts (close enough to tell a gap).
        func width(_ bytes: [UInt8], size: Double) -> Double {
            if twoByte {
                if let dw = defaultWidth {
                    let n = toUnicode?.codeBytes ?? 2
                    return stride(from: 0, to: bytes.count - n + 1, by: n).reduce(0) { total, i in
                        total + (cidWidths[PDFToUnicode.code(Array(bytes[i..<(i + n)]))] ?? dw)
                    } / 1000 * size
                }
                return decode(bytes).unicodeScalars.reduce(0) { $0 + (PhraseFinder.isHan($1) ? 1 : 0.5) } * size
            }
            return bytes.reduce(0) { total, b in
                let i = Int(b) - firstChar
                return total + (i >= 0 && i < widths.count && widths[i] > 0 ? widths[i] : 500)
            } / 1000 * size
        }
    }

    static func fonts(of page: [String: PDFValue], in document: PDFDocumentReader, cache: inout [Int: Font]) -> [String: Font] {
        let resources = document.resolve(page["Resources"])?.dictionary
        let table = document.resolve(resources?["Font"])?.dictionary ?? [:]
        var fonts: [String: Font] = [:]
        for (name, ref) in table {
            if let number = ref.reference, let known = cache[number] {
                fonts[name] = known
            } else if let font = font(ref, in: document) {
                fonts[name] = font
                if let number = ref.reference { cache[number] = font }
            }
        }
        return fonts
    }

    static func font(_ ref: PDFValue, in document: PDFDocumentReader) -> Font? {
        guard let d = document.resolve(ref)?.dictionary else { return nil }
        let cmap = d["ToUnicode"]?.reference.flatMap(document.stream).flatMap(PDFToUnicode.init)
        if d["Subtype"]?.name == "Type0" {
            var font = Font(twoByte: true, toUnicode: cmap)
            if let cid = document.resolve(document.resolve(d["DescendantFonts"])?.array?.first)?.dictionary {
                font.defaultWidth = document.resolve(cid["DW"])?.number ?? 1000
                font.cidWidths = cidWidths(document.resolve(cid["W"])?.array ?? [])
            }
            return font
        }
        let widths = (document.resolve(d["Widths"])?.array ?? []).map { $0.number ?? 0 }
        return Font(twoByte: false, firstChar: Int(d["FirstChar"]?.number ?? 32), widths: widths, toUnicode: cmap)
    }

    /// `/W [c [w1 w2 …] c1 c2 w …]`: widths from code c on, or one width for codes c1 to c2.
    static func cidWidths(_ w: [PDFValue]) -> [UInt32: Double] {
        var widths: [UInt32: Double] = [:]
        var i = 0
        while i + 1 < w.count {
            guard let first = w[i].number, first >= 0 else { break }
            if let list = w[i + 1].array {
                for (k, v) in list.enumerated() { widths[UInt32(first) + UInt32(k)] = v.number ?? 0 }
                i += 2
            } else if i + 2 < w.count, let last = w[i + 1].number, let width = w[i + 2].number, last >= first, last - first < 65536 {
                for c in UInt32(first)...UInt32(last) { widths[c] = width }
                i += 3
            } else {
                break
            }
        }
        return widths
    }

    struct Run {
        var x: Double
        var y: Double
        var text: String
        var width: Double
        var size: Double
    }

    /// The text runs of a content stream, where the text and graphics matrices put them (their
    /// scale and translation: résumés are not set rotated), in device space, y up.
    static func runs(_ content: [UInt8], fonts: [String: Font]) -> [Run] {
        var lexer = PDFLexer(content)
        var operands: [PDFValue] = []
        var runs: [Run] = []
        var font = Font(twoByte: false), size = 10.0, leading = 0.0
        // The graphics matrix (scale a, d; translation e, f) and its saved copies (q, Q).
        var ctm = (a: 1.0, d: 1.0, e: 0.0, f: 0.0), saved: [(a: Double, d: Double, e: Double, f: Double)] = []
        // The text matrix's scale, the start of the current line (Tlm), the pen's advance along it.
        var tmA = 1.0, tmD = 1.0, lineX = 0.0, lineY = 0.0, advance = 0.0
        func newLine(_ dx: Double, _ dy: Double) {
            lineX += dx * tmA
            lineY += dy * tmD
            advance = 0
        }
        func show(_ bytes: [UInt8]) {
            let width = font.width(bytes, size: size)
            let x = ctm.a * (lineX + advance * tmA) + ctm.e, y = ctm.d * lineY + ctm.f
            runs.append(Run(x: x, y: y, text: font.decode(bytes), width: width * abs(tmA * ctm.a), size: size * abs(tmD * ctm.d)))
            advance += width
        }
        while let value = lexer.next() {
            guard case .word(let op) = value else { operands.append(value); continue }
            let n = operands.compactMap(\.number)
            switch op {
            case "q": saved.append(ctm)
            case "Q": if let last = saved.popLast() { ctm = last }
            case "cm" where n.count == 6:
                ctm = (n[0] * ctm.a, n[3] * ctm.d, n[4] * ctm.a + ctm.e, n[5] * ctm.d + ctm.f)
            case "BT": tmA = 1; tmD = 1; lineX = 0; lineY = 0; advance = 0
            case "Tf":
                if let name = operands.first?.name { font = fonts[name] ?? Font(twoByte: false) }
                size = n.last ?? size
            case "TL": leading = n.first ?? leading
            case "Td" where n.count == 2: newLine(n[0], n[1])
            case "TD" where n.count == 2: leading = -n[1]; newLine(n[0], n[1])
            case "Tm" where n.count == 6: tmA = n[0]; tmD = n[3]; lineX = n[4]; lineY = n[5]; advance = 0
            case "T*": newLine(0, -leading)
            case "Tj": if case .string(let s)? = operands.last { show(s) }
            case "'", "\"":
                newLine(0, -leading)
                if case .string(let s)? = operands.last { show(s) }
            case "TJ":
                for item in operands.last?.array ?? [] {
                    if case .string(let s) = item { show(s) } else if let shift = item.number { advance -= shift / 1000 * size }
                }
            default: break
            }
            operands.removeAll(keepingCapacity: true)
        }
        return runs
    }

    /// Runs on one baseline make a line; lines top to bottom (PDF's y grows upwards).
    static func lines(of runs: [Run]) -> [String] {
        var rows: [(y: Double, runs: [Run])] = []
        for run in runs where !run.text.isEmpty {
            if let i = rows.firstIndex(where: { abs($0.y - run.y) < max(1, run.size * 0.3) }) { rows[i].runs.append(run) } else { rows.append((run.y, [run])) }
        }
        return rows.sorted { $0.y > $1.y }.map { row in
            var line = "", end = -Double.infinity
            for run in row.runs.sorted(by: { $0.x < $1.x }) {
                if !line.isEmpty, run.x - end > run.size * 0.15, line.last != " ", run.text.first != " " { line += " " }
                line += run.text
                end = run.x + run.width
            }
            return line.trimmedSpaces
        }.filter { !$0.isEmpty }
    }
}

/// WinAnsiEncoding: Latin-1, with the typographic characters Windows put in 0x80–0x9F.
enum WinAnsiText {
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func scalar(_ b: UInt8) -> Unicode.Scalar {
        (0x80...0x9F).contains(b) ? Unicode.Scalar(high[Int(b) - 0x80])! : Unicode.Scalar(b)
    }
}
