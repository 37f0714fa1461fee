@testable import CVBuild
import Testing

@Suite("taxonomy")
struct TaxonomyTests {
    @Test("the taxonomy compiled at build time is exactly what the decoder reads from Data/taxonomy.yaml, which has no problems")
    func compiledMatchesFile() throws {
        let decoded = Taxonomy.decodedFromFile
        #expect(decoded.diagnostics.map(DiagnosticFormatter.headline) == [])
        let file = try decoded.get().skills, compiled = try Taxonomy.builtIn.get().skills
        #expect(compiled.count == file.count)
        for (a, b) in zip(compiled, file) where a != b { Issue.record("compiled \(a) differs from the file's \(b)") }
    }
}
