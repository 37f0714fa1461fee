import Foundation
import Testing

/// Typography a reader notices: kerning as the font designs it, with every word still whole to
/// a parser.
@Suite("render: typography")
struct TypographyTests {
    static let kerningChecker: String = CLI.packageRoot.appendingPathComponent("Tests/CVBuildTests/Tools/kerning_check.py").path

    @Test("every word is as wide as HarfBuzz sets it with the font's kerning (within 0.1 pt), in every theme",
          arguments: GlyphTests.themes)
    func kerning(theme: String) throws {
        for profile in [CLI.sample("senior-ml-engineer.yaml"), CLI.sample("junior-ml-engineer.yaml")] {
            let folder = try TemporaryFolder()
            let (pdf, out) = try GlyphTests.render(profile, theme: theme, in: folder)
            #expect(out.status == 0, "\(out.stderr)")
            let check = try GlyphTests.run("python3", [Self.kerningChecker, pdf])
            #expect(check.status != 2, "kerning_check.py could not run: \(check.err) (.ci/setup installs uharfbuzz)")
            let summary = check.out.split(separator: "\n").first.map(String.init) ?? ""
            let numbers = summary.split(separator: " ").compactMap { Int($0) }
            #expect(numbers.count == 3, "\(check.out)\(check.err)")
            guard numbers.count == 3 else { continue }
            // Enough words to mean something, and none off; Caladea (classic) kerns many pairs, so
            // there the check is seen to measure kerning at all (Gentium, in contrast, has almost none).
            #expect(numbers[0] > 200, "\(theme): \(summary)")
            if theme == "classic" { #expect(numbers[1] > 20, "\(summary)") }
            #expect(numbers[2] == 0, "\(theme): \(check.out)")
        }
    }
}

extension TypographyTests {
    static func isHan(_ c: Character?) -> Bool { c?.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false }
    static func isLatin(_ c: Character?) -> Bool { c.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false }

    @Test("Chinese next to Latin letters or digits: a gap of at least 0.2 em on the page, in every theme", arguments: GlyphTests.themes)
    func chineseLatinGap(theme: String) throws {
        let folder = try TemporaryFolder()
        let (pdf, out) = try GlyphTests.render(CLI.sample("zh-ml-engineer.yaml"), theme: theme, in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let words = try Poppler.words(pdf).words
        var meetings = 0
        // Neighbours on one line: their boxes overlap by most of the smaller one's height (faces
        // differ in ascent, so their boxes' edges do not line up).
        func sameLine(_ a: Poppler.Word, _ b: Poppler.Word) -> Bool {
            min(a.yMax, b.yMax) - max(a.yMin, b.yMin) > 0.5 * min(a.yMax - a.yMin, b.yMax - b.yMin)
        }
        for (a, b) in zip(words, words.dropFirst()) where a.page == b.page && sameLine(a, b) && b.xMin > a.xMax - 1 {
            let mixed = (Self.isHan(a.text.last) && Self.isLatin(b.text.first)) || (Self.isLatin(a.text.last) && Self.isHan(b.text.first))
            guard mixed else { continue }
            meetings += 1
            // The Chinese word's box: pdftotext makes it about 1.15 em tall for UMing and WenQuanYi.
            let em = (Self.isHan(a.text.last) ? a.yMax - a.yMin : b.yMax - b.yMin) / 1.15
            #expect(b.xMin - a.xMax >= 0.2 * em - 0.05, "\(theme): \(a.text)|\(b.text) \(b.xMin - a.xMax) pt at \(em) pt")
        }
        // The dates ("2021 年 3 月") and the mixed bullets: many meetings, each checked.
        #expect(meetings >= 10, "\(theme): only \(meetings) places where Chinese meets Latin")
        // Written without a space, they still read as one date to a parser.
        #expect(try Poppler.text(pdf).contains("2021 年 3 月 – 至今"))
    }
}

extension TypographyTests {
    /// How far down its page the last text of the last page reaches (the footer left out), 0…1.
    static func lastPageFill(_ pdf: String) throws -> (pages: Int, fill: Double) {
        let words = try Poppler.words(pdf).words
        let pages = words.map(\.page).max() ?? 0
        let height = Double(try Poppler.info(pdf)["Page size"]?.split(separator: " ").dropFirst(2).first.flatMap { Double($0) } ?? 792)
        let bottom = words.filter { $0.page == pages && !$0.text.contains("—") && $0.yMax < height - 30 }.map(\.yMax).max() ?? 0
        return (pages, bottom / height)
    }

    @Test("compact: the senior sample's last page is at least 40 % full, and the junior sample fits one page at 8.8 pt or more")
    func compactBalance() throws {
        let folder = try TemporaryFolder()
        let (senior, out) = try GlyphTests.render(CLI.sample("senior-ml-engineer.yaml"), theme: "compact", in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let (pages, fill) = try Self.lastPageFill(senior)
        #expect(pages == 1 || fill >= 0.4, "\(pages) pages, the last \(Int(fill * 100)) % full")
        let (junior, small) = try GlyphTests.render(CLI.sample("junior-ml-engineer.yaml"), theme: "compact", in: folder)
        #expect(small.status == 0, "\(small.stderr)")
        #expect(try Poppler.info(junior)["Pages"] == "1")
        // The body size is said in the summary when it had to shrink; below 8.8 pt is too small to read comfortably.
        if let range = small.stdout.range(of: "body ") {
            let size = Double(small.stdout[range.upperBound...].prefix { $0.isNumber || $0 == "." }) ?? 0
            #expect(size >= 8.8, "\(small.stdout)")
        }
    }

    @Test("an entry's header never ends a page without two lines of what it heads, and a short section is not split")
    func keepsTogether() throws {
        let folder = try TemporaryFolder()
        for theme in GlyphTests.themes {
            let (pdf, out) = try GlyphTests.render(CLI.sample("senior-ml-engineer.yaml"), theme: theme, in: folder)
            #expect(out.status == 0)
            let pages = try Poppler.text(pdf).components(separatedBy: "\u{0C}").filter { !$0.isEmpty }
            // Each page's text; Education (a short section) sits whole on one page.
            let withEducation = pages.filter { $0.contains("University of California, Berkeley") || $0.contains("EDUCATION") }
            #expect(withEducation.count == 1, "\(theme): Education is split across pages")
        }
    }
}

extension TypographyTests {
    static let itemsChecker: String = CLI.packageRoot.appendingPathComponent("Tests/CVBuildTests/Tools/resume_items.py").path

    @Test("every name, employer, position, school, bullet and heading of the samples extracts whole, in every theme",
          arguments: GlyphTests.themes)
    func everythingWhole(theme: String) throws {
        for sample in ["senior-ml-engineer.yaml", "junior-ml-engineer.yaml", "resume.json"] {
            let folder = try TemporaryFolder()
            let out = try CLI.run(["render", CLI.sample(sample), "--theme", theme, "--max-pages", "4", "--format", "pdf,html", "--out", folder.url.path])
            #expect(out.status == 0, "\(out.stderr)")
            let base = (sample as NSString).deletingPathExtension
            let check = try GlyphTests.run("python3", [Self.itemsChecker, CLI.sample(sample), folder.path(base + ".pdf"), folder.path(base + ".html")])
            let pdfLine = check.out.split(separator: "\n").first { $0.hasPrefix("PDF:") } ?? ""
            // All of them, not the 90 % the real-world check allows: these are our own samples.
            #expect(check.status == 0 && pdfLine.contains("(100%)"), "\(theme), \(sample): \(check.out)\(check.err)")
            let text = try Poppler.text(folder.path(base + ".pdf"))
            for heading in ["EXPERIENCE", "EDUCATION", "SKILLS"] {
                #expect(text.contains(heading), "\(theme), \(sample): \(heading) is not one word")
            }
        }
    }
}

extension TypographyTests {
    /// Lines of at least eight words whose last word ends at the right edge of the text (the
    /// rightmost point any word reaches), within half a point.
    static func flushLines(_ pdf: String) throws -> Int {
        let words = try Poppler.words(pdf).words.filter { $0.page == 1 }
        let edge = words.map(\.xMax).max() ?? 0
        var lines: [[Poppler.Word]] = []
        for w in words {
            if let last = lines.last?.last, abs(last.yMin - w.yMin) < 1, w.xMin > last.xMin { lines[lines.count - 1].append(w) } else { lines.append([w]) }
        }
        return lines.filter { $0.count >= 8 && abs(($0.last?.xMax ?? 0) - edge) < 0.5 }.count
    }

    @Test("a justifying theme (scholar) sets full lines flush right, words whole; the others leave them ragged")
    func justification() throws {
        let folder = try TemporaryFolder(), other = try TemporaryFolder()
        let (scholar, out) = try GlyphTests.render(CLI.sample("senior-ml-engineer.yaml"), theme: "scholar", in: folder)
        #expect(out.status == 0)
        let (classic, _) = try GlyphTests.render(CLI.sample("senior-ml-engineer.yaml"), theme: "classic", in: other)
        let flush = try Self.flushLines(scholar), ragged = try Self.flushLines(classic)
        #expect(flush >= 10 && ragged <= 3, "justified: \(flush) lines flush, ragged: \(ragged)")
        #expect(try Poppler.text(scholar).contains("Replaced a gradient-boosted ranking model with a two-tower PyTorch retrieval model"))
    }
}
