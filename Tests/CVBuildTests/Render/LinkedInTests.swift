import Foundation
import Testing
@testable import CVBuild

@Suite("LinkedIn text")
struct LinkedInTests {
    private func profile(summary: String? = nil, label: String? = "ML Engineer", skills: [String] = ["Python", "PyTorch"],
                         headline: String? = nil, position: String = "Engineer") throws -> LinkedInProfile {
        var p = Profile()
        p.basics.name = "Ann Lee"
        p.basics.label = label
        p.basics.summary = summary
        var w = Work()
        w.name = "Acme"
        w.position = position
        w.startDate = PartialDate(year: 2020, month: 3)
        w.highlights = ["Built things"]
        p.work = [w]
        var s = Skill()
        s.name = "Tools"
        s.keywords = skills
        p.skills = [s]
        p.settings.linkedinHeadline = headline
        let prepared = try PreparedProfile.prepare(p, options: RenderOptions()).get()
        return LinkedInProfile.build(from: prepared.view, settings: p.settings)
    }

    private func field(_ profile: LinkedInProfile, _ name: String) -> LinkedInProfile.Field? {
        profile.allFields.first { $0.name == name }
    }

    /// Texts of exactly `count` characters as a person sees them, in several scripts.
    static let units = ["a", "é", "e\u{301}", "机", "👩‍💻", "🇳🇴"]

    @Test("About: at, one under and one over 2,600 characters, counted as people see them", arguments: units)
    func aboutBoundary(unit: String) throws {
        for (count, over) in [(2_599, false), (2_600, false), (2_601, true)] {
            let about = try #require(field(try profile(summary: String(repeating: unit, count: count)), "About"))
            #expect(about.length == count)
            #expect(about.isOver == over, "\(count) × \(unit)")
        }
    }

    @Test("position title: at, one under and one over 100", arguments: units)
    func titleBoundary(unit: String) throws {
        for (count, over) in [(99, false), (100, false), (101, true)] {
            let title = try #require(field(try profile(position: String(repeating: unit, count: count)), "Title"))
            #expect(title.length == count && title.isOver == over)
        }
    }

    @Test("headline: the profile's own is kept whole, even over 220 (and reported)")
    func ownHeadline() throws {
        let long = String(repeating: "机", count: 221)
        let headline = try #require(field(try profile(headline: long), "Headline"))
        #expect(headline.value == long)
        #expect(headline.isOver)
        #expect(LinkedInWriter.count(headline) == "221/220 — OVER by 1")
    }

    @Test("headline: composed from the label and the first skills, within 220")
    func composedHeadline() throws {
        #expect(field(try profile(), "Headline")?.value == "ML Engineer | Python · PyTorch")
        let many = (1...40).map { "Skill number \($0)" }
        let composed = try #require(field(try profile(skills: many), "Headline")).value
        #expect(composed == "ML Engineer | Skill number 1 · Skill number 2 · Skill number 3 · Skill number 4 · Skill number 5")
        let long = try #require(field(try profile(label: String(repeating: "x", count: 200), skills: many), "Headline")).value
        #expect(long.count <= 220)
        #expect(long.hasSuffix("Skill number 1"))
    }

    @Test("skills: at most 100, duplicates once, the rest listed as not included")
    func skillCap() throws {
        let skills = (1...103).map { "S\($0)" } + ["s1"]
        let li = try profile(skills: skills)
        #expect(li.sections.first { $0.name == "Skills" }?.entries.first?.fields.count == 100)
        #expect(li.skillsLeftOut == ["S101", "S102", "S103"])
        let text = LinkedInWriter.text(li, version: "test")
        #expect(text.contains("==== Not included ====\n[Skills over LinkedIn's limit of 100 · 3 left out]\nS101\nS102\nS103\n"))
    }

    @Test("fields without a known limit say so instead of inventing one")
    func noLimitKnown() throws {
        let li = try profile()
        #expect(LinkedInWriter.count(try #require(field(li, "Employment dates"))) == "18, no limit known")
    }

    @Test("the experience block: title, company, dates, description with bullets, each pasteable as is")
    func experienceBlock() throws {
        let text = LinkedInWriter.text(try profile(), version: "test")
        #expect(text.contains("""
            ---- Position 1 ----
            [Title · 8/100]
            Engineer
            [Company name · 4/100]
            Acme
            [Employment dates · 18, no limit known]
            Mar 2020 – present
            [Description · 14/2,000]
            • Built things

            """))
    }
}

@Suite("render --format linkedin")
struct RenderLinkedInTests {
    @Test("an over-long About is reported at its line and written whole, never cut")
    func overLimitWarning() throws {
        let folder = try TemporaryFolder()
        let about = String(repeating: "é", count: 2_601)
        let path = try folder.write("p.yaml", "basics:\n  name: Ann Lee\n  summary: \(about)\n")
        let out = try CLI.run(["render", path, "--format", "linkedin"])
        #expect(out.status == 0)
        #expect(out.diagnosticLines.first == "\(path):3:12: warning: basics.summary: LinkedIn About is 2,601 characters, 1 over LinkedIn's reported limit of 2,600 (shorten it; cvbuild never cuts text)")
        let text = try String(contentsOfFile: folder.path("p.linkedin.txt"), encoding: .utf8)
        #expect(text.contains("[About · 2,601/2,600 — OVER by 1]\n\(about)\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("p.pdf")))
    }

    @Test("pdf, linkedin and json from one run; the JSON carries the same fields")
    func allFormats() throws {
        let folder = try TemporaryFolder()
        let out = try CLI.run(["render", CLI.sample("senior-ml-engineer.yaml"), "--format", "pdf,linkedin,json", "--out", folder.url.path])
        #expect(out.status == 0)
        #expect(out.stdout.split(separator: "\n").map { String($0.prefix(5)) } == ["Wrote", "Wrote", "Wrote"])
        let text = try String(contentsOfFile: folder.path("senior-ml-engineer.linkedin.txt"), encoding: .utf8)
        #expect(text.containsInOrder(["==== Headline ====", "==== About ====", "==== Experience ====", "==== Education ====",
                                      "==== Licenses & certifications ====", "==== Projects ====", "==== Skills ===="]))
        #expect(!text.contains("<") && !text.contains("**"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path("senior-ml-engineer.linkedin.json")))) as? [String: Any])
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.map { $0["name"] as? String } == ["Headline", "About", "Experience", "Education", "Licenses & certifications", "Projects", "Skills"])
        let headline = try #require(((sections[0]["entries"] as? [[String: Any]])?.first?["fields"] as? [[String: Any]])?.first)
        #expect(headline["limit"] as? Int == 220)
        #expect(headline["over"] as? Bool == false)
        #expect((headline["value"] as? String)?.hasPrefix("Senior Machine Learning Engineer | Python") == true)
    }

    @Test("certificates carry issuer, dates, credential ID and expiry as separate fields")
    func certificates() throws {
        let folder = try TemporaryFolder()
        #expect(try CLI.run(["render", CLI.sample("junior-ml-engineer.yaml"), "--format", "linkedin", "--out", folder.url.path]).status == 0)
        let text = try String(contentsOfFile: folder.path("junior-ml-engineer.linkedin.txt"), encoding: .utf8)
        #expect(text.containsInOrder(["---- License or certification 3 ----", "[Name · ", "TensorFlow Developer Certificate",
                                      "[Issuing organization · ", "[Issue date · ", "Apr 2024", "[Expiration date · ", "[Credential ID · "]))
    }
}

@Suite("LinkedIn skills by target role")
struct LinkedInSkillOrderTests {
    @Test("skills are ordered by the target role's tiers, the profile's order kept within a tier")
    func ordered() throws {
        let taxonomy = try Taxonomy.builtIn.get()
        let role = try RoleCatalog.load("ml-engineer", taxonomy: taxonomy, requestedAt: SourceLocation(file: "t")).get()
        let order = SkillRelevance.order(["Tableau", "Kubernetes", "Docker", "PyTorch", "Excel", "Python"], for: role, matcher: SkillMatcher(taxonomy: taxonomy))
        // PyTorch, Python: core; Docker: important; Kubernetes: bonus; the rest keep their order.
        #expect(order == ["PyTorch", "Python", "Docker", "Kubernetes", "Tableau", "Excel"])
    }

    @Test("render --format linkedin uses cvbuild.targetRole; an unknown role is an error at its line")
    func fromProfile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("p.yaml", "basics: {name: Ann}\nskills:\n  - {name: Tools, keywords: [Excel, Kubernetes, Python]}\ncvbuild: {targetRole: ml-engineer}\n")
        #expect(try CLI.run(["render", path, "--format", "linkedin"]).status == 0)
        let text = try String(contentsOfFile: folder.path("p.linkedin.txt"), encoding: .utf8)
        #expect(text.containsInOrder(["[Skill 1 · 6/60]\nPython", "[Skill 2 · 10/60]\nKubernetes", "[Skill 3 · 5/60]\nExcel"]))
        let bad = try folder.write("q.yaml", "basics: {name: Ann}\ncvbuild: {targetRole: ml-enginer}\n")
        let out = try CLI.run(["render", bad, "--format", "linkedin"])
        #expect(out.status == 1)
        #expect(out.diagnosticLines.first?.hasPrefix("\(bad):2:23: error: cvbuild.targetRole: unknown role \"ml-enginer\" (did you mean \"ml-engineer\"?") == true)
    }
}
