/// The skills taxonomy as text for people (by category, with other spellings) or JSON for tools.
public enum TaxonomyFormatter {
    public static func json(_ taxonomy: Taxonomy) -> JSONValue {
        .array(taxonomy.skills.map { s in
            .object([("id", .string(s.id)), ("label", .string(s.label)), ("category", .string(s.category)),
                     ("aliases", .array(s.aliases.map { .string($0) })), ("zh", .array(s.zh.map { .string($0) })),
                     ("foldedInto", .optional(s.foldedInto)), ("exactCase", .bool(s.exactCase)),
                     ("context", .optional(s.context))])
        })
    }

    public static func text(_ taxonomy: Taxonomy) -> String {
        var lines: [String] = []
        var category = ""
        for s in taxonomy.skills.sorted(by: { ($0.category, $0.id) < ($1.category, $1.id) }) {
            if s.category != category {
                category = s.category
                lines.append("\n\(category)")
            }
            let also = s.aliases.isEmpty ? "" : "  (also: \(s.aliases.joined(separator: ", ")))"
            let chinese = s.zh.isEmpty ? "" : "  (中文: \(s.zh.joined(separator: "、")))"
            let folded = s.foldedInto.map { "  → \($0)" } ?? ""
            lines.append("  \(s.label)\(s.label == s.id ? "" : " [\(s.id)]")\(folded)\(also)\(chinese)")
        }
        lines.append("\n\(taxonomy.skills.count) skills")
        return lines.joined(separator: "\n")
    }
}
