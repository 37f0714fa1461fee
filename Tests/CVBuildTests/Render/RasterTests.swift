// libharu itself, to make a PDF with its own subsetting (the bug that this check exists to catch).
import CHaru
import Foundation
import Testing

/// What a reader sees, pixel by pixel: each glyph as poppler draws the page, next to the same
/// character drawn straight from the installed font file (Tools/raster_compare.py, with pdfplumber
/// and Pillow). A dot or an accent lost from an embedded subset leaves the text layer whole, so
/// text extraction can't catch it; this test can.
@Suite("render: every glyph looks the way its font draws it")
struct RasterTests {
    static let checker: String = CLI.packageRoot.appendingPathComponent("Tests/CVBuildTests/Tools/raster_compare.py").path

    struct Report {
        var status: Int32
        var output: String
        /// "Latin" -> (compared, differ), from the lines "Latin: 812 compared, 0 differ".
        var scripts: [String: (compared: Int, differ: Int)] = [:]
    }

    /// Runs the checker on `pdf`. If Python lacks a module, the test fails and says what to install.
    static func check(_ pdf: String) throws -> Report {
        let result = try GlyphTests.run("python3", [checker, pdf])
        if result.status == 2 {
            Issue.record("raster_compare.py could not run: \(result.err) (.ci/setup installs pdfplumber and pillow)")
        }
        var report = Report(status: result.status, output: result.out + result.err)
        for line in result.out.split(separator: "\n") where !line.hasPrefix(" ") {
            let words = line.split(separator: " ")
            guard words.count == 5, words[0].hasSuffix(":"), words[2] == "compared,", words[4] == "differ",
                  let compared = Int(words[1]), let differ = Int(words[3]) else { continue }
            report.scripts[String(words[0].dropLast())] = (compared, differ)
        }
        return report
    }

    @Test("the check sees the dotless italic i of libharu's own subsetting, and nothing else on those pages")
    func seesTheDotlessI() throws {
        let report = try Self.check(CLI.fixture("pdf/libharu-nested-composites.pdf"))
        #expect(report.status == 1, "\(report.output)")
        #expect(report.output.contains("U+0069 i in Caladea-Italic, 14 times, first on page 1 at (85, 244) pt: 1 of its 2 parts without ink"),
                "\(report.output)")
        #expect(report.scripts["Latin"]?.differ == 14 && report.scripts["Common"]?.differ == 0, "\(report.output)")
    }

    /// A page set by libharu's own TrueType subsetter (libharu 2.3, Debian's libhpdf), one line per font.
    /// It copies a composite glyph's components but not *their* components, so letters built on a
    /// composite keep only part of it: é (e + acute) in Caladea, ệ (ê + dot below) in DejaVu.
    static func libharuSubsetPDF(_ lines: [(font: String, text: String)], to path: String) -> Bool {
        guard let pdf = HPDF_New(nil, nil) else { return false }
        defer { HPDF_Free(pdf) }
        HPDF_UseUTFEncodings(pdf)
        let page = HPDF_AddPage(pdf)
        for (index, line) in lines.enumerated() {
            guard let name = HPDF_LoadTTFontFromFile(pdf, "/usr/share/fonts/truetype/\(line.font)", HPDF_TRUE),
                  let font = HPDF_GetFont(pdf, name, "UTF-8") else { return false }
            HPDF_Page_BeginText(page)
            HPDF_Page_SetFontAndSize(page, font, 10)
            HPDF_Page_TextOut(page, 40, 800 - 13 * Float(index), line.text)
            HPDF_Page_EndText(page)
        }
        return HPDF_SaveToFile(pdf, path) == HPDF_OK
    }

    @Test("the check sees the accents that libharu's own subsetting drops, the same glyphs the outline check finds")
    func seesLostAccents() throws {
        let folder = try TemporaryFolder()
        let pdf = folder.path("libharu.pdf")
        try #require(Self.libharuSubsetPDF([
            ("crosextra/Caladea-Regular.ttf", "Expérience, compétences, año, fête, Größe"),
            ("dejavu/DejaVuSerif.ttf", "Kỹ sư, tiếng Việt, Nẵng, Nguyễn; Μηχανική μάθηση, Машинное обучение"),
        ], to: pdf))
        let report = try Self.check(pdf)
        #expect(report.status == 1, "\(report.output)")
        for broken in ["U+00E9 é in Caladea-Regular", "U+00F1 ñ in Caladea-Regular", "U+00F6 ö in Caladea-Regular",
                       "U+1EC7 ệ in DejaVuSerif", "U+1EB5 ẵ in DejaVuSerif"] {
            #expect(report.output.contains(broken), "\(broken) is not named: \(report.output)")
        }
        #expect(!report.output.contains("U+00DF ß"), "\(report.output)")
        #expect(report.scripts["Greek"]?.differ == 0 && report.scripts["Cyrillic"]?.differ == 0, "\(report.output)")
        // Two independent checks, one on pixels and one on the embedded outlines (fontTools), name
        // the same number of broken glyphs.
        let outlines = try GlyphTests.run("python3", [GlyphTests.checker, pdf]).out
        let named = report.output.split(separator: "\n").filter { $0.hasPrefix("  U+") }.count
        #expect(named > 0 && outlines.hasSuffix("broken \(named)\n"), "\(outlines)\n\(report.output)")
    }

    /// The scripts each profile is written in (digits and punctuation are "Common").
    static func scripts(of profile: String) -> [String] {
        if profile == GlyphTests.multiscript { return ["Latin", "Greek", "Cyrillic", "Han", "Kana", "Hangul", "Common"] }
        return profile.hasSuffix("zh-ml-engineer.yaml") ? ["Latin", "Han", "Common"] : ["Latin", "Common"]
    }

    @Test("every glyph of every sample, in every script, looks as its font draws it", arguments: GlyphTests.themes)
    func samplesLookRight(theme: String) throws {
        for profile in GlyphTests.profiles {
            let folder = try TemporaryFolder()
            let (pdf, out) = try GlyphTests.render(profile, theme: theme, in: folder)
            try #require(out.status == 0, "\(profile): \(out.stderr)")
            let report = try Self.check(pdf)
            let name = (profile as NSString).lastPathComponent
            #expect(report.status == 0, "\(name), \(theme): \(report.output)")
            for script in Self.scripts(of: profile) {
                #expect((report.scripts[script]?.compared ?? 0) > 0, "\(name), \(theme): no \(script) glyph compared: \(report.output)")
            }
            #expect(report.scripts.values.allSatisfy { $0.differ == 0 }, "\(name), \(theme): \(report.output)")
        }
    }
}
