import Foundation

/// Reading RenderCV's node tree leniently: any scalar is text, a single text is a list of one,
/// and a value of the wrong kind is a warning, since an import goes on without it.
extension RenderCVConversion {
    /// A mapping's keys in file order, each read at most once; what is never read is reported.
    final class Fields {
        let path: String
        let position: TextPosition
        let pairs: [SourceNode.Pair]
        private var taken: Set<String> = []

        init(path: String, position: TextPosition, pairs: [SourceNode.Pair]) {
            self.path = path
            self.position = position
            self.pairs = pairs
        }

        func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
        func pair(_ key: String) -> SourceNode.Pair? { pairs.first { $0.key == key } }

        /// The value at `key`, marked as read; nil when absent or null.
        func take(_ key: String) -> SourceNode? {
            taken.insert(key)
            guard let value = pair(key)?.value, !value.isNull else { return nil }
            return value
        }

        /// The keys never read that hold something.
        var untaken: [SourceNode.Pair] { pairs.filter { !taken.contains($0.key) && !$0.value.isNull } }
    }

    func fields(_ node: SourceNode, path: String, expected: String = "a mapping of keys to values") -> Fields? {
        guard case .mapping(let pairs) = node.content else {
            wrongType(node, expected: expected, path: path)
            return nil
        }
        var first: [String: TextPosition] = [:]
        var unique: [SourceNode.Pair] = []
        for pair in pairs {
            if let earlier = first[pair.key] {
                report(.warning, .duplicateKey(key: pair.key, first: earlier), at: pair.keyPosition,
                       path: path.isEmpty ? pair.key : "\(path).\(pair.key)")
                continue
            }
            first[pair.key] = pair.keyPosition
            unique.append(pair)
        }
        return Fields(path: path, position: node.position, pairs: unique)
    }

    /// A scalar as text (RenderCV reads `2024` or `+14155551234` as text too); nil when empty.
    func text(_ node: SourceNode, path: String) -> String? {
        guard case .scalar(let scalar) = node.content else {
            wrongType(node, expected: "text", path: path)
            return nil
        }
        guard scalar.kind != .null else { return nil }
        let trimmed = scalar.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    func text(_ f: Fields, _ key: String) -> String? {
        f.take(key).flatMap { text($0, path: f.child(key)) }
    }

    /// Text that RenderCV renders as Markdown (summaries, highlights): noted when it uses any.
    func prose(_ node: SourceNode, path: String) -> String? {
        let value = text(node, path: path)
        if let value, markupAt == nil, Self.hasMarkup(value) { markupAt = node.position }
        return value
    }

    func prose(_ f: Fields, _ key: String) -> String? {
        f.take(key).flatMap { prose($0, path: f.child(key)) }
    }

    /// A list of texts; a single text counts as a list of one.
    func proseList(_ f: Fields, _ key: String) -> [String] {
        items(f, key).compactMap { node, path in prose(node, path: path) }
    }

    /// The items of the list at `key` with their paths.
    func items(_ f: Fields, _ key: String) -> [(SourceNode, String)] {
        guard let node = f.take(key) else { return [] }
        let path = f.child(key)
        switch node.content {
        case .sequence(let items): return items.enumerated().map { ($1, "\(path)[\($0)]") }
        case .scalar: return [(node, path)]
        case .mapping:
            wrongType(node, expected: "a list of texts", path: path)
            return []
        }
    }

    /// RenderCV 2.x allows a list for `email`, `phone` and `website`; a profile has one of each.
    func firstText(_ f: Fields, _ key: String, what: String) -> (String, TextPosition)? {
        let all = items(f, key)
        for (node, path) in all.dropFirst() {
            if let extra = text(node, path: path) {
                warn(.extraContact(what: what, value: extra), at: node.position, path: path)
            }
        }
        guard case let (node, path)? = all.first, let value = text(node, path: path) else { return nil }
        return (value, node.position)
    }
}
