/// libharu writes a font's glyph widths as whole thousandths of an em, truncated (Caladea's "0"
/// is 571.78, written 571): a viewer places each glyph by those widths, so a phrase drifts from
/// where the layout measured it, up to a point along a line, and a right-aligned date no longer
/// ends at the margin. This rewrites each `/Widths` (simple fonts) and `/W` (CID fonts) array
/// with the exact widths, from the same font the layout measured with.
enum WidthRepair {
    /// `fonts`: each embedded face by its PostScript name.
    static func repaired(_ pdf: [UInt8], fonts: [String: any FontMetrics]) -> [UInt8] {
        var bytes = pdf
        var starts: [Int] = []
        var i = 0
        let marker = Array("\n/Type /Font\n".utf8)
        while let at = PDFBytes.firstIndex(of: marker, in: bytes, from: i) {
            starts.append(at)
            i = at + marker.count
        }
        // From the last object back, so a change never moves an object still to be edited.
        for at in starts.reversed() {
            guard let end = PDFBytes.firstIndex(of: endObject, in: bytes, from: at) else { continue }
            let dict = Array(bytes[at..<end])
            guard let font = baseFont(dict).flatMap({ fonts[$0] }), let fixed = rewritten(dict, font: font), fixed != dict else { continue }
            bytes.replaceSubrange(at..<end, with: fixed)
            PDFBytes.moveOffsets(in: &bytes, after: at, by: fixed.count - (end - at))
        }
        return bytes
    }

    private static let endObject = Array("endobj".utf8)

    /// "/BaseFont /HPDFAA+Caladea-Bold,Bold" → "Caladea-Bold".
    private static func baseFont(_ dict: [UInt8]) -> String? {
        let key = Array("/BaseFont /".utf8)
        guard let at = PDFBytes.firstIndex(of: key, in: dict, from: 0) else { return nil }
        var name = dict[(at + key.count)...].prefix { !isSpace($0) && $0 != UInt8(ascii: "/") }
        if let plus = name.firstIndex(of: UInt8(ascii: "+")) { name = name[(plus + 1)...] }
        if let comma = name.firstIndex(of: UInt8(ascii: ",")) { name = name[..<comma] }
        return String(decoding: name, as: UTF8.self)
    }

    /// The dictionary with exact widths, or nil when it has no widths to correct. Bytes, not
    /// strings: this runs for every face of every document.
    private static func rewritten(_ dict: [UInt8], font: any FontMetrics) -> [UInt8]? {
        func width(_ scalar: Unicode.Scalar?) -> [UInt8]? {
            guard let scalar, let advance = font.advance(of: scalar) else { return nil }
            let value = (Double(advance) * 1000 / Double(font.unitsPerEm) * 1000).rounded() / 1000
            return Array((value == value.rounded() ? String(Int(value)) : String(value)).utf8)
        }
        let widthsKey = Array("/Widths [".utf8), cidKey = Array("/W [".utf8)
        if let at = PDFBytes.firstIndex(of: widthsKey, in: dict, from: 0),
           let close = dict[(at + widthsKey.count)...].firstIndex(of: UInt8(ascii: "]")) {
            // A simple font: one width per code from /FirstChar, in WinAnsi.
            guard let first = number(after: Array("/FirstChar ".utf8), in: dict) else { return nil }
            let old = tokens(dict[(at + widthsKey.count)..<close])
            let new = old.enumerated().map { i, w in w == [48] ? [48] : (width(WinAnsi.scalar(first + i)) ?? w) }
            var body: [UInt8] = [0x0A]
            for (i, value) in new.enumerated() {
                if i > 0 { body.append(i % 16 == 0 ? 0x0A : 0x20) }
                body += value
            }
            body.append(0x0A)
            return Array(dict[..<(at + widthsKey.count)]) + body + Array(dict[close...])
        }
        if let at = PDFBytes.firstIndex(of: cidKey, in: dict, from: 0), let close = closingBracket(dict, from: at + cidKey.count) {
            // A CID font: "cid [w w …]" groups; libharu's codes are the characters' Unicode values.
            var out: [[UInt8]] = []
            var cid = 0, inGroup = false
            for token in tokens(dict[(at + cidKey.count)..<close]) {
                switch token {
                case [UInt8(ascii: "[")]: inGroup = true; out.append(token)
                case [UInt8(ascii: "]")]: inGroup = false; out.append(token)
                default:
                    if inGroup {
                        out.append(width(Unicode.Scalar(UInt32(cid))) ?? token)
                        cid += 1
                    } else {
                        cid = Int(String(decoding: token, as: UTF8.self)) ?? cid
                        out.append(token)
                    }
                }
            }
            var body: [UInt8] = [0x20]
            for token in out { body += token; body.append(0x20) }
            return Array(dict[..<(at + cidKey.count)]) + body + Array(dict[close...])
        }
        return nil
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// The whitespace-separated tokens of `bytes`.
    private static func tokens(_ bytes: ArraySlice<UInt8>) -> [[UInt8]] {
        bytes.split(whereSeparator: isSpace).map(Array.init)
    }

    private static func number(after key: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let at = PDFBytes.firstIndex(of: key, in: bytes, from: 0) else { return nil }
        return PDFBytes.digits(in: bytes, at: at + key.count)?.value
    }

    /// The "]" that closes the array opened just before `start` (the groups inside nest one level).
    private static func closingBracket(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        for i in start..<bytes.count {
            if bytes[i] == UInt8(ascii: "[") { depth += 1 } else if bytes[i] == UInt8(ascii: "]") {
                if depth == 0 { return i }
                depth -= 1
            }
        }
        return nil
    }
}
