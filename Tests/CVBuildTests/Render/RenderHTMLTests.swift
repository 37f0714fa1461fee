import Foundation
import Testing

@Suite("render: HTML")
struct RenderHTMLTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func render(_ profile: String, _ formats: String = "html", _ extra: [String] = []) throws -> (CLI.Output, String) {
        let out = try CLI.run(["render", profile, "--format", formats, "--out", folder.url.path] + extra)
        let base = ((profile as NSString).lastPathComponent as NSString).deletingPathExtension
        return (out, folder.path(base + ".html"))
    }

    private func page(_ path: String) throws -> (String, HTMLDocument) {
        let html = try String(contentsOfFile: path, encoding: .utf8)
        return (html, HTMLDocument(html))
    }

    @Test("semantic structure: lang, header with h1 and address, a section and h2 per résumé section, articles, time, lists")
    func structure() throws {
        let (out, path) = try render(CLI.sample("senior-ml-engineer.yaml"))
        #expect(out.status == 0)
        #expect(out.stderr == "")
        let (html, doc) = try page(path)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(doc.first("h1")?.allText == "Alexandra Chen")
        #expect(doc.all("header").first?.descendants.contains { $0.name == "address" } == true)
        let sections = doc.all("section")
        #expect(sections.map { $0.attributes["id"] ?? "" } == ["summary", "work", "projects", "education", "certificates", "skills"])
        #expect(sections.allSatisfy { $0.children.first?.name == "h2" })
        #expect(doc.all("h2").map(\.allText) == ["Summary", "Experience", "Projects", "Education", "Certifications", "Skills"])
        #expect(doc.all("article").count == 4 + 3 + 2 + 3)
        let times = doc.all("time")
        #expect(times.first?.attributes["datetime"] == "2021-03")
        #expect(times.first?.allText == "Mar 2021")
        #expect(doc.all("li").contains { $0.allText.hasPrefix("Led a team of 6 engineers") })
        #expect(doc.first("a")?.attributes["href"] == "#main")
        #expect(doc.all("main").first?.attributes["id"] == "main")
        #expect(doc.first("title")?.allText == "Alexandra Chen — Senior Machine Learning Engineer")
        #expect(doc.all("meta").contains { $0.attributes["name"] == "description" && ($0.attributes["content"] ?? "").hasPrefix("Machine learning engineer") })
        #expect(doc.all("meta").contains { $0.attributes["property"] == "og:title" })
        #expect(doc.all("link").contains { $0.attributes["rel"] == "canonical" && $0.attributes["href"] == "https://alexandrachen.dev/" })
        #expect(html.utf8.count < 60_000)
    }

    @Test("schema.org JSON-LD: a ProfilePage about a Person, property by property")
    func jsonLD() throws {
        let (out, path) = try render(CLI.sample("resume.json"))
        #expect(out.status == 0)
        let (_, doc) = try page(path)
        let scripts = doc.all("script")
        #expect(scripts.count == 1)
        #expect(scripts.first?.attributes["type"] == "application/ld+json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data((scripts.first?.allText ?? "").utf8)) as? [String: Any])
        #expect(json["@context"] as? String == "https://schema.org")
        #expect(json["@type"] as? String == "ProfilePage")
        #expect(json["dateModified"] as? String == "2026-01-15T10:00:00")
        let person = try #require(json["mainEntity"] as? [String: Any])
        #expect(person["@type"] as? String == "Person")
        #expect(person["name"] as? String == "Ingrid Solberg")
        #expect(person["jobTitle"] as? String == "Machine Learning & Data Engineer")
        #expect((person["email"] as? String)?.hasPrefix("mailto:") == true)
        #expect((person["url"] as? String)?.hasPrefix("https://") == true)
        #expect((person["image"] as? String)?.hasPrefix("https://") == true)
        #expect((person["sameAs"] as? [String])?.count == 2)
        let address = try #require(person["address"] as? [String: Any])
        #expect(address["@type"] as? String == "PostalAddress")
        #expect(address["addressLocality"] as? String == "Denver")
        #expect(((person["worksFor"] as? [[String: Any]])?.first?["name"] as? String) == "Summit Freight Systems")
        #expect((person["alumniOf"] as? [[String: Any]])?.map { $0["@type"] as? String } == ["EducationalOrganization", "EducationalOrganization"])
        #expect((person["knowsAbout"] as? [String])?.contains("Python") == true)
        #expect((person["knowsLanguage"] as? [String])?.isEmpty == false)
        #expect((person["award"] as? [String])?.isEmpty == false)
        let credential = try #require((person["hasCredential"] as? [[String: Any]])?.first)
        #expect(credential["@type"] as? String == "EducationalOccupationalCredential")
        #expect((credential["recognizedBy"] as? [String: Any])?["@type"] as? String == "Organization")
    }

    @Test("pdf and html together: the page links \"Download PDF\" to the PDF beside it")
    func downloadLink() throws {
        let (out, path) = try render(CLI.sample("senior-ml-engineer.yaml"), "pdf,html")
        #expect(out.status == 0)
        let (_, doc) = try page(path)
        let link = try #require(doc.all("a").first { $0.allText == "Download PDF" })
        #expect(link.attributes["href"] == "senior-ml-engineer.pdf")
        #expect(FileManager.default.fileExists(atPath: folder.path("senior-ml-engineer.pdf")))
        let (_, alone) = try page(try render(CLI.sample("senior-ml-engineer.yaml"), "html").1)
        #expect(!alone.all("a").contains { $0.allText == "Download PDF" })
    }

    @Test("every theme and locale: the page's language and headings follow the locale", arguments: ["classic", "modern", "compact"])
    func themes(theme: String) throws {
        let (out, path) = try render(CLI.sample("zh-ml-engineer.yaml"), "html", ["--theme", theme])
        #expect(out.status == 0)
        let (html, doc) = try page(path)
        #expect(html.contains("<html lang=\"zh\">"))
        #expect(doc.all("h2").map(\.allText).starts(with: ["个人简介", "工作经历"]))
        #expect(doc.first("style")?.allText.contains("\(theme):") == true)
    }

    @Test("a template error is reported with FILE:LINE:COL")
    func templateError() throws {
        let theme = folder.url.appendingPathComponent("t")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        for name in ["theme.yaml", "style.css"] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Themes/classic/\(name)"), to: theme.appendingPathComponent(name))
        }
        try "<html>\n<body>\n{{#sections}}\n<h2>{{title}}</h2>\n{{/section}}\n</body>\n".write(to: theme.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        let out = try CLI.run(["render", CLI.sample("resume.json"), "--format", "html", "--theme", "./t", "--out", "."], in: folder.url)
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first?.hasPrefix("./t/page.mustache:5:") == true)
        #expect(out.diagnosticLines.first?.contains("error: template error: a section is closed with another name than it was opened with") == true)
    }

    /// Payloads in every field a page shows.
    static let hostile = """
        basics:
          name: "<script>document.title='PWNED'</script>Eve \\u202Eevil"
          label: "\\"><img src=x onerror=\\"document.title='PWNED'\\"> {{name}} {{{css}}}"
          email: eve@example.com
          url: "javascript:document.title='PWNED'"
          summary: "</script><script>document.title='PWNED'</script><!-- </style><style>body{display:none}</style> \\u2066x\\u2069"
          location: {city: "' onmouseover='document.title=1", region: "<b>R</b>"}
          profiles:
            - {network: X, url: "data:text/html,<script>alert(1)</script>"}
            - {network: Y, url: "  JaVa\\tScRiPt:alert(1)"}
        work:
          - name: "</title><script>document.title='PWNED'</script>"
            position: "{{#sections}}x{{/sections}}"
            url: "vbscript:msgbox(1)"
            startDate: "2020-01"
            highlights: ["<iframe src=https://example.com></iframe>", "\\u202Egnp.exe"]
        skills:
          - name: "<style>"
            keywords: ["</script>", "&amp;", "\\u202Dx"]
        """

    @Test("a hostile profile renders to a page that executes nothing and shows its text as text")
    func hostileProfile() throws {
        let path = try folder.write("eve.yaml", Self.hostile)
        let out = try CLI.run(["render", path, "--format", "html,pdf,linkedin"])
        #expect(out.status == 0)
        #expect(out.diagnosticLines.filter { $0.contains("will be shown as text, not a link") }.count == 4)
        #expect(out.diagnosticLines.contains { $0.hasPrefix("\(path):2:9: warning: basics.name: the invisible control character U+202E was removed") })
        let (html, doc) = try page(folder.path("eve.html"))
        // Nothing executable: the one script is the JSON-LD, no event handlers, no iframes, links only to safe schemes.
        #expect(doc.all("script").map { $0.attributes["type"] } == ["application/ld+json"])
        #expect(doc.all("iframe").isEmpty && doc.all("img").isEmpty)
        #expect(doc.root.descendants.allSatisfy { $0.attributes.keys.allSatisfy { !$0.lowercased().hasPrefix("on") } })
        for a in doc.all("a") {
            let href = a.attributes["href"] ?? ""
            #expect(href.hasPrefix("#") || href.hasPrefix("https://") || href.hasPrefix("mailto:") || href.hasPrefix("tel:")
                || href == "eve.pdf", "\(href)")
        }
        #expect(doc.all("style").count == 1)
        // The text is all there, as text.
        #expect(doc.first("h1")?.allText == "<script>document.title='PWNED'</script>Eve evil")
        #expect(doc.all("h3").first?.allText == "{{#sections}}x{{/sections}}")
        #expect(html.contains("&lt;iframe src=https://example.com&gt;&lt;/iframe&gt;"))
        #expect(!html.unicodeScalars.contains { TextCleanerScalars.contains($0.value) })
        // The JSON-LD is still valid JSON and holds the text exactly.
        let json = try #require(try JSONSerialization.jsonObject(with: Data((doc.first("script")?.allText ?? "").utf8)) as? [String: Any])
        #expect((json["mainEntity"] as? [String: Any])?["name"] as? String == "<script>document.title='PWNED'</script>Eve evil")
        #expect((json["mainEntity"] as? [String: Any])?["url"] == nil)
        // In a browser: no script ran (the title is unchanged) and the payload is visible text.
        guard Chromium.path != nil else { return }
        let result = try Chromium.dumpDOM(folder.path("eve.html"))
        #expect(result.dom.contains("<title>&lt;script&gt;document.title='PWNED'&lt;/script&gt;Eve evil"))
        #expect(!result.dom.contains("<title>PWNED") && !result.dom.contains("<title>1<"))
        #expect(result.requests.isEmpty, "\(result.requests)")
    }

    @Test("in a browser: the page shows the profile's text, fits 375 px without sideways scrolling, and fetches nothing",
          .enabled(if: Chromium.path != nil, "chromium is not installed; .ci/run installs it"))
    func inBrowser() throws {
        let (out, path) = try render(CLI.sample("senior-ml-engineer.yaml"))
        #expect(out.status == 0)
        // A copy with a probe that records the page's width as the browser laid it out.
        let probe = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "</body>", with: """
            <script>document.body.setAttribute('data-scroll', document.documentElement.scrollWidth);\
            document.body.setAttribute('data-inner', window.innerWidth);</script></body>
            """)
        let probed = try folder.write("probe.html", probe)
        for width in [375, 1600] {
            let result = try Chromium.dumpDOM(probed, width: width)
            let dom = HTMLDocument(result.dom)
            let body = try #require(dom.first("body"))
            let scroll = Int(body.attributes["data-scroll"] ?? "") ?? -1, inner = Int(body.attributes["data-inner"] ?? "") ?? -2
            #expect(scroll > 0 && scroll <= inner, "at \(width) px the page is \(scroll) px wide in a \(inner) px window")
            #expect(body.allText.contains("Led a team of 6 engineers"))
            #expect(result.requests.isEmpty, "\(result.requests)")
        }
    }
}

/// The invisible direction controls the page must not contain.
let TextCleanerScalars: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
