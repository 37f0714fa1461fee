/// The pre-1.0 JSON Resume names still common in real files (`work[].company`, `website`,
/// `picture`, `gpa`, `awardDate`, `hobbies`), renamed to the 1.0 names on the node tree before
/// decoding, each with a note at its key. Every command reads profiles through this, so a
/// résumé.json written for resume-cli keeps its employers in `validate`, `render` and `score`
/// alike, not only in `import`.
enum LegacyJSONResumeNames {
    /// Pre-1.0 name → 1.0 name, by where the key sits ("" = top level, "basics", "work[]", …).
    static let renames: [String: [String: String]] = [
        "": ["hobbies": "interests", "bio": "basics"],
        "basics": ["website": "url", "picture": "image"],
        "work[]": ["company": "name", "website": "url"],
        "volunteer[]": ["website": "url"],
        "education[]": ["gpa": "score"],
        "awards[]": ["awardDate": "date"],
        "publications[]": ["website": "url"],
        "projects[]": ["website": "url"],
    ]

    /// The tree with the old names replaced; `strict` makes each rename an error instead of a warning.
    static func renamed(_ root: SourceNode, source: SourceText, strict: Bool, notes: inout [Diagnostic]) -> SourceNode {
        rename(root, at: "", source: source, severity: strict ? .error : .warning, notes: &notes)
    }

    private static func rename(_ node: SourceNode, at place: String, source: SourceText, severity: Diagnostic.Severity,
                               notes: inout [Diagnostic]) -> SourceNode {
        switch node.content {
        case .mapping(let pairs):
            let table = renames[place] ?? [:]
            let present = Set(pairs.map(\.key))
            let renamedPairs = pairs.map { pair -> SourceNode.Pair in
                var pair = pair
                // Rename only when the 1.0 name is not also there (then the old one is an unknown key).
                if let new = table[pair.key], !present.contains(new) {
                    notes.append(Diagnostic(severity, .renamedField(from: pair.key, to: new), at: source.location(pair.keyPosition),
                                            path: place.isEmpty ? pair.key : "\(place.replacingOccurrences(of: "[]", with: "[…]")).\(pair.key)"))
                    pair.key = new
                }
                // Below the places in the table nothing is renamed: their paths match no entry.
                let next = place.isEmpty ? (pair.value.isSequence ? "\(pair.key)[]" : pair.key) : "\(place)/\(pair.key)"
                pair.value = rename(pair.value, at: next, source: source, severity: severity, notes: &notes)
                return pair
            }
            return SourceNode(.mapping(renamedPairs), at: node.position)
        case .sequence(let items):
            return SourceNode(.sequence(items.map { rename($0, at: place, source: source, severity: severity, notes: &notes) }), at: node.position)
        case .scalar:
            return node
        }
    }
}

extension SourceNode {
    var isSequence: Bool { if case .sequence = content { true } else { false } }
}
