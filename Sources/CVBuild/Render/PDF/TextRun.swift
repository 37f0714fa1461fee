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
    static func array(_ scalars: [Unicode.Scalar], codes: [[UInt8]], font: (any FontMetrics)?, wordSpacing: Double = 0) -> String {
        var out = "[<"
        for (i, code) in codes.enumerated() {
            if i > 0, wordSpacing != 0, scalars[i - 1] == " " { out += "> " + number(-wordSpacing) + " <" }
            if i > 0, let font, !scalars[i - 1].properties.isWhitespace, !scalars[i].properties.isWhitespace {
                let kern = font.kerning(scalars[i - 1], scalars[i]) + CJKSpacing.compression(scalars[i - 1], scalars[i], font: font)
                if kern != 0 {
                    // TJ numbers are thousandths of an em, subtracted from the position: closer is positive.
                    let value = -Double(kern) * 1000 / Double(font.unitsPerEm)
                    out += "> " + number(value) + " <"
                }
            }
            for byte in code { out += hex[Int(byte)] }
        }
        return out + ">] TJ\n"
    }

    /// Writes the text at the page's current text matrix; false when the page has no content
    /// stream to write to (the caller then falls back to libharu's own `Tj`).
    static func write(_ operand: String, page: HPDF_Page) -> Bool {
        guard let attr = page.pointee.attr?.assumingMemoryBound(to: HPDF_PageAttr_Rec.self),
              let stream = attr.pointee.stream else { return false }
        return HPDF_Stream_WriteStr(stream, operand) == HPDF_OK
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

    private static let hex: [String] = (0..<256).map { String($0, radix: 16, uppercase: true).leftPadded(to: 2) }
}
