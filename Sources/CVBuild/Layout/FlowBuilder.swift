/// Turns a `ResumeView` into a column of blocks for a theme at given sizes: the measuring and
/// line breaking of layout, before pages exist.
struct FlowBuilder {
    let theme: Theme
    let fonts: FontBook
    let contentWidth: Double
    /// 1 = the theme's spacing; the page budget lowers it.
    let scale: Double
    let bodySize: Double
    var shaper: TextShaper
    var blocks: [Block] = []
    let ascentRatio: Double
    /// Sections at most this tall are kept on one page (0: none).
    var shortSection = 0.0
    /// Line height as a multiple of the theme's (above 1 only to fill a last page).
    var leading = 1.0
    /// The view being built, for its inline-markup setting.
    private var markupView: ResumeView?

    /// The photo to place in the header, when the theme shows one.
    var photo: Photo?

    init(theme: Theme, fonts: FontBook, contentWidth: Double, scale: Double, bodySize: Double) {
        self.theme = theme
        self.fonts = fonts
        self.contentWidth = contentWidth
        self.scale = scale
        self.bodySize = bodySize
        self.shaper = TextShaper(fonts: fonts)
        let regular = fonts.metrics(.style(.regular))
        let ascender = Double(regular?.ascender ?? 800), descender = Double(regular?.descender ?? -200)
        ascentRatio = ascender / max(1, ascender - descender)
    }

    var ratio: Double { bodySize / theme.sizes.body }

    /// A profile text as spans: bold, italic and links from inline markup when the profile uses it.
    private func spans(_ ref: TextRef, _ base: TextStyle) -> [Span] {
        let runs = markupView?.runs(ref) ?? [InlineRun(text: ref.text)]
        return runs.map { run in
            var style = base
            switch (run.bold || base.font == .bold || base.font == .boldItalic, run.italic || base.font == .italic || base.font == .boldItalic) {
            case (true, true): style.font = .boldItalic
            case (true, false): style.font = .bold
            case (false, true): style.font = .italic
            case (false, false): style.font = .regular
            }
            if let link = run.link {
                style.link = link
                style.color = colors.link
            }
            return Span(run.text, style, path: ref.path)
        }
    }
    var colors: Theme.Colors { theme.colors }
    /// The name and headings: the theme's second family when it has one, else its bold.
    var displayFont: FontStyle { theme.fonts.display == nil ? .bold : .display }

    func style(_ font: FontStyle, _ size: Double, _ color: Theme.RGB? = nil, link: String? = nil) -> TextStyle {
        TextStyle(font: font, size: size, color: color ?? colors.text, link: link)
    }

    // MARK: Building

    mutating func build(_ view: ResumeView) -> [Block] {
        header(view)
        return build(view.sections, of: view)
    }

    /// Only these sections, without the header (a sidebar's column, or the main one beside it).
    mutating func build(_ sections: [SectionView], of view: ResumeView) -> [Block] {
        markupView = view
        for section in sections { self.section(section) }
        return blocks
    }

    private mutating func section(_ section: SectionView) {
        let title = theme.headings.uppercase ? section.title.uppercased() : section.title
        let color = theme.headings.color ? colors.accent : colors.text
        let size = theme.sizes.heading * min(1, 0.5 + 0.5 * ratio)
        var headingStyle = style(displayFont, size, color)
        // At most 0.075 em: text extractors (poppler, pdfminer) take a gap of a tenth of an em
        // between letters for a space, and "S U M M A R Y" is found by no keyword search.
        headingStyle.tracking = min(theme.headings.letterSpacing * size / theme.sizes.heading, 0.075 * size)
        let lines = breakLines([Span(title, headingStyle, path: nil)], width: contentWidth)
        var block = lineBlock(lines[0], x: 0, spaceBefore: theme.spacing.beforeSection * scale)
        if theme.headings.rule {
            let y = block.height + 1.5
            block.rules.append(PlacedRule(x1: 0, x2: contentWidth, y: y, thickness: 0.6, color: colors.rule))
            block.height = y + 0.6
        }
        block.keepWithNext = true
        block.bookmark = section.title.isEmpty ? nil : section.title  // a letter's untitled section: no bookmark
        let start = blocks.count
        block.section = section.title
        blocks.append(block)
        for (i, item) in section.items.enumerated() {
            let space = i == 0 ? theme.spacing.afterHeading * scale : theme.spacing.betweenEntries * scale
            let first = blocks.count
            switch item {
            case .paragraph(let text):
                addLines(spans(text, style(.regular, bodySize)), width: contentWidth, align: .left, spaceBefore: space)
            case .labeled(let label, let text):
                var spans: [Span] = []
                if let label { spans.append(Span(label.text + ": ", style(.bold, bodySize), path: label.path)) }
                spans += self.spans(text, style(.regular, bodySize))
                addLines(spans, width: contentWidth, align: .left,
                         spaceBefore: i == 0 ? space : theme.spacing.paragraph * scale)
            case .entry(let entry):
                self.entry(entry, spaceBefore: space)
            }
            for j in first..<blocks.count { blocks[j].section = section.title }
        }
        // A short section is never split across a page break: it moves whole.
        let height = blocks[start...].reduce(0) { $0 + $1.height + $1.spaceBefore }
        if height <= shortSection { for j in start..<(blocks.count - 1) { blocks[j].keepWithNext = true } }
    }

    private mutating func entry(_ e: EntryView, spaceBefore: Double) {
        let titleSize = theme.sizes.entryTitle * ratio
        let gap = 12.0
        var header = Block(height: 0, spaceBefore: spaceBefore)
        // A narrow column (a sidebar) has no room for dates beside the title: they go below it,
        // as they do everywhere in a theme that puts them there.
        if contentWidth < 260 || theme.dates == .below {
            stackedHeader(e, into: &header, titleSize: titleSize)
            return entryBody(e, header: header)
        }
        // Row 1: title left, dates right.
        let dates = e.dates.map { [Span($0, style(.regular, bodySize), path: nil)] } ?? []
        let datesWidth = measure(dates)
        if let title = e.title {
            let link = e.titleURL
            let lines = breakLines([Span(title.text, style(.bold, titleSize, link == nil ? nil : colors.link, link: link), path: title.path)],
                                   width: contentWidth - (datesWidth > 0 ? datesWidth + gap : 0))
            append(lines, to: &header, x: 0)
            // The dates go on the title's last line: a parser reading by lines or by stream order
            // then gets the whole title before them, never "first half, dates, second half".
            let lastTop = header.height - lineHeight(lines.last?.size ?? titleSize)
            if !dates.isEmpty { appendRight(dates, to: &header, lineTop: lastTop, lineSize: max(titleSize, bodySize)) }
        } else if !dates.isEmpty {
            append(breakLines(dates, width: contentWidth), to: &header, x: 0)
        }
        // Row 2: subtitle left (italic), location right.
        let location = e.location.map { [Span($0.text, style(.italic, bodySize, colors.muted), path: $0.path)] } ?? []
        if e.subtitle != nil || !location.isEmpty {
            let top = header.height
            let locationWidth = measure(location)
            if let subtitle = e.subtitle {
                let lines = breakLines([Span(subtitle.text, style(.italic, bodySize), path: subtitle.path)],
                                       width: contentWidth - (locationWidth > 0 ? locationWidth + gap : 0))
                append(lines, to: &header, x: 0)
            } else {
                header.height += lineHeight(bodySize)
            }
            // Like the dates: on the subtitle's last line, after all of it.
            if !location.isEmpty { appendRight(location, to: &header, lineTop: max(top, header.height - lineHeight(bodySize)), lineSize: bodySize) }
        }
        entryBody(e, header: header)
    }

    /// Title, then subtitle, then the dates and location on one muted line: each at full width.
    private mutating func stackedHeader(_ e: EntryView, into header: inout Block, titleSize: Double) {
        if let title = e.title {
            let link = e.titleURL
            append(breakLines([Span(title.text, style(.bold, titleSize, link == nil ? nil : colors.link, link: link), path: title.path)],
                              width: contentWidth), to: &header, x: 0)
        }
        if let subtitle = e.subtitle {
            append(breakLines([Span(subtitle.text, style(.italic, bodySize), path: subtitle.path)], width: contentWidth), to: &header, x: 0)
        }
        var spans: [Span] = []
        if let dates = e.dates { spans.append(Span(dates, style(.regular, bodySize * 0.95, colors.muted), path: nil)) }
        if let location = e.location {
            if !spans.isEmpty { spans.append(Span(" · ", style(.regular, bodySize * 0.95, colors.muted), path: nil)) }
            spans.append(Span(location.text, style(.italic, bodySize * 0.95, colors.muted), path: location.path))
        }
        if !spans.isEmpty { append(breakLines(spans, width: contentWidth), to: &header, x: 0) }
    }

    private mutating func entryBody(_ e: EntryView, header: Block) {
        var header = header
        let hasBody = !e.paragraphs.isEmpty || !e.bullets.isEmpty || e.note != nil
        header.keepWithNext = hasBody
        if header.height > 0 { blocks.append(header) }
        let bodyStart = blocks.count
        defer {
            // The header and at least two lines of what it heads stay together.
            if blocks.count - bodyStart >= 2, header.height > 0 { blocks[bodyStart].keepWithNext = true }
        }
        for p in e.paragraphs {
            addLines(spans(p, style(.regular, bodySize)), width: contentWidth, align: .left,
                     spaceBefore: theme.spacing.paragraph * scale)
        }
        for b in e.bullets { bullet(b) }
        if let note = e.note {
            addLines([Span(note.text, style(.italic, theme.sizes.small * ratio, colors.muted), path: note.path)],
                     width: contentWidth, align: .left, spaceBefore: theme.spacing.paragraph * scale)
        }
    }

    /// A bullet with a hanging indent: the mark at the left, every line of text at the indent.
    private mutating func bullet(_ text: TextRef) {
        let indent = theme.spacing.bulletIndent
        let lines = justified(breakParagraph(spans(text, style(.regular, bodySize)), width: contentWidth - indent), width: contentWidth - indent)
        for (i, line) in lines.enumerated() {
            var block = lineBlock(line, x: indent, spaceBefore: i == 0 ? theme.spacing.paragraph * scale * 0.5 : 0)
            if i == 0 {
                let b = theme.bullet
                let color = b.color == .accent ? colors.accent : b.color == .muted ? colors.muted : colors.text
                let mark = breakLines([Span(b.glyph, style(.regular, bodySize * b.scale, color), path: nil)], width: indent)[0]
                var markBlock = lineBlock(mark, x: indent * 0.3, spaceBefore: 0)
                // On the text's baseline whatever its size: a mark a point lower reads to a parser as another line.
                if let baseline = block.texts.first?.baseline {
                    for j in markBlock.texts.indices { markBlock.texts[j].baseline = baseline }
                }
                // The mark goes first in the content stream, so parsers that read in stream order get "• text".
                block.texts.insert(contentsOf: markBlock.texts, at: 0)
            }
            blocks.append(block)
        }
    }

    // MARK: Lines to blocks

    mutating func breakLines(_ spans: [Span], width: Double) -> [LineBox] {
        LineBreaker.lines(shaper.words(spans), width: width, fonts: fonts)
    }

    /// Running text: like `breakLines`, but a last line of one short word (or one or two Chinese
    /// characters) takes a word from the line above when narrowing the measure a little, never
    /// adding a line, allows it. At most a tenth narrower: more leaves a ragged hole at the right.
    private mutating func breakParagraph(_ spans: [Span], width: Double) -> [LineBox] {
        let words = shaper.words(spans)
        let lines = LineBreaker.lines(words, width: width, fonts: fonts)
        guard lines.count > 1, Self.isRunt(lines[lines.count - 1], width: width) else { return lines }
        for narrower in stride(from: 0.97, through: 0.905, by: -0.03) {
            let attempt = LineBreaker.lines(words, width: width * narrower, fonts: fonts)
            if attempt.count > lines.count { break }
            if !Self.isRunt(attempt[attempt.count - 1], width: width) { return attempt }
        }
        return lines
    }

    /// Every line but the last of a paragraph with Chinese in it fills the measure.
    /// Every line but the last of a paragraph with Chinese in it fills the measure; so does every
    /// line of Latin text too when the theme justifies.
    private func justified(_ lines: [LineBox], width: Double) -> [LineBox] {
        lines.enumerated().map { i, line in
            guard i < lines.count - 1 else { return line }
            let cjk = CJKSpacing.justified(line, width: width)
            return theme.justify && cjk.width == line.width ? Self.spaced(line, width: width) : cjk
        }
    }

    /// The room left spread over the line's spaces (written as `TJ` adjustments after each space,
    /// so the words stay whole); a line with a gap over half an em per space stays ragged.
    static func spaced(_ line: LineBox, width: Double) -> LineBox {
        let extra = width - line.width
        let spaces = line.pieces.dropLast().map { $0.fragment.text.filter { $0 == " " }.count }
            + [line.pieces.last.map { $0.fragment.text.trimmedSpaces.filter { $0 == " " }.count } ?? 0]
        let total = spaces.reduce(0, +)
        guard extra > 0.01, total > 0, extra / Double(total) <= 0.5 * line.size else { return line }
        let each = extra / Double(total)
        var out = line
        var shift = 0.0
        for i in out.pieces.indices {
            out.pieces[i].x += shift
            out.pieces[i].fragment.style.wordSpacing = each
            out.pieces[i].fragment.width += each * Double(spaces[i])
            shift += each * Double(spaces[i])
        }
        out.width = width
        return out
    }

    private static func isRunt(_ line: LineBox, width: Double) -> Bool {
        let text = line.pieces.map(\.fragment.text).joined().trimmedSpaces
        if text.unicodeScalars.contains(where: TextShaper.isIdeographic) { return text.unicodeScalars.count <= 2 }
        return !text.utf8.contains(UInt8(ascii: " ")) && line.width < width * 0.2
    }

    func measure(_ spans: [Span]) -> Double {
        // A scratch shaper: measuring must not report a character's warning a second time.
        var scratch = TextShaper(fonts: fonts)
        let words = scratch.words(spans)
        return words.reduce(0) { $0 + $1.width + $1.spaceAfter + $1.gapAfter } - (words.last.map { $0.spaceAfter + $0.gapAfter } ?? 0)
    }

    /// One block per line, so paragraphs can split between pages.
    mutating func addLines(_ spans: [Span], width: Double, align: Theme.Alignment, spaceBefore: Double, keepSpaces: Bool = false) {
        let lines = keepSpaces ? breakLines(spans, width: width) : justified(breakParagraph(spans, width: width), width: width)
        for (i, line) in lines.enumerated() {
            let x = align == .center ? (width - line.width) / 2 : 0
            blocks.append(lineBlock(line, x: x, spaceBefore: i == 0 ? spaceBefore : 0))
        }
    }

    func lineHeight(_ size: Double) -> Double { size * theme.spacing.lineHeight * leading }

    func lineBlock(_ line: LineBox, x: Double, spaceBefore: Double) -> Block {
        var block = Block(height: 0, spaceBefore: spaceBefore)
        append([line], to: &block, x: x)
        return block
    }

    /// Appends lines below what the block holds, placing text and link areas.
    func append(_ lines: [LineBox], to block: inout Block, x: Double) {
        for line in lines {
            let height = lineHeight(line.size)
            let baseline = block.height + (height - line.size) / 2 + line.size * ascentRatio
            for piece in line.pieces {
                let f = piece.fragment
                block.texts.append(fonts.placed(f, x: x + piece.x, baseline: baseline))
                if let url = f.style.link {
                    block.links.append(PlacedLink(x: x + piece.x, top: block.height, width: f.width, height: height, url: url))
                }
            }
            block.height += height
        }
    }

    /// Text aligned to the right margin on the line starting at `lineTop`.
    private mutating func appendRight(_ spans: [Span], to block: inout Block, lineTop: Double, lineSize: Double) {
        let line = breakLines(spans, width: contentWidth)[0]
        let height = lineHeight(lineSize)
        let baseline = lineTop + (height - lineSize) / 2 + lineSize * ascentRatio
        for piece in line.pieces {
            block.texts.append(fonts.placed(piece.fragment, x: contentWidth - line.width + piece.x, baseline: baseline))
        }
        block.height = max(block.height, lineTop + height)
    }
}
