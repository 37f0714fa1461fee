/// Turns a `ResumeView` into a column of blocks for a theme at given sizes: the measuring and
/// line breaking of layout, before pages exist.
struct FlowBuilder {
    let theme: Theme
    let fonts: FontBook
    let contentWidth: Double
    /// 1 = the theme's spacing; the page budget lowers it.
    let scale: Double
    let bodySize: Double
    private(set) var shaper: TextShaper
    private(set) var blocks: [Block] = []
    private let ascentRatio: Double
    /// The view being built, for its inline-markup setting.
    private var markupView: ResumeView?

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

    private var ratio: Double { bodySize / theme.sizes.body }

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
    private var colors: Theme.Colors { theme.colors }

    func style(_ font: FontStyle, _ size: Double, _ color: Theme.RGB? = nil, link: String? = nil) -> TextStyle {
        TextStyle(font: font, size: size, color: color ?? colors.text, link: link)
    }

    // MARK: Building

    mutating func build(_ view: ResumeView) -> [Block] {
        markupView = view
        header(view)
        for section in view.sections { self.section(section) }
        return blocks
    }

    private mutating func header(_ view: ResumeView) {
        let align = theme.header.align
        let nameColor = theme.headings.color ? colors.accent : colors.text
        addLines([Span(view.name.text, style(.bold, theme.sizes.name, nameColor), path: view.name.path)],
                 width: contentWidth, align: align, spaceBefore: 0)
        if let headline = view.headline {
            addLines([Span(headline.text, style(.regular, theme.sizes.headline, colors.muted), path: headline.path)],
                     width: contentWidth, align: align, spaceBefore: 1)
        }
        contactLines(view.contacts, align: align)
        if var last = blocks.popLast() {
            last.height += theme.spacing.afterHeader * scale
            blocks.append(last)
        }
    }

    /// Contact items joined by the theme's separator; an item never splits across lines.
    private mutating func contactLines(_ contacts: [Contact], align: Theme.Alignment) {
        let size = theme.sizes.contact
        var lineSpans: [[Span]] = [[]]
        var width = 0.0
        let separator = Span(theme.header.separator, style(.regular, size, colors.muted), path: nil)
        let separatorWidth = measure([separator])
        for contact in contacts {
            let color = contact.url == nil ? colors.muted : colors.link
            let item = Span(contact.text.text, style(.regular, size, color, link: contact.url), path: contact.text.path)
            let itemWidth = measure([item])
            if !lineSpans[lineSpans.count - 1].isEmpty, width + separatorWidth + itemWidth > contentWidth {
                lineSpans.append([])
                width = 0
            }
            if !lineSpans[lineSpans.count - 1].isEmpty {
                lineSpans[lineSpans.count - 1].append(separator)
                width += separatorWidth
            }
            lineSpans[lineSpans.count - 1].append(item)
            width += itemWidth
        }
        for (i, spans) in lineSpans.enumerated() where !spans.isEmpty {
            addLines(spans, width: contentWidth, align: align, spaceBefore: i == 0 ? 3 : 0, keepSpaces: true)
        }
    }

    private mutating func section(_ section: SectionView) {
        let title = theme.headings.uppercase ? section.title.uppercased() : section.title
        let color = theme.headings.color ? colors.accent : colors.text
        let size = theme.sizes.heading * min(1, 0.5 + 0.5 * ratio)
        let lines = breakLines([Span(title, style(.bold, size, color), path: nil)], width: contentWidth)
        var block = lineBlock(lines[0], x: 0, spaceBefore: theme.spacing.beforeSection * scale)
        if theme.headings.rule {
            let y = block.height + 1.5
            block.rules.append(PlacedRule(x1: 0, x2: contentWidth, y: y, thickness: 0.6, color: colors.rule))
            block.height = y + 0.6
        }
        block.keepWithNext = true
        block.bookmark = section.title.isEmpty ? nil : section.title  // a letter's untitled section: no bookmark
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
    }

    private mutating func entry(_ e: EntryView, spaceBefore: Double) {
        let titleSize = theme.sizes.entryTitle * ratio
        let gap = 12.0
        var header = Block(height: 0, spaceBefore: spaceBefore)
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
                header.height += bodySize * theme.spacing.lineHeight
            }
            // Like the dates: on the subtitle's last line, after all of it.
            if !location.isEmpty { appendRight(location, to: &header, lineTop: max(top, header.height - lineHeight(bodySize)), lineSize: bodySize) }
        }
        let hasBody = !e.paragraphs.isEmpty || !e.bullets.isEmpty || e.note != nil
        header.keepWithNext = hasBody
        if header.height > 0 { blocks.append(header) }
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
        let lines = breakLines(spans(text, style(.regular, bodySize)), width: contentWidth - indent)
        for (i, line) in lines.enumerated() {
            var block = lineBlock(line, x: indent, spaceBefore: i == 0 ? theme.spacing.paragraph * scale * 0.5 : 0)
            if i == 0 {
                let mark = breakLines([Span(theme.bullet, style(.regular, bodySize, colors.muted), path: nil)], width: indent)[0]
                let markBlock = lineBlock(mark, x: indent * 0.3, spaceBefore: 0)
                // The mark goes first in the content stream, so parsers that read in stream order get "• text".
                block.texts.insert(contentsOf: markBlock.texts, at: 0)
            }
            blocks.append(block)
        }
    }

    // MARK: Lines to blocks

    private mutating func breakLines(_ spans: [Span], width: Double) -> [LineBox] {
        LineBreaker.lines(shaper.words(spans), width: width, fonts: fonts)
    }

    private func measure(_ spans: [Span]) -> Double {
        // A scratch shaper: measuring must not report a character's warning a second time.
        var scratch = TextShaper(fonts: fonts)
        let words = scratch.words(spans)
        return words.reduce(0) { $0 + $1.width + $1.spaceAfter } - (words.last?.spaceAfter ?? 0)
    }

    /// One block per line, so paragraphs can split between pages.
    private mutating func addLines(_ spans: [Span], width: Double, align: Theme.Alignment, spaceBefore: Double, keepSpaces: Bool = false) {
        for (i, line) in breakLines(spans, width: width).enumerated() {
            let x = align == .center ? (contentWidth - line.width) / 2 : 0
            blocks.append(lineBlock(line, x: x, spaceBefore: i == 0 ? spaceBefore : 0))
        }
    }

    private func lineHeight(_ size: Double) -> Double { size * theme.spacing.lineHeight }

    private func lineBlock(_ line: LineBox, x: Double, spaceBefore: Double) -> Block {
        var block = Block(height: 0, spaceBefore: spaceBefore)
        append([line], to: &block, x: x)
        return block
    }

    /// Appends lines below what the block holds, placing text and link areas.
    private func append(_ lines: [LineBox], to block: inout Block, x: Double) {
        for line in lines {
            let height = lineHeight(line.size)
            let baseline = block.height + (height - line.size) / 2 + line.size * ascentRatio
            for piece in line.pieces {
                let f = piece.fragment
                block.texts.append(PlacedText(x: x + piece.x, baseline: baseline, text: f.text, face: f.face,
                                              size: f.style.size, color: f.style.color, width: f.width))
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
            let f = piece.fragment
            block.texts.append(PlacedText(x: contentWidth - line.width + piece.x, baseline: baseline, text: f.text, face: f.face,
                                          size: f.style.size, color: f.style.color, width: f.width))
        }
        block.height = max(block.height, lineTop + height)
    }
}
