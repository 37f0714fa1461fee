import Foundation
import Testing

/// Every bad input the loader must name: the exact FILE:LINE:COL line, field path, message and exit code.
@Suite("validate: bad input")
struct ValidateBadInputTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    @Test("YAML syntax error points at the offending line")
    func yamlSyntax() throws {
        let out = try folder.validate("p.yaml", "basics:\n  name: Ann\n   label: x\n")
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first == "p.yaml:3:9: error: YAML syntax error: mapping values are not allowed in this context")
        #expect(out.stdout == "p.yaml: invalid (1 error)\n")
    }

    @Test("JSON syntax error names what was expected")
    func jsonSyntax() throws {
        let out = try folder.validate("p.json", "{\n  \"basics\": {\"name\": \"Ann\"}\n  \"work\": []\n}\n")
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first == "p.json:3:3: error: JSON syntax error: found '\"' after a value in an object (',' or '}')")
    }

    @Test("JSON trailing comma")
    func jsonTrailingComma() throws {
        let out = try folder.validate("p.json", #"{"basics": {"name": "Ann",}}"#)
        #expect(out.diagnosticLines.first == "p.json:1:27: error: JSON syntax error: trailing comma before '}' (remove the last comma)")
        #expect(out.status == 1)
    }

    @Test("a mapping where a list is expected")
    func mappingForList() throws {
        let out = try folder.validate("p.yaml", "basics:\n  name: Ann\nwork:\n  name: Acme\n")
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first == "p.yaml:4:3: error: work: expected a list, found a mapping")
    }

    @Test("a number where text is expected is read as written, with the fix; --strict refuses it")
    func numberForText() throws {
        let out = try folder.validate("p.yaml", "basics:\n  name: Ann\n  phone: 5550100\n")
        #expect(out.status == 0)
        #expect(out.diagnosticLines.first == #"p.yaml:3:10: warning: basics.phone: a number (5550100) where text belongs was read as the text "5550100" (put it in quotes: "5550100")"#)
        let strict = try folder.validate("p.yaml", "basics:\n  name: Ann\n  phone: 5550100\n", ["--strict"])
        #expect(strict.status == 1)
        #expect(strict.diagnosticLines.first?.hasPrefix("p.yaml:3:10: error: basics.phone:") == true)
    }

    @Test("YAML's NO is a boolean where a country code is expected: read as the text NO")
    func norway() throws {
        let out = try folder.validate("p.yaml", "basics:\n  name: Ann\n  location:\n    countryCode: NO\n")
        #expect(out.status == 0)
        #expect(out.diagnosticLines.first == #"p.yaml:4:18: warning: basics.location.countryCode: true/false (NO) where text belongs was read as the text "NO" (put it in quotes: "NO")"#)
    }

    @Test("an invalid month")
    func invalidDate() throws {
        let out = try folder.validate("p.yaml", "basics: {name: Ann}\nwork:\n  - name: Acme\n    startDate: \"2022-14\"\n")
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first == #"p.yaml:4:16: error: work[0].startDate: invalid date "2022-14": month 14 is not 1-12 (YYYY, YYYY-MM or YYYY-MM-DD)"#)
    }

    @Test("an invalid day and a year out of range")
    func invalidDayAndYear() throws {
        let out = try folder.validate("p.json", #"{"basics": {"name": "A"}, "awards": [{"date": "2023-02-29"}, {"date": "0202"}]}"#)
        #expect(out.diagnosticLines.prefix(2) == [
            #"p.json:1:47: error: awards[0].date: invalid date "2023-02-29": day 29 is not 1-28 in that month (YYYY, YYYY-MM or YYYY-MM-DD)"#,
            #"p.json:1:71: error: awards[1].date: invalid date "0202": year 0202 is outside 1900-2100 (YYYY, YYYY-MM or YYYY-MM-DD)"#,
        ])
    }

    @Test("an end before the start is kept and flagged; --strict refuses it")
    func endBeforeStart() throws {
        let yaml = "basics: {name: Ann}\nwork:\n  - name: Acme\n    startDate: \"2022-03\"\n    endDate: \"2021-11\"\n"
        let out = try folder.validate("p.yaml", yaml)
        #expect(out.status == 0)
        #expect(out.diagnosticLines.first == "p.yaml:5:14: warning: work[0].endDate: ends (2021-11) before it starts (2022-03) (an end date on or after the start date)")
        let strict = try folder.validate("p.yaml", yaml, ["--strict"])
        #expect(strict.status == 1)
        #expect(strict.diagnosticLines.first == "p.yaml:5:14: error: work[0].endDate: ends (2021-11) before it starts (2022-03) (an end date on or after the start date)")
    }

    @Test("keywords written as one text are split at commas; interests written as texts become names; --strict refuses both")
    func textsWhereListsBelong() throws {
        let yaml = "basics: {name: Ann}\nskills:\n  - name: Languages\n    keywords: \"Python, SQL, Go\"\ninterests: [Chess, Go]\n"
        let out = try folder.validate("p.yaml", yaml)
        #expect(out.status == 0)
        #expect(out.diagnosticLines == [
            #"p.yaml:4:15: warning: skills[0].keywords: one text where a list belongs was split at its commas into 3 items (a list, one item per line starting with "- ")"#,
            #"p.yaml:5:13: warning: interests[0]: a text where an entry belongs was read as its name (an entry such as {name: …})"#,
            #"p.yaml:5:20: warning: interests[1]: a text where an entry belongs was read as its name (an entry such as {name: …})"#,
        ])
        #expect(out.stdout.contains("3 skills"))
        #expect(try folder.validate("p.yaml", yaml, ["--strict"]).status == 1)
    }

    @Test("dates as people write them are read, each with its ISO form; --strict refuses them")
    func lenientDates() throws {
        let yaml = "basics: {name: Ann}\nwork:\n  - name: Acme\n    startDate: March 2021\n    endDate: 03/2022\n  - name: Beta\n    startDate: 2019-3\n"
        let out = try folder.validate("p.yaml", yaml)
        #expect(out.status == 0)
        #expect(out.diagnosticLines == [
            #"p.yaml:4:16: warning: work[0].startDate: "March 2021" was read as 2021-03 (write it as "2021-03" (YYYY, YYYY-MM or YYYY-MM-DD))"#,
            #"p.yaml:5:14: warning: work[0].endDate: "03/2022" was read as 2022-03 (write it as "2022-03" (YYYY, YYYY-MM or YYYY-MM-DD))"#,
            #"p.yaml:7:16: warning: work[1].startDate: "2019-3" was read as 2019-03 (write it as "2019-03" (YYYY, YYYY-MM or YYYY-MM-DD))"#,
        ])
        #expect(try folder.validate("p.yaml", yaml, ["--strict"]).status == 1)
    }

    @Test("an end in the same year as a month start is not flagged")
    func coarseEndIsFine() throws {
        let out = try folder.validate("p.yaml", "basics: {name: Ann}\nwork:\n  - name: Acme\n    startDate: \"2022-03\"\n    endDate: \"2022\"\n")
        #expect(out.status == 0)
        #expect(out.stderr == "")
    }

    @Test("duplicate keys in YAML, each reported at the second occurrence")
    func duplicateYAMLKeys() throws {
        let out = try folder.validate("p.yaml", "basics:\n  name: Ann\n  email: a@example.com\n  name: Bob\nwork: []\nwork: []\n")
        #expect(out.status == 1)
        #expect(out.diagnosticLines.prefix(2) == [
            #"p.yaml:4:3: error: basics.name: duplicate key "name" (first at line 2) (each key once per mapping)"#,
            #"p.yaml:6:1: error: work: duplicate key "work" (first at line 5) (each key once per mapping)"#,
        ])
    }

    @Test("duplicate keys in JSON")
    func duplicateJSONKeys() throws {
        let out = try folder.validate("p.json", "{\"basics\": {\"name\": \"A\",\n \"name\": \"B\"}}")
        #expect(out.diagnosticLines.first == #"p.json:2:2: error: basics.name: duplicate key "name" (first at line 1) (each key once per mapping)"#)
    }

    @Test("an unknown key is a warning with a suggestion, and an error with --strict")
    func unknownKey() throws {
        let yaml = "basics:\n  name: Ann\n  emial: ann@example.com\n"
        let loose = try folder.validate("p.yaml", yaml)
        #expect(loose.status == 0)
        #expect(loose.diagnosticLines.first == #"p.yaml:3:3: warning: basics.emial: unknown key "emial" (did you mean "email"?)"#)
        #expect(loose.stdout == "p.yaml: valid — Ann (1 warning)\n")
        let strict = try CLI.run(["validate", "--strict", "p.yaml"], in: folder.url)
        #expect(strict.status == 1)
        #expect(strict.diagnosticLines.first == #"p.yaml:3:3: error: basics.emial: unknown key "emial" (did you mean "email"?)"#)
    }

    @Test("an invalid e-mail address")
    func invalidEmail() throws {
        let out = try folder.validate("p.yaml", "basics:\n  name: Ann\n  email: ann.example.com\n")
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first == #"p.yaml:3:10: error: basics.email: "ann.example.com" is not a valid e-mail address (an address like name@example.com)"#)
    }

    @Test("a web address without its scheme gets https:// with a warning (an error with --strict); a dangerous scheme is a warning and never a link")
    func invalidURL() throws {
        let yaml = "basics:\n  name: Ann\n  url: github.com/ann\n  profiles:\n    - network: X\n      url: javascript:alert(1)\n"
        #expect(try folder.validate("p.yaml", yaml, ["--strict"]).status == 1)
        let out = try folder.validate("p.yaml", yaml)
        #expect(out.status == 0)
        #expect(out.diagnosticLines.prefix(2) == [
            #"p.yaml:3:8: warning: basics.url: "github.com/ann" has no http:// or https://; it was read as https://github.com/ann (write the whole address: https://github.com/ann)"#,
            #"p.yaml:6:12: warning: basics.profiles[0].url: "javascript:alert(1)" will be shown as text, not a link: "javascript:" links are never made (only http, https, mailto and tel links are made)"#,
        ])
    }

    @Test("invalid UTF-8 is named by byte offset")
    func invalidUTF8() throws {
        try folder.write("p.yaml", Data("basics:\n  name: Caf".utf8) + Data([0xE9]) + Data("\n".utf8))
        let out = try CLI.run(["validate", "p.yaml"], in: folder.url)
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first == "p.yaml:2:12: error: invalid UTF-8 at byte offset 19 (save the file as UTF-8)")
    }

    @Test("an empty file")
    func emptyFile() throws {
        let out = try folder.validate("p.yaml", "")
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first == "p.yaml:1:1: error: the file is empty (expected a profile; `cvbuild init` writes a starter)")
        let blank = try folder.validate("q.yaml", "  \n\n")
        #expect(blank.diagnosticLines.first == "q.yaml:1:1: error: the file is empty (expected a profile; `cvbuild init` writes a starter)")
    }

    @Test("a file over 10 MB is refused without being parsed")
    func hugeFile() throws {
        try folder.write("p.yaml", Data(repeating: UInt8(ascii: "#"), count: 10 * 1_048_576 + 1))
        let out = try CLI.run(["validate", "p.yaml"], in: folder.url)
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first == "p.yaml: error: the file is 10 MB, over the 10 MB limit (a profile is a few kilobytes; is this the right file?)")
    }

    @Test("a YAML alias bomb is refused, not expanded")
    func aliasBomb() throws {
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        let names = Array("abcdefghij").map(String.init)
        for i in 1..<names.count {
            yaml += "\(names[i]): &\(names[i]) [" + Array(repeating: "*\(names[i - 1])", count: 9).joined(separator: ", ") + "]\n"
        }
        let out = try folder.validate("p.yaml", yaml)
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first?.hasSuffix("error: YAML aliases expand to too many values (at most 100000 values after expanding aliases)") == true)
        #expect(out.diagnosticLines.first?.hasPrefix("p.yaml:") == true)
    }

    @Test("deep nesting is refused before parsing, in YAML flow and block style and in JSON")
    func deepNesting() throws {
        let flow = try folder.validate("p.yaml", "basics: " + String(repeating: "[", count: 50_000))
        #expect(flow.status == 1)
        #expect(flow.diagnosticLines.first == "p.yaml:1:208: error: nested deeper than 200 levels (a profile needs only a few levels)")
        let block = try folder.validate("b.yaml", (0..<3000).map { String(repeating: " ", count: $0) + "k:\n" }.joined())
        #expect(block.diagnosticLines.first == "b.yaml:201:201: error: nested deeper than 200 levels (a profile needs only a few levels)")
        let json = try folder.validate("p.json", String(repeating: "[", count: 50_000))
        #expect(json.status == 1)
        #expect(json.diagnosticLines.first == "p.json:1:201: error: JSON syntax error: nested deeper than 200 levels (a profile needs only a few levels)")
    }

    @Test("a profile without a name cannot be rendered")
    func missingName() throws {
        let out = try folder.validate("p.yaml", "basics:\n  label: Engineer\n")
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first == "p.yaml:2:3: error: basics.name: the name is missing (a résumé needs a name at the top)")
    }

    @Test("a list at the top level")
    func listAtTop() throws {
        let out = try folder.validate("p.yaml", "- a\n- b\n")
        #expect(out.diagnosticLines.first == "p.yaml:1:1: error: expected a mapping of keys to values at the top level, found a list")
    }

    @Test("NUL bytes, UTF-16 and a second document")
    func otherTextProblems() throws {
        try folder.write("nul.yaml", Data("basics:\n  name: A".utf8) + Data([0]) + Data("\n".utf8))
        try folder.write("u16.yaml", "basics: {name: A}".data(using: .utf16)!)
        try folder.write("two.yaml", "basics: {name: A}\n---\nbasics: {name: B}\n")
        let out = try CLI.run(["validate", "nul.yaml", "u16.yaml", "two.yaml"], in: folder.url)
        #expect(out.status == 1)
        #expect(out.diagnosticLines == [
            "nul.yaml:2:10: error: NUL byte at byte offset 17 (a text file; is this a binary file?)",
            "u16.yaml:1:1: error: the file is encoded as UTF-16 (save the file as UTF-8)",
            "two.yaml:2:1: error: the file holds more than one YAML document (one document per file; remove the extra `---`)",
        ])
    }

    @Test("all problems are reported in one run, in file order")
    func allProblemsAtOnce() throws {
        let yaml = """
            basics:
              name: Ann
              email: nope
              url: example.com
            work:
              - name: Acme
                startDate: "2022-13"
              - name: Beta
                highlights: one line
            cvbuild:
              pageSize: A5
              maxPages: 0
            """
        let out = try folder.validate("p.yaml", yaml)
        #expect(out.status == 1)
        #expect(out.diagnosticLines.map { String($0.prefix(while: { $0 != " " })) } == [
            "p.yaml:3:10:", "p.yaml:4:8:", "p.yaml:7:16:", "p.yaml:9:17:", "p.yaml:11:13:", "p.yaml:12:13:",
        ])
        // example.com is read as https://example.com, and "one line" as a list of one, each with a warning.
        #expect(out.stdout == "p.yaml: invalid (4 errors, 2 warnings)\n")
    }

    @Test("a missing file, a folder")
    func notAFile() throws {
        let out = try CLI.run(["validate", "missing.yaml", "."], in: folder.url)
        #expect(out.status == 1)
        #expect(out.diagnosticLines == [
            "missing.yaml: error: no such file (expected a profile file (.yaml, .yml or .json))",
            ".: error: is a folder, not a file (expected a profile file (.yaml, .yml or .json))",
        ])
    }
}

@Suite("validate: settings")
struct ValidateSettingsTests {
    @Test("an unknown target role is an error with a suggestion")
    func unknownTargetRole() throws {
        let folder = try TemporaryFolder()
        let out = try folder.validate("p.yaml", "basics: {name: Ann}\ncvbuild:\n  targetRole: data-scientst\n")
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first?.hasPrefix(#"p.yaml:3:15: error: cvbuild.targetRole: unknown role "data-scientst" (did you mean "data-scientist"?"#) == true)
    }
}
