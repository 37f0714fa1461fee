import Foundation

/// Turns a fuzzer's bytes into choices and text, as LLVM's FuzzedDataProvider does: choices
/// (counts, which theme, whether a field is there) come from the end of the input, text from the
/// front. A mutation at either end so changes either the shape or the words, not both.
public struct FuzzBytes {
    private let bytes: [UInt8]
    private var front = 0
    private var back: Int

    public init(_ data: Data) {
        bytes = [UInt8](data)
        back = bytes.count
    }

    public var remaining: Int { back - front }
    public var isExhausted: Bool { back <= front }

    /// A number in 0..<n from the next byte at the end; 0 once the input is used up, so every
    /// optional field is left out and every count is zero then.
    public mutating func pick(_ n: Int) -> Int {
        guard n > 1, back > front else { return 0 }
        back -= 1
        return Int(bytes[back]) % n
    }

    /// Two bytes at the end as a number in 0..<n (for ranges wider than a byte).
    public mutating func pickWide(_ n: Int) -> Int {
        guard n > 1 else { return 0 }
        return (pick(256) << 8 | pick(256)) % n
    }

    public mutating func flag() -> Bool { pick(2) == 1 }

    public mutating func element<T>(of items: [T]) -> T? {
        items.isEmpty ? nil : items[pick(items.count)]
    }

    /// Up to `max` bytes from the front, as text (see `FuzzText`). Its length is the next choice
    /// byte; 255 means "as long as allowed", so long fields are one mutation away.
    public mutating func text(max: Int) -> String {
        let wanted = pick(256)
        let length = Swift.min(wanted == 255 ? max : wanted, max, remaining)
        guard length > 0 else { return "" }
        let chunk = bytes[front..<(front + length)]
        front += length
        return FuzzText.decode(chunk)
    }

    /// Nil a quarter of the time, else `text(max:)`.
    public mutating func optionalText(max: Int) -> String? {
        pick(4) == 0 ? nil : text(max: max)
    }

    /// `count` pieces of text (the count picked up to `upTo - 1`).
    public mutating func texts(upTo: Int, max: Int) -> [String] {
        (0..<pick(upTo)).map { _ in text(max: max) }
    }
}

/// "UTF-8-ish" text: bytes are read as UTF-8 (a bad sequence becomes U+FFFD, as the loaders'
/// lossless decode would refuse it), except that the bytes that can never appear in UTF-8
/// (C0, C1, F5–FF) each stand for a piece of text that is hard to reach one byte at a time:
/// wide and combining characters, emoji sequences, markup, HTML, line separators.
public enum FuzzText {
    public static let tokens: [UInt8: String] = [
        0xC0: "\u{00AD}",                                   // soft hyphen
        0xC1: "\u{200B}",                                   // zero-width space
        0xF5: "机器学习工程师，负责大规模训练。",                   // CJK, with full-width punctuation
        0xF6: "👩‍👩‍👧‍👦🏳️‍🌈",                                   // emoji ZWJ sequences
        0xF7: "e\u{0301}\u{0302}\u{0323}",                  // stacked combining marks
        0xF8: "\u{00A0}\u{2009}\u{3000}",                   // no-break, thin and ideographic spaces
        0xF9: "**bold** *it* _u_ [a link](https://example.com/x?y=1&z=2) `code`",
        0xFA: "{{name}}{{{raw}}}{{#s}}{{/s}}{{> p}}",       // Mustache
        0xFB: "<script>alert(\"x\")</script>&amp;&#0;&#x110000;<!--",
        0xFC: "\u{2028}\u{2029}\r\n\t\u{0B}\u{0C}\u{85}",   // every kind of line end
        0xFD: "\u{202E}مرحبا بالعالم\u{202C}עברית",         // right-to-left
        0xFE: String(repeating: "Supercalifragilistic", count: 8), // one word wider than a page
        0xFF: "\u{0000}\u{0007}\u{001B}[31m\u{FEFF}\u{FFFD}\u{E000}\u{10FFFF}", // controls, BOM, private use
    ]

    public static func decode<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var out = ""
        var run: [UInt8] = []
        for byte in bytes {
            if let token = tokens[byte] {
                out += String(decoding: run, as: UTF8.self)
                run.removeAll(keepingCapacity: true)
                out += token
            } else {
                run.append(byte)
            }
        }
        return out + String(decoding: run, as: UTF8.self)
    }
}
