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
            guard let end = PDFBytes.firstIndex(of: Array("endobj".utf8), in: bytes, from: at) else { continue }
            let text = String(decoding: bytes[at..<end], as: UTF8.self)
            guard let font = baseFont(text).flatMap({ fonts[$0] }), let fixed = rewritten(text, font: font), fixed != text else { continue }
            let replacement = Array(fixed.utf8)
            bytes.replaceSubrange(at..<end, with: replacement)
            PDFBytes.moveOffsets(in: &bytes, after: at, by: replacement.count - (end - at))
        }
        return bytes
    }

    /// "/BaseFont /HPDFAA+Caladea-Bold,Bold" → "Caladea-Bold".
    private static func baseFont(_ dict: String) -> String? {
        guard let range = dict.range(of: "/BaseFont /") else { return nil }
        var name = dict[range.upperBound...].prefix { !$0.isWhitespace && $0 != "/" }
        if let plus = name.firstIndex(of: "+") { name = name[name.index(after: plus)...] }
        if let comma = name.firstIndex(of: ",") { name = name[..<comma] }
        return String(name)
    }

    private static func rewritten(_ dict: String, font: any FontMetrics) -> String? {
        func width(_ scalar: Unicode.Scalar?) -> String? {
            guard let scalar, let advance = font.advance(of: scalar) else { return nil }
            let value = (Double(advance) * 1000 / Double(font.unitsPerEm) * 1000).rounded() / 1000
            return value == value.rounded() ? String(Int(value)) : String(value)
        }
        if let range = dict.range(of: "/Widths ["), let close = dict[range.upperBound...].firstIndex(of: "]") {
            // A simple font: one width per code from /FirstChar, in WinAnsi.
            guard let first = number(after: "/FirstChar ", in: dict) else { return nil }
            let old = dict[range.upperBound..<close].split(whereSeparator: \.isWhitespace)
            let new = old.enumerated().map { i, w in w == "0" ? "0" : (width(WinAnsi.scalar(first + i)) ?? String(w)) }
            return dict.replacingCharacters(in: range.upperBound..<close, with: "\n" + lines(new) + "\n")
        }
        if let range = dict.range(of: "/W ["), let close = closingBracket(dict, from: range.upperBound) {
            // A CID font: "cid [w w …]" groups; libharu's codes are the characters' Unicode values.
            var out: [String] = []
            var cid = 0, inGroup = false
            for token in dict[range.upperBound..<close].split(whereSeparator: \.isWhitespace) {
                switch token {
                case "[": inGroup = true; out.append("[")
                case "]": inGroup = false; out.append("]")
                default:
                    if inGroup {
                        out.append(width(Unicode.Scalar(UInt32(cid))) ?? String(token))
                        cid += 1
                    } else {
                        cid = Int(token) ?? cid
                        out.append(String(token))
                    }
                }
            }
            return dict.replacingCharacters(in: range.upperBound..<close, with: " " + out.joined(separator: " ") + " ")
        }
        return nil
    }

    private static func number(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    /// The "]" that closes the array opened just before `start` (the groups inside nest one level).
    private static func closingBracket(_ text: String, from start: String.Index) -> String.Index? {
        var depth = 0
        var i = start
        while i < text.endIndex {
            if text[i] == "[" { depth += 1 } else if text[i] == "]" {
                if depth == 0 { return i }
                depth -= 1
            }
            i = text.index(after: i)
        }
        return nil
    }

    private static func lines(_ values: [String]) -> String {
        stride(from: 0, to: values.count, by: 16).map { values[$0..<min($0 + 16, values.count)].joined(separator: " ") }.joined(separator: "\n")
    }
}
