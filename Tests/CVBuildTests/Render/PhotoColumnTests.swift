import Foundation
import Testing

/// The photo, the contact icons and the sidebar column: what a reader sees, and what a parser
/// still reads in order.
@Suite("render: photo, icons and columns")
struct PhotoColumnTests {
    /// `pdfimages -list`: one line per image after the two header lines.
    static func images(_ pdf: String) throws -> Int {
        try Poppler.run("pdfimages", ["-list", pdf]).split(separator: "\n").dropFirst(2).count
    }

    @Test("the photo is in the PDF only when the theme shows one and it is not left out")
    func photoOnlyWhenAsked() throws {
        let folder = try TemporaryFolder()
        let senior = CLI.sample("senior-ml-engineer.yaml")
        let (withPhoto, out) = try GlyphTests.render(senior, theme: "portrait", in: folder)
        #expect(out.status == 0 && out.stderr.isEmpty, "\(out.stderr)")
        #expect(try Self.images(withPhoto) == 1)
        let other = try TemporaryFolder(), third = try TemporaryFolder()
        let (classic, _) = try GlyphTests.render(senior, theme: "classic", in: other)
        #expect(try Self.images(classic) == 0)
        let (left, leftOut) = try GlyphTests.render(senior, theme: "portrait", ["--no-photo"], in: third)
        #expect(leftOut.status == 0)
        #expect(try Self.images(left) == 0)
    }

    @Test("the web page of a theme with a photo holds it inside the page (nothing fetched); --no-photo and other themes leave it out")
    func photoOnThePage() throws {
        let folder = try TemporaryFolder()
        func page(_ args: [String]) throws -> String {
            let out = try CLI.run(["render", CLI.sample("senior-ml-engineer.yaml"), "--format", "html", "--out", folder.url.path] + args)
            #expect(out.status == 0, "\(out.stderr)")
            return try String(contentsOfFile: folder.path("senior-ml-engineer.html"), encoding: .utf8)
        }
        let jpeg = try Data(contentsOf: URL(fileURLWithPath: CLI.sample("alexandra-chen.jpg"))).base64EncodedString()
        #expect(try page(["--theme", "portrait"]).contains("<img class=\"photo\" src=\"data:image/jpeg;base64,\(jpeg)\""))
        #expect(try !page(["--theme", "portrait", "--no-photo"]).contains("<img"))
        #expect(try !page(["--theme", "classic"]).contains("<img"))
    }

    @Test("a photo that is on the web, missing or not an image: a warning at its line, and the résumé without it")
    func photoProblems() throws {
        let folder = try TemporaryFolder()
        let cases = [
            ("https://example.com/me.jpg", "photo-not-fetched", "is on the web; cvbuild never fetches anything"),
            ("missing.jpg", "photo-unreadable", "there is no such file"),
            ("notes.txt", "photo-unreadable", "it is not a PNG or JPEG image"),
        ]
        _ = try folder.write("notes.txt", "not an image\n")
        for (image, id, words) in cases {
            let profile = try folder.write("p.yaml", """
                basics:
                  name: Ana Lima
                  image: \(image)
                work: [{name: Acme, position: Engineer, startDate: "2020-01"}]
                """)
            let out = try CLI.run(["render", profile, "--theme", "portrait", "--out", folder.url.path])
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.diagnosticLines.count == 1 && out.diagnosticLines[0].hasPrefix("\(profile):3:10: warning: basics.image:"),
                    "\(out.stderr)")
            #expect(out.stderr.contains(words), "\(id): \(out.stderr)")
            #expect(try Self.images(folder.path("p.pdf")) == 0)
            let strict = try CLI.run(["validate", profile, "--format", "json"])
            #expect(strict.status == 0)
        }
    }

    @Test("contact icons are drawn, not typed: the contact text extracts whole and no private-use character appears",
          arguments: ["sidebar", "portrait"])
    func iconsAreNotText(theme: String) throws {
        let folder = try TemporaryFolder()
        let (pdf, out) = try GlyphTests.render(CLI.sample("senior-ml-engineer.yaml"), theme: theme, in: folder)
        #expect(out.status == 0)
        let text = try Poppler.text(pdf)
        for item in ["Seattle, WA", "alexandra.chen@example.com", "+1-206-555-0147", "linkedin.com/in/alexandra-chen-ml", "github.com/achen-ml"] {
            #expect(text.contains(item), "\(theme): \(item)")
        }
        #expect(!text.unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) })
    }

    @Test("the sidebar theme reads main column first, then the sidebar: in stream order (pypdf) and by pdfminer's layout analysis; every block whole to pdftotext")
    func sidebarOrder() throws {
        let folder = try TemporaryFolder()
        let (pdf, out) = try GlyphTests.render(CLI.sample("senior-ml-engineer.yaml"), theme: "sidebar", in: folder)
        #expect(out.status == 0)
        let order = ["Alexandra Chen", "SUMMARY", "EXPERIENCE", "Northwind Commerce", "Led a team of 6 engineers",
                     "Fintrust Payments", "EDUCATION", "University of Washington", "CERTIFICATIONS", "SKILLS", "Languages: Python, SQL, C++"]
        // pypdf reads the content stream in order, as simple ATS parsers do; pdfminer groups text
        // into boxes and orders them by columns, as pdfminer-based parsers do.
        let readers = [
            "from pypdf import PdfReader; print('\\n'.join(p.extract_text() for p in PdfReader(sys.argv[1]).pages))",
            "from pdfminer.high_level import extract_text; print(extract_text(sys.argv[1]))",
        ]
        for reader in readers {
            let text = try GlyphTests.run("python3", ["-c", "import sys; " + reader, pdf]).out
            #expect(text.containsInOrder(order), "\(reader): \(text.prefix(1500))")
        }
        // poppler orders the two columns block by block (a heading, then the other column's
        // block beside it), never mixing lines: each entry and bullet reads whole.
        let words = try Poppler.text(pdf).replacingOccurrences(of: "\n", with: " ")
        for phrase in ["Thesis: Fast Approximate Nearest-Neighbour Search for Large-Scale Image Retrieval",
                       "Certified Kubernetes Application Developer (CKAD)", "ML libraries: pandas, NumPy, scikit-learn, XGBoost, PyTorch, TensorFlow",
                       "Led a team of 6 engineers building the real-time ranking service for product search, serving 40k requests per second"] {
            #expect(words.contains(phrase), "\(phrase)")
        }
    }
}
