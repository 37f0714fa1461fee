import Foundation
import Testing

/// Real people's files, as they arrive: each renders as `cvbuild render FILE` with nothing lost;
/// and one small fixture per kind of oddity those files showed.
@Suite("real-world files")
struct RealWorldTests {
    static let checker: String = CLI.packageRoot.appendingPathComponent("Tests/CVBuildTests/Tools/resume_items.py").path
    static let folder: URL = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/realworld")

    /// The files of `../shared/realworld` (a LinkedIn export is a folder), or none when it is absent.
    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test("every real file renders to PDF, page and LinkedIn text holding its name, employers, positions, schools, projects, certificates and ≥ 90 % of its bullets")
    func realFiles() throws {
        let files = Self.files
        if files.isEmpty {
            // Only where ../shared is absent (a fresh clone elsewhere); in CI it is always there.
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("../shared/realworld is missing in CI") }
            return
        }
        #expect(files.count >= 10)
        for file in files {
            let out = try TemporaryFolder()
            let run = try CLI.run(["render", file, "--out", out.url.path, "--format", "pdf,html,linkedin"])
            #expect(run.status == 0, "\(file): \(run.stderr)")
            let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            let check = try runTool("/usr/bin/env", ["python3", Self.checker, file, out.path(base + ".pdf"), out.path(base + ".html")])
            #expect(check.status == 0, "\(file):\n\(check.output)")
        }
    }

    /// pdftotext's default order is what many ATS parsers get: a right-aligned date read into
    /// the middle of a bullet (a mark larger than its text did that in *modern*) splits the bullet.
    @Test("in every single-column theme, every bullet of every real file reads whole in pdftotext's default order")
    func everyBulletWhole() throws {
        let files = Self.files
        guard !files.isEmpty else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("../shared/realworld is missing in CI") }
            return
        }
        // sidebar is left out: its second column sits beside the main one, and poppler interleaves them.
        for theme in ["classic", "modern", "compact", "technical", "scholar", "contrast", "portrait"] {
            let out = try TemporaryFolder()
            for file in files {
                let run = try CLI.run(["render", file, "--theme", theme, "--out", out.url.path, "--format", "pdf,html"])
                #expect(run.status == 0, "\(file) in \(theme): \(run.stderr)")
                let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                let check = try runTool("/usr/bin/env", ["python3", Self.checker, file, out.path(base + ".pdf"), out.path(base + ".html"), "1.0"])
                #expect(check.status == 0, "\(file) in \(theme):\n\(check.output)")
            }
        }
    }

    @Test("pre-1.0 JSON Resume names are read by every command, each with a warning at its key")
    func legacyNames() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("resume.json", """
            {"basics": {"name": "Ana Lima", "website": "https://ana.example.com"},
             "work": [{"company": "Acme Robotics", "position": "ML Engineer", "startDate": "2020-01"}],
             "education": [{"institution": "USP", "gpa": "3.9"}]}
            """)
        let validate = try CLI.run(["validate", "resume.json"], in: folder.url)
        #expect(validate.status == 0)
        #expect(validate.diagnosticLines.contains("resume.json:2:12: warning: work[…].company: the pre-1.0 field \"company\" was read as \"name\" (JSON Resume 1.0 calls it name)"))
        let render = try CLI.run(["render", path, "--out", folder.url.path])
        #expect(render.status == 0)
        #expect(try Poppler.text(folder.path("resume.pdf")).contains("Acme Robotics"))
        #expect(try CLI.run(["validate", "resume.json", "--strict"], in: folder.url).status == 1)
    }

    @Test("a RenderCV file given to render, validate or score is read as one, with a note saying so")
    func renderCVDirectly() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("cv.yaml", """
            cv:
              name: Ana Lima
              sections:
                experience:
                  - company: Acme Robotics
                    position: ML Engineer
                    start_date: 2020-01
                    highlights: ["Built a **ranking** model"]
            """)
        let render = try CLI.run(["render", path, "--out", folder.url.path])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.diagnosticLines.first == "\(path): note: read as a RenderCV file, converted in memory (`cvbuild import rendercv \(path)` writes it as a cvbuild profile you can edit and keep)")
        let text = try Poppler.text(folder.path("cv.pdf"))
        #expect(text.contains("Acme Robotics") && text.contains("Built a ranking model"))
        #expect(try CLI.run(["validate", path]).status == 0)
        #expect(try CLI.run(["score", path, "--role", "ml-engineer"]).status == 0)
    }

    @Test("inline HTML in JSON Resume text is removed, its text kept, with a warning; nothing prints a raw tag")
    func inlineHTML() throws {
        let folder = try TemporaryFolder()
        try folder.write("resume.json", """
            {"basics": {"name": "Ana Lima"},
             "work": [{"name": "Acme", "highlights": ["Used <b>Vue</b> and <i>TypeScript</i><br>daily", "Kept a < b as text"]}]}
            """)
        let render = try CLI.run(["render", "resume.json", "--format", "pdf,html"], in: folder.url)
        #expect(render.status == 0)
        #expect(render.diagnosticLines == ["resume.json:2:43: warning: work[0].highlights[0]: HTML tags (<b>, <i>, <br>) were removed and their text kept (plain text; with cvbuild.markup: inline, **bold** and *italic* are shown as such)"])
        let text = try Poppler.text(folder.path("resume.pdf"))
        #expect(text.contains("Used Vue and TypeScript daily") && text.contains("Kept a < b as text"))
        let page = try String(contentsOfFile: folder.path("resume.html"), encoding: .utf8)
        #expect(!page.contains("&lt;b&gt;") && page.contains("Used Vue and TypeScript daily"))
    }

    @Test("a compound that fits on a line is never broken at its hyphen or slash (pdftotext would read GEOSChem)")
    func compoundsStayWhole() throws {
        let folder = try TemporaryFolder()
        let filler = String(repeating: "word ", count: 17)
        try folder.write("p.yaml", """
            basics: {name: Ana Lima}
            work:
              - {name: Acme, highlights: ["\(filler)emissions in GEOS-Chem with CI/CD pipelines \(filler)point-in-time"]}
            """)
        #expect(try CLI.run(["render", "p.yaml", "--theme", "compact"], in: folder.url).status == 0)
        let words = try Poppler.text(folder.path("p.pdf")).split(whereSeparator: \.isWhitespace)
        #expect(words.contains("GEOS-Chem") && words.contains("CI/CD") && words.contains("point-in-time"), "\(words)")
    }
}

/// The first mistakes newcomers make, answered in their words.
@Suite("newcomer messages")
struct NewcomerMessageTests {
    @Test("a tab, a text starting with *, a file given as --out, --format in capitals, init's own file name")
    func messages() throws {
        let folder = try TemporaryFolder()
        let tab = try folder.validate("tab.yaml", "basics:\n\tname: Ann\n")
        #expect(tab.diagnosticLines == ["tab.yaml:2:1: error: a tab character: YAML indents with spaces only (replace the tab with spaces)"])
        let star = try folder.validate("star.yaml", "basics:\n  name: Ann\nwork:\n  - name: A\n    highlights:\n      - **Led** a team\n")
        #expect(star.diagnosticLines.first?.hasSuffix("error: text that starts with * is read as a YAML alias (put the text in quotes: \"**Name** …\")") == true)
        try folder.write("afile", "")
        let out = try CLI.run(["render", CLI.sample("senior-ml-engineer.yaml"), "--out", "afile", "--format", "PDF,Html"], in: folder.url)
        #expect(out.stderr == "cvbuild: error: afile is a file, not a folder\n")
        #expect(try CLI.run(["init", "me.yaml"], in: folder.url).status == 0)
        let starter = try String(contentsOfFile: folder.path("me.yaml"), encoding: .utf8)
        #expect(starter.contains("cvbuild validate me.yaml") && !starter.contains("profile.yaml") && starter.hasSuffix("\n"))
    }
}

@Suite("page metadata from real files")
struct PageMetadataTests {
    @Test("a canonical copied from JSON Resume's sample is not the page's; the page's language follows its text")
    func canonicalAndLanguage() throws {
        let folder = try TemporaryFolder()
        try folder.write("resume.json", """
            {"basics": {"name": "Анна Иванова", "label": "Инженер машинного обучения", "url": "https://anna.example.com"},
             "work": [{"name": "Яндекс", "highlights": ["Разработала систему рекомендаций"]}],
             "meta": {"canonical": "https://github.com/jsonresume/resume-schema/blob/master/resume.json"}}
            """)
        let out = try CLI.run(["render", "resume.json", "--format", "html"], in: folder.url)
        #expect(out.status == 0)
        #expect(out.diagnosticLines.contains { $0.hasPrefix("resume.json:3:24: warning: meta.canonical: https://github.com/jsonresume") }, "\(out.stderr)")
        let page = try String(contentsOfFile: folder.path("resume.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"ru\">"))
        #expect(!page.contains("jsonresume/resume-schema") && page.contains("<link rel=\"canonical\" href=\"https://anna.example.com\">"))
    }

    @Test("a résumé written in French, Spanish or German: the page says so, and a note tells how to get headings in that language",
          arguments: [("fr", "Développement des applications pour les clients et mise en place des tests avec une équipe de cinq personnes dans le cadre du projet."),
                      ("es", "Desarrollo de aplicaciones para los clientes y diseño de las pruebas con un equipo de cinco personas desde el inicio del proyecto."),
                      ("de", "Entwicklung der Anwendungen für die Kunden und Aufbau der Tests mit einem Team von fünf Personen sowie die Betreuung über drei Jahre."),
                      ("en", "Built the applications for the clients and set up the tests with a team of five people through the whole of the project.")])
    func latinLanguage(code: String, sentence: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("resume.json", #"{"basics": {"name": "Ana Ruiz"}, "work": [{"name": "Acme", "highlights": ["\#(sentence)", "\#(sentence)"]}]}"#)
        let out = try CLI.run(["render", "resume.json", "--format", "html"], in: folder.url)
        #expect(out.status == 0)
        let page = try String(contentsOfFile: folder.path("resume.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"\(code)\">"))
        #expect(out.stderr.contains("set cvbuild.locale: \(code)") == (code != "en"), "\(out.stderr)")
        // With the locale set, no note: the headings already match.
        let set = try CLI.run(["render", "resume.json", "--format", "html", "--locale", code], in: folder.url)
        #expect(!set.stderr.contains("reads as"))
    }
}

@Suite("partial LinkedIn exports")
struct PartialLinkedInTests {
    @Test("Positions.csv alone imports every job, with a marked placeholder name that validate keeps warning about")
    func positionsAlone() throws {
        let folder = try TemporaryFolder()
        let export = folder.url.appendingPathComponent("export")
        try FileManager.default.createDirectory(at: export, withIntermediateDirectories: true)
        try "Company Name,Title,Description,Location,Started On,Finished On\nAcme Robotics,ML Engineer,,Berlin,Jan 2020,\n"
            .write(to: export.appendingPathComponent("Positions.csv"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["import", "linkedin", "export", "-o", "me.yaml"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Wrote me.yaml: YOUR NAME: 1 job"))
        let validate = try CLI.run(["validate", "me.yaml"], in: folder.url)
        #expect(validate.status == 0)
        #expect(validate.diagnosticLines.contains { $0.contains("warning: basics.name: your name is missing (replace the placeholder \"YOUR NAME\" with your name)") }, "\(validate.stderr)")
        #expect(run.stderr.contains("pass --name"), "\(run.stderr)")
        // --name gives the name the export lacks: the profile is then valid without a warning about it.
        let named = try CLI.run(["import", "linkedin", "export", "-o", "named.yaml", "--name", "Ana Ruiz"], in: folder.url)
        #expect(named.status == 0 && named.stdout.hasPrefix("Wrote named.yaml: Ana Ruiz: 1 job"), "\(named.stdout)")
        let check = try CLI.run(["validate", "named.yaml"], in: folder.url)
        #expect(check.status == 0 && !check.stderr.contains("basics.name"), "\(check.stderr)")
    }
}
