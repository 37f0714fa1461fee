import Testing
@testable import CVBuild

/// A font where every character it has is `advance` units wide, on a 1000-unit em.
struct FixedFont: FontMetrics {
    var unitsPerEm = 1000
    var ascender = 800
    var descender = -200
    var advance = 500
    var has: @Sendable (Unicode.Scalar) -> Bool = { _ in true }

    func advance(of scalar: Unicode.Scalar) -> Int? { has(scalar) ? (scalar == " " ? 250 : advance) : nil }
}

/// Latin-only main faces, a CJK-only fallback: enough to test font choice and breaking.
let testFonts: FontBook = {
    let latin = FixedFont(has: { $0.value < 0x2000 || $0 == "\u{FFFD}" })
    let cjk = FixedFont(advance: 1000, has: { TextShaper.isIdeographic($0) })
    return FontBook(faces: [.regular: latin, .bold: latin, .italic: latin, .boldItalic: latin], fallbacks: [cjk])
}()

let body = TextStyle(font: .regular, size: 10, color: Theme.RGB(red: 0, green: 0, blue: 0), link: nil)

private func lines(_ text: String, width: Double) -> [String] {
    var shaper = TextShaper(fonts: testFonts)
    return LineBreaker.lines(shaper.words([Span(text, body, path: nil)]), width: width, fonts: testFonts)
        .map { $0.pieces.map(\.fragment.text).joined(separator: "|") }
}

@Suite("Layout: lines")
struct LineBreakingTests {
    // At 10 pt a letter is 5 pt wide and a space 2.5 pt.
    @Test("a one-letter word does not end a line that keeps two other words: it goes down with the next")
    func oneLetterWordMovesDown() {
        // Each letter 5 pt, a space 2.5 pt: "xx xx xx a" is 42.5 pt and fits 45; "yy" does not.
        #expect(lines("xx xx xx a yy", width: 45) == ["xx xx xx", "a yy"])
        // With only one other word on the line it stays (moving it would leave "xx" alone).
        #expect(lines("xx a yyyyyyy", width: 40) == ["xx a", "yyyyyyy"])
    }

    @Test("contact items on three or more lines are balanced too (a real profile in a narrow header crashed this)")
    func balancedContactLines() {
        // (widths, lines the greedy fill takes): every item once, in order, each line within the width.
        let cases: [([Double], Int)] = [([40, 40, 40, 40, 40], 3), ([90, 30, 30, 30, 30, 90], 4), ([60, 60, 60], 3)]
        for (widths, count) in cases {
            let groups = FlowBuilder.balanced(widths, separator: 5, width: 100)
            #expect(groups.count == count && groups.flatMap { $0 } == Array(widths.indices), "\(widths): \(groups)")
            for g in groups { #expect(g.map { widths[$0] }.reduce(0, +) + Double(g.count - 1) * 5 <= 100, "\(widths): \(groups)") }
        }
        // Balanced, not greedy: 40 40 | 40 40 | 40 would leave one alone; the longest line is as short as it can be.
        #expect(FlowBuilder.balanced([40, 40, 40, 40, 40], separator: 5, width: 100).map(\.count).max() == 2)
    }

    @Test("words fill a line and wrap at spaces")
    func wrapsAtSpaces() {
        #expect(lines("aaaa bbbb cccc dddd", width: 50) == ["aaaa bbbb", "cccc dddd"])
        #expect(lines("aaaa bbbb cccc dddd", width: 200) == ["aaaa bbbb cccc dddd"])
    }

    @Test("a word longer than the line is cut between characters, never past the margin")
    func hardBreak() {
        let result = lines(String(repeating: "x", count: 25), width: 50)
        #expect(result == ["xxxxxxxxxx", "xxxxxxxxxx", "xxxxx"])
    }

    @Test("URLs and hyphenated words may break after / and -")
    func urlBreaks() {
        // "see github.com/" is 72.5 pt; "ann/" would pass 80, so the line breaks after the slash.
        #expect(lines("see github.com/ann/project-name now", width: 80) == ["see github.com/", "ann/project-name", "now"])
        #expect(lines("point-in-time-correct", width: 50) == ["point-in-", "time-", "correct"])
    }

    @Test("a slash or hyphen after a single letter is no break: A/B and e-mail stay whole")
    func shortPrefixStaysWhole() {
        // "automate A/" is 52.5 pt and would fit 55; "automate A/B" (57.5) does not, so it moves down whole.
        #expect(lines("automate A/B tests", width: 55) == ["automate", "A/B tests"])
        // "send e-" (32.5 pt) would fit 33.
        #expect(lines("send e-mail now", width: 33) == ["send", "e-mail", "now"])
    }

    @Test("Chinese breaks between characters, never before closing punctuation")
    func cjk() {
        // Each ideograph is 10 pt wide: 4 fit in 40 pt, but "，" must not start a line.
        #expect(lines("机器学习工程师", width: 40) == ["机器学习", "工程师"])
        #expect(lines("机器学，习工程", width: 30) == ["机器", "学，习", "工程"])
        #expect(lines("（机器）学习", width: 30) == ["（机", "器）学", "习"])
        #expect(lines("（机器）学习", width: 40) == ["（机器）", "学习"])
    }

    @Test("a forced line break is kept")
    func forcedBreak() {
        #expect(lines("one\ntwo three", width: 200) == ["one", "two three"])
    }

    @Test("characters take the first font that has them; missing ones are replaced and reported")
    func fallbackAndWarnings() {
        var shaper = TextShaper(fonts: testFonts)
        let words = shaper.words([Span("ML 工程 🚀\u{202E}x", body, path: "basics.label")])
        #expect(words.map { $0.fragments.map(\.face) } == [[.style(.regular)], [.fallback(0)], [.fallback(0)], [.style(.regular)]])
        #expect(words.last?.fragments.first?.text == "\u{FFFD}x")
        #expect(shaper.warnings == [
            LayoutWarning(path: "basics.label", scalar: "🚀", replaced: true),
            LayoutWarning(path: "basics.label", scalar: "\u{202E}", replaced: false),
        ])
    }
}

@Suite("Layout: pages")
struct PaginationTests {
    private func block(_ height: Double, keep: Bool = false) -> Block {
        var b = Block(height: height, spaceBefore: 0)
        b.keepWithNext = keep
        return b
    }

    @Test("a heading never ends a page: it moves with the line it heads")
    func headingMovesDown() {
        let blocks = [block(40), block(40), block(15, keep: true), block(15)]
        let pages = Paginator(contentHeight: 100).paginate(blocks).map(\.page)
        #expect(pages == [0, 0, 1, 1])
    }

    @Test("a heading and an entry header stay with the first bullet")
    func chainMoves() {
        let blocks = [block(70), block(10, keep: true), block(10, keep: true), block(15), block(10)]
        let placement = Paginator(contentHeight: 100).paginate(blocks)
        #expect(placement.map(\.page) == [0, 1, 1, 1, 1])
        #expect(placement[1].top == 0)
    }

    @Test("a chain taller than a page is split rather than looping")
    func longChain() {
        let blocks = (0..<12).map { _ in block(10, keep: true) } + [block(10)]
        let pages = Paginator(contentHeight: 100).paginate(blocks).map(\.page)
        #expect(pages.filter { $0 == 0 }.count == 10)
        #expect(pages.last == 1)
    }
}

@Suite("Layout: documents")
struct DocumentLayoutTests {
    private func theme() throws -> Theme { try ThemeCatalog.resolve("classic", requestedAt: SourceLocation(file: "test")).get() }

    private func view(entries: Int, bullets: Int) throws -> ResumeView {
        var profile = Profile()
        profile.basics.name = "Ann Lee"
        for i in 0..<entries {
            var w = Work()
            w.name = "Company \(i)"
            w.position = "Engineer"
            w.startDate = PartialDate(year: 2020, month: 1)
            w.highlights = (0..<bullets).map { "Bullet \($0) of entry \(i) with enough words to need most of one line here." }
            profile.work.append(w)
        }
        let locale = try LocaleCatalog.resolve("en", requestedAt: SourceLocation(file: "test")).get()
        return Composer.compose(profile, theme: try theme(), locale: locale)
    }

    @Test("text stays inside the content area on every page, and the footer sits in the bottom margin")
    func insideMargins() throws {
        let theme = try theme()
        let layout = try DocumentLayouter(theme: theme, fonts: testFonts, pageSize: .letter).layout(try view(entries: 12, bullets: 4), maxPages: nil).get()
        #expect(layout.pages.count > 1)
        for (index, page) in layout.pages.enumerated() {
            for text in page.texts {
                #expect(text.x >= theme.margins.left - 0.001)
                #expect(text.x + text.width <= layout.width - theme.margins.right + 0.001)
                if text.text.contains("page ") {
                    #expect(index > 0)
                    #expect(text.baseline > layout.height - theme.margins.bottom)
                } else {
                    #expect(text.baseline <= layout.height - theme.margins.bottom + 0.001)
                }
            }
        }
        #expect(layout.outline.map(\.title) == ["Experience"])
    }

    @Test("the budget tightens spacing before type, and reports what does not fit")
    func budget() throws {
        let layouter = DocumentLayouter(theme: try theme(), fonts: testFonts, pageSize: .letter)
        // The smallest profile that spills onto a second page at the theme's own sizes (without a
        // budget, a last page that short would be pulled back onto one page; see `spread`).
        let entries = try #require(try (3...20).first { try layouter.layout(try view(entries: $0, bullets: 3), maxPages: nil, spreading: false).get().pages.count == 2 })
        let fitted = try layouter.layout(try view(entries: entries, bullets: 3), maxPages: 1).get()
        #expect(fitted.pages.count == 1)
        // Spacing first: the type shrinks only once spacing is at the theme's floor (keeping an
        // entry's header with two lines can ask for more than spacing gives).
        #expect(fitted.spacingScale < 1)
        #expect(fitted.bodySize == 10 || fitted.spacingScale <= layouter.theme.spacing.minimumScale + 0.001,
                "body \(fitted.bodySize) at spacing \(fitted.spacingScale)")
        guard case .failure(let overflow) = layouter.layout(try view(entries: 30, bullets: 3), maxPages: 1) else {
            Issue.record("30 entries should not fit one page")
            return
        }
        #expect(overflow.pagesNeeded > 1)
        #expect(overflow.linesOver > 0)
        #expect(overflow.longestSections.first?.title == "Experience")
    }

    @Test("without a budget, a last page of a few lines is pulled back within the theme's range; a fuller one is opened up")
    func lastPage() throws {
        let layouter = DocumentLayouter(theme: try theme(), fonts: testFonts, pageSize: .letter)
        let entries = try #require(try (3...20).first { try layouter.layout(try view(entries: $0, bullets: 3), maxPages: nil, spreading: false).get().pages.count == 2 })
        let pulled = try layouter.layout(try view(entries: entries, bullets: 3), maxPages: nil).get()
        #expect(pulled.pages.count == 1 && pulled.spacingScale < 1)
        // Too much for one page, too little to fill 40 % of the second: opened up until it does.
        let longer = try #require(try (entries...40).first { n in
            let v = try view(entries: n, bullets: 3)
            guard case .failure = layouter.layout(v, maxPages: 1) else { return false }
            let natural = try layouter.layout(v, maxPages: nil, spreading: false).get()
            return natural.pages.count == 2 && layouter.fill(natural) < 0.4
        })
        let opened = try layouter.layout(try view(entries: longer, bullets: 3), maxPages: nil).get()
        #expect(opened.pages.count == 2)
        let natural = try layouter.layout(try view(entries: longer, bullets: 3), maxPages: nil, spreading: false).get()
        #expect(opened.spacingScale > 1 && layouter.fill(opened) > layouter.fill(natural))
    }
}
