/// A `cmap` table with one Windows Unicode (3, 1) format 4 subtable: the kind libharu reads.
///
/// Characters close together share a segment (the gaps map to glyph 0), so that a document's
/// few hundred Chinese characters make tens of segments, not hundreds: libharu looks a code
/// point up by walking the segments, and it looks up all 65,536 of them for a Unicode font.
enum CharacterMapWriter {
    /// A gap of at most this many unused code points is bridged rather than starting a segment.
    static let bridgedGap = 24

    static func table(_ map: [(code: UInt32, glyph: Int)]) -> [UInt8] {
        // Segments of nearby codes, each with its run of glyph ids; then the required 0xFFFF segment.
        var segments: [(start: Int, end: Int, glyphs: [Int])] = []
        for (code, glyph) in map {
            let c = Int(code)
            if var last = segments.last, c - last.end <= bridgedGap + 1, c > last.end {
                last.glyphs += [Int](repeating: 0, count: c - last.end - 1) + [glyph]
                last.end = c
                segments[segments.count - 1] = last
            } else if segments.last.map({ c > $0.end }) ?? true {
                segments.append((c, c, [glyph]))
            }
        }
        if segments.last?.end == 0xFFFF { segments.removeLast() }
        let count = segments.count + 1
        var power = 1, exponent = 0
        while power * 2 <= count { power *= 2; exponent += 1 }
        var ends: [UInt8] = [], starts: [UInt8] = [], deltas: [UInt8] = [], rangeOffsets: [UInt8] = [], glyphArray: [UInt8] = []
        for (i, segment) in segments.enumerated() {
            ends += bigEndian16(segment.end)
            starts += bigEndian16(segment.start)
            deltas += bigEndian16(0)
            // From this segment's idRangeOffset entry to its first glyph in the array, in bytes.
            rangeOffsets += bigEndian16((count - i) * 2 + glyphArray.count)
            glyphArray += segment.glyphs.flatMap { bigEndian16($0) }
        }
        ends += bigEndian16(0xFFFF)
        starts += bigEndian16(0xFFFF)
        deltas += bigEndian16(1)
        rangeOffsets += bigEndian16(0)
        let body = ends + bigEndian16(0) + starts + deltas + rangeOffsets + glyphArray
        let subtable = bigEndian16(4) + bigEndian16(14 + body.count) + bigEndian16(0) + bigEndian16(count * 2)
            + bigEndian16(power * 2) + bigEndian16(exponent) + bigEndian16(count * 2 - power * 2) + body
        return bigEndian16(0) + bigEndian16(1) + bigEndian16(3) + bigEndian16(1) + bigEndian32(12) + subtable
    }
}
