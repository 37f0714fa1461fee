import Foundation
import Testing

@Suite("themes as data")
struct ThemeFileTests {
    /// A copy of a built-in theme in a folder of the test's own.
    private func copyTheme(_ name: String, into folder: TemporaryFolder, edit: (String) -> String = { $0 }) throws -> String {
        let source = CLI.packageRoot.appendingPathComponent("Themes/\(name)/theme.yaml").path
        let dir = folder.url.appendingPathComponent("my-theme")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try edit(String(contentsOfFile: source, encoding: .utf8)).write(to: dir.appendingPathComponent("theme.yaml"), atomically: true, encoding: .utf8)
        return "./my-theme"
    }

    @Test("a copied and edited theme folder is used with --theme ./folder")
    func copiedTheme() throws {
        let folder = try TemporaryFolder()
        let theme = try copyTheme("classic", into: folder) { $0.replacingOccurrences(of: "name: classic", with: "name: mine") }
        let out = try CLI.run(["render", CLI.sample("resume.json"), "--out", ".", "--theme", theme], in: folder.url)
        #expect(out.status == 0)
        #expect(out.stdout.contains("mine theme"))
    }

    @Test("errors in a theme file are reported with FILE:LINE:COL")
    func themeErrors() throws {
        let folder = try TemporaryFolder()
        let theme = try copyTheme("classic", into: folder) {
            $0.replacingOccurrences(of: "text: \"#1A1A1A\"", with: "text: dark")
              .replacingOccurrences(of: "body: 10\n", with: "body: ten\n")
              .replacingOccurrences(of: "lineHeight: 1.2 ", with: "lineHeigth: 1.2 ")
        }
        let out = try CLI.run(["render", CLI.sample("resume.json"), "--out", ".", "--theme", theme], in: folder.url)
        #expect(out.status == 1)
        let lines = out.diagnosticLines
        #expect(lines.contains { $0.hasPrefix("./my-theme/theme.yaml:") && $0.contains(": error: sizes.body: expected a number, found text") })
        #expect(lines.contains { $0.hasPrefix("./my-theme/theme.yaml:") && $0.contains(#": error: colors.text: "dark" is not a known value (one of: #RRGGBB)"#) })
        #expect(lines.contains { $0.contains(#"error: spacing.lineHeigth: unknown key "lineHeigth" (did you mean "lineHeight"?)"#) })
        #expect(!FileManager.default.fileExists(atPath: folder.path("resume.pdf")))
    }

    @Test("a font that is not installed names what to install")
    func missingFont() throws {
        let folder = try TemporaryFolder()
        let theme = try copyTheme("classic", into: folder) { $0.replacingOccurrences(of: "bold: Caladea-Bold.ttf", with: "bold: NoSuchFont-Bold.ttf") }
        let out = try CLI.run(["render", CLI.sample("resume.json"), "--out", ".", "--theme", theme], in: folder.url)
        #expect(out.status == 1)
        // The theme file's line is where to fix it.
        #expect(out.diagnosticLines.first == #"./my-theme/theme.yaml:8:9: error: fonts.bold: font "NoSuchFont-Bold.ttf" not found (point --font-dir at a folder that has it)"#)
        #expect(!FileManager.default.fileExists(atPath: folder.path("resume.pdf")))
    }
}
