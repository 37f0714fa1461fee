/// A cheap look at YAML text before it is parsed, to refuse documents nested so deeply that a
/// recursive composer would exhaust the stack (libyaml itself sets no limit).
///
/// It tracks block indentation levels and flow brackets, skipping comments, quoted scalars,
/// block scalars and brackets inside plain text ("a [b"), which YAML reads as characters.
enum NestingScanner {
    /// Returns where the depth first passes `limit`, or nil.
    static func firstPositionDeeperThan(_ limit: Int, in text: String) -> TextPosition? {
        var indents: [Int] = []       // open block levels, by indentation width
        var flowDepth = 0
        var inDouble = false, inSingle = false
        var blockScalarIndent: Int?   // lines indented more than this belong to a block scalar
        var lineNumber = 0

        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let scalars = Array(line.unicodeScalars)
            var i = 0
            while i < scalars.count, scalars[i] == " " { i += 1 }
            let indent = i
            let blank = i == scalars.count || scalars[i] == "#" || scalars[i] == "\r"
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
            var previous: Unicode.Scalar = " "   // the last character that is not a space
            var last: Unicode.Scalar = " "       // the character just before this one
            var sawContent = false
            while i < scalars.count {
                let c = scalars[i]
                if inDouble {
                    if c == "\\" { i += 1 } else if c == "\"" { inDouble = false }
                } else if inSingle {
                    if c == "'" {
                        if i + 1 < scalars.count, scalars[i + 1] == "'" { i += 1 } else { inSingle = false }
                    }
                } else if c == "#", last == " " || last == "\t" {
                    break
                } else if c == "\"" {
                    inDouble = true
                } else if c == "'", !sawContent || ":,[{-? ".unicodeScalars.contains(previous) {
                    inSingle = true
                } else if c == "[" || c == "{", flowDepth > 0 || !sawContent || ":-?,".unicodeScalars.contains(previous) {
                    // Only where a flow collection can start: inside one, at the start of a value or
                    // item, or first on the line. In running text ("ye[[[") brackets are just text.
                    flowDepth += 1
                } else if c == "]" || c == "}" {
                    flowDepth = max(0, flowDepth - 1)
                } else if c == "-", !sawContent, i + 1 == scalars.count || scalars[i + 1] == " " {
                    dashes += 1
                } else if c != " " && c != "\t" {
                    sawContent = true
                }
                if indents.count + dashes + flowDepth > limit {
                    return TextPosition(line: lineNumber, column: i + 1)
                }
                if c != " " { previous = c }
                last = c
                i += 1
            }
            // A line ending in `|` or `>` (with optional modifiers) starts a block scalar.
            if !inDouble, !inSingle, flowDepth == 0 {
                let trimmed = String(String.UnicodeScalarView(scalars)).trimmingTrailingSpace()
                if let last = trimmed.split(separator: " ").last,
                   let first = last.first, first == "|" || first == ">",
                   last.dropFirst().allSatisfy({ "+-0123456789".contains($0) }) {
                    blockScalarIndent = indent
                }
            }
        }
        return nil
    }
}

extension String {
    func trimmingTrailingSpace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
