/// Reads a JSON Resume file as found in the wild: 1.0 names, and the pre-1.0 ones still common
/// (`work[].company`, `website`, `picture`, `gpa`, `awardDate`, `hobbies`), renamed with a warning
/// at their position. `endDate: null` or `""` reads as ongoing.
package enum JSONResumeImporter {
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

    /// The profile with a note for everything renamed or left out, or why nothing could be imported.
    package static func load(path: String) -> Outcome<Profile> {
        SourceReader.read(path: path, kind: .jsonResume).flatMap { source in
            JSONReader.read(source).flatMap { root in convert(root, source: source) }
        }
    }

    static func convert(_ root: SourceNode, source: SourceText) -> Outcome<Profile> {
        var notes: [Diagnostic] = []
        let renamed = rename(root, at: "", source: source, notes: &notes)
        let reader = FieldReader(source: source, strict: false)
        guard var profile = ProfileDecoder(reader: reader).decode(renamed) else {
            return .checking(nil, notes + reader.diagnostics)
        }
        profile.sourceMap = reader.sourceMap
        ProfileRules.check(profile, rootPosition: root.position, reader: reader)
        let all = (notes + reader.diagnostics).sortedByPosition()
        return .checking(profile, all)
    }

    private static func rename(_ node: SourceNode, at place: String, source: SourceText, notes: inout [Diagnostic]) -> SourceNode {
        switch node.content {
        case .mapping(let pairs):
            let table = renames[place] ?? [:]
            let present = Set(pairs.map(\.key))
            let renamedPairs = pairs.map { pair -> SourceNode.Pair in
                var pair = pair
                // Rename only when the 1.0 name is not also there (then the old one is an unknown key).
                if let new = table[pair.key], !present.contains(new) {
                    notes.append(Diagnostic(.warning, .renamedField(from: pair.key, to: new), at: source.location(pair.keyPosition),
                                            path: place.isEmpty ? pair.key : "\(place.replacingOccurrences(of: "[]", with: "[…]")).\(pair.key)"))
                    pair.key = new
                }
                // Below the places in the table nothing is renamed: their paths match no entry.
                let next = place.isEmpty ? (pair.value.isSequence ? "\(pair.key)[]" : pair.key) : "\(place)/\(pair.key)"
                pair.value = rename(pair.value, at: next, source: source, notes: &notes)
                return pair
            }
            return SourceNode(.mapping(renamedPairs), at: node.position)
        case .sequence(let items):
            return SourceNode(.sequence(items.map { rename($0, at: place, source: source, notes: &notes) }), at: node.position)
        case .scalar:
            return node
        }
    }
}

extension SourceNode {
    var isSequence: Bool { if case .sequence = content { true } else { false } }
}
