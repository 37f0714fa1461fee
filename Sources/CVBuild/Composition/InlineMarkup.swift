/// The small inline syntax a profile can opt into with `cvbuild.markup: inline`:
/// `**bold**`, `*italic*` or `_italic_`, `[text](https://…)`, and `\*` for a literal mark.
/// One parser for every output: the PDF draws the styles, the page writes `<strong>`, `<em>`
/// and `<a>` (after escaping the text), LinkedIn gets plain text with links spelled out.
/// Links other than http, https and mailto stay text. Without the opt-in, text is literal.
package struct InlineRun: Hashable, Sendable {
    package var text: String
    package var bold = false
    package var italic = false
    package var link: String?

    package init(text: String, bold: Bool = false, italic: Bool = false, link: String? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.link = link
    }
}

package enum InlineMarkup {
    package static func runs(_ text: String, enabled: Bool) -> [InlineRun] {
        guard enabled else { return [InlineRun(text: text)] }
        var out: [InlineRun] = []
        parse(Array(text), bold: false, italic: false, into: &out)
        return merged(out)
    }

    /// The text without marks, links written as "text (url)": for plain-text outputs.
    package static func plain(_ text: String, enabled: Bool) -> String {
        runs(text, enabled: enabled).map { run in
            guard let link = run.link, link != run.text, "mailto:" + run.text != link else { return run.text }
            return "\(run.text) (\(link.hasPrefix("mailto:") ? String(link.dropFirst(7)) : link))"
        }.joined()
    }

    private static let escapable: Set<Character> = ["\\", "*", "_", "[", "]", "(", ")"]

    private static func parse(_ c: [Character], bold: Bool, italic: Bool, into out: inout [InlineRun]) {
        var literal = ""
        func flush() {
            if !literal.isEmpty { out.append(InlineRun(text: literal, bold: bold, italic: italic)) }
            literal = ""
        }
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch == "\\", i + 1 < c.count, escapable.contains(c[i + 1]) {
                literal.append(c[i + 1])
                i += 2
                continue
            }
            if ch == "*", i + 1 < c.count, c[i + 1] == "*", !bold,
               let close = find(["*", "*"], in: c, from: i + 2), close > i + 2, !c[i + 2].isWhitespace {
                flush()
                parse(Array(c[(i + 2)..<close]), bold: true, italic: italic, into: &out)
                i = close + 2
                continue
            }
            if ch == "*" || ch == "_", !italic, i + 1 < c.count, !c[i + 1].isWhitespace, c[i + 1] != ch,
               i == 0 || !(c[i - 1].isLetter || c[i - 1].isNumber),
               let close = find([ch], in: c, from: i + 1), !c[close - 1].isWhitespace,
               close + 1 == c.count || !(c[close + 1].isLetter || c[close + 1].isNumber) {
                flush()
                parse(Array(c[(i + 1)..<close]), bold: bold, italic: true, into: &out)
                i = close + 1
                continue
            }
            if ch == "[", let middle = find(["]", "("], in: c, from: i + 1), let end = find([")"], in: c, from: middle + 2) {
                let label = String(c[(i + 1)..<middle]), target = String(c[(middle + 2)..<end]).trimmedSpaces
                let safe = Address.urlProblem(target) == nil || (target.lowercased().hasPrefix("mailto:") && Address.isEmail(String(target.dropFirst(7))))
                flush()
                if safe {
                    out.append(InlineRun(text: label, bold: bold, italic: italic, link: target))
                } else {
                    literal = "\(label) (\(target))"
                    flush()
                }
                i = end + 1
                continue
            }
            literal.append(ch)
            i += 1
        }
        flush()
    }

    /// First index of `needle` in `c` at or after `from`, skipping escaped characters.
    private static func find(_ needle: [Character], in c: [Character], from: Int) -> Int? {
        var i = from
        while i + needle.count <= c.count {
            if c[i] == "\\" { i += 2; continue }
            if Array(c[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    private static func merged(_ runs: [InlineRun]) -> [InlineRun] {
        var out: [InlineRun] = []
        for run in runs where !run.text.isEmpty {
            if var last = out.last, last.bold == run.bold, last.italic == run.italic, last.link == run.link {
                last.text += run.text
                out[out.count - 1] = last
            } else {
                out.append(run)
            }
        }
        return out
    }
}
