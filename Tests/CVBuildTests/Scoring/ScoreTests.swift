import Foundation
import Testing
@testable import CVBuild

@Suite("score")
struct ScoreTests {
    private func profile(_ yaml: String) throws -> Profile {
        try #require(ProfileLoader.inspect(SourceText(path: "p.yaml", text: yaml)).profile)
    }

    @Test("the formula: weights times evidence strength, any-of groups once, musts weigh more")
    func formula() throws {
        let taxonomy = try Taxonomy.builtIn.get()
        let p = try profile("""
            basics: {name: A}
            work:
              - {name: Acme, position: Engineer, startDate: "2020", highlights: ["Trained PyTorch models"]}
            skills:
              - {name: Tools, keywords: [SQL]}
            """)
        let evidence = ProfileEvidence.collect(p, matcher: SkillMatcher(taxonomy: taxonomy))
        let asks = [
            FitReport.Ask(skills: ["pytorch", "tensorflow"], importance: .must, weight: 3, asked: "a"),  // in experience: 1.0
            FitReport.Ask(skills: ["sql"], importance: .must, weight: 3, asked: "b"),                     // skills list only: 0.5
            FitReport.Ask(skills: ["docker"], importance: .nice, weight: 1, asked: "c"),                   // missing: 0
        ]
        let report = FitScorer.score(asks, evidence: evidence, taxonomy: taxonomy, target: "t")
        // (3 × 1.0 + 3 × 0.5 + 1 × 0) / 7 = 64.3%
        #expect(report.score == 64)
        #expect(report.lines[0].evidence?.location?.description == "p.yaml:3:70")
        #expect(report.lines[1].evidence?.section == .skills)
        #expect(report.lines[2].evidence == nil)
    }

    @Test("suggestions never invent experience: indirect evidence is named, no trace says so")
    func suggestions() throws {
        let taxonomy = try Taxonomy.builtIn.get()
        let p = try profile("basics: {name: A}\nprojects:\n  - {name: Vision, highlights: [\"Fine-tuned a PyTorch detector\"]}\n")
        let evidence = ProfileEvidence.collect(p, matcher: SkillMatcher(taxonomy: taxonomy))
        let report = FitScorer.score([FitReport.Ask(skills: ["deep learning"], importance: .must, weight: 3, asked: "a"),
                                      FitReport.Ask(skills: ["kubernetes"], importance: .must, weight: 3, asked: "b")],
                                     evidence: evidence, taxonomy: taxonomy, target: "t")
        #expect(FitReportFormatter.suggestion(report.lines[0], taxonomy) == "your PyTorch work shows it: name it explicitly, in Vision (p.yaml:3:33)")
        #expect(FitReportFormatter.suggestion(report.lines[1], taxonomy) == "not in your profile — add it only if true")
    }

    @Test("years of experience: the union of job ranges, ongoing up to now")
    func years() throws {
        let p = try profile("""
            basics: {name: A}
            work:
              - {name: A, startDate: "2018-01", endDate: "2020-12"}
              - {name: B, startDate: "2020-06", endDate: "2021-05"}
              - {name: C, startDate: "2023-01"}
            """)
        let now = ISO8601DateFormatter().date(from: "2025-01-15T00:00:00Z")!
        // 2018-01..2021-05 = 41 months, 2023-01..2025-01 = 25 months → 5.5 years
        #expect(abs(FitScorer.yearsOfExperience(p, now: now) - 5.5) < 0.01)
    }

    @Test("score --role: JSON contract with a top-level score, evidence with FILE:LINE:COL, missing musts first")
    func roleJSON() throws {
        let out = try CLI.run(["score", CLI.sample("junior-ml-engineer.yaml"), "--role", "junior-ml-engineer", "--format", "json"])
        #expect(out.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let score = try #require(json["score"] as? Int)
        #expect((0...100).contains(score))
        let matched = try #require(json["matched"] as? [[String: Any]])
        let python = try #require(matched.first { ($0["skills"] as? [String]) == ["python"] })
        #expect(((python["evidence"] as? [String: Any])?["location"] as? String)?.hasPrefix(CLI.sample("junior-ml-engineer.yaml") + ":") == true)
        let missing = try #require(json["missing"] as? [[String: Any]])
        #expect(missing.map { $0["weight"] as? Double ?? 0 } == missing.map { $0["weight"] as? Double ?? 0 }.sorted(by: >))
        #expect(missing.allSatisfy { ($0["suggestion"] as? String)?.isEmpty == false })
    }

    @Test("score --posting FOLDER ranks every posting (JSON Lines), and bad input fails clearly",
          .needsShared("postings/README.md"))
    func folder() throws {
        guard SharedMaterial.file("postings/README.md") != nil else { return }
        let out = try CLI.run(["score", CLI.sample("senior-ml-engineer.yaml"), "--posting", ExtractTests.postings, "--format", "json"])
        #expect(out.status == 0)
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 20)
        let scores = try lines.map { try #require((try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["score"] as? Int) }
        #expect(scores == scores.sorted(by: >))
        let unknown = try CLI.run(["score", CLI.sample("senior-ml-engineer.yaml"), "--role", "astronaut"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains(#"--role: error: unknown role "astronaut" (one of: computer-vision-engineer, data-engineer"#))
        #expect(try CLI.run(["score", CLI.sample("senior-ml-engineer.yaml")]).status == 2)
    }
    @Test("a career changer's years: all work is shown, only technical titles meet a posting's years")
    func technicalYears() throws {
        guard let cues = PostingCues.builtIn.value else { Issue.record("cues"); return }
        #expect(cues.isTechnical(title: "Senior Data Engineer") && cues.isTechnical(title: "ML Research Intern"))
        #expect(cues.isTechnical(title: "Machine Learning Engineer, Search"))
        #expect(!cues.isTechnical(title: "Chemistry Teacher") && !cues.isTechnical(title: "Laboratory Technician"))
        #expect(!cues.isTechnical(title: "Dataset curator") && !cues.isTechnical(title: ""))
        let junior = try CLI.run(["score", CLI.sample("junior-ml-engineer.yaml"), "--posting", CLI.sample("posting-ml-engineer.html")])
        #expect(junior.status == 0)
        #expect(junior.stdout.contains("years: 3+ asked, your work history shows 9.1 years, 0.0 of them in technical roles (short)"), "\(junior.stdout)")
        let senior = try CLI.run(["score", CLI.sample("senior-ml-engineer.yaml"), "--posting", CLI.sample("posting-ml-engineer.html")],
                                 environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(senior.stdout.contains("years: 3+ asked, your work history shows 11.4\n"), "\(senior.stdout)")
        #expect(!senior.stdout.contains("technical roles") && !senior.stdout.contains("(short)"))
    }
}
