/// Editing a finished PDF in place: finding bytes, and keeping the cross-reference table right
/// when an object changes length. Used by the passes that correct what libharu writes.
enum PDFBytes {
    /// Every cross-reference entry and `startxref` past `position` moves by `delta` bytes.
    static func moveOffsets(in bytes: inout [UInt8], after position: Int, by delta: Int) {
        guard delta != 0, let xref = lastIndex(of: Array("\nxref\n".utf8), in: bytes) else { return }
        // The table: "xref", a "0 COUNT" line, then COUNT entries of 20 bytes "OOOOOOOOOO GGGGG n\r\n".
        var i = xref + "\nxref\n".utf8.count
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
        i += 1
        while i + 20 <= bytes.count, bytes[i + 17] == UInt8(ascii: "n") || bytes[i + 17] == UInt8(ascii: "f") {
            if bytes[i + 17] == UInt8(ascii: "n"), let offset = Int(String(decoding: bytes[i..<(i + 10)], as: UTF8.self)), offset > position {
                bytes.replaceSubrange(i..<(i + 10), with: Array(String(format: "%010d", offset + delta).utf8))
            }
            i += 20
        }
        let key = Array("startxref\n".utf8)
        guard let at = lastIndex(of: key, in: bytes) else { return }
        var end = at + key.count
        while end < bytes.count, (48...57).contains(bytes[end]) { end += 1 }
        if let old = Int(String(decoding: bytes[(at + key.count)..<end], as: UTF8.self)), old > position {
            bytes.replaceSubrange((at + key.count)..<end, with: Array(String(old + delta).utf8))
        }
    }

    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var i = start
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }
}
