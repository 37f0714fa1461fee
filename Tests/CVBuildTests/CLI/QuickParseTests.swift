import ArgumentParser
import Testing
@testable import cvbuild

/// `render`'s quick reading must give exactly what ArgumentParser gives, or step aside.
@Suite("render's quick argument reading")
struct QuickParseTests {
    static let everyOption = ["render", "p.yaml", "--out", "o", "--theme", "modern", "--format", "pdf,html,pdf", "--locale", "zh",
                              "--max-pages", "2", "--page-size", "a4", "--font-dir", "a", "--font-dir", "b dir", "--no-photo", "--strict",
                              "--variant", "v", "--only", "x, y", "--exclude", "z"]

    /// Lines users type; the quick reading must take each one.
    static let taken: [[String]] = [
        ["render", "p.yaml"],
        everyOption,
        ["render", "--theme", "modern", "my profile.yaml", "--format", "pdf"],
        ["render", "p.yaml", "--out=o", "--format=html,linkedin", "--max-pages=1", "--page-size=letter"],
        ["render", "p.json", "--format", "PDF, Docx"],
        ["render", "help"],
    ]

    /// Lines the quick reading must leave to ArgumentParser (errors, help, the unusual).
    static let declined: [[String]] = [
        ["render"], ["render", "a.yaml", "b.yaml"], ["render", "p.yaml", "--theme"], ["render", "p.yaml", "--theme", "a", "--theme", "b"],
        ["render", "p.yaml", "-h"], ["render", "--help"], ["render", "p.yaml", "--max-pages", "0"], ["render", "p.yaml", "--max-pages", "two"],
        ["render", "p.yaml", "--format", "pdf,exe"], ["render", "p.yaml", "--format", ""], ["render", "p.yaml", "--bogus"],
        ["render", "--", "-p.yaml"], ["render", "p.yaml", "--strict=yes"], ["render", "p.yaml", "--out", "-o"],
        ["render", "p.yaml", "--generate-completion-script", "bash"], ["render", "p.yaml", "--page-size", "A5"],
        ["render", "p.yaml", "--no-photo", "--no-photo"], ["render", "p.yaml", "--theme="], ["render", "p.yaml", "--out", ""], ["validate", "p.yaml"], ["--version"], [],
    ]

    @Test("gives what ArgumentParser gives, on every line it takes", arguments: taken)
    func sameAsArgumentParser(_ line: [String]) throws {
        let quick = try #require(QuickParse.render(line), "the quick reading declined \(line)")
        let full = try #require(try CVBuildCommand.parseAsRoot(line) as? RenderCommand)
        #expect(quick == full.options.settings(profile: full.profile))
    }

    @Test("steps aside for help, errors and anything unusual", arguments: declined)
    func declines(_ line: [String]) {
        #expect(QuickParse.render(line) == nil)
    }

    @Test("knows every option render declares, so none is read only one way")
    func knowsEveryOption() {
        let help = CVBuildCommand.helpMessage(for: RenderCommand.self, columns: 200)
        // The OPTIONS list: one line per option, starting with its name.
        var declared = Set<String>()
        for line in help.split(separator: "\n") {
            let text = line.drop(while: { $0 == " " })
            guard text.hasPrefix("--"), let name = text.dropFirst(2).split(whereSeparator: { $0 == " " || $0 == "<" }).first else { continue }
            declared.insert(String(name))
        }
        declared.subtract(["help", "version"])
        #expect(declared == Set(QuickParse.renderOptions))
        #expect(Set(QuickParse.renderFlags).isSubset(of: QuickParse.renderOptions))
    }

    @Test("the defaults match when no option is given")
    func defaults() throws {
        let quick = try #require(QuickParse.render(["render", "p.yaml"]))
        #expect(quick == RenderSettings(profile: "p.yaml", formats: [.pdf]))
    }
}
