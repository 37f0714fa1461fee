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
            // Enough words to mean something, some of them kerned, and none off.
            #expect(numbers[0] > 200 && numbers[1] > 20, "\(theme): \(summary)")
            #expect(numbers[2] == 0, "\(theme): \(check.out)")
        }
    }
}
