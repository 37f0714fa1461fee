/// A font's ToUnicode CMap: which text each character code stands for. cvbuild's own PDFs map
/// codes to themselves; PDFs from browsers and word processors map glyph numbers, and without
/// this their text reads as gibberish.
struct PDFToUnicode {
    /// Bytes per character code, from the first code space range (1 for simple fonts, 2 for most CID fonts).
    var codeBytes = 1
    var map: [UInt32: String] = [:]
    /// `bfrange`s with a start text, kept as ranges: libharu's identity maps span whole blocks of
    /// 256 codes per script, and expanding them cost more than reading the page.
    var ranges: [(first: UInt32, last: UInt32, start: [UInt16])] = []

    init?(_ stream: [UInt8]) {
        var lexer = PDFLexer(stream)
        var operands: [PDFValue] = []
        var sawRange = false
        while let value = lexer.next() {
            guard case .word(let op) = value else { operands.append(value); continue }
            switch op {
            case "endcodespacerange":
                if !sawRange, case .string(let low)? = operands.first { codeBytes = max(1, low.count) }
                sawRange = true
            case "endbfchar":
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    if case .string(let code) = operands[pair], case .string(let text) = operands[pair + 1] {
                        map[Self.code(code)] = Self.utf16(text)
                    }
                }
            case "endbfrange":
                for triple in stride(from: 0, to: operands.count - 2, by: 3) {
                    guard case .string(let low) = operands[triple], case .string(let high) = operands[triple + 1] else { continue }
                    let first = Self.code(low), last = Self.code(high)
                    guard last >= first, last - first < 65536 else { continue }
                    switch operands[triple + 2] {
                    case .string(let start):
                        ranges.append((first, last, Self.units(start)))
                    case .array(let texts):
                        for (i, t) in texts.enumerated() where first + UInt32(i) <= last {
                            if case .string(let s) = t { map[first + UInt32(i)] = Self.utf16(s) }
                        }
                    default: break
                    }
                }
            default: break
            }
            operands.removeAll(keepingCapacity: true)
        }
        if map.isEmpty && ranges.isEmpty { return nil }
    }

    /// The text of a code: from `bfchar`, else from the range holding it, its start text with the
    /// last unit counted up.
    func text(_ code: UInt32) -> String? {
        if let text = map[code] { return text }
        guard let range = ranges.first(where: { $0.first <= code && code <= $0.last }), !range.start.isEmpty else { return nil }
        var units = range.start
        units[units.count - 1] &+= UInt16(truncatingIfNeeded: code - range.first)
        return String(decoding: units, as: UTF16.self)
    }

    static func code(_ bytes: [UInt8]) -> UInt32 { bytes.reduce(0) { $0 << 8 | UInt32($1) } }

    static func units(_ bytes: [UInt8]) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    }

    static func utf16(_ bytes: [UInt8]) -> String { String(decoding: units(bytes), as: UTF16.self) }
}
