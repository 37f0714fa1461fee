import ArgumentParser
import CVBuild

struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "List the skills taxonomy: every skill cvbuild recognises, with its spellings.")

    @Option(help: "Output format: text for people, json for tools.")
    var format: ReportFormat = .text

    func run() throws {
        let taxonomy = try Terminal.value(Taxonomy.builtIn)
        switch format {
        case .json:
            print(JSONValue.array(taxonomy.skills.map { s in
                .object([("id", .string(s.id)), ("label", .string(s.label)), ("category", .string(s.category)),
                         ("aliases", .array(s.aliases.map { .string($0) })), ("exactCase", .bool(s.exactCase)),
                         ("context", .optional(s.context))])
            }).serialized(pretty: true))
        case .text:
            var category = ""
            for s in taxonomy.skills.sorted(by: { ($0.category, $0.id) < ($1.category, $1.id) }) {
                if s.category != category {
                    category = s.category
                    print("\n\(category)")
                }
                let also = s.aliases.isEmpty ? "" : "  (also: \(s.aliases.joined(separator: ", ")))"
                print("  \(s.label)\(s.label == s.id ? "" : " [\(s.id)]")\(also)")
            }
            print("\n\(taxonomy.skills.count) skills")
        }
    }
}
