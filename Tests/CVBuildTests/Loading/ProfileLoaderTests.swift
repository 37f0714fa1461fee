import Foundation
import Testing
@testable import CVBuild

@Suite("Loading")
struct ProfileLoaderTests {
    private func load(_ text: String, as path: String) -> ProfileInspection {
        ProfileLoader.inspect(SourceText(path: path, text: text))
    }

    @Test("YAML and JSON of the same profile load to the same value")
    func yamlAndJSONAgree() throws {
        let yaml = """
            basics:
              name: Ann Lee
              location: {city: Oslo, countryCode: "NO"}
            work:
              - name: Acme
                startDate: "2020-01"
                highlights: [Built things]
            cvbuild: {pageSize: letter, maxPages: 1, sections: [work, skills]}
            """
        let json = """
            {"basics": {"name": "Ann Lee", "location": {"city": "Oslo", "countryCode": "NO"}},
             "work": [{"name": "Acme", "startDate": "2020-01", "highlights": ["Built things"]}],
             "cvbuild": {"pageSize": "letter", "maxPages": 1, "sections": ["work", "skills"]}}
            """
        var a = try #require(load(yaml, as: "p.yaml").profile)
        var b = try #require(load(json, as: "p.json").profile)
        #expect(a.work.first?.startDate == PartialDate(year: 2020, month: 1))
        #expect(a.settings.pageSize == .letter)
        #expect(a.settings.sections == [.standard(.work), .standard(.skills)])
        a.sourceMap = SourceMap(file: "")
        b.sourceMap = SourceMap(file: "")
        #expect(a == b)
    }

    @Test("the source map knows where each value came from")
    func sourceMap() throws {
        let profile = try #require(load("basics:\n  name: Ann\nwork:\n  - name: Acme\n    highlights:\n      - One\n      - Two\n", as: "p.yaml").profile)
        #expect(profile.sourceMap["work[0].highlights[1]"]?.description == "p.yaml:7:9")
        #expect(profile.sourceMap["basics.name"]?.description == "p.yaml:2:9")
    }

    @Test("ongoing: no endDate, or present, or an empty one (with a warning)")
    func ongoing() throws {
        let result = load(#"{"basics": {"name": "A"}, "work": [{"startDate": "2020"}, {"endDate": "Present"}, {"endDate": ""}]}"#, as: "p.json")
        let work = try #require(result.profile?.work)
        #expect(work.map(\.endDate) == [nil, .present, .present])
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test("unquoted YAML years are accepted as dates")
    func yearAsNumber() throws {
        let profile = try #require(load("basics: {name: A}\neducation:\n  - startDate: 2018\n    endDate: 2022\n", as: "p.yaml").profile)
        #expect(profile.education.first?.startDate == PartialDate(year: 2018))
        #expect(profile.education.first?.endDate == .date(PartialDate(year: 2022)))
    }

    @Test("certificate extras live under the entry's cvbuild key")
    func certificateExtras() throws {
        let yaml = "basics: {name: A}\ncertificates:\n  - name: CKAD\n    date: \"2021-11\"\n    cvbuild: {credentialId: LF-1, expiryDate: \"2024-11\"}\n"
        let c = try #require(load(yaml, as: "p.yaml").profile?.certificates.first)
        #expect(c.credentialID == "LF-1")
        #expect(c.expiryDate == PartialDate(year: 2024, month: 11))
    }

    @Test("JSON strings decode escapes and surrogate pairs")
    func jsonEscapes() throws {
        let profile = try #require(load(#"{"basics": {"name": "Jos\u00e9 \ud83d\ude00 \"Q\"\n"}}"#, as: "p.json").profile)
        #expect(profile.basics.name == "José 😀 \"Q\"\n")
    }

    @Test("JSON positions count characters, not bytes")
    func jsonColumnsInCharacters() throws {
        let result = load("{\"basics\": {\"name\": \"陈雅琳\", \"email\": 1}}", as: "p.json")
        #expect(result.diagnostics.first?.location.description == "p.json:1:37")
    }

    @Test("JSON errors", arguments: [
        ("", "p.json:1:1"),
        ("{\"a\": 01}", "p.json:1:8"),
        ("{\"a\": 'x'}", "p.json:1:7"),
        ("{\"a\": \"x\n\"}", "p.json:1:9"),
        ("{\"a\": tru}", "p.json:1:10"),
        ("{} {}", "p.json:1:4"),
        ("{\"a\": \"\\q\"}", "p.json:1:9"),
    ])
    func jsonErrors(text: String, location: String) {
        let source = SourceText(path: "p.json", text: text)
        let outcome = JSONReader.read(source)
        guard outcome.failed, let diagnostic = outcome.diagnostics.first else {
            Issue.record("expected an error for \(text)")
            return
        }
        #expect(diagnostic.location.description == location)
    }
    @Test("source lines under diagnostics: LF and CRLF ends, a last line without an end, lines out of range, non-ASCII")
    func sourceLines() {
        let text = SourceText(path: "x.yaml", text: "a: 1\r\nb: é\n\nlast")
        #expect(text.line(1) == "a: 1")
        #expect(text.line(2) == "b: é")
        #expect(text.line(3) == "")
        #expect(text.line(4) == "last")
        #expect(text.line(5) == nil && text.line(0) == nil)
        #expect(SourceText(path: "y", text: "one\n").line(2) == "")
    }
}
