/// Reads a theme file into a `Theme`, reporting every problem with its position.
enum ThemeDecoder {
    static func decode(_ source: SourceText, folder: String?) -> Outcome<Theme> {
        DataFileDecoding.decode(source) { reader, root in
            let keys = ["name", "description", "fonts", "page", "sizes", "colors", "spacing", "header", "headings",
                        "dateStyle", "bullet", "footer", "sections", "photo", "sidebar", "justify", "dates"]
            guard let f = reader.fields(of: root, path: "", known: keys) else { return nil }
            func required(_ key: String) -> SourceNode? {
                if let node = f[key] { return node }
                reader.report(.error, .missingField(name: key, reason: "every theme sets it"), at: f.position, path: key)
                return nil
            }
            let name = reader.requiredText(f, "name")
            let description = reader.text(f, "description") ?? ""
            let fonts = required("fonts").flatMap { self.fonts($0, reader: reader) }
            let page = required("page").flatMap { reader.fields(of: $0, path: "page", known: ["size", "margins"]) }
            let pageSize = page.flatMap { reader.choice($0, "size", as: PageSize.self) } ?? .a4
            let margins = page.flatMap { p -> Theme.Margins? in
                guard let node = p["margins"] else {
                    reader.report(.error, .missingField(name: "margins", reason: "every theme sets it"), at: p.position, path: "page.margins")
                    return nil
                }
                return self.margins(node, reader: reader)
            }
            let sizes = required("sizes").flatMap { self.sizes($0, reader: reader) }
            let colors = required("colors").flatMap { self.colors($0, reader: reader) }
            let spacing = required("spacing").flatMap { self.spacing($0, reader: reader) }
            let header = f["header"].flatMap { reader.fields(of: $0, path: "header", known: ["align", "separator", "icons"]) }
            let headings = f["headings"].flatMap { reader.fields(of: $0, path: "headings", known: ["uppercase", "rule", "color", "letterSpacing"]) }
            let footer = f["footer"].flatMap { reader.fields(of: $0, path: "footer", known: ["everyPage"]) }
            let dateStyle = reader.choice(f, "dateStyle", as: LocaleData.DateStyle.self) ?? .short
            let sections = reader.list(f, "sections") { node, path in
                reader.text(node, path: path).flatMap { reader.choice($0, node: node, path: path, as: SectionID.self) }
            }
            guard let name, let fonts, let margins, let sizes, let colors, let spacing else { return nil }
            return Theme(
                name: name, description: description, folder: nil, builtInName: nil, fonts: fonts, pageSize: pageSize, margins: margins,
                sizes: sizes, colors: colors, spacing: spacing,
                header: Theme.Header(align: header.flatMap { reader.choice($0, "align", as: Theme.Alignment.self) } ?? .center,
                                     separator: header.flatMap { reader.text($0, "separator") } ?? "  |  ",
                                     icons: header.map { reader.boolean($0, "icons", default: false) } ?? false),
                headings: Theme.Headings(uppercase: headings.map { reader.boolean($0, "uppercase", default: false) } ?? false,
                                         rule: headings.map { reader.boolean($0, "rule", default: true) } ?? true,
                                         color: headings.map { reader.boolean($0, "color", default: false) } ?? false,
                                         letterSpacing: headings.flatMap { reader.number($0, "letterSpacing", in: 0...4, default: 0) } ?? 0),
                dateStyle: dateStyle, bullet: f["bullet"].map { bullet($0, reader: reader) } ?? Theme.Bullet(),
                footer: Theme.Footer(everyPage: footer.map { reader.boolean($0, "everyPage", default: false) } ?? false),
                sections: sections.isEmpty ? SectionID.allCases : sections,
                photo: f["photo"].flatMap { photo($0, reader: reader) },
                sidebar: f["sidebar"].flatMap { sidebar($0, reader: reader) },
                justify: reader.boolean(f, "justify", default: false),
                dates: reader.choice(f, "dates", as: Theme.DatePlacement.self) ?? .right)
        }
    }

    private static func photo(_ node: SourceNode, reader: FieldReader) -> Theme.Photo? {
        guard let f = reader.fields(of: node, path: "photo", known: ["size", "shape", "side"]) else { return nil }
        guard let size = reader.number(f, "size", in: 24...200) else { return nil }
        return Theme.Photo(size: size, shape: reader.choice(f, "shape", as: Theme.Photo.Shape.self) ?? .circle,
                           side: reader.choice(f, "side", as: Theme.Photo.Side.self) ?? .right)
    }

    private static func sidebar(_ node: SourceNode, reader: FieldReader) -> Theme.Sidebar? {
        guard let f = reader.fields(of: node, path: "sidebar", known: ["side", "width", "gutter", "sections", "background"]) else { return nil }
        guard let width = reader.number(f, "width", in: 80...300) else { return nil }
        let sections = reader.list(f, "sections") { node, path in
            reader.text(node, path: path).flatMap { reader.choice($0, node: node, path: path, as: SectionID.self) }
        }
        var background: Theme.RGB?
        if let text = reader.text(f, "background") {
            background = Theme.RGB.parse(text)
            if background == nil {
                reader.report(.error, .invalidChoice(text: text, choices: ["#RRGGBB"], suggestion: nil),
                              at: f["background"]?.position ?? f.position, path: f.child("background"))
            }
        }
        return Theme.Sidebar(side: reader.choice(f, "side", as: Theme.Sidebar.Side.self) ?? .right, width: width,
                             gutter: reader.number(f, "gutter", in: 6...48, default: 18) ?? 18, sections: sections, background: background)
    }

    private static func fontFile(_ node: SourceNode, path: String, reader: FieldReader) -> Theme.FontFile? {
        let at = reader.source.location(node.position)
        if node.scalar != nil {
            return reader.text(node, path: path).map { Theme.FontFile(file: $0, index: 0, location: at, path: path) }
        }
        guard let f = reader.fields(of: node, path: path, known: ["file", "index"]) else { return nil }
        guard let file = reader.requiredText(f, "file") else { return nil }
        return Theme.FontFile(file: file, index: reader.integer(f, "index", in: 0...64) ?? 0, location: at, path: path)
    }

    /// `bullet: "▪"`, or `{glyph, color: text|muted|accent, scale}`.
    private static func bullet(_ node: SourceNode, reader: FieldReader) -> Theme.Bullet {
        if node.scalar != nil { return Theme.Bullet(glyph: reader.text(node, path: "bullet") ?? "•") }
        guard let f = reader.fields(of: node, path: "bullet", known: ["glyph", "color", "scale"]) else { return Theme.Bullet() }
        return Theme.Bullet(glyph: reader.text(f, "glyph") ?? "•", color: reader.choice(f, "color", as: Theme.Bullet.Color.self) ?? .text,
                            scale: reader.number(f, "scale", in: 0.5...2, default: 1) ?? 1)
    }

    private static func fonts(_ node: SourceNode, reader: FieldReader) -> Theme.Fonts? {
        guard let f = reader.fields(of: node, path: "fonts", known: ["regular", "bold", "italic", "boldItalic", "display", "fallbacks"]) else { return nil }
        func face(_ key: String) -> Theme.FontFile? {
            guard let n = f[key] else {
                reader.report(.error, .missingField(name: key, reason: "a font file name such as Caladea-Regular.ttf"),
                              at: f.position, path: f.child(key))
                return nil
            }
            return fontFile(n, path: f.child(key), reader: reader)
        }
        let regular = face("regular"), bold = face("bold"), italic = face("italic"), boldItalic = face("boldItalic")
        let fallbacks = reader.list(f, "fallbacks") { fontFile($0, path: $1, reader: reader) }
        guard let regular, let bold, let italic, let boldItalic else { return nil }
        let display = f["display"].flatMap { fontFile($0, path: f.child("display"), reader: reader) }
        return Theme.Fonts(regular: regular, bold: bold, italic: italic, boldItalic: boldItalic, fallbacks: fallbacks, display: display)
    }

    private static func margins(_ node: SourceNode, reader: FieldReader) -> Theme.Margins? {
        guard let f = reader.fields(of: node, path: "page.margins", known: ["top", "right", "bottom", "left"]) else { return nil }
        let r = 18.0...144.0
        guard let t = reader.number(f, "top", in: r), let ri = reader.number(f, "right", in: r),
              let b = reader.number(f, "bottom", in: r), let l = reader.number(f, "left", in: r) else { return nil }
        return Theme.Margins(top: t, right: ri, bottom: b, left: l)
    }

    private static func sizes(_ node: SourceNode, reader: FieldReader) -> Theme.Sizes? {
        let keys = ["name", "headline", "contact", "heading", "entryTitle", "body", "small", "footer", "minimumBody"]
        guard let f = reader.fields(of: node, path: "sizes", known: keys) else { return nil }
        let values = keys.map { reader.number(f, $0, in: 5...48) }
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        let v = values.map { $0! }
        if v[8] > v[5], let n = f["minimumBody"] {
            reader.report(.error, .outOfRange(value: String(v[8]), range: "at most sizes.body (\(v[5]))"), at: n.position, path: "sizes.minimumBody")
        }
        return Theme.Sizes(name: v[0], headline: v[1], contact: v[2], heading: v[3], entryTitle: v[4], body: v[5],
                           small: v[6], footer: v[7], minimumBody: v[8])
    }

    private static func colors(_ node: SourceNode, reader: FieldReader) -> Theme.Colors? {
        let keys = ["text", "muted", "accent", "rule", "link"]
        guard let f = reader.fields(of: node, path: "colors", known: keys) else { return nil }
        let values: [Theme.RGB?] = keys.map { key in
            guard let text = reader.requiredText(f, key) else { return nil }
            if let rgb = Theme.RGB.parse(text) { return rgb }
            reader.report(.error, .invalidChoice(text: text, choices: ["#RRGGBB"], suggestion: nil),
                          at: f[key]?.position ?? f.position, path: f.child(key))
            return nil
        }
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        return Theme.Colors(text: values[0]!, muted: values[1]!, accent: values[2]!, rule: values[3]!, link: values[4]!)
    }

    private static func spacing(_ node: SourceNode, reader: FieldReader) -> Theme.Spacing? {
        let keys = ["lineHeight", "afterHeader", "beforeSection", "afterHeading", "betweenEntries", "paragraph", "bulletIndent", "minimumScale"]
        guard let f = reader.fields(of: node, path: "spacing", known: keys) else { return nil }
        let lineHeight = reader.number(f, "lineHeight", in: 1.0...2.0)
        let points = keys.dropFirst().dropLast().map { reader.number(f, $0, in: 0...72) }
        let minimumScale = reader.number(f, "minimumScale", in: 0.1...1.0)
        guard let lineHeight, let minimumScale, points.allSatisfy({ $0 != nil }) else { return nil }
        let p = points.map { $0! }
        return Theme.Spacing(lineHeight: lineHeight, afterHeader: p[0], beforeSection: p[1], afterHeading: p[2],
                             betweenEntries: p[3], paragraph: p[4], bulletIndent: p[5], minimumScale: minimumScale)
    }
}
