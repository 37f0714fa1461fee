import Foundation
import Testing

@Suite("tailor: a variant for one posting")
struct TailorTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// Every text of a profile, through `export jsonresume`, less cvbuild's section order (names, not the person's words).
    private func strings(_ profile: String) throws -> [String] {
        let out = folder.path(UUID().uuidString + ".json")
        let run = try CLI.run(["export", "jsonresume", profile, "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        if var meta = json["meta"] as? [String: Any], var settings = meta["cvbuild"] as? [String: Any] {
            settings["sections"] = nil
            meta["cvbuild"] = settings
            json["meta"] = meta
        }
        func walk(_ v: Any) -> [String] {
            if let s = v as? String { return [s] }
            if let a = v as? [Any] { return a.flatMap(walk) }
            if let d = v as? [String: Any] { return d.values.flatMap(walk) }
            return []
        }
        return walk(json)
    }

    private func score(_ profile: String, _ posting: String) throws -> Int {
        let out = try CLI.run(["score", profile, "--posting", posting, "--format", "json"])
        return try #require((try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])?["score"] as? Int)
    }

    @Test("the tailored profile validates, holds only the input's words, scores at least as well, and fits the budget")
    func tailored() throws {
        let input = CLI.sample("junior-ml-engineer.yaml"), posting = CLI.sample("posting-ml-engineer.html")
        let output = folder.path("tailored.yaml")
        let out = try CLI.run(["tailor", input, "--posting", posting, "--theme", "classic", "--max-pages", "1", "-o", output])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("Tailored for Machine Learning Engineer, Search Ranking: score "))
        #expect(out.stdout.contains("\n  dropped ") && out.stdout.contains("\n  reordered "))
        #expect(out.stdout.hasSuffix("Wrote \(output)\n"))
        // Without tailoring it does not fit one page in this theme: the drops were needed.
        let untailored = try CLI.run(["render", input, "--theme", "classic", "--max-pages", "1", "--out", folder.url.path])
        #expect(untailored.status == 1)

        let valid = try CLI.run(["validate", output])
        #expect(valid.status == 0 && valid.stderr == "", "\(valid.stderr)")
        let before = Set(try strings(input))
        for text in try strings(output) { #expect(before.contains(text), "not in the input: \(text)") }
        #expect(try score(output, posting) >= score(input, posting))
        let line = try #require(out.stdout.split(separator: "\n").first)
        #expect(line.contains("score \(try score(input, posting)) → \(try score(output, posting)), 1 page (budget 1)"))
        let rendered = try CLI.run(["render", output, "--theme", "classic", "--max-pages", "1", "--out", folder.url.path])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stdout.contains(": 1 page,"))
        // The file says what it is and that it was only reordered and selected.
        let yaml = try String(contentsOfFile: output, encoding: .utf8)
        #expect(yaml.hasPrefix("# Tailored by cvbuild") && yaml.contains("# Only reordered and selected"))
    }

    @Test("never writes over the profile or an existing file; --render writes the PDF")
    func outputs() throws {
        let input = try folder.write("me.yaml", try String(contentsOfFile: CLI.sample("junior-ml-engineer.yaml"), encoding: .utf8))
        let posting = CLI.sample("posting-ml-engineer.html")
        let same = try CLI.run(["tailor", input, "--posting", posting, "-o", input, "--force"])
        #expect(same.status == 1)
        #expect(same.stderr.contains("is the profile itself"))
        let first = try CLI.run(["tailor", input, "--posting", posting])
        #expect(first.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("me-for-posting-ml-engineer.yaml")))
        let again = try CLI.run(["tailor", input, "--posting", posting])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists (use --force to replace it)"))
        let pdf = try CLI.run(["tailor", input, "--posting", posting, "--render", "-o", folder.path("me.pdf")])
        #expect(pdf.status == 0, "\(pdf.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.path("me.pdf")))
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
    }

    @Test("a budget nothing can be dropped to meet is an error, and nothing is written")
    func cannotFit() throws {
        let output = folder.path("t.yaml")
        let out = try CLI.run(["tailor", CLI.sample("senior-ml-engineer.yaml"), "--posting", CLI.sample("posting-ml-engineer.html"),
                               "--max-pages", "1", "-o", output])
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("--max-pages: error: the résumé needs 2 pages but may have 1"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
