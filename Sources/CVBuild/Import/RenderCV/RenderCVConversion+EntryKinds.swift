import Foundation

/// Recognising an entry's RenderCV type by its keys, as RenderCV does, since a RenderCV file
/// names no entry types; and reporting the keys no cvbuild entry has a place for.
extension RenderCVConversion {
    /// RenderCV's entry types, each with the keys that only it has, in the order RenderCV tries them.
    enum EntryKind: String, CaseIterable {
        case oneLine = "OneLineEntry", normal = "NormalEntry", experience = "ExperienceEntry"
        case education = "EducationEntry", publication = "PublicationEntry", bullet = "BulletEntry"
        case numbered = "NumberedEntry", reversedNumbered = "ReversedNumberedEntry", text = "TextEntry"

        var characteristicKeys: Set<String> {
            switch self {
            case .oneLine: ["label", "details"]
            case .normal: ["name"]
            case .experience: ["company", "position"]
            case .education: ["institution", "area", "degree"]
            case .publication: ["title", "authors", "doi", "journal"]
            case .bullet: ["bullet"]
            case .numbered: ["number"]
            case .reversedNumbered: ["reversed_number"]
            case .text: []
            }
        }

        /// The key holding the whole text of the one-line kinds.
        var textKey: String? {
            switch self {
            case .bullet: "bullet"
            case .numbered: "number"
            case .reversedNumbered: "reversed_number"
            default: nil
            }
        }

        var isTextLike: Bool { self == .text || textKey != nil }

        /// Every key RenderCV documents for the type (any other key is one of its "arbitrary keys").
        var documentedKeys: Set<String> {
            let dated: Set<String> = ["date", "start_date", "end_date", "location", "summary", "highlights"]
            switch self {
            case .normal, .experience, .education: return characteristicKeys.union(dated)
            case .publication: return characteristicKeys.union(["url", "date", "summary"])
            default: return characteristicKeys
            }
        }
    }

    struct Entry {
        let kind: EntryKind
        let path: String
        let position: TextPosition
        /// The keys of a mapping entry; nil for a TextEntry.
        let fields: FieldReader.Fields?
        /// The whole text of a TextEntry, BulletEntry or numbered entry.
        let line: String?
    }

    /// Recognises an entry's type as RenderCV does: a string is a TextEntry, a mapping is the
    /// first type one of whose own keys it has.
    func entry(_ node: SourceNode, path: String) -> Entry? {
        switch node.content {
        case .scalar:
            guard let line = prose(node, path: path) else { return nil }
            return Entry(kind: .text, path: path, position: node.position, fields: nil, line: line)
        case .sequence:
            reader.wrongType(node, expected: "an entry (text, or a mapping of keys)", path: path)
            return nil
        case .mapping(let pairs):
            let keys = Set(pairs.map(\.key))
            guard let kind = EntryKind.allCases.first(where: { !$0.characteristicKeys.isDisjoint(with: keys) }),
                  let f = reader.fields(of: node, path: path) else {
                warn(.unknownEntryType(keys: pairs.map(\.key)), at: node.position, path: path)
                return nil
            }
            var line: String?
            if let key = kind.textKey {
                line = prose(f, key)
                if line == nil { return nil }
            }
            return Entry(kind: kind, path: path, position: node.position, fields: f, line: line)
        }
    }

    func reportUntaken(_ e: Entry, in section: String) {
        guard let f = e.fields else { return }
        for pair in f.untaken {
            warn(.entryKeyNotImported(key: pair.key, section: section, documented: e.kind.documentedKeys.contains(pair.key)),
                 at: pair.keyPosition, path: f.child(pair.key))
        }
    }
}
