import Foundation
import Testing

/// Every sample in every format and theme, and every other command's output, hashed and compared
/// with `Fixtures/golden/outputs.sha256`: a refactoring must not change one byte a user gets.
/// After a reviewed, intended change of output, re-record with `CVBUILD_RECORD_GOLDEN=1 swift test
/// --filter GoldenOutputTests` and read the diff of the golden file in the commit.
@Suite("golden outputs")
struct GoldenOutputTests {
    static let goldenFile = CLI.packageRoot.appendingPathComponent("Tests/CVBuildTests/Fixtures/golden/outputs.sha256")

    /// One named run: its arguments, and the files it writes (relative to the run's folder).
    struct Case {
        var name: String
        var arguments: [String]
        var files: [String]
    }

    static var cases: [Case] {
        var list: [Case] = []
        for sample in ["senior-ml-engineer", "junior-ml-engineer", "zh-ml-engineer"] {
            for theme in ["classic", "modern", "compact"] {
                list.append(Case(name: "render \(sample) \(theme)",
                                 arguments: ["render", CLI.sample(sample + ".yaml"), "--theme", theme, "--out", ".",
                                             "--format", "pdf,html,linkedin,json"],
                                 files: [sample + ".pdf", sample + ".html", sample + ".linkedin.txt", sample + ".linkedin.json"]))
            }
        }
        list.append(Case(name: "render resume.json", arguments: ["render", CLI.sample("resume.json"), "--out", ".", "--format", "pdf,html,linkedin,json"],
                         files: ["resume.pdf", "resume.html", "resume.linkedin.txt", "resume.linkedin.json"]))
        list.append(Case(name: "render senior fr a4 compact", arguments: ["render", CLI.sample("senior-ml-engineer.yaml"), "--out", ".", "--max-pages", "2",
                                                                      "--theme", "compact", "--page-size", "a4", "--locale", "fr"],
                         files: ["senior-ml-engineer.pdf"]))
        list.append(Case(name: "export senior", arguments: ["export", "jsonresume", CLI.sample("senior-ml-engineer.yaml"), "-o", "out.json"], files: ["out.json"]))
        list.append(Case(name: "import rendercv", arguments: ["import", "rendercv", CLI.fixture("rendercv/everything.yaml"), "-o", "out.yaml"], files: ["out.yaml"]))
        list.append(Case(name: "import jsonresume", arguments: ["import", "jsonresume", CLI.fixture("jsonresume-wild.json"), "-o", "out.yaml"], files: ["out.yaml"]))
        for export in ["export-2018", "export-2023"] {
            list.append(Case(name: "import linkedin \(export)", arguments: ["import", "linkedin", CLI.fixture("linkedin/\(export)"), "-o", "out.yaml"], files: ["out.yaml"]))
        }
        for format in ["text", "json"] {
            list.append(Case(name: "score posting \(format)", arguments: ["score", CLI.sample("junior-ml-engineer.yaml"), "--posting",
                                                                          CLI.sample("posting-ml-engineer.html"), "--format", format], files: []))
            list.append(Case(name: "score role \(format)", arguments: ["score", CLI.sample("senior-ml-engineer.yaml"), "--role", "ml-engineer", "--format", format], files: []))
            list.append(Case(name: "extract \(format)", arguments: ["extract", CLI.sample("posting-ml-engineer.html"), "--format", format], files: []))
            list.append(Case(name: "validate \(format)", arguments: ["validate", CLI.sample("senior-ml-engineer.yaml"), CLI.sample("resume.json"), "--format", format], files: []))
            list.append(Case(name: "roles ml-engineer \(format)", arguments: ["roles", "ml-engineer", "--format", format], files: []))
            list.append(Case(name: "keywords \(format)", arguments: ["keywords", "--format", format], files: []))
        }
        list.append(Case(name: "roles", arguments: ["roles"], files: []))
        list.append(Case(name: "init", arguments: ["init", "p.yaml"], files: ["p.yaml"]))
        for sample in ["senior-ml-engineer", "junior-ml-engineer", "zh-ml-engineer"] {
            list.append(Case(name: "render \(sample) docx,md,txt", arguments: ["render", CLI.sample(sample + ".yaml"), "--out", ".", "--format", "docx,md,txt"],
                             files: [sample + ".docx", sample + ".md", sample + ".txt"]))
        }
        let letter = "senior-ml-engineer.letter-lumen-freight"
        list.append(Case(name: "letter senior posting", arguments: ["letter", CLI.sample("senior-ml-engineer.yaml"), "--posting",
                                                                    CLI.sample("posting-ml-engineer.html"), "--out", ".", "--format", "pdf,html,docx,txt"],
                         files: [letter + ".pdf", letter + ".html", letter + ".docx", letter + ".txt"]))
        return list
    }

    /// Each case's output as `name: stream-or-file sha256` lines, temporary paths written as `TMP`.
    static func record() throws -> [String] {
        var lines: [String] = []
        for c in cases {
            let folder = try TemporaryFolder()
            let out = try CLI.run(c.arguments, in: folder.url, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
            let root = CLI.packageRoot.path
            func normalised(_ text: String) -> Data {
                Data(text.replacingOccurrences(of: folder.url.path, with: "TMP").replacingOccurrences(of: root, with: "ROOT").utf8)
            }
            lines.append("\(c.name) | status \(out.status)")
            lines.append("\(c.name) | stdout \(try sha256(normalised(out.stdout)))")
            lines.append("\(c.name) | stderr \(try sha256(normalised(out.stderr)))")
            for file in c.files {
                let data = (try? Data(contentsOf: folder.url.appendingPathComponent(file))) ?? Data("missing".utf8)
                lines.append("\(c.name) | \(file) \(try sha256(data))")
            }
        }
        return lines
    }

    static func sha256(_ data: Data) throws -> String {
        let folder = try TemporaryFolder()
        let path = try folder.write("blob", data)
        let (status, output) = try runTool("/usr/bin/env", ["sha256sum", path])
        #expect(status == 0)
        return String(output.prefix(64))
    }

    @Test("every sample, format, theme and command gives the recorded bytes")
    func outputsUnchanged() throws {
        let actual = try Self.record()
        if ProcessInfo.processInfo.environment["CVBUILD_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (actual.joined(separator: "\n") + "\n").write(to: Self.goldenFile, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: Self.goldenFile, encoding: .utf8).split(separator: "\n").map(String.init)
        let changed = zip(expected, actual).filter { $0 != $1 }.map { "expected \($0)\n     got \($1)" }
        #expect(expected.count == actual.count, "the number of recorded outputs changed")
        #expect(changed.isEmpty, "\(changed.count) outputs changed:\n\(changed.joined(separator: "\n"))")
    }
}
