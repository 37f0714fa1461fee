/// A strict JSON (RFC 8259) reader producing the same `SourceNode` tree as YAML, so JSON
/// profiles get the same `line:col` diagnostics. Duplicate keys are kept for the validator
/// to report; nesting is bounded so hostile input cannot exhaust the stack.
struct JSONReader {
    static let maxDepth = 200

    struct Failure: Error {
        var message: String
        var expected: String?
        var position: TextPosition
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1

    static func read(_ source: SourceText) -> Outcome<SourceNode> {
        var reader = JSONReader(bytes: Array(source.text.utf8))
        do {
            reader.skipWhitespace()
            let root = try reader.value(depth: 0)
            reader.skipWhitespace()
            if reader.index < reader.bytes.count {
                throw reader.failure("unexpected text after the end of the document", expected: "one top-level value")
            }
            return .success(root)
        } catch let failure as Failure {
            return .failure(Diagnostic(.error, .jsonSyntax(message: failure.message, expected: failure.expected),
                                       at: source.location(failure.position)))
        } catch {
            return .failure(Diagnostic(.error, .jsonSyntax(message: "\(error)", expected: nil), at: source.location))
        }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var position: TextPosition { TextPosition(line: line, column: column) }
    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func failure(_ message: String, expected: String? = nil) -> Failure {
        Failure(message: message, expected: expected, position: position)
    }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let c = current, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { advance() }
    }

    private func describeCurrent() -> String {
        guard let c = current else { return "the end of the file" }
        if c == UInt8(ascii: "/") { return "a comment" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        return c < 0x20 ? "a control character" : "'\(text)'"
    }

    private mutating func value(depth: Int) throws -> SourceNode {
        guard depth < Self.maxDepth else {
            throw failure("nested deeper than \(Self.maxDepth) levels", expected: "a profile needs only a few levels")
        }
        let start = position
        switch current {
        case UInt8(ascii: "{"): return try object(depth: depth, start: start)
        case UInt8(ascii: "["): return try array(depth: depth, start: start)
        case UInt8(ascii: "\""):
            return SourceNode(.scalar(.init(text: try string(), kind: .text)), at: start)
        case UInt8(ascii: "t"): return try literal("true", kind: .boolean, start: start)
        case UInt8(ascii: "f"): return try literal("false", kind: .boolean, start: start)
        case UInt8(ascii: "n"): return try literal("null", kind: .null, start: start)
        case let c? where c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39): return try number(start: start)
        case UInt8(ascii: "'")?:
            throw failure("strings must use double quotes", expected: "\"text\"")
        default:
            throw failure("found \(describeCurrent()) where a value should be",
                          expected: "an object, list, \"text\", number, true, false or null")
        }
    }

    private mutating func object(depth: Int, start: TextPosition) throws -> SourceNode {
        advance()
        var pairs: [SourceNode.Pair] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            advance()
            return SourceNode(.mapping(pairs), at: start)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}") {
                    throw failure("trailing comma before '}'", expected: "remove the last comma")
                }
                throw failure("found \(describeCurrent()) where a key should be", expected: "a key in double quotes")
            }
            let keyPosition = position
            let key = try string()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else {
                throw failure("found \(describeCurrent()) after the key \"\(key)\"", expected: "':'")
            }
            advance()
            skipWhitespace()
            pairs.append(.init(key: key, keyPosition: keyPosition, value: try value(depth: depth + 1)))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "}"):
                advance()
                return SourceNode(.mapping(pairs), at: start)
            default:
                throw failure("found \(describeCurrent()) after a value in an object", expected: "',' or '}'")
            }
        }
    }

    private mutating func array(depth: Int, start: TextPosition) throws -> SourceNode {
        advance()
        var items: [SourceNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            advance()
            return SourceNode(.sequence(items), at: start)
        }
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                throw failure("trailing comma before ']'", expected: "remove the last comma")
            }
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"):
                advance()
                return SourceNode(.sequence(items), at: start)
            default:
                throw failure("found \(describeCurrent()) after a value in a list", expected: "',' or ']'")
            }
        }
    }

    private mutating func literal(_ word: String, kind: SourceNode.ScalarKind, start: TextPosition) throws -> SourceNode {
        for expected in word.utf8 {
            guard current == expected else {
                throw failure("found \(describeCurrent()) where a value should be",
                              expected: "an object, list, \"text\", number, true, false or null")
            }
            advance()
        }
        return SourceNode(.scalar(.init(text: word, kind: kind)), at: start)
    }

    private mutating func number(start: TextPosition) throws -> SourceNode {
        let from = index
        var isFloat = false
        func digits(_ reader: inout JSONReader) -> Int {
            var count = 0
            while let c = reader.current, c >= 0x30 && c <= 0x39 { reader.advance(); count += 1 }
            return count
        }
        if current == UInt8(ascii: "-") { advance() }
        if current == UInt8(ascii: "0") {
            advance()
            if let c = current, c >= 0x30 && c <= 0x39 {
                throw failure("numbers cannot have leading zeros", expected: "quote it as text if the zero matters")
            }
        } else if digits(&self) == 0 {
            throw failure("found \(describeCurrent()) where a digit should be", expected: "a number")
        }
        if current == UInt8(ascii: ".") {
            isFloat = true
            advance()
            guard digits(&self) > 0 else { throw failure("a decimal point must be followed by digits", expected: "a number") }
        }
        if let c = current, c | 0x20 == UInt8(ascii: "e") {
            isFloat = true
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard digits(&self) > 0 else { throw failure("an exponent must have digits", expected: "a number") }
        }
        let text = String(decoding: bytes[from..<index], as: UTF8.self)
        return SourceNode(.scalar(.init(text: text, kind: isFloat ? .float : .integer)), at: start)
    }

    private mutating func string() throws -> String {
        let opening = position
        advance()
        var out: [UInt8] = []
        while true {
            guard let c = current else {
                throw Failure(message: "unterminated string", expected: "a closing '\"'", position: opening)
            }
            switch c {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                advance()
                try escape(into: &out)
            case 0..<0x20:
                throw failure("control character inside a string", expected: c == 0x0A ? "\\n instead of a line break" : "an escape such as \\t")
            default:
                out.append(c)
                advance()
            }
        }
    }

    private mutating func escape(into out: inout [UInt8]) throws {
        guard let c = current else { throw failure("unterminated string", expected: "a closing '\"'") }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
            UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let byte = simple[c] {
            out.append(byte)
            advance()
            return
        }
        guard c == UInt8(ascii: "u") else {
            throw failure("invalid escape \\\(Character(Unicode.Scalar(c)))", expected: "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
        advance()
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code) {
            // A high surrogate must be followed by an escaped low one.
            guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                throw failure("lone surrogate \\u\(String(code, radix: 16))", expected: "a surrogate pair")
            }
            advance(); advance()
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw failure("invalid surrogate pair", expected: "a low surrogate \\uDC00-\\uDFFF")
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
            throw failure("lone surrogate \\u\(String(code, radix: 16))", expected: "a surrogate pair")
        }
        out.append(contentsOf: Array(String(Character(Unicode.Scalar(code)!)).utf8))
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let c = current, let digit = Int(String(UnicodeScalar(c)), radix: 16) else {
                throw failure("\\u must be followed by four hex digits", expected: "\\uXXXX")
            }
            value = value * 16 + UInt32(digit)
            advance()
        }
        return value
    }
}
