import Foundation
import Testing
@testable import CVBuild

@Suite("profile YAML writer")
struct ProfileYAMLWriterTests {
    private func reload(_ yaml: String) throws -> (Profile, [Diagnostic]) {
        let result = ProfileLoader.inspect(SourceText(path: "out.yaml", text: yaml), strict: true)
        return (try #require(result.profile), result.diagnostics)
    }

    @Test("every sample survives write → load unchanged, with no diagnostics", arguments: [
        "senior-ml-engineer.yaml", "zh-ml-engineer.yaml", "junior-ml-engineer.yaml", "resume.json",
    ])
    func roundTrip(sample: String) throws {
        var original = try #require(ProfileLoader.inspect(path: CLI.sample(sample)).profile)
        let yaml = ProfileYAMLWriter.yaml(original, header: ["test"])
        var (back, diagnostics) = try reload(yaml)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(DiagnosticFormatter.headline))")
        original.sourceMap = SourceMap(file: "")
        back.sourceMap = SourceMap(file: "")
        #expect(back == original)
    }

    @Test("text YAML would misread is quoted; everything else stays plain", arguments: [
        ("Python", "Python"), ("NO", "\"NO\""), ("yes", "\"yes\""), ("5550100", "\"5550100\""), ("3.85", "\"3.85\""),
        ("2021-03", "\"2021-03\""), ("present", "\"present\""), ("a: b", "\"a: b\""), ("- x", "\"- x\""), ("#tag", "\"#tag\""),
        ("C++ # note", "\"C++ # note\""), (" lead", "\" lead\""), ("", "\"\""), ("line\nbreak", "\"line\\nbreak\""),
        ("say \"hi\"", "say \"hi\""), ("\"quoted\"", "\"\\\"quoted\\\"\""), ("陈雅琳", "陈雅琳"), ("tab\there", "\"tab\\there\""),
    ])
    func quoting(text: String, expected: String) throws {
        #expect(ProfileYAMLWriter.scalar(text) == expected)
        let (back, _) = try reload("basics:\n  name: \(ProfileYAMLWriter.scalar(text.isEmpty ? "x" : text))\n")
        #expect(back.basics.name == (text.isEmpty ? "x" : text))
    }

    @Test("text a literal block would change is quoted instead (regression found by fuzzing)", arguments: [
        "\n   x\ny", "  indented\nnot", "a\n  b", "trailing \nspace", "tab\t\nend", "end\n",
        "Machine learning ye" + String(repeating: "[", count: 300) + " done",
        // Line breaks to libyaml inside a literal block (found by fuzzing the LinkedIn import),
        // and characters outside YAML's printable set.
        "Lead the team\nNext\u{2029} Cut latency", "a\nb\u{2028}c", "a\nb\u{85}c", "x\u{FFFE}y\nz\u{FFFF}",
    ])
    func blockEdgeCases(summary: String) throws {
        var p = Profile()
        p.basics.name = "A"
        p.basics.summary = summary
        let (back, diagnostics) = try reload(ProfileYAMLWriter.yaml(p, header: []))
        #expect(diagnostics.isEmpty)
        #expect(back.basics.summary == summary)
    }

    @Test("an empty value reads as no value, so it survives a round trip (regression found by fuzzing)")
    func emptyValue() throws {
        let (p, _) = try reload("basics:\n  name: A\n  summary: >-\n # only a comment\n  label: \"\"\n")
        #expect(p.basics.summary == nil && p.basics.label == nil)
        let (back, _) = try reload(ProfileYAMLWriter.yaml(p, header: []))
        var a = p, b = back
        a.sourceMap = SourceMap(file: "")
        b.sourceMap = SourceMap(file: "")
        #expect(a == b)
    }

    @Test("empty entries survive a round trip (regression found by fuzzing)")
    func emptyEntries() throws {
        var p = Profile()
        p.basics.name = "A"
        p.education = [Education(), Education()]
        p.work = [Work()]
        let (back, diagnostics) = try reload(ProfileYAMLWriter.yaml(p, header: []))
        #expect(diagnostics.isEmpty)
        #expect(back.education.count == 2 && back.work.count == 1)
    }

    @Test("multi-line text is a literal block and comes back exact")
    func literalBlocks() throws {
        var p = Profile()
        p.basics.name = "Ann"
        p.basics.summary = "First paragraph.\n\nSecond: with a colon, and # a hash."
        var w = Work()
        w.name = "Acme"
        w.description = "line one\nline two"
        p.work = [w]
        let yaml = ProfileYAMLWriter.yaml(p, header: [])
        #expect(yaml.contains("  summary: |-\n    First paragraph.\n\n    Second: with a colon, and # a hash.\n"))
        let (back, _) = try reload(yaml)
        #expect(back.basics.summary == p.basics.summary)
        #expect(back.work.first?.description == "line one\nline two")
    }
}
