import Foundation
import Testing
@testable import CVBuild

@Suite("inline markup")
struct InlineMarkupTests {
    @Test("the syntax: bold, italic, links, escapes; unmatched marks stay literal")
    func parser() {
        func r(_ s: String) -> [InlineRun] { InlineMarkup.runs(s, enabled: true) }
        #expect(r("Cut **cost** by *40%*") == [
            InlineRun(text: "Cut "), InlineRun(text: "cost", bold: true), InlineRun(text: " by "), InlineRun(text: "40%", italic: true),
        ])
        #expect(r("See [repo](https://github.com/a/b).") == [
            InlineRun(text: "See "), InlineRun(text: "repo", link: "https://github.com/a/b"), InlineRun(text: "."),
        ])
        #expect(r("**bold _and italic_**") == [InlineRun(text: "bold ", bold: true), InlineRun(text: "and italic", bold: true, italic: true)])
        #expect(r("2 * 3 * 4, snake_case_name, a ** b") == [InlineRun(text: "2 * 3 * 4, snake_case_name, a ** b")])
        #expect(r(#"\*not italic\*"#) == [InlineRun(text: "*not italic*")])
        #expect(r("[x](javascript:alert(1))") == [InlineRun(text: "x (javascript:alert(1))")])
        #expect(InlineMarkup.plain("**Led** [team](https://t.example.com)", enabled: true) == "Led team (https://t.example.com)")
        #expect(InlineMarkup.runs("**kept** as is", enabled: false) == [InlineRun(text: "**kept** as is")])
    }

    private func render(markup: Bool) throws -> (folder: TemporaryFolder, out: CLI.Output) {
        let folder = try TemporaryFolder()
        let yaml = """
            basics:
              name: Ann Lee
              summary: "Builds **reliable** ML systems, *fast*."
            work:
              - name: Acme
                position: Engineer
                startDate: "2021"
                highlights:
                  - "Cut cost **40%** with [spot training](https://example.com/spot) and **<script>x</script>**"
                  - "[bad](javascript:alert(1)) stays text"
            \(markup ? "cvbuild: {markup: inline}" : "")
            """
        let path = try folder.write("m.yaml", yaml)
        return (folder, try CLI.run(["render", path, "--format", "pdf,html,linkedin"]))
    }

    @Test("without the opt-in, Markdown-looking text is shown as it is written")
    func literalByDefault() throws {
        let (folder, out) = try render(markup: false)
        #expect(out.status == 0)
        let html = try String(contentsOfFile: folder.path("m.html"), encoding: .utf8)
        #expect(html.contains("Builds **reliable** ML systems, *fast*."))
        #expect(!html.contains("<strong>reliable"))
        #expect(try Poppler.text(folder.path("m.pdf")).contains("Builds **reliable** ML systems, *fast*."))
        #expect(try String(contentsOfFile: folder.path("m.linkedin.txt"), encoding: .utf8).contains("Builds **reliable** ML systems, *fast*."))
    }

    @Test("with cvbuild.markup: inline, the same safe path in PDF, HTML and LinkedIn")
    func inlineEverywhere() throws {
        let (folder, out) = try render(markup: true)
        #expect(out.status == 0)
        let doc = HTMLDocument(try String(contentsOfFile: folder.path("m.html"), encoding: .utf8))
        #expect(doc.all("strong").map(\.allText).contains("reliable"))
        #expect(doc.all("em").map(\.allText) == ["fast"])
        #expect(doc.all("a").contains { $0.attributes["href"] == "https://example.com/spot" && $0.allText == "spot training" })
        #expect(doc.all("strong").map(\.allText).contains("<script>x</script>"))
        #expect(doc.all("script").count == 1)
        #expect(!doc.all("a").contains { ($0.attributes["href"] ?? "").hasPrefix("javascript") })
        let pdfText = try Poppler.text(folder.path("m.pdf"))
        #expect(pdfText.contains("Builds reliable ML systems, fast."))
        #expect(try Poppler.links(folder.path("m.pdf")).contains { $0.url == "https://example.com/spot" })
        #expect(try Poppler.fonts(folder.path("m.pdf")).contains { $0.name.contains("Bold") })
        let linkedin = try String(contentsOfFile: folder.path("m.linkedin.txt"), encoding: .utf8)
        #expect(linkedin.contains("Builds reliable ML systems, fast."))
        #expect(linkedin.contains("• Cut cost 40% with spot training (https://example.com/spot) and <script>x</script>"))
        #expect(linkedin.contains("• bad (javascript:alert(1)) stays text"))
    }
}
