/// Lays a composed résumé out on pages, within a page budget if one is set: first as the theme
/// designs it, then with spacing tightened within the theme's range, then with body text down
/// to the theme's floor. If even that does not fit, it says by how much instead of cutting.
package struct DocumentLayouter: Sendable {
    package let theme: Theme
    package let fonts: FontBook
    package let pageSize: PageSize

    package init(theme: Theme, fonts: FontBook, pageSize: PageSize) {
        self.theme = theme
        self.fonts = fonts
        self.pageSize = pageSize
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
        var builder = FlowBuilder(theme: theme, fonts: fonts, contentWidth: content.width, scale: scale, bodySize: bodySize)
        builder.shortSection = content.height * 0.2
        builder.leading = leading
        let blocks = builder.build(view)
        let placement = Paginator(contentHeight: content.height).paginate(blocks)
        let pageCount = (placement.last?.page ?? 0) + 1
        let page = Self.dimensions(pageSize)
        var pages = [PageContent](repeating: PageContent(), count: pageCount)
        var outline: [Bookmark] = []
        let left = theme.margins.left, top = theme.margins.top
        for (block, place) in zip(blocks, placement) {
            let y = top + place.top
            pages[place.page].texts += block.texts.map { t in
                var t = t
                t.x += left
                t.baseline += y
                return t
            }
            pages[place.page].rules += block.rules.map { r in
                PlacedRule(x1: r.x1 + left, x2: r.x2 + left, y: r.y + y, thickness: r.thickness, color: r.color)
            }
            pages[place.page].links += block.links.map { l in
                PlacedLink(x: l.x + left, top: l.top + y, width: l.width, height: l.height, url: l.url)
            }
            if let title = block.bookmark { outline.append(Bookmark(title: title, page: place.page, top: y)) }
        }
        var shaper = builder.shaper
        if pageCount > 1 || theme.footer.everyPage {
            // Pages after the first repeat the name, small, in the bottom margin (the first too, if the theme says so).
            for index in (theme.footer.everyPage ? 0 : 1)..<pageCount {
                let text = view.name.text + "  —  " + LocaleData.fill(view.locale.page, ["page": "\(index + 1)", "pages": "\(pageCount)"])
                let style = TextStyle(font: .regular, size: theme.sizes.footer, color: theme.colors.muted, link: nil)
                let line = LineBreaker.lines(shaper.words([Span(text, style, path: nil)]), width: content.width, fonts: fonts)[0]
                let baseline = page.height - theme.margins.bottom / 2
                let x0 = (page.width - line.width) / 2
                pages[index].texts += line.pieces.map {
                    PlacedText(x: x0 + $0.x, baseline: baseline, text: $0.fragment.text, face: $0.fragment.face,
                               size: theme.sizes.footer, color: theme.colors.muted, width: $0.fragment.width)
                }
            }
        }
        let layout = PageLayout(width: page.width, height: page.height, pages: pages, outline: outline,
                                warnings: unique(shaper.warnings), spacingScale: scale, bodySize: bodySize)
        return (layout, blocks)
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
