/// A glyph's outline as plain points, with every composite resolved: what the font subsetter
/// writes for a composite glyph, so that no embedded glyph depends on another.
///
/// Why: libharu 2.3.0 keeps the components of a used composite glyph one level deep only, and
/// many Latin fonts build accented letters and italic i and j two levels deep (Caladea's `i` is
/// a dotless i plus a combining dot that is itself a composite), so the dot or accent vanished
/// from the page while the text layer stayed right. A glyph that is all points cannot lose a part.
struct GlyphOutline {
    struct Point {
        var x: Double
        var y: Double
        var onCurve: Bool
    }

    var points: [Point] = []
    /// The index of each contour's last point.
    var contourEnds: [Int] = []

    /// Composites deeper than this are refused (real fonts use two or three levels; a loop never ends).
    static let maxDepth = 16

    /// Reads glyph `id` from `glyf` (located through `offsets`, from `loca`), resolving components.
    static func read(_ id: Int, glyf: ByteView, offsets: GlyphLocations, depth: Int = 0) throws(FontError) -> GlyphOutline {
        guard depth <= maxDepth else { throw .malformed("glyph \(id) nests composites more than \(maxDepth) levels deep") }
        guard id >= 0, id + 1 < offsets.count else { throw .malformed("a composite glyph names glyph \(id), which the font does not have") }
        let (start, end) = try offsets.range(of: id)
        guard end > start else { return GlyphOutline() }   // an empty glyph: a space
        let glyph = glyf.slice(start, length: end - start, name: "glyph \(id)")
        let contours = Int(try glyph.i16(0, "numberOfContours"))
        return contours >= 0 ? try simple(glyph, contours: contours) : try composite(glyph, glyf: glyf, offsets: offsets, depth: depth)
    }

    private static func simple(_ glyph: ByteView, contours: Int) throws(FontError) -> GlyphOutline {
        var outline = GlyphOutline()
        guard contours > 0 else { return outline }
        try glyph.check(10, length: contours * 2 + 2, "the contour ends")
        outline.contourEnds = (0..<contours).map { Int(glyph.uncheckedU16(10 + $0 * 2)) }
        let count = (outline.contourEnds.last ?? -1) + 1
        let instructions = Int(glyph.uncheckedU16(10 + contours * 2))
        var at = 12 + contours * 2 + instructions
        var flags: [UInt8] = []
        flags.reserveCapacity(count)
        while flags.count < count {
            try glyph.check(at, length: 1, "the point flags")
            let flag = glyph.bytes[at]
            at += 1
            var repeats = 0
            if flag & 0x08 != 0 {
                try glyph.check(at, length: 1, "a flag's repeat count")
                repeats = Int(glyph.bytes[at])
                at += 1
            }
            for _ in 0...repeats where flags.count < count { flags.append(flag) }
        }
        // Coordinates are deltas: a short one is a byte with its sign in the flag, a "same" flag repeats.
        func coordinates(short: UInt8, same: UInt8) throws(FontError) -> [Double] {
            var values: [Double] = []
            values.reserveCapacity(count)
            var value = 0
            for flag in flags {
                if flag & short != 0 {
                    try glyph.check(at, length: 1, "a coordinate")
                    let delta = Int(glyph.bytes[at])
                    value += flag & same != 0 ? delta : -delta
                    at += 1
                } else if flag & same == 0 {
                    value += Int(try glyph.i16(at, "a coordinate"))
                    at += 2
                }
                values.append(Double(value))
            }
            return values
        }
        let xs = try coordinates(short: 0x02, same: 0x10)
        let ys = try coordinates(short: 0x04, same: 0x20)
        outline.points = (0..<count).map { Point(x: xs[$0], y: ys[$0], onCurve: flags[$0] & 0x01 != 0) }
        return outline
    }

    private static func composite(_ glyph: ByteView, glyf: ByteView, offsets: GlyphLocations, depth: Int) throws(FontError) -> GlyphOutline {
        var outline = GlyphOutline()
        var at = 10
        while true {
            let flags = try glyph.u16(at, "a component's flags")
            let component = Int(try glyph.u16(at + 2, "a component's glyph"))
            at += 4
            let (arg1, arg2): (Int, Int)
            if flags & 0x0001 != 0 {   // ARG_1_AND_2_ARE_WORDS
                arg1 = flags & 0x0002 != 0 ? Int(try glyph.i16(at, "an offset")) : Int(try glyph.u16(at, "a point number"))
                arg2 = flags & 0x0002 != 0 ? Int(try glyph.i16(at + 2, "an offset")) : Int(try glyph.u16(at + 2, "a point number"))
                at += 4
            } else {
                try glyph.check(at, length: 2, "a component's arguments")
                arg1 = flags & 0x0002 != 0 ? Int(Int8(bitPattern: glyph.bytes[at])) : Int(glyph.bytes[at])
                arg2 = flags & 0x0002 != 0 ? Int(Int8(bitPattern: glyph.bytes[at + 1])) : Int(glyph.bytes[at + 1])
                at += 2
            }
            func f2dot14(_ offset: Int) throws(FontError) -> Double { Double(try glyph.i16(offset, "a scale")) / 16384 }
            var (a, b, c, d) = (1.0, 0.0, 0.0, 1.0)
            if flags & 0x0008 != 0 {            // WE_HAVE_A_SCALE
                a = try f2dot14(at); d = a; at += 2
            } else if flags & 0x0040 != 0 {     // WE_HAVE_AN_X_AND_Y_SCALE
                a = try f2dot14(at); d = try f2dot14(at + 2); at += 4
            } else if flags & 0x0080 != 0 {     // WE_HAVE_A_TWO_BY_TWO
                a = try f2dot14(at); b = try f2dot14(at + 2); c = try f2dot14(at + 4); d = try f2dot14(at + 6); at += 8
            }
            let part = try read(component, glyf: glyf, offsets: offsets, depth: depth + 1)
            var moved = part.points.map { Point(x: a * $0.x + c * $0.y, y: b * $0.x + d * $0.y, onCurve: $0.onCurve) }
            var dx = 0.0, dy = 0.0
            if flags & 0x0002 != 0 {            // ARGS_ARE_XY_VALUES: an offset, scaled only when asked
                dx = Double(arg1)
                dy = Double(arg2)
                if flags & 0x0800 != 0, flags & 0x1000 == 0 {
                    (dx, dy) = (a * dx + c * dy, b * dx + d * dy)
                }
            } else {                            // point matching: the component's point lands on the parent's
                guard arg1 < outline.points.count, arg2 < moved.count else {
                    throw .malformed("a component matches point \(arg1) to point \(arg2), which do not exist")
                }
                dx = outline.points[arg1].x - moved[arg2].x
                dy = outline.points[arg1].y - moved[arg2].y
            }
            for i in moved.indices {
                moved[i].x += dx
                moved[i].y += dy
            }
            let base = outline.points.count
            outline.points += moved
            outline.contourEnds += part.contourEnds.map { $0 + base }
            guard flags & 0x0020 != 0 else { break }   // MORE_COMPONENTS
        }
        return outline
    }

    /// The outline as a simple glyph's bytes (no instructions); empty for an outline with no points.
    func simpleGlyph() -> [UInt8] {
        guard !points.isEmpty else { return [] }
        let xs = points.map { Int($0.x.rounded()) }, ys = points.map { Int($0.y.rounded()) }
        var out: [UInt8] = []
        func u16(_ value: Int) { out += [UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)] }
        u16(contourEnds.count)
        u16(xs.min()!); u16(ys.min()!); u16(xs.max()!); u16(ys.max()!)
        for end in contourEnds { u16(end) }
        u16(0)   // no instructions: hinting programs do not survive flattening
        var flags: [UInt8] = [], xBytes: [UInt8] = [], yBytes: [UInt8] = []
        var lastX = 0, lastY = 0
        for (i, point) in points.enumerated() {
            var flag: UInt8 = point.onCurve ? 0x01 : 0
            func encode(_ delta: Int, short: UInt8, same: UInt8, into bytes: inout [UInt8]) {
                if delta == 0 {
                    flag |= same
                } else if abs(delta) < 256 {
                    flag |= short | (delta > 0 ? same : 0)
                    bytes.append(UInt8(abs(delta)))
                } else {
                    bytes += [UInt8(truncatingIfNeeded: delta >> 8), UInt8(truncatingIfNeeded: delta)]
                }
            }
            encode(xs[i] - lastX, short: 0x02, same: 0x10, into: &xBytes)
            encode(ys[i] - lastY, short: 0x04, same: 0x20, into: &yBytes)
            lastX = xs[i]
            lastY = ys[i]
            flags.append(flag)
        }
        return out + flags + xBytes + yBytes
    }
}

/// Where each glyph lies in `glyf`, read from `loca` when asked (the table was checked to hold
/// `count` offsets); a glyph whose offsets run backwards or past `glyf` is an error.
struct GlyphLocations {
    let loca: ByteView
    let long: Bool
    /// Glyphs + 1.
    let count: Int
    let glyfLength: Int

    func range(of glyph: Int) throws(FontError) -> (Int, Int) {
        func offset(_ i: Int) -> Int { long ? Int(loca.uncheckedU32(i * 4)) : Int(loca.uncheckedU16(i * 2)) * 2 }
        guard glyph >= 0, glyph + 1 < count else { throw .malformed("glyph \(glyph) is past the end of the 'loca' table") }
        let start = offset(glyph), end = offset(glyph + 1)
        guard start <= end, end <= glyfLength else { throw .malformed("the 'loca' table places glyph \(glyph) outside the 'glyf' table") }
        return (start, end)
    }
}
