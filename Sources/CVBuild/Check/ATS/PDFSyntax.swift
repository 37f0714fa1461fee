/// The PDF object syntax, enough to read the files cvbuild writes (and most others): numbers,
/// names, literal and hex strings, arrays, dictionaries, indirect references, and the bare
/// words of content streams (operators).
indirect enum PDFValue: Equatable {
    case number(Double)
    case name(String)
    case string([UInt8])
    case array([PDFValue])
    case dictionary([String: PDFValue])
    case reference(Int)
    /// `true`, `null`, `obj`, `stream`, an operator such as `Tj` or `BT`.
    case word(String)

    var number: Double? { if case .number(let n) = self { n } else { nil } }
    var name: String? { if case .name(let n) = self { n } else { nil } }
    var array: [PDFValue]? { if case .array(let a) = self { a } else { nil } }
    var dictionary: [String: PDFValue]? { if case .dictionary(let d) = self { d } else { nil } }
    var reference: Int? { if case .reference(let r) = self { r } else { nil } }
}

/// Reads values one after another from bytes, from a position: `next()` gives nil at the end or
/// at bytes that are no PDF syntax (which it steps over).
struct PDFLexer {
    let bytes: [UInt8]
    var position: Int
    let end: Int

    init(_ bytes: [UInt8], from position: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.position = position
        self.end = end ?? bytes.count
    }

    static func isWhite(_ b: UInt8) -> Bool { b == 32 || b == 10 || b == 13 || b == 9 || b == 12 || b == 0 }
    static func isDelimiter(_ b: UInt8) -> Bool { "()<>[]{}/%".utf8.contains(b) }

    mutating func skipWhite() {
        while position < end {
            if Self.isWhite(bytes[position]) { position += 1; continue }
            if bytes[position] == UInt8(ascii: "%") {
                while position < end, bytes[position] != 10, bytes[position] != 13 { position += 1 }
                continue
            }
            return
        }
    }

    /// `references: false` reads a number as a number: the look-ahead for `N G R` must not look ahead itself.
    mutating func next(references: Bool = true) -> PDFValue? {
        skipWhite()
        guard position < end else { return nil }
        let b = bytes[position]
        switch b {
        case UInt8(ascii: "/"):
            position += 1
            return .name(String(decoding: regular(), as: UTF8.self))
        case UInt8(ascii: "("):
            return .string(literal())
        case UInt8(ascii: "<"):
            if position + 1 < end, bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                var d: [String: PDFValue] = [:]
                while true {
                    skipWhite()
                    if position + 1 < end, bytes[position] == UInt8(ascii: ">"), bytes[position + 1] == UInt8(ascii: ">") { position += 2; break }
                    guard let key = next() else { break }
                    guard case .name(let k) = key, let value = next() else { continue }
                    d[k] = value
                }
                return .dictionary(d)
            }
            return .string(hex())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipWhite()
                if position >= end { break }
                if bytes[position] == UInt8(ascii: "]") { position += 1; break }
                guard let v = next() else { break }
                items.append(v)
            }
            return .array(items)
        case UInt8(ascii: "]"), UInt8(ascii: ">"), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            position += 1
            return .word(String(UnicodeScalar(b)))
        default:
            let token = regular()
            guard !token.isEmpty else { position += 1; return .word("") }
            let text = String(decoding: token, as: UTF8.self)
            guard let n = Double(text) else { return .word(text) }
            guard references else { return .number(n) }
            // "12 0 R" is a reference to object 12.
            var look = self
            if n == n.rounded(), case .number(let g)? = look.next(references: false), g == g.rounded(),
               case .word("R")? = look.next(references: false) {
                self = look
                return .reference(Int(n))
            }
            return .number(n)
        }
    }

    private mutating func regular() -> ArraySlice<UInt8> {
        let start = position
        while position < end, !Self.isWhite(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }

    /// `(text)` with balanced parentheses and backslash escapes, octal ones included.
    private mutating func literal() -> [UInt8] {
        position += 1
        var out: [UInt8] = [], depth = 1
        while position < end {
            let c = bytes[position]
            position += 1
            switch c {
            case UInt8(ascii: "\\"):
                guard position < end else { break }
                let e = bytes[position]
                position += 1
                switch e {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var value = Int(e - 48), digits = 1
                    while digits < 3, position < end, (48...55).contains(bytes[position]) {
                        value = value * 8 + Int(bytes[position] - 48)
                        position += 1
                        digits += 1
                    }
                    out.append(UInt8(value & 0xFF))
                case 10, 13:
                    if e == 13, position < end, bytes[position] == 10 { position += 1 }
                default: out.append(e)
                }
            case UInt8(ascii: "("):
                depth += 1
                out.append(c)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(c)
            default: out.append(c)
            }
        }
        return out
    }

    private mutating func hex() -> [UInt8] {
        position += 1
        var digits: [UInt8] = []
        while position < end, bytes[position] != UInt8(ascii: ">") {
            let c = bytes[position]
            if let v = Self.hexValue(c) { digits.append(v) }
            position += 1
        }
        position += 1
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 48...57: c - 48
        case 65...70: c - 55
        case 97...102: c - 87
        default: nil
        }
    }
}
