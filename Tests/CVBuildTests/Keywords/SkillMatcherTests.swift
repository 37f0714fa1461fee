import Testing
@testable import CVBuild

@Suite("Keywords: taxonomy and matcher")
struct SkillMatcherTests {
    static let matcher = SkillMatcher(taxonomy: try! Taxonomy.builtIn.get())

    private func skills(_ text: String) -> [String] {
        Self.matcher.matches(in: text, tokens: SkillTokenizer.tokens(text)).map(\.skillID)
    }

    @Test("the built-in taxonomy holds every vocabulary skill and loads without a diagnostic")
    func builtIn() throws {
        let taxonomy = try Taxonomy.builtIn.get()
        #expect(taxonomy.skills.count >= 290)
        #expect(taxonomy.byID["scikit-learn"]?.label == "scikit-learn")
        #expect(taxonomy.byID["google cloud"]?.aliases.contains("gcp") == true)
    }

    @Test("a spelling claimed by two skills is an error at its line")
    func duplicateAlias() {
        let source = SourceText(path: "t.yaml", text: "skills:\n  - {id: a, label: A, category: x, aliases: [same]}\n  - {id: b, label: B, category: x, aliases: [same]}\n")
        let outcome = TaxonomyDecoder.decode(source), list = DiagnosticList(outcome.diagnostics)
        guard outcome.failed else {
            Issue.record("should fail")
            return
        }
        #expect(list.items.map(DiagnosticFormatter.headline) == [#"t.yaml:3:46: error: skills[1].aliases: "same" is listed twice (first at line 2) (each value once)"#])
    }

    @Test("whole names, longest first, in any spelling", arguments: [
        ("Experience with scikit-learn, sklearn or scikit learn", ["scikit-learn", "scikit-learn", "scikit-learn"]),
        ("Java and JavaScript", ["java", "javascript"]),
        ("C, C++ and C# developers", ["c", "c++", "c#"]),
        ("Deploy on k8s with Helm in GCP", ["kubernetes", "helm", "google cloud"]),
        ("Python or R for analysis", ["python", "r"]),
        ("our R&D team", []),
        ("BigQueryor Redshift", ["bigquery", "redshift"]),
        ("Machine\nLearning engineers", ["machine learning"]),
        ("A/B tests and Node.js", ["a/b testing", "node.js"]),
        ("go to market", []),
        ("Go, Rust", ["go", "rust"]),
    ])
    func matching(text: String, expected: [String]) {
        #expect(skills(text) == expected)
    }
}
