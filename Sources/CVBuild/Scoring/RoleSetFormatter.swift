/// Role keyword sets as text for people or JSON for tools: the list, or one set with its tiers and sources.
public enum RoleSetFormatter {
    /// "ml-engineer               Machine Learning Engineer — …", one line per role.
    public static func listLine(_ set: RoleSet) -> String {
        set.id.padding(toLength: 26, withPad: " ", startingAt: 0) + set.title + " — " + set.description
    }

    public static func json(_ set: RoleSet) -> JSONValue {
        .object([
            ("id", .string(set.id)), ("title", .string(set.title)), ("description", .string(set.description)),
            ("sources", .object(set.sources.map { ($0.key, .string($0.text)) })),
            ("asks", .array(set.asks.map { a in
                .object([("tier", .string(a.tier.rawValue)), ("anyOf", .array(a.skills.map { .string($0) })), ("cite", .array(a.cite.map { .string($0) }))])
            })),
        ])
    }

    public static func text(_ set: RoleSet, taxonomy: Taxonomy) -> String {
        func label(_ id: String) -> String { taxonomy.byID[id]?.label ?? id }
        var lines = ["\(set.title) (\(set.id)): \(set.description)"]
        for tier in RoleSet.Tier.allCases {
            lines.append("\n\(tier.rawValue)")
            for a in set.asks where a.tier == tier {
                let names = a.skills.map(label).joined(separator: a.skills.count > 1 ? " or " : "")
                lines.append("  \(a.skills.count > 1 ? "one of: " : "")\(names)  [\(a.cite.joined(separator: ", "))]")
            }
        }
        lines.append("\nSources")
        for s in set.sources { lines.append("  \(s.key): \(s.text)") }
        return lines.joined(separator: "\n")
    }
}
