/// What the layout needs to know about a font: how wide each character is and how tall lines are.
/// `TrueTypeFont` provides it from the font file; tests can provide fixed widths.
package protocol FontMetrics: Sendable {
    var unitsPerEm: Int { get }
    var ascender: Int { get }
    var descender: Int { get }
    /// Advance width in font units, or nil when the font has no glyph for the character.
    func advance(of scalar: Unicode.Scalar) -> Int?
}

/// The four faces a theme names.
package enum FontStyle: Int, Hashable, Sendable, CaseIterable {
    case regular, bold, italic, boldItalic
}

/// Which font draws a piece of text: one of the theme's faces, or its n-th fallback.
package enum FaceRef: Hashable, Sendable {
    case style(FontStyle)
    case fallback(Int)
}

/// The fonts a document can use, by `FaceRef`. A fallback that could not be loaded is nil.
package struct FontBook: Sendable {
    package var faces: [FontStyle: any FontMetrics]
    package var fallbacks: [(any FontMetrics)?]

    package init(faces: [FontStyle: any FontMetrics], fallbacks: [(any FontMetrics)?]) {
        self.faces = faces
        self.fallbacks = fallbacks
    }

    package func metrics(_ face: FaceRef) -> (any FontMetrics)? {
        switch face {
        case .style(let s): faces[s] ?? faces[.regular]
        case .fallback(let i): i < fallbacks.count ? fallbacks[i] : nil
        }
    }

    /// The first face that has the character: the style's own, then each fallback in order.
    package func face(for scalar: Unicode.Scalar, style: FontStyle) -> FaceRef? {
        if metrics(.style(style))?.advance(of: scalar) != nil { return .style(style) }
        for (i, font) in fallbacks.enumerated() where font?.advance(of: scalar) != nil { return .fallback(i) }
        return nil
    }

    /// Width of one character in one face at a size, in points.
    package func width(of scalar: Unicode.Scalar, face: FaceRef, size: Double) -> Double {
        guard let font = metrics(face) else { return 0 }
        return Double(font.advance(of: scalar) ?? 0) * size / Double(font.unitsPerEm)
    }

    /// Width of text in one face at a size, in points.
    package func width(_ text: Substring.UnicodeScalarView, face: FaceRef, size: Double) -> Double {
        guard let font = metrics(face) else { return 0 }
        var units = 0
        for scalar in text { units += font.advance(of: scalar) ?? 0 }
        return Double(units) * size / Double(font.unitsPerEm)
    }
}
