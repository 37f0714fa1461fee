import Foundation
import Testing

/// One profile, several languages and versions: the translation overlay and tagged variants.
@Suite("render: translations and variants")
struct TranslationVariantTests {
    static let profile: String = CLI.sample("en-zh/li-wei.yaml")

    @Test("--locale zh: the Chinese text where the overlay has it, the English elsewhere with one warning at its line; own file names")
    func chinese() throws {
        let folder = try TemporaryFolder()
        let out = try CLI.run(["render", Self.profile, "--locale", "zh", "--format", "pdf,html,linkedin", "--out", folder.url.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.diagnosticLines == [
            "\(Self.profile):37:9: warning: work[1].highlights[1]: no zh translation; the main text is shown (add it to the translation file at the same place)",
        ], "\(out.stderr)")
        let text = try Poppler.text(folder.path("li-wei.zh.pdf"))
        #expect(text.containsInOrder(["李伟", "机器学习工程师", "个人简介", "工作经历", "高级机器学习工程师", "珠江科技",
                                      "用 PyTorch 构建视频信息流的双塔召回模型", "研究助理", "深圳先进技术研究院",
                                      "Co-authored two papers on few-shot detection", "中山大学"]), "\(text)")
        // What is not text stays the main file's: the e-mail, the dates (in Chinese form), the links.
        #expect(text.contains("li.wei@example.com") && text.contains("2021 年 7 月"))
        let page = try String(contentsOfFile: folder.path("li-wei.zh.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"zh\"") && page.contains("李伟"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"li-wei.html\">"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"zh\" href=\"li-wei.zh.html\">"))
        let linkedin = try String(contentsOfFile: folder.path("li-wei.zh.linkedin.txt"), encoding: .utf8)
        #expect(linkedin.contains("Add profile in another language") && linkedin.contains("李伟"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("li-wei.pdf")), "the English files are not overwritten")
    }

    @Test("without --locale the English text, and the page names its Chinese version")
    func english() throws {
        let folder = try TemporaryFolder()
        let out = try CLI.run(["render", Self.profile, "--format", "pdf,html", "--out", folder.url.path])
        #expect(out.status == 0 && out.stderr.isEmpty, "\(out.stderr)")
        let text = try Poppler.text(folder.path("li-wei.pdf"))
        #expect(text.contains("Li Wei") && !text.contains("李伟"))
        let page = try String(contentsOfFile: folder.path("li-wei.html"), encoding: .utf8)
        #expect(page.contains("hreflang=\"zh\" href=\"li-wei.zh.html\""))
    }

    @Test("validate --locale zh lists what is untranslated; an overlay field the profile lacks is a warning at its line")
    func validation() throws {
        let listed = try CLI.run(["validate", Self.profile, "--locale", "zh"])
        #expect(listed.status == 0)
        #expect(listed.diagnosticLines.filter { $0.contains("warning:") }.count == 1 && listed.stderr.contains("work[1].highlights[1]"))
        let folder = try TemporaryFolder()
        let main = try folder.write("cv.yaml", """
            basics: {name: Ana Lima, label: Data Scientist}
            work:
              - {name: Acme, position: Analyst, startDate: "2020-01", highlights: [Built dashboards, Cut costs]}
            """)
        _ = try folder.write("cv.pt.yaml", """
            basics: {label: Cientista de dados, lable: x}
            work:
              - {position: Analista, highlights: [Criou painéis, ~]}
              - {position: Extra}
            """)
        let out = try CLI.run(["validate", main, "--locale", "pt"])
        #expect(out.status == 0)
        #expect(out.diagnosticLines.contains(folder.path("cv.pt.yaml") + ":1:37: warning: basics.lable: basics.lable is not in the main profile, so there is nothing to translate (did you mean label?) (the same field path as in the main profile (list entries by position))"), "\(out.stderr)")
        #expect(out.stderr.contains("cv.pt.yaml:4:5: warning: work[1]:"), "\(out.stderr)")
        // Untranslated: the name, the employer and the second highlight (the ~ keeps its place).
        let untranslated = out.diagnosticLines.filter { $0.contains("no pt translation") }
        #expect(untranslated.count == 3, "\(out.stderr)")
        #expect(untranslated.contains { $0.hasPrefix("\(main):3:90: warning: work[0].highlights[1]") }, "\(out.stderr)")
    }

    @Test("variants keep exactly the entries and highlights their tags select; untagged entries are in every one")
    func variants() throws {
        func text(_ args: [String]) throws -> String {
            let folder = try TemporaryFolder()
            let out = try CLI.run(["render", Self.profile, "--out", folder.url.path] + args)
            #expect(out.status == 0, "\(args): \(out.stderr)")
            return try Poppler.text(folder.path("li-wei.pdf")).replacingOccurrences(of: "\n", with: " ")
        }
        let research = try text(["--variant", "research"])
        #expect(!research.contains("Pearl River") && research.contains("Shenzhen Institute") && research.contains("fewshot-det"))
        #expect(research.contains("Sun Yat-sen University"), "untagged education stays")
        let industry = try text(["--variant", "industry"])
        #expect(industry.contains("Pearl River") && !industry.contains("Shenzhen Institute") && !industry.contains("fewshot-det"))
        #expect(industry.contains("halving p99 latency") && !industry.contains("debiasing implicit feedback"), "the research-tagged highlight goes")
        let excluded = try text(["--exclude", "research"])
        #expect(excluded == industry)
        let all = try text([])
        #expect(all.contains("Pearl River") && all.contains("Shenzhen Institute") && all.contains("debiasing implicit feedback"))
    }

    @Test("score and tailor work on a variant: the research version scores on its own entries, and tailoring it keeps only them")
    func scoreAndTailorVariant() throws {
        func score(_ extra: [String]) throws -> Int {
            let out = try CLI.run(["score", Self.profile, "--role", "ml-engineer"] + extra)
            #expect(out.status == 0, "\(out.stderr)")
            let line = out.stdout.split(separator: "\n").first ?? ""
            return Int(line.split(separator: " ").last?.split(separator: "/").first ?? "") ?? -1
        }
        let whole = try score([]), research = try score(["--variant", "research"])
        #expect(whole > 0 && research > 0 && research < whole, "whole \(whole), research \(research)")
        let folder = try TemporaryFolder()
        let posting = try folder.write("posting.txt", "Machine Learning Engineer\nRequirements:\n- Python and PyTorch\n- Computer vision\n")
        let output = folder.path("out.yaml")
        let tailored = try CLI.run(["tailor", Self.profile, "--posting", posting, "--variant", "research", "-o", output])
        #expect(tailored.status == 0, "\(tailored.stderr)")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("Shenzhen Institute of Advanced Technology") && !written.contains("Pearl River Technology"))
    }

    @Test("an unknown variant is an error with the names there are; a tag nothing has is a warning")
    func mistakes() throws {
        let folder = try TemporaryFolder()
        let unknown = try CLI.run(["render", Self.profile, "--variant", "reserch", "--out", folder.url.path])
        #expect(unknown.status == 1)
        #expect(unknown.diagnosticLines.first == "--variant: error: \"reserch\" is not a known value (did you mean \"research\"? one of: industry, research)", "\(unknown.stderr)")
        let unused = try CLI.run(["render", Self.profile, "--only", "teaching", "--out", folder.url.path])
        #expect(unused.status == 0)
        #expect(unused.stderr.contains("no entry has the tag \"teaching\" (tags used: industry, research)"))
    }
}
