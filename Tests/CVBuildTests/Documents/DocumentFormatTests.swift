import Foundation
import Testing

/// `render --format docx,md,txt`, read back by the tools their readers use: python-docx for
/// Word's styles, lists and links, LibreOffice for what an editor shows, markdown-it-py for the
/// Markdown's structure. What each must hold comes from the sample read with PyYAML, not from
/// cvbuild (Tools/documents.py).
@Suite("render: Word, Markdown and plain text")
struct DocumentFormatTests {
    static let samples = ["senior-ml-engineer", "junior-ml-engineer", "zh-ml-engineer", "zh-algorithm-engineer"]
    static let checker = CLI.packageRoot.appendingPathComponent("Tests/CVBuildTests/Tools/documents.py").path

    private func render(_ sample: String, _ formats: String, into out: TemporaryFolder) throws {
        let run = try CLI.run(["render", CLI.sample("\(sample).yaml"), "--format", formats, "--out", out.url.path])
        #expect(run.status == 0, "\(sample): \(run.stderr)")
    }

    private func check(_ mode: String, _ sample: String, _ file: String) throws {
        let result = try runTool("/usr/bin/env", ["python3", Self.checker, mode, CLI.sample("\(sample).yaml"), file])
        #expect(result.status == 0, "\(mode) \(sample):\n\(result.output)")
    }

    @Test("python-docx finds Title, Heading 1 and 2, List Bullet items and the links", arguments: samples)
    func docxStyles(sample: String) throws {
        let out = try TemporaryFolder()
        try render(sample, "docx", into: out)
        try check("docx", sample, out.path("\(sample).docx"))
    }

    @Test("the same profile gives the same DOCX bytes, run to run")
    func docxDeterministic() throws {
        let a = try TemporaryFolder(), b = try TemporaryFolder()
        try render("senior-ml-engineer", "docx", into: a)
        try render("senior-ml-engineer", "docx", into: b)
        let first = try Data(contentsOf: URL(fileURLWithPath: a.path("senior-ml-engineer.docx")))
        #expect(first.count > 2000)
        #expect(first == (try Data(contentsOf: URL(fileURLWithPath: b.path("senior-ml-engineer.docx")))))
    }

    /// LibreOffice's conversion takes about 2.5 s per document on the CI machine (measured: 2.4 s
    /// wall for the senior sample, most of it LibreOffice starting), so two samples, not four.
    @Test("LibreOffice opens the DOCX; its PDF holds every employer, position and bullet",
          arguments: ["senior-ml-engineer", "junior-ml-engineer"])
    func libreOffice(sample: String) throws {
        let out = try TemporaryFolder()
        try render(sample, "docx", into: out)
        // A profile folder of its own, so parallel conversions never share LibreOffice's lock.
        let converted = try runTool("/usr/bin/env", ["soffice", "-env:UserInstallation=file://\(out.path("lo-profile"))", "--headless",
                                                     "--convert-to", "pdf", "--outdir", out.url.path, out.path("\(sample).docx")])
        #expect(converted.status == 0, "soffice failed (is libreoffice-writer-nogui installed? .ci/setup installs it)")
        let text = try Poppler.text(out.path("\(sample).pdf"))
        let file = try out.write("\(sample).pdf.txt", text)
        try check("lo", sample, file)
    }

    @Test("markdown-it-py reads the name as h1, sections as h2, jobs as h3 and every bullet as a list item", arguments: samples)
    func markdown(sample: String) throws {
        let out = try TemporaryFolder()
        try render(sample, "md", into: out)
        try check("md", sample, out.path("\(sample).md"))
    }

    @Test("the plain text holds every position, employer and bullet, with no Markdown or bullets symbols", arguments: samples)
    func plainText(sample: String) throws {
        let out = try TemporaryFolder()
        try render(sample, "txt", into: out)
        try check("text", sample, out.path("\(sample).txt"))
        let text = try String(contentsOfFile: out.path("\(sample).txt"), encoding: .utf8)
        #expect(!text.contains("**") && !text.contains("•") && !text.contains("\t"))
    }

    @Test("Markdown escapes what would read as syntax in the profile's text")
    func markdownEscapes() throws {
        let folder = try TemporaryFolder()
        try folder.write("cv.yaml", """
            basics: {name: "Ana *Star* Lima"}
            work:
              - {name: "Acme_Co", position: "Engineer #1", startDate: "2020-01", highlights: ["- not a list", "2024. not a number", "a [b](c)"]}
            """)
        let run = try CLI.run(["render", "cv.yaml", "--format", "md"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let script = "import sys, json; from markdown_it import MarkdownIt; t = MarkdownIt('commonmark').parse(open(sys.argv[1]).read());"
            + "print(' '.join(x.type for x in t if x.type.endswith('_open')))"
        let types = try runTool("/usr/bin/env", ["python3", "-c", script, folder.path("cv.md")]).output.split(separator: " ").map(String.init)
        // Emphasis and links live inside inline tokens; read them from the whole text too.
        let inline = try runTool("/usr/bin/env", ["python3", "-c", "import sys; from markdown_it import MarkdownIt; "
            + "print(MarkdownIt('commonmark').render(open(sys.argv[1]).read()))", folder.path("cv.md")]).output
        // The one emphasis is the dates line cvbuild itself sets in italics.
        #expect(inline.components(separatedBy: "<em>").count == 2 && !inline.contains("<a ") && !inline.contains("<ol"), "\(inline)")
        #expect(inline.contains("Ana *Star* Lima") && inline.contains("Engineer #1") && inline.contains("<li>- not a list</li>"))
        #expect(types.filter { $0 == "list_item_open" }.count == 3, "\(types)")
    }

    @Test("custom sections, German headings and inline markup reach the DOCX, Markdown and text")
    func customSectionsLocaleAndMarkup() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.yaml", """
            basics: {name: Ada Park}
            work:
              - {name: Acme, position: Engineer, startDate: "2021-03", highlights: ["Cut costs **40%** with [Spark](https://spark.example.org)."]}
            cvbuild:
              locale: de
              markup: inline
              sections: [talks, work]
              customSections:
                - title: Talks
                  entries:
                    - {name: Scaling feature stores, location: Berlin}
            """)
        let run = try CLI.run(["render", "p.yaml", "--format", "docx,md,txt", "--out", "."], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let script = "import docx, sys; d = docx.Document(sys.argv[1]); "
            + "print('\\n'.join(p.style.name + '|' + p.text + '|' + ','.join(r.text for r in p.runs if r.bold) for p in d.paragraphs)); "
            + "print('links:', ' '.join(r.target_ref for r in d.part.rels.values() if r.reltype.endswith('/hyperlink')))"
        let docx = try runTool("/usr/bin/env", ["python3", "-c", script, folder.path("p.docx")]).output
        #expect(docx.contains("Heading 1|Talks|") && docx.contains("Heading 1|Berufserfahrung|"), "\(docx)")
        #expect(docx.contains("Heading 2|Scaling feature stores|"), "\(docx)")
        #expect(docx.contains("List Bullet|Cut costs 40% with Spark.|40%"), "\(docx)")
        #expect(docx.contains("links: https://spark.example.org"), "\(docx)")
        // The dates at the right-hand tab stop, in German.
        #expect(docx.contains("Heading 2|Engineer, Acme\tMärz 2021 – heute|"), "\(docx)")
        let md = try String(contentsOfFile: folder.path("p.md"), encoding: .utf8)
        #expect(md.contains("## Talks") && md.contains("## Berufserfahrung") && md.contains("**40%** with [Spark](<https://spark.example.org>)"), "\(md)")
        let txt = try String(contentsOfFile: folder.path("p.txt"), encoding: .utf8)
        #expect(txt.contains("TALKS\nScaling feature stores") && txt.contains("- Cut costs 40% with Spark (https://spark.example.org)."), "\(txt)")
    }
}
