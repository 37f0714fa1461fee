import Foundation
import Testing

/// `cvbuild letter`: the sample's letter typeset on one page with every paragraph whole and its
/// placeholders filled; placeholders and letters checked with positions like every other setting.
@Suite("letter")
struct LetterTests {
    static let sample = CLI.sample("senior-ml-engineer.yaml")
    static let posting = CLI.sample("posting-ml-engineer.html")

    @Test("the sample letter is one PDF page holding each paragraph whole, placeholders filled from the posting")
    func sampleLetter() throws {
        let out = try TemporaryFolder()
        let run = try CLI.run(["letter", Self.sample, "--posting", Self.posting, "--format", "pdf,txt,docx,html", "--out", out.url.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("1 page"))
        let base = "senior-ml-engineer.letter-lumen-freight"
        #expect(try Poppler.info(out.path(base + ".pdf"))["Pages"] == "1")
        let pdf = try Poppler.text(out.path(base + ".pdf")).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let text = try String(contentsOfFile: out.path(base + ".txt"), encoding: .utf8)
        let paragraphs = text.components(separatedBy: "\n\n").dropFirst().map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(paragraphs.count == 7)
        for paragraph in paragraphs { #expect(pdf.contains(paragraph), "not whole in the PDF: \(paragraph)") }
        // The posting's title (from its JSON-LD), the letter's company, and skills the scorer found shown.
        #expect(pdf.contains("for the Machine Learning Engineer, Search Ranking role at Lumen Freight"))
        #expect(pdf.contains("what I do every day: Python"))
        #expect(!pdf.contains("{") && !text.contains("{"))
        // The letterhead is the résumé's header.
        #expect(pdf.hasPrefix("Alexandra Chen Senior Machine Learning Engineer Seattle, WA"))
        let docx = try runTool("/usr/bin/env", ["python3", "-c", "import docx, sys; d = docx.Document(sys.argv[1]); "
            + "print('\\n'.join(p.style.name + ':' + p.text for p in d.paragraphs))", out.path(base + ".docx")]).output
        #expect(docx.hasPrefix("Title:Alexandra Chen\n"))
        #expect(docx.contains("Normal:Kind regards,"))
        let html = try String(contentsOfFile: out.path(base + ".html"), encoding: .utf8)
        #expect(!html.contains("></h2>") && html.contains("<p>Kind regards,</p>"))
    }

    private func profile(_ letter: String) -> String {
        """
        basics: {name: Ana Lima, email: ana@example.com}
        cvbuild:
          letters:
        \(letter)
        """
    }

    @Test("an unknown placeholder is an error at its own line and column, with a did-you-mean")
    func unknownPlaceholder() throws {
        let folder = try TemporaryFolder()
        try folder.write("cv.yaml", profile("""
                - name: acme
                  company: Acme
                  body:
                    - "I would like to join {compnay}."
                    - "A text over two lines
                      finds {rle} on the second."
            """))
        let run = try CLI.run(["letter", "cv.yaml", "--format", "txt"], in: folder.url)
        #expect(run.status != 0)
        #expect(run.diagnosticLines.contains { $0.hasPrefix("cv.yaml:7:33: error:") && $0.contains("unknown placeholder \"compnay\"")
            && $0.contains("did you mean \"{company}\"?") }, "\(run.stderr)")
        #expect(run.diagnosticLines.contains { $0.hasPrefix("cv.yaml:9:17: error:") && $0.contains("did you mean \"{role}\"?") }, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("cv.letter-acme.txt")))
        // validate checks letters too, without making one.
        #expect(try CLI.run(["validate", "cv.yaml"], in: folder.url).status != 0)
    }

    @Test("a posting placeholder without --posting, and a field the letter lacks, are errors at their text")
    func unfilledPlaceholders() throws {
        let folder = try TemporaryFolder()
        try folder.write("cv.yaml", profile("""
                - name: acme
                  greeting: "Dear {recipient},"
                  body: ["I saw the {postingTitle} opening."]
            """))
        let run = try CLI.run(["letter", "cv.yaml", "--format", "txt"], in: folder.url)
        #expect(run.status != 0)
        #expect(run.diagnosticLines.contains { $0.hasPrefix("cv.yaml:5:17: error:") && $0.contains("{recipient}") }, "\(run.stderr)")
        #expect(run.diagnosticLines.contains { $0.hasPrefix("cv.yaml:6:14: error:") && $0.contains("--posting") }, "\(run.stderr)")
    }

    @Test("unknown keys in a letter, a letter without a name, and an unknown --letter are clear errors")
    func letterSettings() throws {
        let folder = try TemporaryFolder()
        try folder.write("cv.yaml", profile("""
                - name: acme
                  closng: Best,
                - body: [Hello]
            """))
        let run = try CLI.run(["letter", "cv.yaml"], in: folder.url)
        #expect(run.diagnosticLines.contains { $0.hasPrefix("cv.yaml:5:7:") && $0.contains("closing") }, "\(run.stderr)")
        #expect(run.diagnosticLines.contains { $0.hasPrefix("cv.yaml:6:7: error:") && $0.contains("name is missing") }, "\(run.stderr)")
        let good = try TemporaryFolder()
        try good.write("cv.yaml", profile("    - {name: acme, body: [Hello]}"))
        let wrong = try CLI.run(["letter", "cv.yaml", "--letter", "acmee"], in: good.url)
        #expect(wrong.status != 0 && wrong.stderr.contains("did you mean \"acme\""), "\(wrong.stderr)")
        #expect(try CLI.run(["letter", "cv.yaml", "--format", "md"], in: good.url).stderr.contains("pdf, html, docx, txt"))
    }

    @Test("a letter longer than a page is made, with a warning")
    func overflow() throws {
        let folder = try TemporaryFolder()
        let paragraph = String(repeating: "I built ranking systems that served millions of people every day. ", count: 12)
        // Long enough that even the tightest spacing and type the theme allows leave a second page
        // (a little over one page is pulled back onto one).
        try folder.write("cv.yaml", profile("    - name: long\n      body:\n" + String(repeating: "        - \"\(paragraph)\"\n", count: 14)))
        let run = try CLI.run(["letter", "cv.yaml", "--format", "pdf"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning") && run.stderr.contains("the letter takes"), "\(run.stderr)")
        #expect(try Poppler.info(folder.path("cv.letter-long.pdf"))["Pages"] != "1")
    }
}
