import Foundation
import Testing

@Suite("nesting limit")
struct NestingScannerTests {
    /// `depth` block mappings, each one space deeper, with the given line break.
    static func deep(_ depth: Int, lineBreak: String) -> String {
        (["basics:", "  name: A", "deep:"] + (1...depth).map { String(repeating: " ", count: $0) + "k:" }
            + [String(repeating: " ", count: depth + 1) + "v: 1"]).joined(separator: lineBreak) + lineBreak
    }

    @Test("a profile nested past 200 levels is refused at the line that passes the limit, whatever its line breaks",
          arguments: ["\n", "\r\n"])
    func deepIsRefused(lineBreak: String) throws {
        // CRLF files used to be scanned as one line, and 3,000 levels then overflowed the stack.
        let folder = try TemporaryFolder()
        let out = try folder.validate("deep.yaml", Self.deep(3000, lineBreak: lineBreak))
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first == "deep.yaml:203:201: error: nested deeper than 200 levels (a profile needs only a few levels)")
    }
}
