/// A cheap look at YAML text before it is parsed, to refuse documents nested so deeply that a
/// recursive composer would exhaust the stack (libyaml itself sets no limit).
///
/// It tracks block indentation levels and flow brackets, skipping comments, quoted scalars,
/// block scalars and brackets inside plain text ("a [b"), which YAML reads as characters.
/// It reads UTF-8 bytes: every character it looks for is ASCII, and the bytes of other
/// characters never equal one, so only the column (counted in Unicode scalars) needs care.
enum NestingScanner {
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    /// After these, a quote opens a quoted scalar and a bracket a flow collection.
    private static let quoteOpeners: Set<UInt8> = Set(":,[{-? ".utf8)
    private static let flowOpeners: Set<UInt8> = Set(":-?,".utf8)

    /// Returns where the depth first passes `limit`, or nil.
    static func firstPositionDeeperThan(_ limit: Int, in text: String) -> TextPosition? {
        var text = text
        return text.withUTF8 { bytes in scan(bytes, limit: limit) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> TextPosition? {
        var indents: [Int] = []       // open block levels, by indentation width
        var flowDepth = 0
        var inDouble = false, inSingle = false
        var blockScalarIndent: Int?   // lines indented more than this belong to a block scalar
        var lineNumber = 0
        var lineStart = 0
        let count = bytes.count

        while lineStart <= count {
            // A line ends at LF; a CR before it belongs to the break, so CRLF files are read line by line too.
            var lineEnd = lineStart
            while lineEnd < count, bytes[lineEnd] != lf { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == cr { end -= 1 }

            var i = lineStart
            while i < end, bytes[i] == space { i += 1 }
            let indent = i - lineStart
            let blank = i == end || bytes[i] == UInt8(ascii: "#") || bytes[i] == cr
            if let parent = blockScalarIndent {
                if blank || indent > parent { continue }
                blockScalarIndent = nil
            }
            if blank && !inDouble && !inSingle { continue }
            if flowDepth == 0 && !inDouble && !inSingle {
                while let top = indents.last, top >= indent { indents.removeLast() }
                indents.append(indent)
            }
            // Compact nested sequences ("- - - x") open one level per dash.
            var dashes = 0
            var previous = space   // the last byte that is not a space
            var last = space       // the byte just before this one
            var sawContent = false
            var column = indent    // scalars before byte i
            while i < end {
                let c = bytes[i]
                if inDouble {
                    if c == UInt8(ascii: "\\") {
                        // The escaped character is skipped whole, however many bytes it has.
                        i += 1
                        if i < end { column += 1 }
                        while i + 1 < end, bytes[i + 1] & 0xC0 == 0x80 { i += 1 }
                    } else if c == UInt8(ascii: "\"") {
                        inDouble = false
                    }
                } else if inSingle {
                    if c == UInt8(ascii: "'") {
                        if i + 1 < end, bytes[i + 1] == UInt8(ascii: "'") {
                            i += 1
                            column += 1
                        } else {
                            inSingle = false
                        }
                    }
                } else if c == UInt8(ascii: "#"), last == space || last == tab {
                    break
                } else if c == UInt8(ascii: "\"") {
                    inDouble = true
                } else if c == UInt8(ascii: "'"), !sawContent || quoteOpeners.contains(previous) {
                    inSingle = true
                } else if c == UInt8(ascii: "[") || c == UInt8(ascii: "{"), flowDepth > 0 || !sawContent || flowOpeners.contains(previous) {
                    // Only where a flow collection can start: inside one, at the start of a value or
                    // item, or first on the line. In running text ("ye[[[") brackets are just text.
                    flowDepth += 1
                } else if c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                    flowDepth = max(0, flowDepth - 1)
                } else if c == UInt8(ascii: "-"), !sawContent, i + 1 == end || bytes[i + 1] == space {
                    dashes += 1
                } else if c != space && c != tab {
                    sawContent = true
                }
                if indents.count + dashes + flowDepth > limit {
                    return TextPosition(line: lineNumber, column: column + 1)
                }
                if c != space { previous = c }
                last = c
                i += 1
                // The rest of a multi-byte character is skipped: it is one column, and no ASCII.
                while i < end, bytes[i] & 0xC0 == 0x80 {
                    last = bytes[i]
                    i += 1
                }
                column += 1
            }
            // A line ending in `|` or `>` (with optional modifiers) starts a block scalar.
            if !inDouble, !inSingle, flowDepth == 0 {
                var tail = end
                while tail > lineStart, bytes[tail - 1] == space || bytes[tail - 1] == tab || bytes[tail - 1] == cr { tail -= 1 }
                var head = tail
                while head > lineStart, bytes[head - 1] != space { head -= 1 }
                if head < tail, bytes[head] == UInt8(ascii: "|") || bytes[head] == UInt8(ascii: ">"),
                   bytes[(head + 1)..<tail].allSatisfy({ Set("+-0123456789".utf8).contains($0) }) {
                    blockScalarIndent = indent
                }
            }
        }
        return nil
    }
}
