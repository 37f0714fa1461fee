/// Reading a font file's bytes: table tags, and a bounds-checked big-endian view.

/// Four-character table tags as the big-endian numbers the file stores.
enum Tag {
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
    static let loca = code("loca")
}

/// A bounds-checked big-endian view of one table (or of the whole file). Offsets are relative to
/// the view's start; every read past its end throws `.malformed` naming the table.
struct ByteView {
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
