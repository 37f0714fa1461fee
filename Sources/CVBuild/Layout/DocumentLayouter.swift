/// Lays a composed résumé out on pages, within a page budget if one is set: first as the theme
/// designs it, then with spacing tightened within the theme's range, then with body text down
/// to the theme's floor. If even that does not fit, it says by how much instead of cutting.
package struct DocumentLayouter: Sendable {
    package let theme: Theme
    package let fonts: FontBook
    package let pageSize: PageSize
    /// Placed in the header when the theme has a place for it.
    package var photo: Photo?

    package init(theme: Theme, fonts: FontBook, pageSize: PageSize, photo: Photo? = nil) {
        self.theme = theme
        self.fonts = fonts
        self.pageSize = pageSize
        self.photo = photo
    }

    package static func dimensions(_ size: PageSize) -> (width: Double, height: Double) {
        switch size {
        case .a4: (595.276, 841.89)
        case .letter: (612, 792)
        }
    }

    /// Why a résumé could not be made to fit its budget.
    package struct Overflow: Error, Sendable, Hashable {
        package var maxPages: Int
        package var pagesNeeded: Int
        /// Height that would have to go, in lines of body text.
        package var linesOver: Int
        /// Sections by the lines they take, longest first.
        package var longestSections: [(title: String, lines: Int)]

        package static func == (a: Overflow, b: Overflow) -> Bool {
            a.maxPages == b.maxPages && a.pagesNeeded == b.pagesNeeded && a.linesOver == b.linesOver
        }
        package func hash(into hasher: inout Hasher) { hasher.combine(pagesNeeded) }
    }

    package func layout(_ view: ResumeView, maxPages: Int?) -> Result<PageLayout, Overflow> {
        layout(view, maxPages: maxPages, spreading: true)
    }

    func layout(_ view: ResumeView, maxPages: Int?, spreading: Bool) -> Result<PageLayout, Overflow> {
        let natural = layout(view, scale: 1, bodySize: theme.sizes.body)
        guard let maxPages, natural.layout.pages.count > maxPages else {
            return .success(spreading ? spread(view, natural.layout) : natural.layout)
        }
        // Each step is tighter than the one before, so fitting is monotonic: check the tightest
        // first (if even that is too long, say so), then binary-search for the loosest that fits.
        let steps = tighteningSteps()
        guard let last = steps.last else { return .failure(overflow(natural.blocks, maxPages: maxPages, pages: natural.layout.pages.count)) }
        let tightest = layout(view, scale: last.0, bodySize: last.1)
        guard tightest.layout.pages.count <= maxPages else {
            return .failure(overflow(tightest.blocks, maxPages: maxPages, pages: tightest.layout.pages.count))
        }
        var fits = (index: steps.count - 1, layout: tightest.layout)
        var low = 0, high = steps.count - 2
        while low <= high {
            let mid = (low + high) / 2
            let attempt = layout(view, scale: steps[mid].0, bodySize: steps[mid].1)
            if attempt.layout.pages.count <= maxPages {
                fits = (mid, attempt.layout)
                high = mid - 1
            } else {
                low = mid + 1
            }
        }
        return .success(fits.layout)
    }

    /// A last page less than 40 % full looks like a mistake: the spacing is opened up, a step at a
    /// time and at most by half, until it is fuller without taking another page.
    /// First it tries one page fewer within the theme's tightening range; else the spacing is
    /// opened up and the type set a little larger, a step at a time, until the last page is
    /// fuller without taking another page.
    func spread(_ view: ResumeView, _ natural: PageLayout) -> PageLayout {
        guard natural.pages.count > 1, fill(natural) < 0.4 else { return natural }
        if case .success(let fewer) = layout(view, maxPages: natural.pages.count - 1, spreading: false) { return fewer }
        // Spacing, leading, then type size: (spacing scale, line height factor, points added to the body).
        let steps: [(Double, Double, Double)] = [(1.2, 1, 0), (1.3, 1.04, 0), (1.4, 1.08, 0.25), (1.5, 1.12, 0.5), (1.5, 1.15, 0.75)]
        for (scale, leading, larger) in steps {
            let attempt = layout(view, scale: scale, bodySize: theme.sizes.body + larger, leading: leading).layout
            if attempt.pages.count > natural.pages.count { break }
            if fill(attempt) >= 0.4 { return attempt }
        }
        return natural
    }

    /// How much of the last page's text area holds text.
    func fill(_ layout: PageLayout) -> Double {
        guard let last = layout.pages.last else { return 0 }
        // The footer sits in the bottom margin and does not count.
        let bottom = last.texts.map(\.baseline).filter { $0 < layout.height - theme.margins.bottom }.max() ?? theme.margins.top
        return (bottom - theme.margins.top) / content.height
    }

    /// Spacing first, down to the theme's minimum, then body size in quarter points to its floor.
    func tighteningSteps() -> [(Double, Double)] {
        var steps: [(Double, Double)] = []
        var scale = 0.9
        while scale > theme.spacing.minimumScale + 0.001 {
            steps.append((scale, theme.sizes.body))
            scale -= 0.1
        }
        var body = theme.sizes.body
        while body >= theme.sizes.minimumBody - 0.001 {
            steps.append((theme.spacing.minimumScale, body))
            body -= 0.25
        }
        return steps
    }

    private var content: (width: Double, height: Double) {
        let page = Self.dimensions(pageSize)
        return (page.width - theme.margins.left - theme.margins.right, page.height - theme.margins.top - theme.margins.bottom)
    }

    func layout(_ view: ResumeView, scale: Double, bodySize: Double, leading: Double = 1) -> (layout: PageLayout, blocks: [Block]) {
        func builder(width: Double) -> FlowBuilder {
            var b = FlowBuilder(theme: theme, fonts: fonts, contentWidth: width, scale: scale, bodySize: bodySize)
            b.shortSection = content.height * 0.2
            b.leading = leading
            b.photo = photo
            return b
        }
        var main = builder(width: content.width)
        var blocks: [Block]
        var side: (blocks: [Block], placement: [(page: Int, top: Double)], x: Double, shaper: TextShaper)?
        var mainX = 0.0
        let inSidebar = Set(theme.sidebar?.sections.map(SectionRef.standard) ?? [])
        // A profile with nothing for the sidebar gets the whole width.
        if let sidebar = theme.sidebar, view.sections.contains(where: { inSidebar.contains($0.id) }) {
            // The header across the page; below it the main column and the sidebar, each paginated on its own.
            main.header(view)
            let headerHeight = main.blocks.reduce(0) { $0 + $1.height } + main.blocks.dropFirst().reduce(0) { $0 + $1.spaceBefore }
            let header = main.blocks
            let mainWidth = content.width - sidebar.width - sidebar.gutter
            var column = builder(width: mainWidth)
            let mainBlocks = column.build(view.sections.filter { !inSidebar.contains($0.id) }, of: view)
            var sideBuilder = builder(width: sidebar.width)
            let sideBlocks = sideBuilder.build(view.sections.filter { inSidebar.contains($0.id) }, of: view)
            mainX = sidebar.side == .left ? sidebar.width + sidebar.gutter : 0
            blocks = header + mainBlocks.enumerated().map { i, b in
                var b = b
                if i == 0 { b.spaceBefore = 0 }
                return shifted(b, by: mainX)
            }
            main.shaper.warnings += column.shaper.warnings
            let placement = Paginator(contentHeight: content.height).paginate(sideBlocks, firstPageTop: headerHeight)
            side = (sideBlocks, placement, sidebar.side == .left ? 0 : mainWidth + sidebar.gutter, sideBuilder.shaper)
        } else {
            blocks = main.build(view)
        }
        let placement = Paginator(contentHeight: content.height).paginate(blocks)
        let pageCount = max((placement.last?.page ?? 0) + 1, (side?.placement.last?.page ?? 0) + 1)
        let page = Self.dimensions(pageSize)
        var pages = [PageContent](repeating: PageContent(), count: pageCount)
        var outline: [Bookmark] = []
        put(blocks, placement, dx: 0, into: &pages, outline: &outline)
        if let side, let sidebar = theme.sidebar {
            if let tint = sidebar.background {
                // The column's tint, from where its first block starts to the foot of the text area, on each page it uses.
                for index in Set(side.placement.map(\.page)) {
                    let top = theme.margins.top + (side.placement.first { $0.page == index }?.top ?? 0) - 6
                    pages[index].fills.append(PlacedFill(x: theme.margins.left + side.x - 8, top: top, width: sidebar.width + 16,
                                                         height: page.height - theme.margins.bottom + 6 - top, color: tint))
                }
            }
            put(side.blocks, side.placement, dx: side.x, into: &pages, outline: &outline)
            main.shaper.warnings += side.shaper.warnings
        }
        let builder = main
        var shaper = builder.shaper
        if pageCount > 1 || theme.footer.everyPage {
            // Pages after the first repeat the name, small, in the bottom margin (the first too, if the theme says so).
            for index in (theme.footer.everyPage ? 0 : 1)..<pageCount {
                let text = view.name.text + "  —  " + LocaleData.fill(view.locale.page, ["page": "\(index + 1)", "pages": "\(pageCount)"])
                let style = TextStyle(font: .regular, size: theme.sizes.footer, color: theme.colors.muted, link: nil)
                let line = LineBreaker.lines(shaper.words([Span(text, style, path: nil)]), width: content.width, fonts: fonts)[0]
                let baseline = page.height - theme.margins.bottom / 2
                let x0 = (page.width - line.width) / 2
                pages[index].texts += line.pieces.map { fonts.placed($0.fragment, x: x0 + $0.x, baseline: baseline) }
            }
        }
        let layout = PageLayout(width: page.width, height: page.height, pages: pages, outline: outline,
                                warnings: unique(shaper.warnings), spacingScale: scale, bodySize: bodySize)
        return (layout, blocks)
    }

    private func shifted(_ block: Block, by dx: Double) -> Block {
        guard dx != 0 else { return block }
        var b = block
        for i in b.texts.indices { b.texts[i].x += dx }
        for i in b.rules.indices { b.rules[i].x1 += dx; b.rules[i].x2 += dx }
        for i in b.links.indices { b.links[i].x += dx }
        for i in b.icons.indices { b.icons[i].x += dx }
        for i in b.images.indices { b.images[i].x += dx }
        return b
    }

    /// Blocks onto their pages, at the margins plus `dx`.
    private func put(_ blocks: [Block], _ placement: [(page: Int, top: Double)], dx: Double, into pages: inout [PageContent],
                     outline: inout [Bookmark]) {
        let left = theme.margins.left + dx, top = theme.margins.top
        for (block, place) in zip(blocks, placement) {
            let y = top + place.top
            pages[place.page].texts += block.texts.map { var t = $0; t.x += left; t.baseline += y; return t }
            pages[place.page].rules += block.rules.map { r in
                PlacedRule(x1: r.x1 + left, x2: r.x2 + left, y: r.y + y, thickness: r.thickness, color: r.color)
            }
            pages[place.page].links += block.links.map { var l = $0; l.x += left; l.top += y; return l }
            pages[place.page].icons += block.icons.map { var c = $0; c.x += left; c.top += y; return c }
            pages[place.page].images += block.images.map { var i = $0; i.x += left; i.top += y; return i }
            if let title = block.bookmark { outline.append(Bookmark(title: title, page: place.page, top: y)) }
        }
    }

    private func unique(_ warnings: [LayoutWarning]) -> [LayoutWarning] {
        var seen = Set<LayoutWarning>()
        return warnings.filter { seen.insert($0).inserted }
    }

    private func overflow(_ blocks: [Block], maxPages: Int, pages: Int) -> Overflow {
        let total = blocks.reduce(0) { $0 + $1.height + $1.spaceBefore }
        let available = Double(maxPages) * content.height
        let line = theme.sizes.minimumBody * theme.spacing.lineHeight
        var bySection: [String: Double] = [:]
        var order: [String] = []
        for block in blocks {
            guard let section = block.section else { continue }
            if bySection[section] == nil { order.append(section) }
            bySection[section, default: 0] += block.height + block.spaceBefore
        }
        let sections = order.map { ($0, Int((bySection[$0]! / line).rounded())) }.sorted { $0.1 > $1.1 }
        return Overflow(maxPages: maxPages, pagesNeeded: pages, linesOver: max(1, Int(((total - available) / line).rounded(.up))),
                        longestSections: Array(sections.prefix(3)))
    }
}
