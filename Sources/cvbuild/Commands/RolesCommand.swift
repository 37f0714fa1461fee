import ArgumentParser
import CVBuild

struct RolesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "List the role keyword sets, or show one with its tiers and sources.")

    @Argument(help: "A role id, e.g. ml-engineer.")
    var role: String?

    @Option(help: "Output format: text for people, json for tools.")
    var format: ReportFormat = .text

    func run() throws {
        guard case .success(let taxonomy) = Taxonomy.builtIn else { throw Terminal.fail("the built-in taxonomy is damaged") }
        guard let role else {
            var failed = false
            for id in RoleCatalog.ids {
                switch RoleCatalog.load(id, taxonomy: taxonomy, requestedAt: SourceLocation(file: "roles")) {
                case .success(let r): print(id.padding(toLength: 26, withPad: " ", startingAt: 0) + r.title + " — " + r.description)
                case .failure(let list):
                    failed = true
                    for d in list.items { Terminal.printError(DiagnosticFormatter.headline(d)) }
                }
            }
            if failed { throw ExitCode.invalidInput }
            return
        }
        let set = try Terminal.value(RoleCatalog.load(role, taxonomy: taxonomy, requestedAt: SourceLocation(file: "roles")))
        func label(_ id: String) -> String { taxonomy.byID[id]?.label ?? id }
        switch format {
        case .json:
            print(JSONValue.object([
                ("id", .string(set.id)), ("title", .string(set.title)), ("description", .string(set.description)),
                ("sources", .object(set.sources.map { ($0.key, .string($0.text)) })),
                ("asks", .array(set.asks.map { a in
                    .object([("tier", .string(a.tier.rawValue)), ("anyOf", .array(a.skills.map { .string($0) })), ("cite", .array(a.cite.map { .string($0) }))])
                })),
            ]).serialized(pretty: true))
        case .text:
            print("\(set.title) (\(set.id)): \(set.description)")
            for tier in RoleSet.Tier.allCases {
                print("\n\(tier.rawValue)")
                for a in set.asks where a.tier == tier {
                    let names = a.skills.map(label).joined(separator: a.skills.count > 1 ? " or " : "")
                    print("  \(a.skills.count > 1 ? "one of: " : "")\(names)  [\(a.cite.joined(separator: ", "))]")
                }
            }
            print("\nSources")
            for s in set.sources { print("  \(s.key): \(s.text)") }
        }
    }
}
