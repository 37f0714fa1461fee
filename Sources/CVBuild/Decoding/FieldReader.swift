/// Reads typed values out of a `SourceNode` tree and collects a diagnostic, with its position and
/// field path, for every problem instead of stopping at the first. Used for profiles, themes and
/// every other data file, so all of them report problems the same way; and, in take mode, by the
/// importers of other tools' files.
final class FieldReader {
    let source: SourceText
    let strict: Bool
    /// Reading a file written for another tool: a value of the wrong kind, or a key given twice, is
    /// a warning, since the import goes on without it.
    let importing: Bool
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap: SourceMap

    init(source: SourceText, strict: Bool) {
        self.source = source
        self.strict = strict
        self.importing = false
        self.sourceMap = SourceMap(file: source.path)
    }

    /// A reader for an importer (see `importing`), which reads mappings in take mode.
    init(importing source: SourceText) {
        self.source = source
        self.strict = false
        self.importing = true
        self.sourceMap = SourceMap(file: source.path)
    }

    /// The keys of one mapping, looked up by name. In take mode, each key is also marked when it
    /// is taken, so that what nobody took can be reported afterwards.
    final class Fields {
        let path: String
        let position: TextPosition
        /// The pairs kept, in file order: the known keys, or in take mode every key (once).
        let pairs: [SourceNode.Pair]
        private let values: [String: SourceNode]
        private let keyPositions: [String: TextPosition]
        private var taken: Set<String> = []

        fileprivate init(path: String, position: TextPosition, pairs: [SourceNode.Pair], keyPositions: [String: TextPosition]) {
            self.path = path
            self.position = position
            self.pairs = pairs
            self.values = Dictionary(pairs.map { ($0.key, $0.value) }) { first, _ in first }
            self.keyPositions = keyPositions
        }

        func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

        /// One key and its value, read like a mapping (for free-form maps in data files).
        static func single(_ key: String, _ value: SourceNode) -> Fields {
            Fields(path: "", position: value.position, pairs: [SourceNode.Pair(key: key, keyPosition: value.position, value: value)],
                   keyPositions: [key: value.position])
        }
        subscript(key: String) -> SourceNode? { values[key] }
        func keyPosition(_ key: String) -> TextPosition? { keyPositions[key] }
        var keys: [String] { Array(values.keys) }
        func pair(_ key: String) -> SourceNode.Pair? { pairs.first { $0.key == key } }

        /// Take mode: the value at `key`, marked as taken; nil when absent or null.
        func take(_ key: String) -> SourceNode? {
            taken.insert(key)
            guard let value = values[key], !value.isNull else { return nil }
            return value
        }

        /// Take mode: the keys nobody took that hold something, in file order.
        var untaken: [SourceNode.Pair] { pairs.filter { !taken.contains($0.key) && !$0.value.isNull } }
    }

    func report(_ severity: Diagnostic.Severity, _ problem: Problem, at position: TextPosition, path: String?) {
        diagnostics.append(Diagnostic(severity, problem, at: source.location(position),
                                      path: path?.isEmpty == true ? nil : path))
    }

    func record(_ path: String, _ position: TextPosition) { sourceMap.record(path, position) }

    /// A value of the wrong kind: an error with a hint to fix it, or when importing a warning that
    /// it was left out.
    func wrongType(_ node: SourceNode, expected: String, path: String) {
        if importing {
            report(.warning, .wrongType(expected: expected, found: node.kindDescription, hint: "it was not imported"),
                   at: node.position, path: path)
            return
        }
        var hint: String?
        if let scalar = node.scalar, scalar.kind != .text, scalar.kind != .null, expected == "text" {
            hint = "put it in quotes: \"\(scalar.text)\""
        } else if node.scalar?.kind == .text, expected.hasPrefix("a list") {
            hint = "write it as a list, one item per line starting with \"- \""
        }
        report(.error, .wrongType(expected: expected, found: node.kindDescription, hint: hint),
               at: node.position, path: path)
    }

    /// A mapping's fields, reporting duplicate keys (errors; warnings when importing) and keys not in `known`
    /// (warnings, errors with `strict`), each with a "did you mean" where one is close.
    func fields(of node: SourceNode, path: String, known: [String]) -> Fields? {
        mapping(node, path: path, known: known,
                expected: path.isEmpty ? "a mapping of keys to values at the top level" : "a mapping of keys to values")
    }

    /// Take mode, for a file written for another tool: every key is kept, to be read with `take`;
    /// afterwards `untaken` lists what nobody read, for the importer to report in its own words.
    func fields(of node: SourceNode, path: String, expected: String = "a mapping of keys to values") -> Fields? {
        mapping(node, path: path, known: nil, expected: expected)
    }

    private func mapping(_ node: SourceNode, path: String, known: [String]?, expected: String) -> Fields? {
        guard case .mapping(let pairs) = node.content else {
            wrongType(node, expected: expected, path: path)
            return nil
        }
        record(path, node.position)
        var kept: [SourceNode.Pair] = []
        var keyPositions: [String: TextPosition] = [:]
        for pair in pairs {
            let childPath = path.isEmpty ? pair.key : "\(path).\(pair.key)"
            if let first = keyPositions[pair.key] {
                report(importing ? .warning : .error, .duplicateKey(key: pair.key, first: first), at: pair.keyPosition, path: childPath)
                continue
            }
            keyPositions[pair.key] = pair.keyPosition
            if let known, !known.contains(pair.key) {
                report(strict ? .error : .warning,
                       .unknownKey(key: pair.key, suggestion: Suggestion.closest(to: pair.key, in: known)),
                       at: pair.keyPosition, path: childPath)
                continue
            }
            kept.append(pair)
        }
        return Fields(path: path, position: node.position, pairs: kept, keyPositions: keyPositions)
    }

    /// Text at `key`; absent, null or empty is nil (one meaning for "no value", so a profile written
    /// back out reads the same — found by fuzzing), anything but text is reported.
    func text(_ fields: Fields, _ key: String) -> String? {
        guard let node = fields[key], !node.isNull else { return nil }
        guard let value = text(node, path: fields.child(key)) else { return nil }
        return value.isEmpty ? nil : value
    }

    func text(_ node: SourceNode, path: String) -> String? {
        // `phone: 5550100`, `"gpa": 3.8`, `countryCode: NO`: a readable oddity of real files, read
        // as written with a warning (an error with --strict) rather than refusing the résumé.
        if let scalar = node.scalar, [.integer, .float, .boolean].contains(scalar.kind) {
            report(strict ? .error : .warning, .valueReadAsText(found: node.kindDescription, text: scalar.text),
                   at: node.position, path: path)
            record(path, node.position)
            return scalar.text
        }
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
            // A date written as people write it ("March 2021", "03/2021") is read, and said so.
            if error == .format, let date = LenientDate.parse(scalar.text.trimmedSpaces) {
                report(strict ? .error : .warning, .dateRead(text: scalar.text, iso: date.description), at: node.position, path: path)
                record(path, node.position)
                return date
            }
            report(.error, .invalidDate(text: scalar.text, reason: error.reason), at: node.position, path: path)
            return nil
        }
    }

    /// An end date: a date, or `present` (any case). An empty text reads as ongoing, with a warning.
    func endDate(_ fields: Fields, _ key: String) -> EndDate? {
        guard let node = fields[key], !node.isNull else { return nil }
        let path = fields.child(key)
        if let scalar = node.scalar, scalar.kind == .text {
            let word = scalar.text.trimmedSpaces.lowercased()
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

    // MARK: Take mode

    /// Any scalar as text, trimmed (other tools read `2024` or `+14155551234` as text too); nil
    /// when null or empty.
    func scalarText(_ node: SourceNode, path: String) -> String? {
        guard let scalar = node.scalar else {
            wrongType(node, expected: "text", path: path)
            return nil
        }
        guard scalar.kind != .null else { return nil }
        let trimmed = scalar.text.trimmedWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The value at `key`, taken, as `scalarText`.
    func scalarText(_ fields: Fields, _ key: String) -> String? {
        fields.take(key).flatMap { scalarText($0, path: fields.child(key)) }
    }

    /// The items of the list at `key`, taken, with their paths; a single scalar is a list of one.
    func items(_ fields: Fields, _ key: String) -> [(SourceNode, String)] {
        guard let node = fields.take(key) else { return [] }
        let path = fields.child(key)
        switch node.content {
        case .sequence(let items): return items.enumerated().map { ($1, "\(path)[\($0)]") }
        case .scalar: return [(node, path)]
        case .mapping:
            wrongType(node, expected: "a list of texts", path: path)
            return []
        }
    }
}
