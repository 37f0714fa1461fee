import Foundation

/// `styles.xml` and `numbering.xml` from the theme: Word's own built-in style names (Title,
/// Heading 1 and 2, List Bullet, Hyperlink) so Word and LibreOffice show the résumé's structure
/// (navigation pane, outline, real lists), in the theme's fonts, sizes and colours.
package enum WordStyles {
    /// Where the page sits and how wide its text is, for the right-hand tab stop of dates.
    package struct Page: Sendable {
        package var width, height: Double
        package var margins: Theme.Margins
        package var textWidth: Double { width - margins.left - margins.right }

        package init(size: PageSize, margins: Theme.Margins) {
            (width, height) = size == .a4 ? (595.3, 841.9) : (612, 792)
            self.margins = margins
        }

        /// `<w:sectPr>`: the page size and margins, the last element of the body.
        package var sectionXML: String {
            "<w:sectPr><w:pgSz w:w=\"\(WordXML.twips(width))\" w:h=\"\(WordXML.twips(height))\"/>"
                + "<w:pgMar w:top=\"\(WordXML.twips(margins.top))\" w:right=\"\(WordXML.twips(margins.right))\" "
                + "w:bottom=\"\(WordXML.twips(margins.bottom))\" w:left=\"\(WordXML.twips(margins.left))\" "
                + "w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/></w:sectPr>"
        }
    }

    package static func styles(_ theme: Theme, language: String, page: Page) -> String {
        let c = theme.colors, s = theme.sizes, sp = theme.spacing
        let font = family(theme.fonts.regular.file)
        let line = Int((240 * sp.lineHeight).rounded())
        let headerAlign = theme.header.align == .center ? "<w:jc w:val=\"center\"/>" : ""
        let rule = theme.headings.rule
            ? "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"\(WordXML.hex(c.rule))\"/></w:pBdr>" : ""
        let headingColor = WordXML.hex(theme.headings.color ? c.accent : c.text)
        let tab = "<w:tabs><w:tab w:val=\"right\" w:pos=\"\(WordXML.twips(page.textWidth))\"/></w:tabs>"
        func paragraph(_ id: String, _ name: String, basedOn: String = "Normal", next: String? = nil, outline: Int? = nil,
                       pPr: String, rPr: String, builtIn: Bool = true) -> String {
            "<w:style w:type=\"paragraph\"\(builtIn ? "" : " w:customStyle=\"1\"") w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
                + "<w:basedOn w:val=\"\(basedOn)\"/>" + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "")
                + "<w:qFormat/><w:pPr>\(pPr)" + (outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? "")
                + "</w:pPr><w:rPr>\(rPr)</w:rPr></w:style>"
        }
        func after(_ points: Double, before: Double = 0) -> String {
            "<w:spacing w:before=\"\(WordXML.twips(before))\" w:after=\"\(WordXML.twips(points))\"/>"
        }
        return header + "<w:styles \(namespaces)><w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:cs=\"\(font)\" w:eastAsia=\"\(font)\"/>"
            + "<w:color w:val=\"\(WordXML.hex(c.text))\"/><w:sz w:val=\"\(WordXML.halfPoints(s.body))\"/>"
            + "<w:szCs w:val=\"\(WordXML.halfPoints(s.body))\"/><w:lang w:val=\"\(WordXML.escape(language))\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"\(line)\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr>\(after(sp.paragraph))</w:pPr></w:style>"
            + paragraph("Title", "Title", next: "Subtitle", pPr: headerAlign + after(2), rPr: "<w:b/><w:color w:val=\"\(WordXML.hex(c.accent))\"/>"
                + size(s.name))
            + paragraph("Subtitle", "Subtitle", pPr: headerAlign + after(2), rPr: "<w:color w:val=\"\(WordXML.hex(c.muted))\"/>" + size(s.headline))
            + paragraph("Contact", "Contact", pPr: headerAlign + after(sp.afterHeader),
                        rPr: "<w:color w:val=\"\(WordXML.hex(c.muted))\"/>" + size(s.contact), builtIn: false)
            + paragraph("Heading1", "heading 1", next: "Normal", outline: 0, pPr: "<w:keepNext/>" + rule + after(sp.afterHeading, before: sp.beforeSection),
                        rPr: "<w:b/>" + (theme.headings.uppercase ? "<w:caps/>" : "") + "<w:color w:val=\"\(headingColor)\"/>" + size(s.heading))
            + paragraph("Heading2", "heading 2", next: "Normal", outline: 1, pPr: "<w:keepNext/>" + tab + after(1, before: sp.betweenEntries),
                        rPr: "<w:b/><w:color w:val=\"\(WordXML.hex(c.text))\"/>" + size(s.entryTitle))
            + paragraph("EntryDetails", "Entry Details", pPr: "<w:keepNext/>" + after(2),
                        rPr: "<w:i/><w:color w:val=\"\(WordXML.hex(c.muted))\"/>" + size(s.small), builtIn: false)
            + paragraph("ListBullet", "List Bullet", pPr: "<w:numPr><w:numId w:val=\"1\"/></w:numPr>" + after(1), rPr: "")
            + paragraph("EntryNote", "Entry Note", pPr: after(sp.paragraph), rPr: "<w:color w:val=\"\(WordXML.hex(c.muted))\"/>" + size(s.small),
                        builtIn: false)
            + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>"
            + "<w:rPr><w:color w:val=\"\(WordXML.hex(c.link))\"/></w:rPr></w:style>"
            + "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"EntryDates\"><w:name w:val=\"Entry Dates\"/>"
            + "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr><w:b w:val=\"0\"/><w:color w:val=\"\(WordXML.hex(c.muted))\"/>\(size(s.small))</w:rPr></w:style>"
            + "</w:styles>"
    }

    /// One bullet list definition: the theme's bullet character, indented as the theme says.
    package static func numbering(_ theme: Theme) -> String {
        let indent = WordXML.twips(max(theme.spacing.bulletIndent, 6))
        let hang = min(indent, 220)
        return header + "<w:numbering \(namespaces)><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\(WordXML.escape(theme.bullet.glyph))\"/>"
            + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(indent)\" w:hanging=\"\(hang)\"/></w:pPr></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
    }

    /// The family a font file belongs to, as Word matches fonts by family name, not file:
    /// `OpenSans-Regular.ttf` → "Open Sans". Read from the name, not the font, to stay fast.
    package static func family(_ file: String) -> String {
        let stem = (file as NSString).deletingPathExtension.split(separator: "-").first.map(String.init) ?? file
        var out = ""
        var previous: Character?
        for c in stem {
            if c.isUppercase, let p = previous, p.isLowercase { out.append(" ") }
            out.append(c)
            previous = c
        }
        return out
    }

    private static func size(_ points: Double) -> String {
        "<w:sz w:val=\"\(WordXML.halfPoints(points))\"/><w:szCs w:val=\"\(WordXML.halfPoints(points))\"/>"
    }

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
}
