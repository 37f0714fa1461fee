import Foundation
import Testing

@Suite("validate: valid profiles, output formats, exit codes")
struct ValidateTests {
    @Test("every bundled sample validates with no errors and no warnings", arguments: [
        "senior-ml-engineer.yaml", "zh-ml-engineer.yaml", "junior-ml-engineer.yaml", "resume.json",
    ])
    func samplesAreValid(name: String) throws {
        let out = try CLI.run(["validate", CLI.sample(name)])
        #expect(out.status == 0)
        #expect(out.stderr == "")
        #expect(out.stdout.contains(": valid — "))
    }

    @Test("the senior sample's summary counts what the RenderCV benchmark holds")
    func seniorSummary() throws {
        let out = try CLI.run(["validate", "Samples/senior-ml-engineer.yaml"], in: CLI.packageRoot)
        #expect(out.stdout == "Samples/senior-ml-engineer.yaml: valid — Alexandra Chen, Senior Machine Learning Engineer: "
            + "4 jobs, 3 projects, 2 schools, 3 certificates, 16 skills, 23 highlights\n")
    }

    @Test("a JSON Resume file as found in the wild loads unchanged")
    func realWorldJSONResume() throws {
        let out = try CLI.run(["validate", "--strict", CLI.fixture("jsonresume-wild.json")])
        #expect(out.status == 0)
        #expect(out.stderr.contains("endDate: invalid date \"\": an empty end date is read as ongoing"))
        #expect(out.stdout.contains("valid — Sam Okafor, Data Scientist: 2 jobs, 1 project, 1 school, 1 certificate, 6 skills"))
    }

    @Test("--format json carries every diagnostic with its position")
    func jsonFormat() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.yaml", "basics:\n  name: Ann\n  emial: x\n  email: nope\n")
        let out = try CLI.run(["validate", "--format", "json", "p.yaml"], in: folder.url)
        #expect(out.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(file["errors"] as? Int == 1)
        #expect(file["warnings"] as? Int == 1)
        let diagnostics = try #require(file["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["id"] as? String } == ["unknown-key", "invalid-email"])
        #expect(diagnostics.map { $0["line"] as? Int } == [3, 4])
        #expect(diagnostics.map { $0["column"] as? Int } == [3, 10])
        #expect(diagnostics.map { $0["path"] as? String } == ["basics.emial", "basics.email"])
        #expect(diagnostics[1]["expected"] as? String == "an address like name@example.com")
    }

    @Test("one bad file among good ones fails the run, and every file is reported")
    func mixedFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.yaml", "basics: {}\n")
        let out = try CLI.run(["validate", CLI.sample("resume.json"), "bad.yaml"], in: folder.url)
        #expect(out.status == 1)
        #expect(out.stdout.split(separator: "\n").count == 2)
        #expect(out.stdout.hasSuffix("bad.yaml: invalid (1 error)\n"))
    }

    @Test("usage errors exit 2", arguments: [["validate"], ["validate", "--format", "xml", "p.yaml"], ["frobnicate"]])
    func usageErrors(arguments: [String]) throws {
        let out = try CLI.run(arguments)
        #expect(out.status == 2)
        #expect(out.stderr.contains("Usage:") || out.stderr.contains("Error:"))
    }

    @Test("no colour codes when output is not a terminal")
    func noColourWhenPiped() throws {
        let folder = try TemporaryFolder()
        let out = try folder.validate("p.yaml", "basics: {name: Ann, emial: x}\n")
        #expect(!out.stdout.contains("\u{1B}["))
        #expect(!out.stderr.contains("\u{1B}["))
    }

    @Test("the source line and a caret follow each diagnostic")
    func caret() throws {
        let folder = try TemporaryFolder()
        let out = try folder.validate("p.yaml", "basics:\n  name: Ann\n  email: nope\n")
        #expect(out.stderr.hasSuffix("\n      email: nope\n             ^\n"))
    }

    @Test("--version and --help")
    func versionAndHelp() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("cvbuild 0.1.0 (libharu 2.3.0, libxml2 "))
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("validate"))
        #expect(help.stdout.contains("Exit codes: 0 success"))
        let completion = try CLI.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0)
        #expect(completion.stdout.contains("validate"))
    }
}
