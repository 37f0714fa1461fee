/// Reads a taxonomy file with the same diagnostics as profiles: every problem with its line,
/// including the same alias (or label) claimed by two skills.
enum TaxonomyDecoder {
    static func decode(_ source: SourceText) -> Outcome<Taxonomy> {
        DataFileDecoding.decode(source) { reader, root in
            guard let top = reader.fields(of: root, path: "", known: ["skills"]) else { return nil }
            var claimed: [String: (id: String, at: TextPosition)] = [:]
            let skills = reader.list(top, "skills") { node, path -> Taxonomy.Skill? in
                guard let f = reader.fields(of: node, path: path, known: ["id", "label", "category", "aliases", "zh", "exactCase", "context", "foldedInto", "implies", "near"]),
                      let id = reader.requiredText(f, "id"), let label = reader.requiredText(f, "label"),
                      let category = reader.requiredText(f, "category") else { return nil }
                let aliases = reader.textList(f, "aliases"), zh = reader.textList(f, "zh")
                // Every spelling, normalised, may belong to one skill only.
                func position(_ key: String, _ index: Int) -> TextPosition {
                    f[key].flatMap { n -> TextPosition? in
                        if case .sequence(let items) = n.content, index < items.count { return items[index].position }
                        return nil } ?? f.position
                }
                let spellings = [(id, f["id"]?.position ?? f.position, "id"), (label, f["label"]?.position ?? f.position, "label")]
                    + aliases.enumerated().map { ($1, position("aliases", $0), "aliases") }
                    + zh.enumerated().map { ($1, position("zh", $0), "zh") }
                for (spelling, at, key) in spellings {
                    let key = key == "id" || key == "label" ? "aliases" : key
                    let normalised = SkillTokenizer.normalisedKey(spelling)
                    if let other = claimed[normalised], other.id != id {
                        reader.report(.error, .duplicateEntry(text: spelling, first: other.at), at: at, path: "\(path).\(key)")
                    } else {
                        claimed[normalised] = (id, at)
                    }
                }
                let context = reader.text(f, "context")
                if let c = context, !["language", "tool", "concept"].contains(c), let n = f["context"] {
                    reader.report(.error, .invalidChoice(text: c, choices: ["language", "tool", "concept"], suggestion: nil),
                                  at: n.position, path: "\(path).context")
                }
                return Taxonomy.Skill(id: id, label: label, category: category, aliases: aliases, zh: zh,
                                      exactCase: reader.boolean(f, "exactCase", default: false), context: context,
                                      foldedInto: reader.text(f, "foldedInto"), implies: reader.textList(f, "implies"),
                                      near: reader.list(f, "near") { n, p in
                                          guard case .sequence(let items) = n.content else {
                                              reader.report(.error, .wrongType(expected: "a list of word stems", found: n.kindDescription, hint: nil), at: n.position, path: p)
                                              return nil
                                          }
                                          return items.enumerated().compactMap { reader.text($1, path: "\(p)[\($0)]")?.lowercased() }
                                      })
            }
            let ids = Set(skills.map(\.id))
            for (i, skill) in skills.enumerated() {
                for target in skill.implies where !ids.contains(target) {
                    reader.report(.error, .unknownName(kind: "skill", name: target, choices: [], suggestion: Suggestion.closest(to: target, in: Array(ids)), extra: "the id of another skill"),
                                  at: root.position, path: "skills[\(i)].implies")
                }
                if let target = skill.foldedInto, !ids.contains(target) {
                    reader.report(.error, .unknownName(kind: "skill", name: target, choices: [], suggestion: Suggestion.closest(to: target, in: Array(ids)), extra: "the id of another skill"),
                                  at: root.position, path: "skills[\(i)].foldedInto")
                }
            }
            return Taxonomy(skills: skills)
        }
    }
}
