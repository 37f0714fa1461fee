/// What a role asks for, as data (`Data/roles/<id>.yaml`): skills in tiers, with any-of groups
/// that count once, each citing the articles that support it.
public struct RoleSet: Sendable {
    public enum Tier: String, Sendable, CaseIterable { case core, important, bonus }

    public struct Ask: Sendable, Hashable {
        /// One skill, or several of which any one will do.
        public var skills: [String]
        public var tier: Tier
        public var cite: [String]
    }

    public var id: String
    public var title: String
    public var description: String
    public var sources: [(key: String, text: String)]
    public var asks: [Ask]
}

package enum RoleCatalog {
    package static var ids: [String] { DataFiles.names(in: DataFiles.rolesFolder) }

    package static func load(_ id: String, taxonomy: Taxonomy, requestedAt: SourceLocation) -> Outcome<RoleSet> {
        let key = DataFiles.rolesFolder + "\(id).yaml"
        guard let text = DataFiles.text(key) else {
            return .failure(Diagnostic(.error, .unknownRole(name: id, roles: ids, suggestion: Suggestion.closest(to: id, in: ids)),
                                                       at: requestedAt))
        }
        return RoleSetDecoder.decode(SourceText(path: key, text: text), taxonomy: taxonomy)
    }
}

enum RoleSetDecoder {
    static func decode(_ source: SourceText, taxonomy: Taxonomy) -> Outcome<RoleSet> {
        DataFileDecoding.decode(source) { reader, root in
            let keys = ["id", "title", "description", "sources"] + RoleSet.Tier.allCases.map(\.rawValue)
            guard let f = reader.fields(of: root, path: "", known: keys), let id = reader.requiredText(f, "id"),
                  let title = reader.requiredText(f, "title") else { return nil }
            var sources: [(key: String, text: String)] = []
            if let node = f["sources"], case .mapping(let pairs) = node.content {
                for pair in pairs { if let text = reader.text(pair.value, path: "sources.\(pair.key)") { sources.append((pair.key, text)) } }
            }
            let sourceKeys = Set(sources.map(\.key))
            var asks: [RoleSet.Ask] = []
            for tier in RoleSet.Tier.allCases {
                asks += reader.list(f, tier.rawValue) { node, path -> RoleSet.Ask? in
                    guard let a = reader.fields(of: node, path: path, known: ["skill", "anyOf", "cite"]) else { return nil }
                    let skills = a["anyOf"] != nil ? reader.textList(a, "anyOf") : [reader.requiredText(a, "skill")].compactMap { $0 }
                    for (i, skill) in skills.enumerated() where taxonomy.byID[skill] == nil {
                        reader.report(.error, .unknownName(kind: "skill", name: skill, choices: [],
                                                          suggestion: Suggestion.closest(to: skill, in: taxonomy.skills.map(\.id)),
                                                          extra: "an id from `cvbuild keywords`"),
                                      at: (a["anyOf"] ?? a["skill"])?.position ?? a.position, path: a["anyOf"] != nil ? "\(path).anyOf[\(i)]" : "\(path).skill")
                    }
                    let cite = reader.textList(a, "cite")
                    for c in cite where !sourceKeys.contains(c) {
                        reader.report(.error, .unknownName(kind: "source", name: c, choices: sources.map(\.key), suggestion: nil, extra: nil),
                                      at: a["cite"]?.position ?? a.position, path: "\(path).cite")
                    }
                    return skills.isEmpty ? nil : RoleSet.Ask(skills: skills, tier: tier, cite: cite)
                }
            }
            return RoleSet(id: id, title: title, description: reader.text(f, "description") ?? "", sources: sources, asks: asks)
        }
    }
}
