import Foundation
import Testing
@testable import CVBuild

@Suite("role keyword sets")
struct RoleSetTests {
    @Test("every built-in role loads, names only taxonomy skills, and cites its sources")
    func builtInRoles() throws {
        let taxonomy = try Taxonomy.builtIn.get()
        #expect(Set(RoleCatalog.ids) == ["ml-engineer", "junior-ml-engineer", "mlops-engineer", "data-scientist", "data-engineer",
                                          "nlp-engineer", "computer-vision-engineer"])
        for id in RoleCatalog.ids {
            let role = try RoleCatalog.load(id, taxonomy: taxonomy, requestedAt: SourceLocation(file: "test")).get()
            #expect(role.id == id)
            #expect(role.asks.contains { $0.tier == .core })
            #expect(role.asks.allSatisfy { !$0.cite.isEmpty })
        }
    }

    @Test("an unknown skill or source in a role file is an error with its line")
    func badRole() throws {
        let taxonomy = try Taxonomy.builtIn.get()
        let source = SourceText(path: "r.yaml", text: "id: x\ntitle: X\nsources: {A: a}\ncore:\n  - {skill: pyton, cite: [A]}\n  - {skill: sql, cite: [B]}\n")
        let outcome = RoleSetDecoder.decode(source, taxonomy: taxonomy), list = DiagnosticList(outcome.diagnostics)
        guard outcome.failed else { Issue.record("should fail"); return }
        #expect(list.items.map(DiagnosticFormatter.headline) == [
            #"r.yaml:5:13: error: core[0].skill: unknown skill "pyton" (did you mean "python"? an id from `cvbuild keywords`)"#,
            #"r.yaml:6:24: error: core[1].cite: unknown source "B" (one of: A)"#,
        ])
    }

    @Test("cvbuild roles lists all seven; an unknown role names the valid ones and exits 1")
    func cli() throws {
        let list = try CLI.run(["roles"])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 7)
        let unknown = try CLI.run(["roles", "ml-enginer"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains(#"unknown role "ml-enginer" (did you mean "ml-engineer"?"#))
    }
}
