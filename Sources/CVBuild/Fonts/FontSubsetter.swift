import Foundation

/// Makes a small TrueType font holding only the glyphs a document draws, for the PDF writer to
/// embed: glyph 0 and one glyph per character used, renumbered from 1 in the original order,
/// every composite flattened into plain points (see `GlyphOutline`), with a character map of
/// just those characters, no hinting and only the font's names. The same face and characters
/// always give the same bytes.
///
/// The PDF engine then only parses a few kilobytes instead of a whole font (a CJK collection
/// is 20 MB), and the PDF carries only what it shows.
package enum FontSubsetter {
    /// `data` is the whole font file (a collection too); characters above U+FFFF and those the
    /// face lacks are left out (the layout has already reported them).
    /// `font`, when given, is the face already read from `data` (the layout's), so it is not read twice.
    package static func subset(_ data: Data, faceIndex: Int, characters: Set<Unicode.Scalar>,
                               font known: TrueTypeFont? = nil) throws(FontError) -> Data {
        let font: TrueTypeFont
        if let known { font = known } else { font = try TrueTypeFont(data: data, faceIndex: faceIndex) }
        do {
            return try data.withUnsafeBytes { raw in try subset(raw, font: font, faceIndex: faceIndex, characters: characters) }
        } catch let error as FontError {
            throw error
        } catch {
            throw .malformed("\(error)")
        }
    }

    private static func subset(_ raw: UnsafeRawBufferPointer, font: TrueTypeFont, faceIndex: Int,
                               characters: Set<Unicode.Scalar>) throws(FontError) -> Data {
        let file = ByteView(bytes: raw, name: "the file")
        let face = Parsed.FaceTables(file: file, records: try Parsed.tableDirectory(file, faceIndex: faceIndex))
        let table = face.table, required = face.required
        let head = try required(Tag.head), hhea = try required(Tag.hhea), maxp = try required(Tag.maxp)
        let glyf = try required(Tag.glyf)
        let offsets = try glyphOffsets(try required(Tag.loca), long: try head.i16(50, "indexToLocFormat") != 0,
                                       glyphs: font.glyphCount, glyfLength: glyf.count)

        // Old glyph ids in order, glyph 0 (.notdef) first; the map sends each character to its new id.
        var mapped: [(scalar: UInt32, old: Int)] = []
        for scalar in characters where scalar.value <= 0xFFFF {
            if let glyph = font.glyphID(for: scalar) { mapped.append((scalar.value, glyph)) }
        }
        let kept = [0] + Set(mapped.map(\.old)).sorted()
        let newID = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($0.element, $0.offset) })
        let characterMap = mapped.map { (code: $0.scalar, glyph: newID[$0.old]!) }.sorted { $0.code < $1.code }

        var glyphs: [[UInt8]] = []
        var metrics: [(advance: Int, lsb: Int)] = []
        var maxPoints = 0, maxContours = 0
        for old in kept {
            let (start, end) = try offsets.range(of: old)
            var bytes = end > start ? Array(UnsafeRawBufferPointer(rebasing: glyf.bytes[start..<end])) : []
            if bytes.count >= 10, Int16(bitPattern: UInt16(bytes[0]) << 8 | UInt16(bytes[1])) >= 0 {
                bytes = withoutInstructions(bytes)
            } else if bytes.count >= 10 {
                let outline = try GlyphOutline.read(old, glyf: glyf, offsets: offsets)
                bytes = outline.simpleGlyph()
                maxPoints = max(maxPoints, outline.points.count)
                maxContours = max(maxContours, outline.contourEnds.count)
            }
            while bytes.count % 4 != 0 { bytes.append(0) }   // long loca offsets, tables aligned
            glyphs.append(bytes)
            let xMin = bytes.count >= 10 ? Int(Int16(bitPattern: UInt16(bytes[2]) << 8 | UInt16(bytes[3]))) : 0
            metrics.append((font.advance(glyph: old), xMin))
        }

        var tables: [(tag: UInt32, bytes: [UInt8])] = []
        tables.append((Tag.head, headTable(head)))
        tables.append((Tag.hhea, patched(hhea, at: 34, u16: kept.count)))
        tables.append((Tag.maxp, maxpTable(maxp, glyphs: kept.count, points: maxPoints, contours: maxContours)))
        tables.append((Tag.hmtx, metrics.flatMap { bigEndian16($0.advance) + bigEndian16($0.lsb) }))
        var loca: [UInt8] = [], position = 0
        for glyph in glyphs {
            loca += bigEndian32(position)
            position += glyph.count
        }
        loca += bigEndian32(position)
        tables.append((Tag.loca, loca))
        tables.append((Tag.glyf, glyphs.flatMap { $0 }))
        tables.append((Tag.cmap, CharacterMapWriter.table(characterMap)))
        // No hinting programs (cvt, fpgm, prep, nor each glyph's instructions): PDF viewers set
        // outlines without them (poppler and pdf.js ignore them), and they were a third of the
        // font data every document compressed and carried.
        if let name = table(Tag.name) { tables.append((Tag.name, namesOnly(name))) }
        if let os2 = table(Tag.os2) { tables.append((Tag.os2, Array(os2.bytes))) }
        tables.append((Tag.code("post"), postTable(table(Tag.code("post")))))
        return Data(SfntWriter.font(tables))
    }

    /// A simple glyph with its instruction bytes left out (the length set to 0) and no padding
    /// of its own; unchanged when its header and points do not fit its bytes.
    private static func withoutInstructions(_ glyph: [UInt8]) -> [UInt8] {
        let contours = Int(glyph[0]) << 8 | Int(glyph[1])
        let lengthAt = 10 + contours * 2
        guard contours > 0, glyph.count >= lengthAt + 2 else { return glyph }
        let points = (Int(glyph[lengthAt - 2]) << 8 | Int(glyph[lengthAt - 1])) + 1
        let flagsAt = lengthAt + 2 + (Int(glyph[lengthAt]) << 8 | Int(glyph[lengthAt + 1]))
        // Walk the flags (with their repeats) to learn where the coordinates end.
        var at = flagsAt, read = 0, xBytes = 0, yBytes = 0
        while read < points {
            guard at < glyph.count else { return glyph }
            let flag = glyph[at]
            at += 1
            var times = 1
            if flag & 0x08 != 0 {
                guard at < glyph.count else { return glyph }
                times += Int(glyph[at])
                at += 1
            }
            xBytes += times * (flag & 0x02 != 0 ? 1 : (flag & 0x10 != 0 ? 0 : 2))
            yBytes += times * (flag & 0x04 != 0 ? 1 : (flag & 0x20 != 0 ? 0 : 2))
            read += times
        }
        let end = at + xBytes + yBytes
        guard end <= glyph.count else { return glyph }
        return Array(glyph[..<lengthAt]) + [0, 0] + Array(glyph[flagsAt..<end])
    }

    /// The `name` table with the font's names only (IDs 0–6: copyright, family, style, unique,
    /// full and PostScript names), as font subsetters keep it: the licence texts and URLs were
    /// most of the table (22 KB in the Chinese face) in every PDF. The table as it was when it
    /// cannot be read.
    private static func namesOnly(_ name: ByteView) -> [UInt8] {
        guard name.count >= 6, name.uncheckedU16(0) == 0 else { return Array(name.bytes) }
        let count = Int(name.uncheckedU16(2)), storage = Int(name.uncheckedU16(4))
        guard name.contains(6, length: count * 12) else { return Array(name.bytes) }
        var records: [UInt8] = [], strings: [UInt8] = [], kept = 0
        for i in 0..<count {
            let at = 6 + i * 12
            let id = name.uncheckedU16(at + 6), length = Int(name.uncheckedU16(at + 8)), offset = Int(name.uncheckedU16(at + 10))
            guard id <= 6, name.contains(storage + offset, length: length) else { continue }
            records += Array(name.bytes[at..<(at + 8)]) + bigEndian16(length) + bigEndian16(strings.count)
            strings += name.bytes[(storage + offset)..<(storage + offset + length)]
            kept += 1
        }
        return bigEndian16(0) + bigEndian16(kept) + bigEndian16(6 + kept * 12) + records + strings
    }

    /// `loca` as byte offsets into `glyf`, read for the glyphs asked for only (a CJK face has
    /// 30,000: an array of all their offsets was a quarter of a megabyte of memory).
    private static func glyphOffsets(_ loca: ByteView, long: Bool, glyphs: Int, glyfLength: Int) throws(FontError) -> GlyphLocations {
        try loca.check(0, length: (glyphs + 1) * (long ? 4 : 2), "\(glyphs + 1) glyph offsets")
        return GlyphLocations(loca: loca, long: long, count: glyphs + 1, glyfLength: glyfLength)
    }

    /// `head` with long glyph offsets and the checksum adjustment cleared (the writer sets it).
    private static func headTable(_ head: ByteView) -> [UInt8] {
        var bytes = Array(head.bytes.prefix(54))
        bytes.replaceSubrange(8..<12, with: [0, 0, 0, 0])
        bytes.replaceSubrange(50..<52, with: bigEndian16(1))
        return bytes
    }

    /// `maxp` 1.0 for the new glyph count; flattened composites count as simple glyphs now.
    private static func maxpTable(_ maxp: ByteView, glyphs: Int, points: Int, contours: Int) -> [UInt8] {
        var bytes = Array(maxp.bytes)
        bytes.replaceSubrange(4..<6, with: bigEndian16(glyphs))
        guard bytes.count >= 32 else { return bytes }
        func u16(_ at: Int) -> Int { Int(bytes[at]) << 8 | Int(bytes[at + 1]) }
        bytes.replaceSubrange(6..<8, with: bigEndian16(max(u16(6), points, u16(10))))
        bytes.replaceSubrange(8..<10, with: bigEndian16(max(u16(8), contours, u16(12))))
        for at in [10, 12, 28, 30] { bytes.replaceSubrange(at..<(at + 2), with: [0, 0]) }   // no composites left
        return bytes
    }

    /// `post` 3.0: the header only, no glyph names (PDF viewers do not need them).
    private static func postTable(_ post: ByteView?) -> [UInt8] {
        var bytes = post.map { Array($0.bytes.prefix(32)) } ?? []
        if bytes.count < 32 { bytes = [UInt8](repeating: 0, count: 32) }
        bytes.replaceSubrange(0..<4, with: [0, 3, 0, 0])
        return bytes
    }

    private static func patched(_ table: ByteView, at offset: Int, u16 value: Int) -> [UInt8] {
        var bytes = Array(table.bytes)
        if bytes.count >= offset + 2 { bytes.replaceSubrange(offset..<(offset + 2), with: bigEndian16(value)) }
        return bytes
    }
}

func bigEndian16(_ value: Int) -> [UInt8] { [UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)] }
func bigEndian32(_ value: Int) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
