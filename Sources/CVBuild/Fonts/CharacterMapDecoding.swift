/// The character map (`cmap`): the best Unicode subtable, decoded into flat lookup arrays.
extension Parsed {
    /// Picks the best Unicode subtable (Windows UCS-4 format 12, Windows BMP format 4, then the
    /// Unicode platform's format 12 or 4) and decodes it into the lookup arrays.
    mutating func readCharacterMap(_ cmap: ByteView) throws(FontError) {
        let count = Int(try cmap.u16(2, "numTables"))
        try cmap.check(4, length: count * 8, "\(count) encoding records")
        var chosen: (rank: Int, offset: Int, format: UInt16)?
        for index in 0..<count {
            let at = 4 + index * 8
            let platform = cmap.uncheckedU16(at)
            let encoding = cmap.uncheckedU16(at + 2)
            let offset = Int(cmap.uncheckedU32(at + 4))
            guard platform == 0 || platform == 3 else { continue }
            let format = try cmap.u16(offset, "the format of subtable \(index) (platform \(platform), encoding \(encoding))")
            let rank: Int
            switch (platform, encoding, format) {
            case (3, 10, 12): rank = 0
            case (3, 1, 4): rank = 1
            case (0, _, 12): rank = 2
            case (0, _, 4): rank = 3
            default: continue
            }
            if let current = chosen, current.rank <= rank { continue }
            chosen = (rank, offset, format)
        }
        guard let chosen else {
            throw .unsupportedFormat("the font has no Unicode character map (a 'cmap' subtable of format 4 or 12), so its characters cannot be found")
        }
        var plane = BasicPlaneMap()
        if chosen.format == 4 {
            try Self.decodeFormat4(cmap, at: chosen.offset, glyphCount: glyphCount, into: &plane)
        } else {
            supplementary = try Self.decodeFormat12(cmap, at: chosen.offset, glyphCount: glyphCount, into: &plane)
        }
        basicPlane = plane
    }

    /// Segment mapping to delta values: parallel arrays of segment ends, starts, deltas and
    /// offsets into a glyph array.
    private static func decodeFormat4(
        _ cmap: ByteView, at offset: Int, glyphCount: Int, into plane: inout BasicPlaneMap
    ) throws(FontError) {
        let doubled = Int(try cmap.u16(offset + 6, "segCountX2 of the format 4 subtable"))
        guard doubled % 2 == 0 else { throw .malformed("the 'cmap' table: format 4 segCountX2 is odd (\(doubled))") }
        let segments = doubled / 2
        let ends = offset + 14
        let starts = ends + doubled + 2
        let deltas = starts + doubled
        let rangeOffsets = deltas + doubled
        try cmap.check(ends, length: doubled * 4 + 2, "the \(segments) segments of the format 4 subtable")
        let limit = UInt16(clamping: glyphCount)
        for segment in 0..<segments {
            let first = Int(cmap.uncheckedU16(starts + segment * 2))
            let last = Int(cmap.uncheckedU16(ends + segment * 2))
            // The closing segment for U+FFFF maps nothing; some fonts point it anywhere.
            guard first <= last, first != 0xFFFF else { continue }
            let delta = cmap.uncheckedU16(deltas + segment * 2)
            let rangeOffset = Int(cmap.uncheckedU16(rangeOffsets + segment * 2))
            if rangeOffset == 0 {
                for code in first...last {
                    let glyph = UInt16(truncatingIfNeeded: code) &+ delta
                    if glyph < limit { plane.set(code, glyph) }
                }
            } else {
                // idRangeOffset counts bytes from its own position to the glyph of `first`.
                let base = rangeOffsets + segment * 2 + rangeOffset
                try cmap.check(
                    base, length: (last - first + 1) * 2,
                    "the glyph IDs of format 4 segment \(segment) (U+\(hex(first))…U+\(hex(last)))")
                for code in first...last {
                    let stored = cmap.uncheckedU16(base + (code - first) * 2)
                    let glyph = stored == 0 ? 0 : stored &+ delta
                    if glyph < limit { plane.set(code, glyph) }
                }
            }
        }
    }

    /// Segmented coverage: groups of consecutive code points with consecutive glyph IDs. Fills
    /// the Basic Multilingual Plane and returns the groups above it.
    private static func decodeFormat12(
        _ cmap: ByteView, at offset: Int, glyphCount: Int, into plane: inout BasicPlaneMap
    ) throws(FontError) -> [TrueTypeFont.CodePointRange] {
        let groupCount = Int(try cmap.u32(offset + 12, "numGroups of the format 12 subtable"))
        try cmap.check(offset + 16, length: groupCount * 12, "the \(groupCount) groups of the format 12 subtable")
        var above: [TrueTypeFont.CodePointRange] = []
        var sorted = true
        for group in 0..<groupCount {
            let at = offset + 16 + group * 12
            let first = cmap.uncheckedU32(at)
            let last = min(cmap.uncheckedU32(at + 4), 0x10FFFF)
            let firstGlyph = cmap.uncheckedU32(at + 8)
            guard first <= last else { continue }
            if first < 0x10000 {
                let end = Int(min(last, 0xFFFF))
                for code in Int(first)...end {
                    let glyph = Int(firstGlyph) + (code - Int(first))
                    if glyph < glyphCount { plane.set(code, UInt16(glyph)) }
                }
            }
            if last >= 0x10000 {
                let start = max(first, 0x10000)
                let range = TrueTypeFont.CodePointRange(
                    first: start, last: last, firstGlyph: firstGlyph &+ (start - first))
                if let previous = above.last, previous.first > start { sorted = false }
                above.append(range)
            }
        }
        if !sorted { above.sort { $0.first < $1.first } }
        return above
    }

    private static func hex(_ code: Int) -> String {
        let digits = String(code, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// U+0000…U+FFFF to glyph IDs, in blocks of 256 characters: only the blocks a face has
/// characters in take memory (a Latin face a dozen, 6 KB, where one flat table was 128 KB for
/// every face of every document). A lookup is still two array reads.
struct BasicPlaneMap: Sendable {
    /// Where each block starts in `glyphs`; 0 is the shared block of zeros.
    private var blockStart = [Int32](repeating: 0, count: 256)
    private var glyphs = [UInt16](repeating: 0, count: 256)

    @inline(__always)
    subscript(code: Int) -> UInt16 {
        glyphs[Int(blockStart[code >> 8]) + (code & 0xFF)]
    }

    /// Maps a character (0 means none, and is never stored).
    mutating func set(_ code: Int, _ glyph: UInt16) {
        guard glyph != 0 else { return }
        var start = Int(blockStart[code >> 8])
        if start == 0 {
            start = glyphs.count
            blockStart[code >> 8] = Int32(start)
            glyphs += repeatElement(0, count: 256)
        }
        glyphs[start + (code & 0xFF)] = glyph
    }
}
