import Foundation

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
            if bytes[i + 17] == UInt8(ascii: "n"), let offset = digits(in: bytes, at: i)?.value, offset > position {
                write(offset + delta, into: &bytes, i..<(i + 10))
            }
            i += 20
        }
        let key = Array("startxref\n".utf8)
        guard let at = lastIndex(of: key, in: bytes), let old = digits(in: bytes, at: at + key.count), old.value > position else { return }
        bytes.replaceSubrange((at + key.count)..<old.end, with: Array(String(old.value + delta).utf8))
    }

    /// The decimal number whose digits start at `start`, and the index just past them; nil when
    /// no digit is there.
    static func digits(in bytes: [UInt8], at start: Int) -> (value: Int, end: Int)? {
        var value = 0, end = start
        while end < bytes.count, (48...57).contains(bytes[end]) {
            value = value * 10 + Int(bytes[end] - 48)
            end += 1
        }
        return end > start ? (value, end) : nil
    }

    /// `value` as zero-padded decimal digits filling `range` (an xref entry's 10-digit offset).
    private static func write(_ value: Int, into bytes: inout [UInt8], _ range: Range<Int>) {
        var rest = value
        for i in range.reversed() {
            bytes[i] = 48 + UInt8(rest % 10)
            rest /= 10
        }
    }

    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start >= 0, bytes.count - start >= needle.count else { return nil }
        // memchr to the next candidate, memcmp to check it: these passes search a whole
        // document several times over.
        return bytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { pattern in
                let base = haystack.baseAddress!, last = haystack.count - pattern.count
                var i = start
                while i <= last {
                    guard let hit = memchr(base + i, Int32(pattern[0]), last - i + 1) else { return nil }
                    let at = UnsafeRawPointer(hit) - base
                    if memcmp(base + at, pattern.baseAddress!, pattern.count) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
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
