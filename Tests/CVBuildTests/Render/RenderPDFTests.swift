import Foundation
import Testing

/// `cvbuild render` as users run it, with the PDF checked the way readers and ATS parsers read it.
@Suite("render: PDF")
struct RenderPDFTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func render(_ profile: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> (CLI.Output, String) {
        let out = try CLI.run(["render", profile, "--out", folder.url.path] + extra, environment: environment)
        let base = ((profile as NSString).lastPathComponent as NSString).deletingPathExtension
        return (out, folder.path(base + ".pdf"))
    }

    @Test("the senior sample: two pages, text in reading order, dates on their role's line")
    func seniorSample() throws {
        let (out, pdf) = try render(CLI.sample("senior-ml-engineer.yaml"))
        #expect(out.status == 0)
        #expect(out.stderr == "")
        #expect(out.stdout.hasPrefix("Wrote \(pdf): 2 pages, "))
        #expect(try Poppler.info(pdf)["Pages"] == "2")
        let text = try Poppler.text(pdf)
        #expect(text.containsInOrder([
            "Alexandra Chen", "Senior Machine Learning Engineer", "alexandra.chen@example.com", "+1-206-555-0147",
            "SUMMARY", "Machine learning engineer with 9 years", "EXPERIENCE", "Senior Machine Learning Engineer",
            "Northwind Commerce", "Led a team of 6 engineers", "Fintrust Payments", "Cascade Analytics",
            "University of Washington, Paul G. Allen School", "PROJECTS", "tabular-drift", "EDUCATION",
            "University of California, Berkeley", "CERTIFICATIONS", "Certified Kubernetes Application Developer (CKAD)",
            "SKILLS", "Languages: Python, SQL, C++", "Alexandra Chen — page 2 of 2",
        ]))
        let layout = try Poppler.text(pdf, layout: true)
        #expect(layout.split(separator: "\n").contains { $0.contains("Senior Machine Learning Engineer") && $0.contains("Mar 2021 – present") })
        #expect(layout.split(separator: "\n").contains { $0.contains("Machine Learning Engineer") && $0.contains("Jun 2018 – Feb 2021") })
        // ATS: whole words, no ligature glyphs.
        #expect(text.contains("scikit-learn") && text.contains("point-in-time"))
        #expect(!text.unicodeScalars.contains { (0xFB00...0xFB06).contains($0.value) })
    }

    @Test("every font is embedded", arguments: ["senior-ml-engineer.yaml", "zh-ml-engineer.yaml"])
    func fontsEmbedded(sample: String) throws {
        let (out, pdf) = try render(CLI.sample(sample))
        #expect(out.status == 0)
        let fonts = try Poppler.fonts(pdf)
        #expect(!fonts.isEmpty)
        #expect(fonts.allSatisfy { $0.embedded }, "\(fonts.map(\.name))")
    }

    @Test("every cross-reference entry points at its object, after cvbuild's corrections", arguments: ["senior-ml-engineer.yaml", "zh-ml-engineer.yaml"])
    func crossReferenceExact(sample: String) throws {
        // cvbuild rewrites objects after libharu (exact widths, the language, the Unicode maps)
        // and moves the table's offsets: a reader that trusts the table (most do, without
        // repairing it) must land on each object's first byte.
        let (out, path) = try render(CLI.sample(sample))
        #expect(out.status == 0)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func find(_ text: String, from start: Int = 0) -> Int? {
            let needle = Array(text.utf8)
            guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
            return (start...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        func ascii(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        let xref = try #require(find("\nxref\n0 ")) + 1
        let startxref = try #require(find("startxref\n", from: xref))
        #expect(Int(ascii((startxref + 10)..<min(bytes.count, startxref + 20)).prefix { $0.isNumber }) == xref)
        let count = try #require(Int(ascii((xref + 7)..<(xref + 14)).prefix { $0.isNumber }))
        let first = try #require(find("\n", from: xref + 5)) + 1
        var objects = 0
        for number in 0..<count where bytes[first + number * 20 + 17] == UInt8(ascii: "n") {
            let offset = try #require(Int(ascii((first + number * 20)..<(first + number * 20 + 10))))
            #expect(ascii(offset..<(offset + "\(number) 0 obj".utf8.count)) == "\(number) 0 obj", "object \(number) at \(offset)")
            objects += 1
        }
        #expect(objects > 20)
    }

    @Test("contact details and entry URLs are links")
    func links() throws {
        let (_, pdf) = try render(CLI.sample("senior-ml-engineer.yaml"))
        let links = try Poppler.links(pdf)
        #expect(links.filter { $0.page == 1 }.map(\.url).starts(with: [
            "mailto:alexandra.chen@example.com", "tel:+12065550147", "https://alexandrachen.dev/",
            "https://www.linkedin.com/in/alexandra-chen-ml", "https://github.com/achen-ml",
        ]))
        #expect(links.contains { $0.url == "https://github.com/achen-ml/tabular-drift" })
        // Links are drawn without the black border libharu draws by default.
        let raw = try String(decoding: Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        #expect(raw.components(separatedBy: "/Subtype /Link").count - 1 == links.count)
        #expect(raw.components(separatedBy: "/Border [ 0 0 0 ]").count - 1 == links.count)
    }

    @Test("a bookmark per section and the document information")
    func outlineAndInfo() throws {
        let (_, pdf) = try render(CLI.sample("senior-ml-engineer.yaml"))
        #expect(try Poppler.outline(pdf) == ["Summary", "Experience", "Projects", "Education", "Certifications", "Skills"])
        let info = try Poppler.info(pdf)
        #expect(info["Title"] == "Alexandra Chen — Senior Machine Learning Engineer")
        #expect(info["Author"] == "Alexandra Chen")
        #expect(info["Subject"] == "Senior Machine Learning Engineer")
        #expect(info["Keywords"]?.hasPrefix("Python, SQL, C++, pandas, NumPy, scikit-learn") == true)
        #expect(info["Creator"] == "cvbuild 0.1.0")
        #expect(info["CreationDate"] == nil)
    }

    @Test("Chinese text extracts, drawn with an embedded CJK font")
    func chinese() throws {
        let (out, pdf) = try render(CLI.sample("zh-ml-engineer.yaml"))
        #expect(out.status == 0)
        #expect(out.stderr == "")
        let text = try Poppler.text(pdf)
        #expect(text.containsInOrder(["陈雅琳", "高级机器学习工程师", "个人简介", "工作经历", "2021 年 3 月 – 至今",
                                      "负责搜索排序模型的训练与部署，点击率提升 7.8%，每次会话收入提升 3.1%。",
                                      "使用 XGBoost 和 TensorFlow 构建欺诈检测模型"]))
        #expect(try Poppler.fonts(pdf).contains { $0.type.contains("CID TrueType") && $0.embedded })
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).count < 2_000_000)
    }

    @Test("the same input gives byte-identical PDFs; SOURCE_DATE_EPOCH sets the only date")
    func deterministic() throws {
        let (_, pdf) = try render(CLI.sample("senior-ml-engineer.yaml"))
        let first = try Data(contentsOf: URL(fileURLWithPath: pdf))
        _ = try render(CLI.sample("senior-ml-engineer.yaml"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == first)
        let epoch = ["SOURCE_DATE_EPOCH": "1767225600"]  // 2026-01-01T00:00:00Z
        _ = try render(CLI.sample("senior-ml-engineer.yaml"), environment: epoch)
        let dated = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(try Poppler.info(pdf)["CreationDate"]?.contains("2026") == true)
        _ = try render(CLI.sample("senior-ml-engineer.yaml"), environment: epoch)
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == dated)
        #expect(dated != first)
    }

    @Test("the page budget: tightened to fit when it can")
    func budgetFits() throws {
        let (out, pdf) = try render(CLI.sample("junior-ml-engineer.yaml"), ["--theme", "compact", "--max-pages", "1"])
        #expect(out.status == 0)
        #expect(try Poppler.info(pdf)["Pages"] == "1")
        #expect(try Poppler.text(pdf).containsInOrder(["Leah Morrison", "SUMMARY", "LANGUAGES", "English"]))
    }

    @Test("the page budget: a clear failure, and no PDF, when it cannot")
    func budgetFails() throws {
        let (out, pdf) = try render(CLI.sample("senior-ml-engineer.yaml"), ["--max-pages", "1"])
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("--max-pages: error: the résumé needs 2 pages but may have 1: about "))
        #expect(out.stderr.contains("(shorten the longest sections: Experience ("))
        #expect(!FileManager.default.fileExists(atPath: pdf))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test("a budget in the profile is reported at its line")
    func budgetFromProfile() throws {
        let yaml = try String(contentsOfFile: CLI.sample("senior-ml-engineer.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "maxPages: 2", with: "maxPages: 1")
        let path = try folder.write("cv.yaml", yaml)
        let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("maxPages: 1") }! + 1
        let out = try CLI.run(["render", path])
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("\(path):\(line):13: error: the résumé needs 2 pages but may have 1"))
    }

    @Test("40 entries paginate with nothing lost or repeated")
    func fortyEntries() throws {
        var yaml = "basics:\n  name: Many Jobs\nwork:\n"
        for i in 1...40 {
            yaml += "  - name: Company \(i)\n    position: Engineer \(i)\n    startDate: \"2000-01\"\n    endDate: \"2001-01\"\n    highlights:\n"
            for b in 1...3 { yaml += "      - Marker entry\(i)x\(b) did a piece of work worth a full line of text in the PDF output.\n" }
        }
        let path = try folder.write("many.yaml", yaml)
        let out = try CLI.run(["render", path])
        #expect(out.status == 0)
        let pdf = folder.path("many.pdf")
        let pages = Int(try Poppler.info(pdf)["Pages"] ?? "0") ?? 0
        #expect(pages >= 4)
        let text = try Poppler.text(pdf)
        for i in 1...40 {
            #expect(text.components(separatedBy: "Engineer \(i)\n").count - 1 == 1, "Engineer \(i)")
            for b in 1...3 { #expect(text.components(separatedBy: "entry\(i)x\(b) ").count - 1 == 1, "entry\(i)x\(b)") }
        }
        #expect(text.contains("Many Jobs — page \(pages) of \(pages)"))
        #expect(text.containsInOrder((1...40).map { "Engineer \($0)\n" }))
    }

    @Test("long words and URLs stay inside the margins")
    func longWordsStayInside() throws {
        let long = String(repeating: "Supercalifragilistic", count: 12)
        let url = "https://example.com/" + String(repeating: "a-very-long-path-segment/", count: 10) + "end"
        let yaml = "basics:\n  name: Ann Lee\n  summary: \(long) and then \(url)\nprojects:\n  - name: \(long)\n    url: \(url)\n    highlights:\n      - See \(url) for \(long).\n"
        let path = try folder.write("long.yaml", yaml)
        #expect(try CLI.run(["render", path, "--theme", "classic"]).status == 0)
        let (width, words) = try Poppler.words(folder.path("long.pdf"))
        #expect(!words.isEmpty)
        // The classic theme's margins are 54 pt on both sides.
        let outside = words.filter { $0.xMin < 54 - 0.5 || $0.xMax > width - 54 + 0.5 }
        #expect(outside.isEmpty, "\(outside.map { "\($0.text) \($0.xMin)-\($0.xMax)" })")
        let joined = try Poppler.text(folder.path("long.pdf")).replacingOccurrences(of: "\n", with: "")
        #expect(joined.contains(long))
    }

    @Test("a character no font has is replaced visibly and reported at its line")
    func missingGlyph() throws {
        let path = try folder.write("emoji.yaml", "basics:\n  name: Ann Lee\nwork:\n  - name: Acme\n    highlights:\n      - Shipped it 🚀 on time\n")
        let out = try CLI.run(["render", path])
        #expect(out.status == 0)
        #expect(out.diagnosticLines.first == "\(path):6:9: warning: work[0].highlights[0]: no font has the character U+1F680 \"🚀\"; it is shown as \u{FFFD} (remove the character, or add a fallback font that has it to the theme)")
        #expect(out.stdout.hasSuffix("1 warning (see above)\n"))
        #expect(try Poppler.text(folder.path("emoji.pdf")).contains("Shipped it \u{FFFD} on time"))
    }

    @Test("the profile is never overwritten by the output")
    func neverOverwritesInput() throws {
        let path = try folder.write("cv.pdf", "basics: {name: Ann Lee}\n")
        let out = try CLI.run(["render", path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("would replace the profile itself"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "basics: {name: Ann Lee}\n")
    }

    @Test("an invalid profile is not rendered")
    func invalidProfile() throws {
        let path = try folder.write("bad.yaml", "basics:\n  label: No Name\n")
        let out = try CLI.run(["render", path])
        #expect(out.status == 1)
        #expect(out.diagnosticLines == ["\(path):2:3: error: basics.name: the name is missing (a résumé needs a name at the top)",
                                        "\(path): not rendered: fix the errors above first"])
        #expect(!FileManager.default.fileExists(atPath: folder.path("bad.pdf")))
    }

    @Test("unknown theme and locale list the valid ones")
    func unknownThemeAndLocale() throws {
        let theme = try CLI.run(["render", CLI.sample("resume.json"), "--out", folder.url.path, "--theme", "clasic"])
        #expect(theme.status == 1)
        #expect(theme.diagnosticLines.first == #"--theme: error: unknown theme "clasic" (did you mean "classic"? one of: classic, compact, contrast, modern, portrait, scholar, sidebar, technical; or a folder holding a theme.yaml)"#)
        let locale = try CLI.run(["render", CLI.sample("resume.json"), "--out", folder.url.path, "--locale", "it"])
        #expect(locale.status == 1)
        #expect(locale.diagnosticLines.first == #"--locale: error: unknown locale "it" (one of: de, en, es, fr, zh)"#)
    }

    @Test("every theme and locale renders the JSON Resume sample", arguments: ["classic", "modern", "compact"], ["en", "de", "fr", "es", "zh"])
    func themesAndLocales(theme: String, locale: String) throws {
        let sub = folder.url.appendingPathComponent("\(theme)-\(locale)").path
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        let out = try CLI.run(["render", CLI.sample("resume.json"), "--out", sub, "--theme", theme, "--locale", locale])
        #expect(out.status == 0)
        #expect(out.stderr == "")
        let text = try Poppler.text(sub + "/resume.pdf")
        let experience = ["en": "EXPERIENCE", "de": "BERUFSERFAHRUNG", "fr": "EXPÉRIENCE PROFESSIONNELLE", "es": "EXPERIENCIA", "zh": "工作经历"][locale]!
        #expect(text.contains(experience))
        #expect(text.contains("Ingrid Solberg"))
    }
}
