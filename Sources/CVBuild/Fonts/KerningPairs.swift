/// A face's pair kerning, read from the GPOS `kern` feature (pair-adjustment lookups, glyph
/// pairs and class pairs) or, when the face has none there, from the old `kern` table
/// (format 0). The layout measures with it and the PDF writer places with it, so both agree.
///
/// Values are x-advance adjustments of the first glyph, in font units (negative: closer).
struct KerningPairs: Sendable {
    /// One pair-adjustment subtable, tried in lookup order: the first whose coverage has the
    /// first glyph decides (a class subtable decides even when its value is 0, as OpenType says).
    /// Flat arrays rather than dictionaries: a face's pairs are read on every render, and hashing
    /// thousands of them cost more than the whole layout.
    enum Subtable: Sendable {
        /// Glyph pairs (first << 16 | second), sorted, with their values.
        case pairs(SortedPairs)
        /// Classes by glyph ID (0 past the end); `covered` by glyph ID too.
        case classes(covered: [Bool], first: [UInt16], second: [UInt16], secondClasses: Int, values: [Int16])
    }

    /// Pair keys in ascending order, each once (the first value read wins), for binary search.
    struct SortedPairs: Sendable {
        var keys: [UInt32] = []
        var values: [Int16] = []

        init(_ read: [(key: UInt32, value: Int16)]) {
            // Fonts store their pairs in order (the formats require it), so sorting is rare; when
            // needed, by key and then reading order, so the first of duplicate keys is kept.
            let inOrder = zip(read, read.dropFirst()).allSatisfy { $0.key < $1.key }
            let order = inOrder ? Array(read.indices) : read.indices.sorted { (read[$0].key, $0) < (read[$1].key, $1) }
            keys.reserveCapacity(read.count)
            values.reserveCapacity(read.count)
            for i in order where keys.last != read[i].key {
                keys.append(read[i].key)
                values.append(read[i].value)
            }
        }

        var isEmpty: Bool { keys.isEmpty }

        func value(_ key: UInt32) -> Int16? {
            var low = 0, high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle] < key { low = middle + 1 } else { high = middle }
            }
            return low < keys.count && keys[low] == key ? values[low] : nil
        }
    }

    var subtables: [Subtable] = []

    var isEmpty: Bool { subtables.isEmpty }

    func adjustment(_ left: Int, _ right: Int) -> Int {
        guard left > 0, right > 0, left <= 0xFFFF, right <= 0xFFFF else { return 0 }
        for subtable in subtables {
            switch subtable {
            case .pairs(let pairs):
                if let value = pairs.value(UInt32(left) << 16 | UInt32(right)) { return Int(value) }
            case .classes(let covered, let first, let second, let secondClasses, let values):
                guard left < covered.count, covered[left] else { continue }
                let c1 = left < first.count ? Int(first[left]) : 0, c2 = right < second.count ? Int(second[right]) : 0
                let index = c1 * secondClasses + c2
                return index < values.count ? Int(values[index]) : 0
            }
        }
        return 0
    }

    /// Reads what the face has; a malformed table gives no kerning rather than a failed render.
    init(tables: Parsed.FaceTables) {
        if let gpos = tables.table(Tag.code("GPOS")), let read = try? Self.gpos(gpos), !read.isEmpty {
            subtables = read
        } else if let kern = tables.table(Tag.code("kern")), let read = try? Self.kern(kern), !read.isEmpty {
            subtables = [.pairs(read)]
        }
    }

    init() {}

    // MARK: GPOS

    private static func gpos(_ table: ByteView) throws(FontError) -> [Subtable] {
        let featureList = Int(try table.u16(6, "FeatureList offset"))
        let lookupList = Int(try table.u16(8, "LookupList offset"))
        var lookups = Set<Int>()
        let features = Int(try table.u16(featureList, "FeatureCount"))
        for i in 0..<features {
            let record = featureList + 2 + i * 6
            guard try table.u32(record, "FeatureTag") == Tag.code("kern") else { continue }
            let feature = featureList + Int(try table.u16(record + 4, "Feature offset"))
            let count = Int(try table.u16(feature + 2, "LookupIndexCount"))
            for j in 0..<count { lookups.insert(Int(try table.u16(feature + 4 + j * 2, "LookupListIndex"))) }
        }
        let lookupCount = Int(try table.u16(lookupList, "LookupCount"))
        var out: [Subtable] = []
        for index in lookups.sorted() where index < lookupCount {
            let lookup = lookupList + Int(try table.u16(lookupList + 2 + index * 2, "Lookup offset"))
            let type = try table.u16(lookup, "LookupType")
            let count = Int(try table.u16(lookup + 4, "SubTableCount"))
            for j in 0..<count {
                var at = lookup + Int(try table.u16(lookup + 6 + j * 2, "SubTable offset"))
                var subtype = type
                if type == 9 {   // an extension: the real subtable is further on, with a 32-bit offset
                    subtype = try table.u16(at + 2, "ExtensionLookupType")
                    at += Int(try table.u32(at + 4, "ExtensionOffset"))
                }
                guard subtype == 2 else { continue }
                if let sub = try pairAdjustment(table, at) { out.append(sub) }
            }
        }
        return out
    }

    private static func pairAdjustment(_ t: ByteView, _ at: Int) throws(FontError) -> Subtable? {
        let format = try t.u16(at, "PosFormat")
        let coverage = try glyphs(t, at + Int(try t.u16(at + 2, "Coverage offset")))
        let format1 = try t.u16(at + 4, "ValueFormat1"), format2 = try t.u16(at + 6, "ValueFormat2")
        guard format1 & 0x0004 != 0 else { return nil }   // no x-advance for the first glyph
        let size1 = (format1 & 0xFF).nonzeroBitCount * 2, size2 = (format2 & 0xFF).nonzeroBitCount * 2
        let advanceAt = (format1 & 0x0003).nonzeroBitCount * 2
        if format == 1 {
            let setCount = Int(try t.u16(at + 8, "PairSetCount"))
            var pairs: [(key: UInt32, value: Int16)] = []
            for (i, first) in coverage.enumerated() where i < setCount {
                let set = at + Int(try t.u16(at + 10 + i * 2, "PairSet offset"))
                let count = Int(try t.u16(set, "PairValueCount"))
                let record = 2 + size1 + size2
                try t.check(set + 2, length: count * record, "\(count) pair values")
                for k in 0..<count {
                    let r = set + 2 + k * record
                    pairs.append((UInt32(first) << 16 | UInt32(t.uncheckedU16(r)), Int16(bitPattern: t.uncheckedU16(r + 2 + advanceAt))))
                }
            }
            return .pairs(SortedPairs(pairs))
        }
        guard format == 2 else { return nil }
        let class1 = try classes(t, at + Int(try t.u16(at + 8, "ClassDef1 offset")))
        let class2 = try classes(t, at + Int(try t.u16(at + 10, "ClassDef2 offset")))
        let count1 = Int(try t.u16(at + 12, "Class1Count")), count2 = Int(try t.u16(at + 14, "Class2Count"))
        let record = size1 + size2
        try t.check(at + 16, length: count1 * count2 * record, "the class pair values")
        var values = [Int16](repeating: 0, count: count1 * count2)
        for i in 0..<(count1 * count2) { values[i] = Int16(bitPattern: t.uncheckedU16(at + 16 + i * record + advanceAt)) }
        var covered = [Bool](repeating: false, count: Int(coverage.max() ?? 0) + 1)
        for glyph in coverage { covered[Int(glyph)] = true }
        return .classes(covered: covered, first: class1, second: class2, secondClasses: count2, values: values)
    }

    /// A Coverage table's glyphs, in coverage-index order.
    private static func glyphs(_ t: ByteView, _ at: Int) throws(FontError) -> [UInt16] {
        let format = try t.u16(at, "CoverageFormat")
        let count = Int(try t.u16(at + 2, "Coverage count"))
        if format == 1 {
            try t.check(at + 4, length: count * 2, "coverage glyphs")
            return (0..<count).map { t.uncheckedU16(at + 4 + $0 * 2) }
        }
        try t.check(at + 4, length: count * 6, "coverage ranges")
        var out: [UInt16] = []
        for i in 0..<count {
            let r = at + 4 + i * 6
            let start = t.uncheckedU16(r), end = t.uncheckedU16(r + 2)
            if start <= end { out += Array(start...end) }
        }
        return out
    }

    /// A ClassDef table as an array indexed by glyph ID (class 0 for glyphs past its end),
    /// allocated once at its full size.
    private static func classes(_ t: ByteView, _ at: Int) throws(FontError) -> [UInt16] {
        let format = try t.u16(at, "ClassFormat")
        if format == 1 {
            let start = Int(try t.u16(at + 2, "StartGlyphID")), count = Int(try t.u16(at + 4, "GlyphCount"))
            try t.check(at + 6, length: count * 2, "class values")
            var out = [UInt16](repeating: 0, count: start + count)
            for i in 0..<count { out[start + i] = t.uncheckedU16(at + 6 + i * 2) }
            return out
        }
        guard format == 2 else { return [] }
        let count = Int(try t.u16(at + 2, "ClassRangeCount"))
        try t.check(at + 4, length: count * 6, "class ranges")
        var last = -1
        for i in 0..<count { last = max(last, Int(t.uncheckedU16(at + 4 + i * 6 + 2))) }
        var out = [UInt16](repeating: 0, count: last + 1)
        out.withUnsafeMutableBufferPointer { buffer in
            for i in 0..<count {
                let r = at + 4 + i * 6
                let start = Int(t.uncheckedU16(r)), end = Int(t.uncheckedU16(r + 2)), value = t.uncheckedU16(r + 4)
                if start <= end { for g in start...end { buffer[g] = value } }
            }
        }
        return out
    }

    // MARK: kern

    /// Horizontal format-0 subtables of a version-0 `kern` table. The subtable length field is
    /// 16-bit and overflows in big fonts (Open Sans), so the pair count decides the size.
    private static func kern(_ t: ByteView) throws(FontError) -> SortedPairs {
        guard try t.u16(0, "version") == 0 else { return SortedPairs([]) }
        let count = Int(try t.u16(2, "nTables"))
        var pairs: [(key: UInt32, value: Int16)] = []
        var at = 4
        for _ in 0..<count {
            let length = Int(try t.u16(at + 2, "subtable length"))
            let coverage = try t.u16(at + 4, "coverage")
            let horizontal = coverage & 0x1 != 0, crossStream = coverage & 0x4 != 0, format = coverage >> 8
            guard format == 0 else { at += length; continue }
            let n = Int(try t.u16(at + 6, "nPairs"))
            try t.check(at + 14, length: n * 6, "\(n) kerning pairs")
            if horizontal, !crossStream {
                for k in 0..<n {
                    let r = at + 14 + k * 6
                    pairs.append((t.uncheckedU32(r), Int16(bitPattern: t.uncheckedU16(r + 4))))
                }
            }
            at += 14 + n * 6
        }
        return SortedPairs(pairs)
    }
}
