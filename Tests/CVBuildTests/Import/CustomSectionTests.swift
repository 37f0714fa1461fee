import Foundation
import Testing

/// Sections people title themselves keep their titles and every field, in every output, and a
/// profile can write them by hand under `cvbuild.customSections`.
@Suite("custom sections")
struct CustomSectionTests {
    static let fixture = CLI.fixture("rendercv/own-sections.yaml")

    @Test("a RenderCV file's own sections keep their headings, order and fields in the PDF, the page and the import")
    func renderCVSections() throws {
        let folder = try TemporaryFolder()
        let out = try CLI.run(["render", Self.fixture, "--format", "pdf,html", "--out", folder.url.path])
        #expect(out.status == 0, "\(out.stderr)")
        // A second experience-like section is not merged under Experience; a school written as
        // an ExperienceEntry under Education is a school; nothing is reported as lost.
        #expect(!out.stderr.contains("warning"), "\(out.stderr)")
        let text = try Poppler.text(folder.path("own-sections.pdf"))
        let headings = ["EXPERIENCE", "RESEARCH EXPERIENCE", "EDUCATION", "TALKS", "OPEN SOURCE"]
        let places = headings.compactMap { h in text.range(of: "\n" + h + "\n")?.lowerBound }
        #expect(places.count == headings.count && places == places.sorted(), "\(text)")
        for phrase in ["Cambridge Lab", "Studied Bernoulli numbers with PyTorch", "University of London", "BSc Mathematics",
                       "On Engines", "London", "Podcasts: Two episodes", "A résumé tool"] {
            #expect(text.contains(phrase), "\(phrase) is not in the PDF")
        }
        let page = try String(contentsOfFile: folder.path("own-sections.html"), encoding: .utf8)
        #expect(page.contains(#"<section id="research-experience""#) && page.contains(#"<section id="talks""#))
        #expect(page.contains("Cambridge Lab") && page.contains("Two episodes"))

        // The import writes them under cvbuild.customSections; the profile renders the same text.
        let imported = try CLI.run(["import", "rendercv", Self.fixture, "-o", "p.yaml"], in: folder.url)
        #expect(imported.status == 0 && imported.stdout.contains("3 custom sections"), "\(imported.stdout)")
        let again = try CLI.run(["render", "p.yaml", "--format", "pdf", "--out", "again"], in: folder.url)
        #expect(again.status == 0)
        #expect(try Poppler.text(folder.path("again/p.pdf")) == text)
    }

    @Test("cvbuild.sections places a custom section by its key; one left out still shows; a wrong key is an error at its position")
    func order() throws {
        let folder = try TemporaryFolder()
        let profile = """
        basics:
          name: Ada Park
        work:
          - name: Acme
            position: Engineer
        cvbuild:
          sections: [talks, work]
          customSections:
            - title: Talks
              entries:
                - name: Scaling feature stores
                  location: Berlin
            - title: Mentoring
              entries:
                - summary: Two interns a year.

        """
        try folder.write("p.yaml", profile)
        let out = try CLI.run(["render", "p.yaml", "--format", "pdf", "--out", "."], in: folder.url)
        #expect(out.status == 0, "\(out.stderr)")
        let text = try Poppler.text(folder.path("p.pdf"))
        let talks = try #require(text.range(of: "TALKS")), work = try #require(text.range(of: "EXPERIENCE"))
        let mentoring = try #require(text.range(of: "MENTORING"))
        #expect(talks.lowerBound < work.lowerBound && work.lowerBound < mentoring.lowerBound)
        #expect(text.contains("Two interns a year."))

        try folder.write("bad.yaml", profile.replacingOccurrences(of: "[talks, work]", with: "[talk, work]"))
        let bad = try CLI.run(["validate", "bad.yaml"], in: folder.url)
        #expect(bad.status == 1)
        #expect(bad.diagnosticLines.first?.hasPrefix("bad.yaml:7:14: error: cvbuild.sections[0]") == true, "\(bad.stderr)")
        #expect(bad.stderr.contains("did you mean \"talks\""), "\(bad.stderr)")
    }
}
