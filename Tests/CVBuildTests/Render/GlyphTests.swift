import Foundation
import Testing

/// What a reader sees and what a parser reads, beyond the text layer: every glyph drawn has its
/// outline (fontTools on the embedded fonts), every script gets a font made for it, bullets come
/// before their text in stream order, and poppler reads every PDF without a warning.
@Suite("render: glyphs, scripts and reading order")
struct GlyphTests {
    static let checker: String = CLI.packageRoot.appendingPathComponent("Tests/CVBuildTests/Tools/pdf_glyphs.py").path
    static let multiscript: String = CLI.fixture("scripts/multiscript.yaml")
    /// Every built-in theme: each folder of `Themes/`, so a new theme is checked as soon as it exists.
    static let themes: [String] = ((try? FileManager.default.contentsOfDirectory(
        atPath: CLI.packageRoot.appendingPathComponent("Themes").path)) ?? [])
        .filter { FileManager.default.fileExists(atPath: CLI.packageRoot.appendingPathComponent("Themes/\($0)/theme.yaml").path) }
        .sorted()
    static let profiles: [String] = [CLI.sample("senior-ml-engineer.yaml"), CLI.sample("junior-ml-engineer.yaml"),
                           CLI.sample("zh-ml-engineer.yaml"), CLI.sample("resume.json"), multiscript]

    /// A tool's exit status, standard output and standard error.
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let folder = try TemporaryFolder()
        let errors = folder.path("stderr")
        FileManager.default.createFile(atPath: errors, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errors))
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), try String(contentsOfFile: errors, encoding: .utf8))
    }

    /// Renders `profile` with `theme` into a fresh folder; the PDF's path and what cvbuild said.
    static func render(_ profile: String, theme: String, _ extra: [String] = [], in folder: TemporaryFolder) throws -> (String, CLI.Output) {
        let out = try CLI.run(["render", profile, "--theme", theme, "--max-pages", "4", "--out", folder.url.path] + extra)
        let base = ((profile as NSString).lastPathComponent as NSString).deletingPathExtension
        return (folder.path(base + ".pdf"), out)
    }

    @Test("the glyph check sees what a reader sees: it fails on the dotless italic i of libharu's own subsetting")
    func checkerSeesBrokenGlyphs() throws {
        let result = try Self.run("python3", [Self.checker, CLI.fixture("pdf/libharu-nested-composites.pdf")])
        #expect(result.status == 1, "\(result.out)\(result.err)")
        #expect(result.out.contains("Caladea-Italic,Italic: 278 shown, 1 broken: U+0069 i"), "\(result.out)")
    }

    @Test("every glyph of every sample in every theme has its outline; poppler reads each PDF without a warning",
          arguments: themes)
    func everyGlyphDrawn(theme: String) throws {
        for profile in Self.profiles {
            let folder = try TemporaryFolder()
            let (pdf, out) = try Self.render(profile, theme: theme, in: folder)
            #expect(out.status == 0, "\(profile): \(out.stderr)")
            let check = try Self.run("python3", [Self.checker, pdf])
            #expect(check.status == 0 && check.out.contains("broken 0"), "\(profile), \(theme): \(check.out)\(check.err)")
            for tool in ["pdftotext", "pdffonts", "pdfinfo"] {
                let read = try Self.run(tool, [pdf] + (tool == "pdftotext" ? ["-"] : []))
                #expect(read.status == 0 && read.err.isEmpty, "\(tool) \(profile), \(theme): \(read.err)")
            }
        }
    }

    @Test("a profile in twenty languages and six scripts: every phrase extracts whole, nothing is replaced, no warning",
          arguments: themes)
    func multiscript(theme: String) throws {
        let folder = try TemporaryFolder()
        let (pdf, out) = try Self.render(Self.multiscript, theme: theme, in: folder)
        #expect(out.status == 0)
        #expect(out.diagnosticLines.count <= 8, "\(out.stderr)")
        #expect(out.stderr.isEmpty, "\(out.stderr)")
        let text = try Poppler.text(pdf).replacingOccurrences(of: "\n", with: " ")
        #expect(!text.contains("\u{FFFD}"))
        let phrases = try String(contentsOfFile: Self.multiscript, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("      - \"") }.map { String($0.dropFirst(9).dropLast()) }
        #expect(phrases.count == 17)
        for phrase in phrases { #expect(text.contains(phrase), "\(theme): \"\(phrase)\" is not in the text") }
        #expect(text.contains("José Müller-Nguyễn") && text.contains("Zürich, São Paulo, Kraków, Hà Nội."))
        // Each script in a face made for it: Korean in Nanum, Chinese and kana in a Chinese face (UMing
        // for serif themes, WenQuanYi Zen Hei for sans-serif ones).
        let fonts = try Poppler.fonts(pdf).map(\.name)
        #expect(fonts.contains { $0.contains("Nanum") } && fonts.contains { $0.contains("UMing") || $0.contains("WenQuanYi") }, "\(fonts)")
    }

    @Test("Cyrillic and Greek are set in a Latin-family face, never the Chinese one, and keep their spaces next to C#")
    func cyrillicWithoutCJK() throws {
        let folder = try TemporaryFolder()
        let profile = try folder.write("ru.yaml", """
            basics: {name: Анна Иванова, label: Инженер машинного обучения}
            work:
              - {name: Яндекс, position: Разработчик, startDate: "2020-01", highlights: ["Оптимизация на C# и Python, α-тестирование"]}
            """)
        for theme in Self.themes {
            let (pdf, out) = try Self.render(profile, theme: theme, in: folder)
            #expect(out.status == 0 && out.stderr.isEmpty, "\(out.stderr)")
            let fonts = try Poppler.fonts(pdf).map(\.name)
            #expect(!fonts.contains { $0.contains("UMing") || $0.contains("Nanum") }, "\(theme): \(fonts)")
            #expect(try Poppler.text(pdf).contains("Оптимизация на C# и Python, α-тестирование"))
        }
    }

    @Test("in stream order, as pypdf and simple ATS parsers read, every bullet comes before its text", arguments: profiles)
    func bulletsBeforeText(profile: String) throws {
        let folder = try TemporaryFolder()
        let (pdf, out) = try Self.render(profile, theme: "classic", in: folder)
        #expect(out.status == 0)
        let script = "import sys; from pypdf import PdfReader; print('\\n'.join(p.extract_text() for p in PdfReader(sys.argv[1]).pages))"
        let text = try Self.run("python3", ["-c", script, pdf]).out
        let bullets = text.components(separatedBy: "•").count - 1
        #expect(bullets > 0)
        // A bullet drawn after its line would end a line ("…at a•") instead of starting one.
        for line in text.split(separator: "\n") where line.contains("•") {
            #expect(line.trimmingCharacters(in: .whitespaces).hasPrefix("•"), "\(line)")
        }
    }

    @Test("characters no installed font has: one warning per script, naming what to install; --strict refuses")
    func missingFontsOneWarningPerScript() throws {
        let folder = try TemporaryFolder()
        let theme = folder.url.appendingPathComponent("theme")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        let classic = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Themes/classic/theme.yaml"), encoding: .utf8)
        try classic.replacingOccurrences(of: "NanumMyeongjo.ttf", with: "NanumGothic-NotInstalled.ttf")
            .write(to: theme.appendingPathComponent("theme.yaml"), atomically: true, encoding: .utf8)
        let profile = try folder.write("ko.yaml", """
            basics: {name: Kim, label: "머신러닝 엔지니어"}
            work:
              - {name: 네이버, position: "데이터 분석", startDate: "2020-01", highlights: ["Arabic: تعلم الآلة"]}
            """)
        let (_, out) = try Self.render(profile, theme: theme.path, in: folder)
        #expect(out.status == 0)
        #expect(out.diagnosticLines == [
            "\(profile):1:28: warning: basics.label: no font has 15 characters (Hangul, first U+BA38 \"머\"); they are shown as \u{FFFD} (remove the character, or add a fallback font that has it to the theme)",
            "\(profile):3:72: warning: work[0].highlights[0]: right-to-left text is not supported yet: 7 characters (Arabic, first U+062A \"ت\") are shown as \u{FFFD} (cvbuild sets left-to-right scripts only; the web page (--format html) shows this text as written)",
        ], "\(out.stderr)")
        let strict = try Self.render(profile, theme: theme.path, ["--strict"], in: try TemporaryFolder()).1
        #expect(strict.status == 1)
        #expect(strict.diagnosticLines.first?.contains("error: basics.label: no font has 15 characters") == true, "\(strict.stderr)")
    }
}
