import Foundation

/// Why a font could not be found, read or understood.
package enum FontError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No file at this path (or no such face in a collection).
    case notFound(String)
    /// The file exists but cannot be read: the path, then the reason.
    case unreadable(String, String)
    /// A real font of a kind cvbuild cannot use (CFF outlines, WOFF, no Unicode character map…).
    case unsupportedFormat(String)
    /// A truncated or corrupt file: which table, and what is wrong with it.
    case malformed(String)

    package var description: String {
        switch self {
        case .notFound(let what): "font not found: \(what)"
        case .unreadable(let path, let reason): "cannot read the font \(path): \(reason)"
        case .unsupportedFormat(let message): "unsupported font: \(message)"
        case .malformed(let message): "malformed font: \(message)"
        }
    }
}

/// The metrics of one TrueType face, read without libharu so that the layout can measure text
/// with the same glyph advances the PDF will use.
///
/// Everything the layout asks for is decoded once at load into flat arrays: the Basic
/// Multilingual Plane of the character map is a 65,536-entry table, the planes above it a short
/// sorted list of ranges, and the advance widths an array indexed by glyph. Lookups are then an
/// array read; the value is cheap to copy (the arrays are shared copy-on-write).
package struct TrueTypeFont: Sendable {
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
    let basicPlane: [UInt16]
    /// Mappings above U+FFFF, sorted by first code point and not overlapping.
    let supplementary: [CodePointRange]

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
        weightClass = parsed.weightClass
        glyphCount = parsed.glyphCount
        postScriptName = parsed.postScriptName
        familyName = parsed.familyName
        hasGlyphOutlines = parsed.hasGlyphOutlines
        self.faceIndex = faceIndex
        advances = parsed.advances
        basicPlane = parsed.basicPlane
        supplementary = parsed.supplementary
    }

    /// Reads the font file at `path`. The file is memory-mapped, so only the tables read are
    /// paged in (a CJK collection can be 20 MB). Errors about the content do not repeat the path;
    /// callers put it in front.
    package static func load(path: String, faceIndex: Int = 0) throws(FontError) -> TrueTypeFont {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .notFound(path) }
            throw .unreadable(path, String(cString: strerror(code)).lowercased())
        }
        var status = stat()
        let statted = fstat(descriptor, &status) == 0
        close(descriptor)
        if statted, (status.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path, "it is a folder, not a font file") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw .unreadable(path, (error as NSError).localizedDescription)
        }
        return try TrueTypeFont(data: data, faceIndex: faceIndex)
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

// MARK: - Parsing

/// Four-character table tags as the big-endian numbers the file stores.
private enum Tag {
    static func code(_ text: StaticString) -> UInt32 {
        text.withUTF8Buffer { bytes in bytes.reduce(0) { $0 << 8 | UInt32($1) } }
    }

    static func text(_ code: UInt32) -> String {
        let bytes = [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: code >> UInt32($0)) }
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return "'" + String(decoding: bytes, as: UTF8.self) + "'" }
        return "0x" + String(code, radix: 16, uppercase: true)
    }

    static let trueTypeVersion: UInt32 = 0x0001_0000
    static let appleTrueType = code("true")
    static let collection = code("ttcf")
    static let cff = code("OTTO")
    static let type1 = code("typ1")
    static let woff = code("wOFF")
    static let woff2 = code("wOF2")
    static let head = code("head")
    static let hhea = code("hhea")
    static let hmtx = code("hmtx")
    static let maxp = code("maxp")
    static let os2 = code("OS/2")
    static let cmap = code("cmap")
    static let name = code("name")
    static let glyf = code("glyf")
}

/// A bounds-checked big-endian view of one table (or of the whole file). Offsets are relative to
/// the view's start; every read past its end throws `.malformed` naming the table.
private struct ByteView {
    let bytes: UnsafeRawBufferPointer
    /// What the bytes are, for messages: "the 'cmap' table", "the file".
    let name: String

    var count: Int { bytes.count }

    func contains(_ offset: Int, length: Int) -> Bool {
        offset >= 0 && length >= 0 && offset <= bytes.count && length <= bytes.count - offset
    }

    func check(_ offset: Int, length: Int, _ what: @autoclosure () -> String) throws(FontError) {
        guard contains(offset, length: length) else {
            throw .malformed("\(what()) (\(length) bytes at offset \(offset)) lies past the end of \(name) (\(bytes.count) bytes)")
        }
    }

    func u16(_ offset: Int, _ what: @autoclosure () -> String) throws(FontError) -> UInt16 {
        try check(offset, length: 2, what())
        return uncheckedU16(offset)
    }

    func i16(_ offset: Int, _ what: @autoclosure () -> String) throws(FontError) -> Int16 {
        Int16(bitPattern: try u16(offset, what()))
    }

    func u32(_ offset: Int, _ what: @autoclosure () -> String) throws(FontError) -> UInt32 {
        try check(offset, length: 4, what())
        return uncheckedU32(offset)
    }

    /// Only after `check` has covered the offset.
    @inline(__always)
    func uncheckedU16(_ offset: Int) -> UInt16 {
        UInt16(bigEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }

    @inline(__always)
    func uncheckedU32(_ offset: Int) -> UInt32 {
        UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    func slice(_ offset: Int, length: Int, name: String) -> ByteView {
        ByteView(bytes: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]), name: name)
    }
}

/// The values read from the bytes, before they become a `TrueTypeFont`.
private struct Parsed {
    var unitsPerEm = 0
    var ascender = 0
    var descender = 0
    var lineGap = 0
    var capHeight: Int?
    var weightClass: Int?
    var glyphCount = 0
    var postScriptName: String?
    var familyName: String?
    var hasGlyphOutlines = false
    var advances: [UInt16] = []
    var basicPlane: [UInt16] = []
    var supplementary: [TrueTypeFont.CodePointRange] = []

    init(_ raw: UnsafeRawBufferPointer, faceIndex: Int) throws(FontError) {
        let file = ByteView(bytes: raw, name: "the file")
        guard file.count >= 12 else {
            throw .malformed("the file is too short to be a font (\(file.count) bytes)")
        }
        let tables = try Self.tableDirectory(file, faceIndex: faceIndex)
        func table(_ tag: UInt32) -> ByteView? {
            tables.first { $0.tag == tag }.map { file.slice($0.offset, length: $0.length, name: "the \(Tag.text(tag)) table") }
        }
        func required(_ tag: UInt32) throws(FontError) -> ByteView {
            guard let found = table(tag) else { throw .malformed("the required \(Tag.text(tag)) table is missing") }
            return found
        }

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
            }
        }

        hasGlyphOutlines = table(Tag.glyf) != nil

        if let name = table(Tag.name) {
            (postScriptName, familyName) = try Self.names(name)
        }

        try readCharacterMap(try required(Tag.cmap))
    }

    // MARK: Table directory

    private struct TableRecord {
        var tag: UInt32
        var offset: Int
        var length: Int
    }

    /// Finds the face's offset table (through the collection header of a .ttc) and lists its
    /// tables, each checked to lie inside the file.
    private static func tableDirectory(_ file: ByteView, faceIndex: Int) throws(FontError) -> [TableRecord] {
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
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\0")))
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

    // MARK: cmap

    /// Picks the best Unicode subtable (Windows UCS-4 format 12, Windows BMP format 4, then the
    /// Unicode platform's format 12 or 4) and decodes it into the lookup arrays.
    private mutating func readCharacterMap(_ cmap: ByteView) throws(FontError) {
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
        var plane = [UInt16](repeating: 0, count: 0x10000)
        try plane.withUnsafeMutableBufferPointer { (plane: inout UnsafeMutableBufferPointer<UInt16>) throws(FontError) in
            if chosen.format == 4 {
                try Self.decodeFormat4(cmap, at: chosen.offset, glyphCount: glyphCount, into: plane)
            } else {
                supplementary = try Self.decodeFormat12(cmap, at: chosen.offset, glyphCount: glyphCount, into: plane)
            }
        }
        basicPlane = plane
    }

    /// Segment mapping to delta values: parallel arrays of segment ends, starts, deltas and
    /// offsets into a glyph array.
    private static func decodeFormat4(
        _ cmap: ByteView, at offset: Int, glyphCount: Int, into plane: UnsafeMutableBufferPointer<UInt16>
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
                    plane[code] = glyph < limit ? glyph : 0
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
                    plane[code] = glyph < limit ? glyph : 0
                }
            }
        }
    }

    /// Segmented coverage: groups of consecutive code points with consecutive glyph IDs. Fills
    /// the Basic Multilingual Plane and returns the groups above it.
    private static func decodeFormat12(
        _ cmap: ByteView, at offset: Int, glyphCount: Int, into plane: UnsafeMutableBufferPointer<UInt16>
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
                    plane[code] = glyph < glyphCount ? UInt16(glyph) : 0
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
