import Foundation

/// The small pieces of WordprocessingML every cvbuild document is made of: escaped text, runs
/// (bold, italic, a character style), paragraphs with a style, and hyperlinks, which live in the
/// document's relationships. The résumé and the letter both build their body with this.
package struct WordBody: Sendable {
    /// `<w:p>` elements in order.
    package private(set) var paragraphs: [String] = []
    /// External link targets; the n-th is relationship `rIdLink<n>`.
    package private(set) var links: [String] = []

    package init() {}

    package struct Run: Sendable {
        var text: String
        var bold = false
        var italic = false
        /// A character style (`Hyperlink`, `EntryDates`).
        var style: String?
        /// Written as a tab (`<w:tab/>`), for dates at the right-hand tab stop.
        var tab = false
        var link: String?

        package init(_ text: String, bold: Bool = false, italic: Bool = false, style: String? = nil, link: String? = nil) {
            self.text = text
            self.bold = bold
            self.italic = italic
            self.style = style
            self.link = link
        }

        package static let tab: Run = { var run = Run(""); run.tab = true; return run }()
    }

    /// A paragraph in a named style; its runs that carry a link become one hyperlink each.
    package mutating func add(_ style: String, _ runs: [Run]) {
        var xml = "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>"
        for run in runs {
            guard let link = run.link else { xml += Self.run(run); continue }
            xml += "<w:hyperlink r:id=\"\(relationship(for: link))\" w:history=\"1\">\(Self.run(run, style: "Hyperlink"))</w:hyperlink>"
        }
        paragraphs.append(xml + "</w:p>")
    }

    /// Runs from the profile's inline markup, links included.
    package static func runs(_ inline: [InlineRun]) -> [Run] {
        inline.map { Run($0.text, bold: $0.bold, italic: $0.italic, link: $0.link) }
    }

    /// One relationship per distinct target, so a link repeated costs one entry.
    private mutating func relationship(for link: String) -> String {
        if let index = links.firstIndex(of: link) { return "rIdLink\(index + 1)" }
        links.append(link)
        return "rIdLink\(links.count)"
    }

    private static func run(_ run: Run, style: String? = nil) -> String {
        if run.tab { return "<w:r><w:tab/></w:r>" }
        var properties = ""
        if let style = style ?? run.style { properties += "<w:rStyle w:val=\"\(style)\"/>" }
        if run.bold { properties += "<w:b/>" }
        if run.italic { properties += "<w:i/>" }
        let head = properties.isEmpty ? "<w:r>" : "<w:r><w:rPr>\(properties)</w:rPr>"
        return head + "<w:t xml:space=\"preserve\">\(WordXML.escape(run.text))</w:t></w:r>"
    }
}

package enum WordXML {
    /// Text as XML character data: markup escaped, and characters XML 1.0 cannot hold (C0
    /// controls other than tab and line feed) dropped, since Word refuses the whole file otherwise.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out += " "
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A colour as Word writes it: six hex digits, no `#`.
    package static func hex(_ color: Theme.RGB) -> String {
        func byte(_ v: Double) -> Int { Int((min(max(v, 0), 1) * 255).rounded()) }
        return String(format: "%02X%02X%02X", byte(color.red), byte(color.green), byte(color.blue))
    }

    /// Points as twentieths of a point (twips), the unit of Word's page and spacing values.
    package static func twips(_ points: Double) -> Int { Int((points * 20).rounded()) }
    /// Points as half-points, the unit of Word's font sizes.
    package static func halfPoints(_ points: Double) -> Int { Int((points * 2).rounded()) }
}
