import Testing
@testable import CVBuild

@Suite("Values: dates, scalars, addresses, suggestions")
struct ValuesTests {
    @Test("partial dates parse and print back", arguments: ["2020", "2020-02", "2020-02-29", "1999-12-31"])
    func datesRoundTrip(text: String) throws {
        let date = try PartialDate.parse(text).get()
        #expect(date.description == text)
    }

    @Test("bad dates say why", arguments: [
        ("2022-14", "month 14 is not 1-12"), ("2021-02-29", "day 29 is not 1-28 in that month"),
        ("22-01", "not a date"), ("2022/01", "not a date"), ("2022-1", "not a date"), ("1850", "year 1850 is outside 1900-2100"),
        ("２０２２", "not a date"), ("", "not a date"),
    ])
    func badDates(text: String, reason: String) {
        guard case .failure(let error) = PartialDate.parse(text) else {
            Issue.record("\(text) parsed")
            return
        }
        #expect(error.reason == reason)
    }

    @Test("comparing dates only at the precision both have")
    func precision() {
        let y2021 = PartialDate(year: 2021), march = PartialDate(year: 2021, month: 3)
        #expect(!y2021.isCertainlyBefore(march))
        #expect(!march.isCertainlyBefore(y2021))
        #expect(PartialDate(year: 2021, month: 2).isCertainlyBefore(march))
        #expect(PartialDate(year: 2020, month: 12).isCertainlyBefore(y2021))
    }

    @Test("plain YAML scalars are classified as YAML 1.1 readers do", arguments: [
        ("42", SourceNode.ScalarKind.integer), ("-7", .integer), ("1_000", .integer), ("0x1F", .integer),
        ("3.85", .float), ("1e3", .float), (".inf", .float), ("yes", .boolean), ("NO", .boolean), ("off", .boolean),
        ("~", .null), ("null", .null), ("", .null), ("y", .text), ("2021-03", .text), ("+1-206-555-0147", .text),
        ("3.85/4.00", .text), ("1.2.3", .text), ("e5", .text), ("Python", .text),
    ])
    func scalarKinds(text: String, kind: SourceNode.ScalarKind) {
        #expect(ScalarClassifier.kind(of: text) == kind)
    }

    @Test("e-mail addresses", arguments: [
        ("a@example.com", true), ("first.last+tag@sub.example.co.uk", true), ("陈@例子.中国", true),
        ("a@b", false), ("a.example.com", false), ("a@@b.com", false), ("a b@c.com", false), (".a@b.com", false),
        ("a@-b.com", false), ("a@b..com", false),
    ])
    func emails(text: String, valid: Bool) {
        #expect(Address.isEmail(text) == valid)
    }

    @Test("URLs", arguments: [
        ("https://example.com", nil), ("http://localhost:8080/x", nil), ("https://a.b.c/path?q=1#f", nil),
        ("example.com", "it has no scheme; write https://example.com"),
        ("javascript:alert(1)", "the scheme \"javascript:\" is not allowed"),
        ("data:text/html,x", "the scheme \"data:\" is not allowed"),
        ("https://exa mple.com", "it contains a space"), ("https:/x.com", "\"https:\" must be followed by //"),
        ("https://", "it has no host name"), ("https://x.com:80a", "the port is not a number"),
    ] as [(String, String?)])
    func urls(text: String, problem: String?) {
        #expect(Address.urlProblem(text) == problem)
    }

    @Test("did you mean", arguments: [
        ("emial", "email"), ("StartDate", "startDate"), ("hightlights", "highlights"), ("xyz", nil), ("nme", "name"),
    ] as [(String, String?)])
    func suggestions(word: String, expected: String?) {
        let keys = ["name", "email", "startDate", "endDate", "highlights", "summary"]
        #expect(Suggestion.closest(to: word, in: keys) == expected)
    }

    @Test("the nesting scanner ignores brackets in quotes, comments and block scalars")
    func nestingScanner() {
        let deepLooking = "a: \"[[[[[[\"\nb: '{{{{{{{' # [[[[[[[\nc: |\n  [[[[[[[[[[[\n  {{{{{{{{{{\nd: [1, [2, [3]]]\n"
        #expect(NestingScanner.firstPositionDeeperThan(4, in: deepLooking) == nil)
        #expect(NestingScanner.firstPositionDeeperThan(3, in: "x: [[[[1]]]]") == TextPosition(line: 1, column: 6))
        #expect(NestingScanner.firstPositionDeeperThan(3, in: "- - - - x\n") != nil)
        // Brackets in running text are characters, not nesting (regression found by fuzzing).
        #expect(NestingScanner.firstPositionDeeperThan(4, in: "summary: text ye" + String(repeating: "[", count: 500) + "\n") == nil)
        #expect(NestingScanner.firstPositionDeeperThan(4, in: "a: [b, [c, [d, [e, [f]]]]]\n") != nil)
    }
}
