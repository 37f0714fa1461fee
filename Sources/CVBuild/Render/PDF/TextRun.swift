import CHaru

/// One placed text written as a `TJ` array: the whole phrase stays one string to a reader (an
/// ATS finds every word whole), while each kerned pair gets its adjustment between the two
/// characters. libharu has no `TJ`, so the operator goes straight into the page's content
/// stream; libharu still sets the font, colour and position, and is told about every character
/// (so it keeps their glyphs when it embeds the font).
enum TextRun {
    /// The `TJ` operand for `codes` (one code per character: 1 byte for a WinAnsi font, the
    /// character's 2-byte Unicode value for a Unicode font), kerned by `font`.
    /// `wordSpacing` (thousandths of an em) is added after each space, for a justified line.
    /// Built as bytes: this runs for every phrase of every page.
    static func array(_ scalars: [Unicode.Scalar], codes: [[UInt8]], font: (any FontMetrics)?, wordSpacing: Double = 0) -> [UInt8] {
        var out: [UInt8] = Array("[<".utf8)
        out.reserveCapacity(scalars.count * 5 + 16)
        func adjust(_ value: Double) {
            out += Array(("> " + number(value) + " <").utf8)
        }
        for (i, code) in codes.enumerated() {
            if i > 0, wordSpacing != 0, scalars[i - 1] == " " { adjust(-wordSpacing) }
            if i > 0, let font, !TextShaper.isWhitespace(scalars[i - 1]), !TextShaper.isWhitespace(scalars[i]) {
                let kern = font.kerning(scalars[i - 1], scalars[i]) + CJKSpacing.compression(scalars[i - 1], scalars[i], font: font)
                // TJ numbers are thousandths of an em, subtracted from the position: closer is positive.
                if kern != 0 { adjust(-Double(kern) * 1000 / Double(font.unitsPerEm)) }
            }
            for byte in code {
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            }
        }
        out += Array(">] TJ\n".utf8)
        return out
    }

    /// Writes the text at the page's current text matrix; false when the page has no content
    /// stream to write to (the caller then falls back to libharu's own `Tj`).
    static func write(_ operand: [UInt8], page: HPDF_Page) -> Bool {
        guard let attr = page.pointee.attr?.assumingMemoryBound(to: HPDF_PageAttr_Rec.self),
              let stream = attr.pointee.stream else { return false }
        return operand.withUnsafeBufferPointer { HPDF_Stream_Write(stream, $0.baseAddress, HPDF_UINT($0.count)) } == HPDF_OK
    }

    /// Codes for a WinAnsi font (one byte each) or a Unicode font (two bytes each); nil when a
    /// character lies above U+FFFF, which libharu's Unicode fonts cannot write as two bytes.
    static func codes(_ scalars: [Unicode.Scalar], winAnsi: [UInt8]?) -> [[UInt8]]? {
        if let winAnsi { return winAnsi.map { [$0] } }
        var out: [[UInt8]] = []
        out.reserveCapacity(scalars.count)
        for s in scalars {
            guard s.value <= 0xFFFF else { return nil }
            out.append([UInt8(s.value >> 8), UInt8(s.value & 0xFF)])
        }
        return out
    }

    private static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
