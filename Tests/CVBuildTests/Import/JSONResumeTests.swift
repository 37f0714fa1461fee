import Foundation
import Testing
@testable import CVBuild

@Suite("JSON Resume both ways")
struct JSONResumeTests {
    static let schema = CLI.packageRoot.appendingPathComponent(".build/test-data/jsonresume-schema.json").path
    static var validatorAvailable: Bool {
        FileManager.default.fileExists(atPath: schema) && (try? runTool("/usr/bin/env", ["python3", "-c", "import jsonschema"]).status) == 0
    }

    @Test("export writes a resume.json valid against the JSON Resume 1.0 schema",
          .enabled(if: validatorAvailable, "needs the schema and python3 jsonschema; .ci/setup fetches both"),
          arguments: ["senior-ml-engineer.yaml", "zh-ml-engineer.yaml", "junior-ml-engineer.yaml", "resume.json"])
    func validAgainstSchema(sample: String) throws {
        let folder = try TemporaryFolder()
        let out = try CLI.run(["export", "jsonresume", CLI.sample(sample), "-o", "resume.json"], in: folder.url)
        #expect(out.status == 0)
        let check = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
            errors = list(jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).iter_errors(doc))
            for e in errors: print("/".join(map(str, e.path)), e.message)
            sys.exit(1 if errors else 0)
            """
        let (status, output) = try runTool("/usr/bin/env", ["python3", "-c", check, Self.schema, folder.path("resume.json")])
        #expect(status == 0, "\(output)")
    }

    @Test("JSON Resume → cvbuild → JSON Resume keeps every field", arguments: ["resume.json"])
    func roundTripJSON(sample: String) throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["import", "jsonresume", CLI.sample(sample), "-o", "p.yaml"], in: folder.url).status == 0)
        #expect(try CLI.run(["export", "jsonresume", "p.yaml", "-o", "back.json"], in: folder.url).status == 0)
        let original = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: CLI.sample(sample)))) as? NSDictionary
        let back = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path("back.json")))) as? NSDictionary
        #expect(original != nil && original == back)
    }

    @Test("cvbuild → JSON Resume → cvbuild loses nothing, settings and entry extras included", arguments: [
        "senior-ml-engineer.yaml", "zh-ml-engineer.yaml", "junior-ml-engineer.yaml",
    ])
    func roundTripProfile(sample: String) throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["export", "jsonresume", CLI.sample(sample), "-o", "r.json"], in: folder.url).status == 0)
        let imported = try CLI.run(["import", "jsonresume", "r.json", "-o", "p.yaml"], in: folder.url)
        #expect(imported.status == 0)
        #expect(imported.stderr == "")
        var a = try #require(ProfileLoader.inspect(path: CLI.sample(sample)).profile)
        var b = try #require(ProfileLoader.inspect(path: folder.path("p.yaml"), strict: true).profile)
        a.sourceMap = SourceMap(file: "")
        b.sourceMap = SourceMap(file: "")
        b.schema = a.schema
        a.work = a.work.map { var w = $0; if w.endDate == .present { w.endDate = nil }; return w }
        a.projects = a.projects.map { var p = $0; if p.endDate == .present { p.endDate = nil }; return p }
        #expect(a == b)
    }

    @Test("pre-1.0 names, null and empty end dates, each reported at its position")
    func legacyNames() throws {
        let folder = try TemporaryFolder()
        try folder.write("old.json", """
            {
              "basics": {"name": "Old Timer", "website": "https://old.example.com", "picture": "https://old.example.com/me.jpg"},
              "work": [
                {"company": "Acme", "position": "Dev", "website": "https://acme.example.com", "startDate": "2015-01", "endDate": null},
                {"company": "Beta", "startDate": "2012", "endDate": ""}
              ],
              "education": [{"institution": "U", "gpa": "3.9"}]
            }
            """)
        let out = try CLI.run(["import", "jsonresume", "old.json", "-o", "p.yaml"], in: folder.url)
        #expect(out.status == 0)
        #expect(out.diagnosticLines.prefix(4) == [
            #"old.json:2:35: warning: basics.website: the pre-1.0 field "website" was read as "url" (JSON Resume 1.0 calls it url)"#,
            #"old.json:2:73: warning: basics.picture: the pre-1.0 field "picture" was read as "image" (JSON Resume 1.0 calls it image)"#,
            #"old.json:4:6: warning: work[…].company: the pre-1.0 field "company" was read as "name" (JSON Resume 1.0 calls it name)"#,
            #"old.json:4:44: warning: work[…].website: the pre-1.0 field "website" was read as "url" (JSON Resume 1.0 calls it url)"#,
        ])
        let p = try #require(ProfileLoader.inspect(path: folder.path("p.yaml"), strict: true).profile)
        #expect(p.basics.url == "https://old.example.com")
        #expect(p.basics.image == "https://old.example.com/me.jpg")
        #expect(p.work.map(\.name) == ["Acme", "Beta"])
        #expect(p.work.map(\.endDate) == [nil, .present])
        #expect(p.education.first?.score == "3.9")
    }

    @Test("bad input: a JSON error with its position, nothing written; never overwrite without --force")
    func badInput() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.json", "{\"basics\": {\"name\": \"A\",}}")
        let out = try CLI.run(["import", "jsonresume", "bad.json", "-o", "p.yaml"], in: folder.url)
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first == "bad.json:1:25: error: JSON syntax error: trailing comma before '}' (remove the last comma)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("p.yaml")))
        try folder.write("p.yaml", "mine\n")
        let refused = try CLI.run(["import", "jsonresume", CLI.sample("resume.json"), "-o", "p.yaml"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("p.yaml already exists (use --force to replace it)"))
        #expect(try String(contentsOfFile: folder.path("p.yaml"), encoding: .utf8) == "mine\n")
        #expect(try CLI.run(["import", "jsonresume", CLI.sample("resume.json"), "-o", "p.yaml", "--force"], in: folder.url).status == 0)
    }
}
