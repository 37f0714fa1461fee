import Foundation
import Testing

/// Either/or asks are one ask any member meets: a profile that meets every must through one
/// member of each group scores high and is never told the other members are missing.
@Suite("either/or asks")
struct EitherOrTests {
    static let profile = CLI.fixture("scoring/either-or-profile.yaml")

    @Test("AWS or GCP, TensorFlow/PyTorch, one of Airflow, Dagster or Prefect (and in Chinese, Spark或Flink, Python、Go等至少一种): met by one member each",
          arguments: [("scoring/either-or-posting.txt", profile), ("scoring/either-or-zh.txt", CLI.sample("zh-algorithm-engineer.yaml"))])
    func oneMemberMeetsTheAsk(posting: String, profile: String) throws {
        let out = try CLI.run(["score", profile, "--posting", CLI.fixture(posting), "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let score = try #require(report["score"] as? Int)
        #expect(score >= 85, "\(out.stdout)")
        let missing = (report["missing"] as? [[String: Any]] ?? []).flatMap { $0["skills"] as? [String] ?? [] }
        let others = posting.contains("zh") ? ["tensorflow", "flink", "go"] : ["google cloud", "tensorflow", "dagster", "prefect"]
        for other in others {
            #expect(!missing.contains(other), "\(other) is listed as missing: \(missing)")
        }
        // Each choice is matched once, naming the member that shows it.
        let matched = (report["matched"] as? [[String: Any]] ?? []).compactMap { $0["skills"] as? [String] }
        #expect(matched.contains { Set($0) == ["tensorflow", "pytorch"] }, "\(matched)")
    }

    @Test("the text report says which member meets a choice, and where")
    func reportNamesTheMember() throws {
        let out = try CLI.run(["score", Self.profile, "--posting", CLI.fixture("scoring/either-or-posting.txt")])
        #expect(out.stdout.contains("✓ one of AWS, Google Cloud [must] — AWS in your experience"), "\(out.stdout)")
        #expect(out.stdout.contains("either-or-profile.yaml:8:9"), "\(out.stdout)")
        #expect(!out.stdout.contains("✗ Google Cloud") && !out.stdout.contains("✗ Dagster"))
    }

    @Test("extract shows each group with its members, at the level of its sentence, in English and Chinese")
    func extractGroups() throws {
        for (posting, group, level) in [("scoring/either-or-posting.txt", ["airflow", "dagster", "prefect"], "must"),
                                        ("scoring/either-or-posting.txt", ["go", "rust"], "nice"),
                                        ("scoring/either-or-zh.txt", ["spark", "flink"], "must"),
                                        ("scoring/either-or-zh.txt", ["python", "go"], "must")] {
            let out = try CLI.run(["extract", CLI.fixture(posting), "--format", "json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
            let groups = json["groups"] as? [[String: Any]] ?? []
            #expect(groups.contains { ($0["members"] as? [String]) == group && $0["level"] as? String == level }, "\(posting): \(groups)")
        }
        // "Python and SQL" is all of them, not a choice.
        let out = try CLI.run(["extract", CLI.fixture("scoring/either-or-posting.txt"), "--format", "json"])
        #expect(!out.stdout.contains(#""sql""#) || !out.stdout.contains(#"["python","sql"]"#))
    }
}

@Suite("Chinese profiles and postings")
struct ChineseScoringTests {
    @Test("a profile written in Chinese is scored against a Chinese posting, evidence at the line and column of the Chinese text")
    func chineseEvidence() throws {
        let profile = CLI.sample("zh-algorithm-engineer.yaml")
        let out = try CLI.run(["score", profile, "--posting", CLI.sample("posting-zh-recommendation.txt"), "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect((report["score"] as? Int ?? 0) >= 60, "\(out.stdout)")
        let lines = try String(contentsOfFile: profile, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let matched = report["matched"] as? [[String: Any]] ?? []
        // Each named skill's evidence points at a line that holds its Chinese (or Latin) name.
        for (skill, written) in [("feature engineering", "特征工程"), ("recommender systems", "推荐"), ("spark", "Spark"),
                                 ("communication", "沟通"), ("model deployment", "部署")] {
            let evidence = try #require(matched.compactMap { $0["evidence"] as? [String: Any] }.first { $0["skill"] as? String == skill },
                                        "\(skill) is not matched")
            let location = try #require(evidence["location"] as? String)
            let parts = location.split(separator: ":")
            let line = try #require(Int(parts[parts.count - 2]))
            // A folded block (`summary: >-`) is located at its indicator; its text is on the lines below.
            #expect(lines[(line - 1)..<min(lines.count, line + 2)].contains { $0.contains(written) }, "\(skill) at \(location)")
        }
    }

    @Test("a Chinese posting: Latin names glued to Chinese, sections, 优先 markers and groups")
    func chinesePosting() throws {
        let out = try CLI.run(["extract", CLI.sample("posting-zh-recommendation.txt"), "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        var level: [String: String] = [:]
        for s in json["skills"] as? [[String: Any]] ?? [] { level[s["id"] as! String] = s["level"] as? String }
        #expect(level["machine learning"] == "must" && level["python"] == "must" && level["sql"] == "must")
        #expect(level["feature engineering"] == "must" && level["communication"] == "must")
        #expect(level["kubernetes"] == "nice" && level["docker"] == "nice", "者优先 and 加分项 make them nice")
        #expect(level["a/b testing"] == "nice", "duties are nice")
        #expect(level["mathematics"] == nil && level["statistics"] == nil, "degree majors are not asks")
        let groups = (json["groups"] as? [[String: Any]] ?? []).compactMap { $0["members"] as? [String] }
        #expect(groups.contains(["pytorch", "tensorflow"]) && groups.contains(["spark", "flink"]), "\(groups)")
    }
}
