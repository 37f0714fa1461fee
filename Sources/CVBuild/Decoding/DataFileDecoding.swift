/// Shared reading of cvbuild's own data files (themes, locales): parse, decode the root with a
/// `FieldReader` in strict mode, and hand back the value or every diagnostic with its position.
enum DataFileDecoding {
    static func decode<T>(_ source: SourceText, _ body: (FieldReader, SourceNode) -> T?) -> Outcome<T> {
        ProfileLoader.parse(source).flatMap { root in
            let reader = FieldReader(source: source, strict: true)
            let value = body(reader, root)
            if let value, !reader.diagnostics.hasErrors { return .success(value) }
            return .failure(reader.diagnostics.sortedByPosition())
        }
    }
}

extension FieldReader {
    /// A required text field: reported as missing (at the mapping) when absent.
    func requiredText(_ f: Fields, _ key: String) -> String? {
        if let value = text(f, key) { return value }
        if f[key] == nil {
            report(.error, .missingField(name: key, reason: "this file needs it"), at: f.position, path: f.child(key))
        }
        return nil
    }

    /// A number (integer or decimal) at `key`, within `range`; required unless `default` is given.
    func number(_ f: Fields, _ key: String, in range: ClosedRange<Double>, default fallback: Double? = nil) -> Double? {
        guard let node = f[key], !node.isNull else {
            if fallback == nil {
                report(.error, .missingField(name: key, reason: "a number from \(range.lowerBound) to \(range.upperBound)"),
                       at: f.position, path: f.child(key))
            }
            return fallback
        }
        guard let scalar = node.scalar, scalar.kind == .integer || scalar.kind == .float, let value = Double(scalar.text) else {
            report(.error, .wrongType(expected: "a number", found: node.kindDescription, hint: nil), at: node.position, path: f.child(key))
            return nil
        }
        guard range.contains(value) else {
            report(.error, .outOfRange(value: scalar.text, range: "\(range.lowerBound) to \(range.upperBound)"),
                   at: node.position, path: f.child(key))
            return nil
        }
        return value
    }

    func boolean(_ f: Fields, _ key: String, default fallback: Bool) -> Bool {
        guard let node = f[key], !node.isNull else { return fallback }
        guard let scalar = node.scalar, scalar.kind == .boolean else {
            report(.error, .wrongType(expected: "true or false", found: node.kindDescription, hint: nil), at: node.position, path: f.child(key))
            return fallback
        }
        return ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"].contains(scalar.text)
    }
}
