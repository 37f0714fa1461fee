import Foundation

/// The metrics of one TrueType face, read without libharu so that the layout can measure text
/// with the same glyph advances the PDF will use.
///
/// Everything the layout asks for is decoded once at load into flat arrays: the Basic
/// Multilingual Plane of the character map is a table in blocks of 256, the planes above it a short
/// sorted list of ranges, and the advance widths an array indexed by glyph. Lookups are then an
/// array read. A class, immutable: the layout passes a face around per character, and a
/// reference is cheaper to hand over than a value of a dozen arrays.
package final class TrueTypeFont: Sendable {
    /// Font design units per em (`head.unitsPerEm`); advances are in these units.
    package let unitsPerEm: Int
    /// `hhea.ascender`, in font units.
    package let ascender: Int
    /// `hhea.descender`, in font units (negative below the baseline).
    package let descender: Int
    /// `hhea.lineGap`, in font units.
    package let lineGap: Int
    /// `OS/2.sCapHeight` when the table is version 2 or later and the value is set; else nil.
    package let capHeight: Int?
    /// `OS/2.sxHeight` when the table is version 2 or later and the value is set; else nil.
    package let xHeight: Int?
    /// `OS/2.usWeightClass` (400 regular, 700 bold) when the font has an OS/2 table.
    package let weightClass: Int?
    /// `maxp.numGlyphs`.
    package let glyphCount: Int
    /// The PostScript name (name ID 6), e.g. "Caladea-Regular".
    package let postScriptName: String?
    /// The family name (name ID 1), e.g. "Caladea".
    package let familyName: String?
    /// Whether the face has TrueType outlines (a `glyf` table), which libharu needs to embed it.
    package let hasGlyphOutlines: Bool
    /// The face this value was read from, within a collection (0 for a single font).
    package let faceIndex: Int

    /// Advance widths in font units, one per long horizontal metric; later glyphs use the last.
    let advances: [UInt16]
    /// Glyph IDs of U+0000…U+FFFF; 0 where the font has no glyph.
    let basicPlane: BasicPlaneMap
    /// Mappings above U+FFFF, sorted by first code point and not overlapping.
    let supplementary: [CodePointRange]
    /// Pair kerning from GPOS or `kern`; empty when the face has none.
    let kerningPairs: KerningPairs

    /// A run of consecutive code points mapped to consecutive glyphs (a cmap format 12 group).
    struct CodePointRange: Sendable {
        var first: UInt32
        var last: UInt32
        var firstGlyph: UInt32
    }

    /// Reads a font from its bytes; `faceIndex` picks the face of a TrueType collection (.ttc).
    package init(data: Data, faceIndex: Int = 0) throws(FontError) {
        let parsed: Parsed
        do {
            parsed = try data.withUnsafeBytes { raw throws(FontError) in
                try Parsed(raw, faceIndex: faceIndex)
            }
        } catch let error as FontError {
            throw error
        } catch {
            throw .malformed("\(error)")
        }
        unitsPerEm = parsed.unitsPerEm
        ascender = parsed.ascender
        descender = parsed.descender
        lineGap = parsed.lineGap
        capHeight = parsed.capHeight
        xHeight = parsed.xHeight
        weightClass = parsed.weightClass
        glyphCount = parsed.glyphCount
        postScriptName = parsed.postScriptName
        familyName = parsed.familyName
        hasGlyphOutlines = parsed.hasGlyphOutlines
        self.faceIndex = faceIndex
        advances = parsed.advances
        basicPlane = parsed.basicPlane
        supplementary = parsed.supplementary
        kerningPairs = parsed.kerning
    }

    /// Reads the font file at `path`. The file is memory-mapped, so only the tables read are
    /// paged in (a CJK collection can be 20 MB). Errors about the content do not repeat the path;
    /// callers put it in front.
    package static func load(path: String, faceIndex: Int = 0) throws(FontError) -> TrueTypeFont {
        try TrueTypeFont(data: try mapped(path), faceIndex: faceIndex)
    }

    /// A font file's bytes, mapped rather than read. A font is read here and there (a CJK
    /// collection is 20 MB, of which a résumé needs a few hundred glyphs): the mapping is marked
    /// random-access, or the kernel maps 64 KB around every page touched, which cost the Chinese
    /// sample 5 MiB of peak memory.
    package static func mapped(_ path: String) throws(FontError) -> Data {
        // mmap directly: Foundation's mapped read goes through URL, whose first use in a process
        // costs more than mapping the file.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .notFound(path) }
            throw .unreadable(path, String(cString: strerror(code)).lowercased())
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path, String(cString: strerror(errno)).lowercased()) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path, "it is a folder, not a font file") }
        let size = Int(status.st_size)
        guard size > 0 else { return Data() }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            throw .unreadable(path, String(cString: strerror(errno)).lowercased())
        }
        _ = madvise(base, size, MADV_RANDOM)
        return Data(bytesNoCopy: base, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
    }

    // MARK: - Measuring

    /// The glyph for a character, or nil when the character map has none (or maps it to 0).
    @inline(__always)
    package func glyphID(for scalar: Unicode.Scalar) -> Int? {
        let glyph = rawGlyph(scalar)
        return glyph == 0 ? nil : glyph
    }

    /// The advance width of a glyph in font units; 0 for a glyph ID the font does not have.
    @inline(__always)
    package func advance(glyph: Int) -> Int {
        guard glyph >= 0, glyph < glyphCount else { return 0 }
        return Int(glyph < advances.count ? advances[glyph] : advances[advances.count - 1])
    }

    /// The advance width of a character's glyph in font units, or nil when the font lacks it.
    package func advance(of scalar: Unicode.Scalar) -> Int? {
        let glyph = rawGlyph(scalar)
        return glyph == 0 ? nil : advance(glyph: glyph)
    }

    /// The kerning between two characters in font units (negative: set closer), 0 when the face
    /// has no pair for them.
    package func kerning(_ left: Unicode.Scalar, _ right: Unicode.Scalar) -> Int {
        kerningPairs.isEmpty ? 0 : kerningPairs.adjustment(rawGlyph(left), rawGlyph(right))
    }

    /// Whether the font has a glyph for the character.
    package func hasGlyph(for scalar: Unicode.Scalar) -> Bool { rawGlyph(scalar) != 0 }

    /// The width of the characters at `size` points (or any unit): the sum of their advances,
    /// scaled by size / unitsPerEm. A character the font lacks counts as glyph 0 (.notdef), which
    /// is what the PDF would show. No kerning.
    package func width<S: Sequence>(of scalars: S, size: Double) -> Double where S.Element == Unicode.Scalar {
        var total = 0
        for scalar in scalars { total += advance(glyph: rawGlyph(scalar)) }
        return Double(total) * size / Double(unitsPerEm)
    }

    /// The width of a string's characters at `size`; see `width(of:size:)` for scalars.
    package func width(of text: some StringProtocol, size: Double) -> Double {
        width(of: text.unicodeScalars, size: size)
    }

    /// The glyph for a character, 0 when it has none.
    @inline(__always)
    func rawGlyph(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x10000 { return Int(basicPlane[Int(value)]) }
        return supplementaryGlyph(value)
    }

    private func supplementaryGlyph(_ value: UInt32) -> Int {
        // The last range starting at or before `value`.
        var low = 0
        var high = supplementary.count
        while low < high {
            let middle = (low + high) / 2
            if supplementary[middle].first <= value { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return 0 }
        let range = supplementary[low - 1]
        guard value <= range.last else { return 0 }
        let glyph = Int(range.firstGlyph) + Int(value - range.first)
        return glyph < glyphCount ? glyph : 0
    }
}

extension TrueTypeFont: CustomStringConvertible {
    /// A short summary (the lookup tables would fill pages of a test failure or a debugger).
    package var description: String {
        let name = postScriptName ?? familyName ?? "unnamed"
        let face = faceIndex == 0 ? "" : ", face \(faceIndex)"
        return "TrueTypeFont(\(name)\(face), \(glyphCount) glyphs, \(unitsPerEm) units per em)"
    }
}
