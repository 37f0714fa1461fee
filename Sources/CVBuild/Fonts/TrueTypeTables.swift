import Foundation

/// The values read from the bytes, before they become a `TrueTypeFont`.
struct Parsed {
    var unitsPerEm = 0
    var ascender = 0
    var descender = 0
    var lineGap = 0
    var capHeight: Int?
    var xHeight: Int?
    var weightClass: Int?
    var glyphCount = 0
    var postScriptName: String?
    var familyName: String?
    var hasGlyphOutlines = false
    var advances: [UInt16] = []
    var basicPlane = BasicPlaneMap()
    var supplementary: [TrueTypeFont.CodePointRange] = []
    var kerning = KerningPairs()

    init(_ raw: UnsafeRawBufferPointer, faceIndex: Int) throws(FontError) {
        let file = ByteView(bytes: raw, name: "the file")
        guard file.count >= 12 else {
            throw .malformed("the file is too short to be a font (\(file.count) bytes)")
        }
        let tables = FaceTables(file: file, records: try Self.tableDirectory(file, faceIndex: faceIndex))
        let table = tables.table, required = tables.required

        let head = try required(Tag.head)
        try head.check(0, length: 54, "the header")
        guard try head.u32(12, "magicNumber") == 0x5F0F_3CF5 else {
            throw .malformed("the 'head' table has the wrong magic number (the table directory or the table is corrupt)")
        }
        unitsPerEm = Int(try head.u16(18, "unitsPerEm"))
        guard (16...16384).contains(unitsPerEm) else {
            throw .malformed("the 'head' table gives \(unitsPerEm) units per em (expected 16 to 16384)")
        }

        let maxp = try required(Tag.maxp)
        glyphCount = Int(try maxp.u16(4, "numGlyphs"))
        guard glyphCount > 0 else { throw .malformed("the 'maxp' table says the font has no glyphs") }

        let hhea = try required(Tag.hhea)
        try hhea.check(0, length: 36, "the header")
        ascender = Int(try hhea.i16(4, "ascender"))
        descender = Int(try hhea.i16(6, "descender"))
        lineGap = Int(try hhea.i16(8, "lineGap"))
        let metricCount = Int(try hhea.u16(34, "numberOfHMetrics"))
        guard metricCount > 0 else { throw .malformed("the 'hhea' table gives 0 horizontal metrics") }

        let hmtx = try required(Tag.hmtx)
        try hmtx.check(0, length: metricCount * 4, "\(metricCount) horizontal metrics (numberOfHMetrics in 'hhea')")
        let used = min(metricCount, glyphCount)
        advances = [UInt16](unsafeUninitializedCapacity: used) { buffer, initialized in
            for glyph in 0..<used { buffer[glyph] = hmtx.uncheckedU16(glyph * 4) }
            initialized = used
        }

        if let os2 = table(Tag.os2) {
            let version = try os2.u16(0, "version")
            if os2.count >= 6 { weightClass = Int(os2.uncheckedU16(4)) }
            if version >= 2, os2.count >= 90 {
                let height = Int(Int16(bitPattern: os2.uncheckedU16(88)))
                capHeight = height > 0 ? height : nil
                let x = Int(Int16(bitPattern: os2.uncheckedU16(86)))
                xHeight = x > 0 ? x : nil
            }
        }

        hasGlyphOutlines = table(Tag.glyf) != nil

        if let name = table(Tag.name) {
            (postScriptName, familyName) = try Self.names(name)
        }

        try readCharacterMap(try required(Tag.cmap))
        kerning = KerningPairs(tables: tables)
        // Older OS/2 tables (DejaVu's is version 1) have no x-height: the top of the "x" glyph is it.
        if xHeight == nil, let loca = table(Tag.loca), let glyf = table(Tag.glyf) {
            let glyph = Int(basicPlane[0x78])
            let long = (try? head.i16(50, "indexToLocFormat")) ?? 0 != 0
            let offset = long ? (try? loca.u32(glyph * 4, "loca")).map(Int.init) : (try? loca.u16(glyph * 2, "loca")).map { Int($0) * 2 }
            if glyph > 0, let offset, let top = try? glyf.i16(offset + 8, "yMax"), top > 0 { xHeight = Int(top) }
        }
    }

    // MARK: Table directory

    /// One face's tables, found by tag: what the reader and the subsetter both look tables up in.
    struct FaceTables {
        let file: ByteView
        let records: [TableRecord]

        func table(_ tag: UInt32) -> ByteView? {
            records.first { $0.tag == tag }.map { file.slice($0.offset, length: $0.length, name: "the \(Tag.text(tag)) table") }
        }

        func required(_ tag: UInt32) throws(FontError) -> ByteView {
            guard let found = table(tag) else { throw .malformed("the required \(Tag.text(tag)) table is missing") }
            return found
        }
    }

    struct TableRecord {
        var tag: UInt32
        var offset: Int
        var length: Int
    }

    /// Finds the face's offset table (through the collection header of a .ttc) and lists its
    /// tables, each checked to lie inside the file.
    static func tableDirectory(_ file: ByteView, faceIndex: Int) throws(FontError) -> [TableRecord] {
        var start = 0
        let signature = try file.u32(0, "the signature")
        if signature == Tag.collection {
            let faces = Int(try file.u32(8, "the collection's face count"))
            guard faces > 0 else { throw .malformed("the collection header lists no faces") }
            guard faceIndex >= 0, faceIndex < faces else {
                throw .notFound("face \(faceIndex) (the collection has \(faces) face\(faces == 1 ? "" : "s"), numbered from 0)")
            }
            start = Int(try file.u32(12 + 4 * faceIndex, "the offset of face \(faceIndex) in the collection header"))
        } else if faceIndex != 0 {
            throw .notFound("face \(faceIndex) (the file is a single font, not a collection; use face 0)")
        }

        let version = try file.u32(start, "the offset table")
        switch version {
        case Tag.trueTypeVersion, Tag.appleTrueType:
            break
        case Tag.cff:
            throw .unsupportedFormat("CFF-based OpenType (.otf) fonts cannot be embedded by libharu 2.3.0; use a TrueType (.ttf) font")
        case Tag.woff, Tag.woff2:
            throw .unsupportedFormat("WOFF web fonts cannot be embedded by libharu 2.3.0; use a TrueType (.ttf) font")
        case Tag.type1:
            throw .unsupportedFormat("PostScript Type 1 fonts in an sfnt wrapper cannot be used; use a TrueType (.ttf) font")
        default:
            let place = start == 0 ? "" : " of face \(faceIndex)"
            throw .malformed("not a TrueType font: the offset table\(place) starts with \(Tag.text(version)), not 0x00010000")
        }

        let tableCount = Int(try file.u16(start + 4, "numTables"))
        guard tableCount > 0 else { throw .malformed("the table directory lists no tables") }
        try file.check(start + 12, length: tableCount * 16, "the table directory of \(tableCount) tables")
        var records: [TableRecord] = []
        records.reserveCapacity(tableCount)
        for index in 0..<tableCount {
            let at = start + 12 + index * 16
            let record = TableRecord(
                tag: file.uncheckedU32(at), offset: Int(file.uncheckedU32(at + 8)), length: Int(file.uncheckedU32(at + 12)))
            guard file.contains(record.offset, length: record.length) else {
                throw .malformed(
                    "the \(Tag.text(record.tag)) table (\(record.length) bytes at offset \(record.offset)) lies past the end of the file (\(file.count) bytes); the file is truncated or corrupt")
            }
            records.append(record)
        }
        return records
    }

    // MARK: name

    /// The PostScript name (ID 6) and family name (ID 1), preferring Windows English, then any
    /// Windows or Unicode-platform language, then Mac Roman.
    private static func names(_ table: ByteView) throws(FontError) -> (String?, String?) {
        let count = Int(try table.u16(2, "count"))
        let storage = Int(try table.u16(4, "stringOffset"))
        try table.check(6, length: count * 12, "\(count) name records")
        var best: [UInt16: (rank: Int, text: String)] = [:]
        for index in 0..<count {
            let at = 6 + index * 12
            let nameID = table.uncheckedU16(at + 6)
            guard nameID == 1 || nameID == 6 else { continue }
            let platform = table.uncheckedU16(at)
            let encoding = table.uncheckedU16(at + 2)
            let language = table.uncheckedU16(at + 4)
            let rank: Int
            switch (platform, encoding) {
            case (3, 0), (3, 1), (3, 10): rank = language == 0x0409 ? 0 : 1
            case (0, _): rank = 2
            case (1, 0): rank = language == 0 ? 3 : 4
            default: continue
            }
            if let current = best[nameID], current.rank <= rank { continue }
            let length = Int(table.uncheckedU16(at + 8))
            let offset = storage + Int(table.uncheckedU16(at + 10))
            try table.check(offset, length: length, "the string of name record \(index)")
            let text = platform == 1 ? macRoman(table, offset, length) : utf16(table, offset, length)
            // Without padding (spaces, NULs) at either end.
            let scalars = text.unicodeScalars, blank = { (s: Unicode.Scalar) in s == "\0" || s.properties.isWhitespace }
            let trimmed = scalars.firstIndex { !blank($0) }.map { first in String(scalars[first...scalars.lastIndex { !blank($0) }!]) } ?? ""
            if !trimmed.isEmpty { best[nameID] = (rank, trimmed) }
        }
        return (best[6]?.text, best[1]?.text)
    }

    private static func utf16(_ table: ByteView, _ offset: Int, _ length: Int) -> String {
        let units = (0..<(length / 2)).map { table.uncheckedU16(offset + $0 * 2) }
        return String(decoding: units, as: UTF16.self)
    }

    private static func macRoman(_ table: ByteView, _ offset: Int, _ length: Int) -> String {
        var text = String.UnicodeScalarView()
        for index in 0..<length {
            let byte = table.bytes[offset + index]
            let value = byte < 0x80 ? UInt32(byte) : UInt32(macRomanHighHalf[Int(byte) - 0x80])
            if let scalar = Unicode.Scalar(value) { text.append(scalar) }
        }
        return String(text)
    }

    /// Mac OS Roman bytes 0x80…0xFF as Unicode code points.
    private static let macRomanHighHalf: [UInt16] = [
        0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
        0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
        0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
        0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
        0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
        0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
        0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
        0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
        0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
        0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
        0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
        0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
        0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
        0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
        0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
        0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
    ]
}
