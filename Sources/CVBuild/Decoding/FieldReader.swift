/// Reads typed values out of a `SourceNode` tree and collects a diagnostic, with its position and
/// field path, for every problem instead of stopping at the first. Used for profiles, themes and
/// every other data file, so all of them report problems the same way.
final class FieldReader {
    let source: SourceText
    let strict: Bool
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap: SourceMap

    init(source: SourceText, strict: Bool) {
        self.source = source
        self.strict = strict
        self.sourceMap = SourceMap(file: source.path)
    }

    /// The keys of one mapping, looked up by name.
    struct Fields {
        let path: String
        let position: TextPosition
        fileprivate let values: [String: SourceNode]
        fileprivate let keyPositions: [String: TextPosition]

        func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

        /// One key and its value, read like a mapping (for free-form maps in data files).
        static func single(_ key: String, _ value: SourceNode) -> Fields {
            Fields(path: "", position: value.position, values: [key: value], keyPositions: [key: value.position])
        }
        subscript(key: String) -> SourceNode? { values[key] }
        func keyPosition(_ key: String) -> TextPosition? { keyPositions[key] }
        var keys: [String] { Array(values.keys) }
    }

    func report(_ severity: Diagnostic.Severity, _ problem: Problem, at position: TextPosition, path: String?) {
        diagnostics.append(Diagnostic(severity, problem, at: source.location(position),
                                      path: path?.isEmpty == true ? nil : path))
    }

    func record(_ path: String, _ position: TextPosition) { sourceMap.record(path, position) }

    private func wrongType(_ node: SourceNode, expected: String, path: String) {
        var hint: String?
        if let scalar = node.scalar, scalar.kind != .text, scalar.kind != .null, expected == "text" {
            hint = "put it in quotes: \"\(scalar.text)\""
        } else if node.scalar?.kind == .text, expected.hasPrefix("a list") {
            hint = "write it as a list, one item per line starting with \"- \""
        }
        report(.error, .wrongType(expected: expected, found: node.kindDescription, hint: hint),
               at: node.position, path: path)
    }

    /// A mapping's fields, reporting duplicate keys (errors) and keys not in `known`
    /// (warnings, errors with `strict`), each with a "did you mean" where one is close.
    func fields(of node: SourceNode, path: String, known: [String]) -> Fields? {
        guard case .mapping(let pairs) = node.content else {
            wrongType(node, expected: path.isEmpty ? "a mapping of keys to values at the top level" : "a mapping of keys to values",
                      path: path)
            return nil
        }
        record(path, node.position)
        var values: [String: SourceNode] = [:]
        var keyPositions: [String: TextPosition] = [:]
        for pair in pairs {
            let childPath = path.isEmpty ? pair.key : "\(path).\(pair.key)"
            if let first = keyPositions[pair.key] {
                report(.error, .duplicateKey(key: pair.key, first: first), at: pair.keyPosition, path: childPath)
                continue
            }
            keyPositions[pair.key] = pair.keyPosition
            guard known.contains(pair.key) else {
                report(strict ? .error : .warning,
                       .unknownKey(key: pair.key, suggestion: Suggestion.closest(to: pair.key, in: known)),
                       at: pair.keyPosition, path: childPath)
                continue
            }
            values[pair.key] = pair.value
        }
        return Fields(path: path, position: node.position, values: values, keyPositions: keyPositions)
    }

    /// Text at `key`; absent, null or empty is nil (one meaning for "no value", so a profile written
    /// back out reads the same — found by fuzzing), anything but text is reported.
    func text(_ fields: Fields, _ key: String) -> String? {
        guard let node = fields[key], !node.isNull else { return nil }
        guard let value = text(node, path: fields.child(key)) else { return nil }
        return value.isEmpty ? nil : value
    }

    func text(_ node: SourceNode, path: String) -> String? {
        guard let scalar = node.scalar, scalar.kind == .text else {
            wrongType(node, expected: "text", path: path)
            return nil
        }
        record(path, node.position)
        return scalar.text
    }

    /// A list of texts; each item is checked and recorded as `path[i]`.
    func textList(_ fields: Fields, _ key: String) -> [String] {
        list(fields, key) { node, path in self.text(node, path: path) }
    }

    /// A list at `key`, each item read by `item`; items that fail are left out (and reported).
    func list<T>(_ fields: Fields, _ key: String, _ item: (SourceNode, String) -> T?) -> [T] {
        guard let node = fields[key], !node.isNull else { return [] }
        let path = fields.child(key)
        guard case .sequence(let items) = node.content else {
            wrongType(node, expected: "a list", path: path)
            return []
        }
        record(path, node.position)
        return items.enumerated().compactMap { index, child in item(child, "\(path)[\(index)]") }
    }

    func integer(_ fields: Fields, _ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let node = fields[key], !node.isNull else { return nil }
        let path = fields.child(key)
        guard let scalar = node.scalar, scalar.kind == .integer, let value = Int(scalar.text) else {
            wrongType(node, expected: "a whole number", path: path)
            return nil
        }
        guard range.contains(value) else {
            report(.error, .outOfRange(value: scalar.text, range: "\(range.lowerBound) to \(range.upperBound)"),
                   at: node.position, path: path)
            return nil
        }
        record(path, node.position)
        return value
    }

    /// One of a fixed set of values, matched without regard to case.
    func choice<E: RawRepresentable & CaseIterable>(_ fields: Fields, _ key: String, as type: E.Type) -> E?
    where E.RawValue == String {
        guard let node = fields[key], !node.isNull, let raw = text(fields, key) else { return nil }
        return choice(raw, node: node, path: fields.child(key), as: type)
    }

    func choice<E: RawRepresentable & CaseIterable>(_ raw: String, node: SourceNode, path: String, as: E.Type) -> E?
    where E.RawValue == String {
        if let value = E.allCases.first(where: { $0.rawValue.lowercased() == raw.lowercased() }) { return value }
        let names = E.allCases.map(\.rawValue)
        report(.error, .invalidChoice(text: raw, choices: names, suggestion: Suggestion.closest(to: raw, in: names)),
               at: node.position, path: path)
        return nil
    }

    /// A date; YAML's unquoted `2020` arrives as a number and is accepted as a year.
    func date(_ fields: Fields, _ key: String) -> PartialDate? {
        guard let node = fields[key], !node.isNull else { return nil }
        return date(node, path: fields.child(key))
    }

    private func date(_ node: SourceNode, path: String) -> PartialDate? {
        guard let scalar = node.scalar, scalar.kind == .text || scalar.kind == .integer else {
            wrongType(node, expected: "a date", path: path)
            return nil
        }
        // JSON Resume files in the wild leave unused fields as "": that is no date, not a bad one.
        if scalar.text.isEmpty { return nil }
        switch PartialDate.parse(scalar.text) {
        case .success(let date):
            record(path, node.position)
            return date
        case .failure(let error):
            report(.error, .invalidDate(text: scalar.text, reason: error.reason), at: node.position, path: path)
            return nil
        }
    }

    /// An end date: a date, or `present` (any case). An empty text reads as ongoing, with a warning.
    func endDate(_ fields: Fields, _ key: String) -> EndDate? {
        guard let node = fields[key], !node.isNull else { return nil }
        let path = fields.child(key)
        if let scalar = node.scalar, scalar.kind == .text {
            let word = scalar.text.trimmingCharacters(in: .whitespaces).lowercased()
            if word == "present" {
                record(path, node.position)
                return .present
            }
            if word.isEmpty {
                report(.warning, .invalidDate(text: "", reason: "an empty end date is read as ongoing"),
                       at: node.position, path: path)
                record(path, node.position)
                return .present
            }
        }
        return date(node, path: path).map { .date($0) }
    }
}
