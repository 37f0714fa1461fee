import Foundation
import Testing

@Suite("score: the HTML fit report")
struct FitReportHTMLTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func report(_ profile: String, _ posting: String, to name: String = "fit.html") throws -> (CLI.Output, String) {
        let out = try CLI.run(["score", profile, "--posting", posting, "--format", "html", "-o", folder.path(name)])
        return (out, (try? String(contentsOfFile: folder.path(name), encoding: .utf8)) ?? "")
    }

    /// The labels `extract` reports for a posting: every one is an ask the report must show.
    private func askedLabels(_ posting: String) throws -> [String] {
        let out = try CLI.run(["extract", posting, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        return (json["skills"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
    }

    @Test("the page parses, holds every ask of the posting with its sentence and evidence, and needs nothing from outside")
    func everyAsk() throws {
        let posting = CLI.sample("posting-ml-engineer.html")
        let (out, html) = try report(CLI.sample("junior-ml-engineer.yaml"), posting)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("Wrote \(folder.path("fit.html")): fit report"))
        let doc = HTMLDocument(html)
        #expect(doc.parsed)
        #expect(doc.all("script").isEmpty && doc.all("link").isEmpty && doc.all("img").isEmpty)
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("@import") && !html.contains("url("))
        #expect(doc.first("h1")?.allText == "Fit with Machine Learning Engineer, Search Ranking")
        let asks = try #require(doc.all("table").first { $0.attributes["class"] == "asks" })
        let text = asks.allText
        let labels = try askedLabels(posting)
        #expect(labels.count > 10)
        for label in labels { #expect(text.contains(label), "the report does not show the ask \(label)") }
        // The posting's sentence, the evidence with its phrase marked and position, the advice.
        #expect(text.contains("line 13: Strong Python, and solid SQL."))
        #expect(asks.descendants.contains { $0.name == "mark" && $0.allText == "Python" })
        #expect(text.contains("junior-ml-engineer.yaml:35:9"))
        #expect(text.contains("not in your profile — add it only if true"))
        // The gauge says the score the text report gives.
        let score = try CLI.run(["score", CLI.sample("junior-ml-engineer.yaml"), "--posting", posting, "--format", "json"])
        let value = try #require((try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])?["score"] as? Int)
        #expect(doc.all("svg").first?.attributes["aria-label"] == "score \(value) of 100")
        #expect(html.contains("= \(value)</code>"))
        // Coverage per area and the other asks.
        #expect(doc.all("th").contains { $0.allText == "Deep learning" })
        #expect(doc.all("dt").map(\.allText) == ["Years", "Degree", "Title"])
        #expect(html.contains("prefers-color-scheme: dark") && html.contains("@media print"))
    }

    @Test("text from a hostile posting is shown as text, never as mark-up")
    func hostilePosting() throws {
        let posting = try folder.write("evil.txt", """
            <script>document.title='PWNED'</script> Data Scientist
            Requirements
            - Strong Python <img src=x onerror=alert(1)> and "SQL" & R&D
            """)
        let (out, html) = try report(CLI.sample("junior-ml-engineer.yaml"), posting)
        #expect(out.status == 0, "\(out.stderr)")
        let doc = HTMLDocument(html)
        #expect(doc.all("script").isEmpty && doc.all("img").isEmpty)
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(doc.root.descendants.allSatisfy { $0.attributes.keys.allSatisfy { !$0.hasPrefix("on") } })
    }

    @Test("a folder of postings: a ranked index whose every row links to its own report beside it")
    func folderIndex() throws {
        let postings = folder.path("postings")
        try FileManager.default.createDirectory(atPath: postings, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.sample("posting-ml-engineer.html"), toPath: postings + "/search ranking.html")
        try FileManager.default.copyItem(atPath: CLI.sample("posting-zh-recommendation.txt"), toPath: postings + "/index.txt")
        let out = try CLI.run(["score", CLI.sample("senior-ml-engineer.yaml"), "--posting", postings, "--format", "html", "-o", folder.path("out")])
        #expect(out.status == 0, "\(out.stderr)")
        let index = HTMLDocument(try String(contentsOfFile: folder.path("out/index.html"), encoding: .utf8))
        let rows = index.all("tr").dropFirst()
        #expect(rows.count == 2)
        let scores = rows.compactMap { Int($0.children[2].allText) }
        #expect(scores == scores.sorted(by: >) && scores.count == 2)
        for row in rows {
            let href = try #require(row.descendants.first { $0.name == "a" }?.attributes["href"])
            #expect(href.hasPrefix("./") && href != "./index.html")
            let file = folder.path("out/" + (String(href.dropFirst(2)).removingPercentEncoding ?? ""))
            #expect(FileManager.default.fileExists(atPath: file), "\(href) is not beside the index")
        }
        let without = try CLI.run(["score", CLI.sample("senior-ml-engineer.yaml"), "--posting", postings, "--format", "html"])
        #expect(without.status == 1)
        #expect(without.stderr.contains("name a folder with -o"))
    }

    @Test("in a browser at 375 and 1280 px: no sideways scrolling, no request",
          .enabled(if: Chromium.path != nil, "chromium is not installed; .ci/setup installs it"))
    func inBrowser() throws {
        let (out, html) = try report(CLI.sample("junior-ml-engineer.yaml"), CLI.sample("posting-ml-engineer.html"))
        #expect(out.status == 0)
        let probed = try folder.write("probe.html", html.replacingOccurrences(of: "</body>", with: """
            <script>document.body.setAttribute('data-scroll', document.documentElement.scrollWidth);\
            document.body.setAttribute('data-inner', window.innerWidth);</script></body>
            """))
        for width in [375, 1280] {
            let result = try Chromium.dumpDOM(probed, width: width)
            let body = try #require(HTMLDocument(result.dom).first("body"))
            let scroll = Int(body.attributes["data-scroll"] ?? "") ?? -1, inner = Int(body.attributes["data-inner"] ?? "") ?? -2
            #expect(scroll > 0 && scroll <= inner, "at \(width) px the page is \(scroll) px wide in a \(inner) px window")
            #expect(body.allText.contains("information retrieval"))
            #expect(result.requests.isEmpty, "\(result.requests)")
        }
    }
}
