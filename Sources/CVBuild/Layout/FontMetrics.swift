/// What the layout needs to know about a font: how wide each character is and how tall lines are.
/// `TrueTypeFont` provides it from the font file; tests can provide fixed widths.
package protocol FontMetrics: Sendable {
    var unitsPerEm: Int { get }
    var ascender: Int { get }
    var descender: Int { get }
    /// Advance width in font units, or nil when the font has no glyph for the character.
    func advance(of scalar: Unicode.Scalar) -> Int?
    /// Pair kerning in font units (negative: closer), 0 for none.
    func kerning(_ left: Unicode.Scalar, _ right: Unicode.Scalar) -> Int
    /// `OS/2.usWeightClass` (400 regular, 700 bold), nil when unknown.
    var weightClass: Int? { get }
    /// The height of a lower-case x in font units, nil when unknown.
    var xHeight: Int? { get }
}

extension FontMetrics {
    package func kerning(_ left: Unicode.Scalar, _ right: Unicode.Scalar) -> Int { 0 }
    package var weightClass: Int? { nil }
    package var xHeight: Int? { nil }

    /// A character's advance at `size`, in points (0 when the face lacks it).
    package func advanceWidth(_ scalar: Unicode.Scalar, size: Double) -> Double {
        Double(advance(of: scalar) ?? 0) * size / Double(unitsPerEm)
    }

    /// The kerning, and the compression of adjacent full-width punctuation, between two
    /// characters at `size`, in points.
    package func kerningWidth(_ left: Unicode.Scalar, _ right: Unicode.Scalar, size: Double) -> Double {
        Double(kerning(left, right) + CJKSpacing.compression(left, right, font: self)) * size / Double(unitsPerEm)
    }
}

/// The four faces a theme names.
package enum FontStyle: Int, Hashable, Sendable, CaseIterable {
    case regular, bold, italic, boldItalic
    /// The theme's second family, for the name and headings (the bold face when it has none).
    case display
}

/// Which font draws a piece of text: one of the theme's faces, or its n-th fallback.
package enum FaceRef: Hashable, Sendable {
    case style(FontStyle)
    case fallback(Int)
}

/// The fonts a document can use, by `FaceRef`. A fallback that could not be loaded is nil.
package struct FontBook: Sendable {
    package let faces: [FontStyle: any FontMetrics]
    package let fallbacks: [(any FontMetrics)?]
    /// `faces` by `FontStyle.rawValue`: the layout asks for a face per character, and an array
    /// read costs nothing where a dictionary hashes.
    private let byStyle: [(any FontMetrics)?]

    /// Which fallbacks are made for Chinese, Japanese or Korean (they have Han, kana or Hangul).
    private let cjkFallbacks: [Bool]
    /// Which are Korean faces: Hangul, and no simplified Chinese (a Chinese face may carry
    /// Hangul too, and a Korean face some Han for Hanja).
    private let koreanFallbacks: [Bool]

    package init(faces: [FontStyle: any FontMetrics], fallbacks: [(any FontMetrics)?]) {
        self.faces = faces
        self.fallbacks = fallbacks
        byStyle = FontStyle.allCases.map { faces[$0] }
        cjkFallbacks = fallbacks.map { font in font.map(Self.isCJKFace) ?? false }
        koreanFallbacks = fallbacks.map { font in font.map(Self.isKoreanFace) ?? false }
    }

    package static func isHangul(_ s: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7AF).contains(s.value) || (0x1100...0x11FF).contains(s.value) || (0x3130...0x318F).contains(s.value)
    }

    /// Has Hangul and lacks 们 (U+4EEC), a simplified Chinese character no Hanja set has.
    package static func isKoreanFace(_ font: any FontMetrics) -> Bool {
        font.advance(of: "\u{AC00}") != nil && font.advance(of: "\u{4EEC}") == nil
    }

    /// Whether a face is made for Chinese, Japanese or Korean: it has Han, kana or Hangul.
    package static func isCJKFace(_ font: any FontMetrics) -> Bool {
        ["\u{4E00}", "\u{3042}", "\u{AC00}"].contains { font.advance(of: $0) != nil }
    }

    package func metrics(_ face: FaceRef) -> (any FontMetrics)? {
        switch face {
        case .style(let s): byStyle[s.rawValue] ?? (s == .display ? byStyle[FontStyle.bold.rawValue] : nil) ?? byStyle[0]
        case .fallback(let i): i < fallbacks.count ? fallbacks[i] : nil
        }
    }

    /// The face for a character: the style's own when it has it; else the first fallback made
    /// for the character's script that has it — a CJK face for Han, kana and Hangul, any other
    /// for the rest (Cyrillic or Vietnamese set in a Chinese face comes out spaced like
    /// ideographs and in the wrong style) — and only then any fallback that has it.
    /// The size to set a Latin-family fallback at so its lower case matches the theme's face
    /// (DejaVu's x-height is a fifth taller than Gentium's: Cyrillic set at the same size looks
    /// shouted). Chinese, Japanese and Korean faces keep the size: they have no lower case.
    package func size(_ size: Double, for face: FaceRef, style: FontStyle) -> Double {
        guard case .fallback(let i) = face, i < cjkFallbacks.count, !cjkFallbacks[i],
              let own = metrics(.style(style)), let fallback = metrics(face),
              let ownX = own.xHeight, let otherX = fallback.xHeight else { return size }
        let ratio = (Double(ownX) / Double(own.unitsPerEm)) / (Double(otherX) / Double(fallback.unitsPerEm))
        return size * min(1.15, max(0.8, ratio))
    }

    /// The first Chinese, Japanese or Korean fallback that has the character.
    package func cjkFace(for scalar: Unicode.Scalar) -> FaceRef? {
        for (i, font) in fallbacks.enumerated() where cjkFallbacks[i] && font?.advance(of: scalar) != nil { return .fallback(i) }
        return nil
    }

    package func face(for scalar: Unicode.Scalar, style: FontStyle) -> FaceRef? {
        if metrics(.style(style))?.advance(of: scalar) != nil { return .style(style) }
        let cjk = Self.isCJK(scalar)
        // Hangul from a Korean face, Han and kana from a Chinese or Japanese one, when the theme has both.
        let hangul = Self.isHangul(scalar)
        if cjk {
            for (i, font) in fallbacks.enumerated() where cjkFallbacks[i] && koreanFallbacks[i] == hangul && font?.advance(of: scalar) != nil {
                return .fallback(i)
            }
        }
        for (i, font) in fallbacks.enumerated() where cjkFallbacks[i] == cjk && font?.advance(of: scalar) != nil { return .fallback(i) }
        for (i, font) in fallbacks.enumerated() where font?.advance(of: scalar) != nil { return .fallback(i) }
        return nil
    }

    /// Han, kana, Hangul, bopomofo and their punctuation, compatibility and full-width forms.
    package static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x11FF, 0x2E80...0x2FFF, 0x3000...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    /// Whether text meant to be bold in `face` needs a drawn bold: a fallback face (a Chinese face
    /// has no bold weight) lighter than semibold.
    package func needsDrawnBold(_ face: FaceRef, style: FontStyle) -> Bool {
        guard case .fallback = face, [.bold, .boldItalic, .display].contains(style) else { return false }
        return (metrics(face)?.weightClass ?? 400) < 600
    }

    /// Width of one character in one face at a size, in points.
    package func width(of scalar: Unicode.Scalar, face: FaceRef, size: Double) -> Double {
        metrics(face)?.advanceWidth(scalar, size: size) ?? 0
    }

    /// The kerning between two characters of one face at a size, in points.
    package func kerning(_ left: Unicode.Scalar, _ right: Unicode.Scalar, face: FaceRef, size: Double) -> Double {
        metrics(face)?.kerningWidth(left, right, size: size) ?? 0
    }

    /// Width of text in one face at a size, in points.
    package func width(_ text: Substring.UnicodeScalarView, face: FaceRef, size: Double) -> Double {
        guard let font = metrics(face) else { return 0 }
        var units = 0
        for scalar in text { units += font.advance(of: scalar) ?? 0 }
        return Double(units) * size / Double(font.unitsPerEm)
    }
}
