/// The outcome of validating one or more profiles, as text or as JSON for tools.
public struct ValidationReport: Sendable {
    public var results: [LoadResult]

    public init(results: [LoadResult]) { self.results = results }

    public var allValid: Bool { results.allSatisfy(\.isValid) }

    public func json() -> JSONValue {
        .object([
            ("valid", .bool(allValid)),
            ("files", .array(results.map(Self.json))),
        ])
    }

    private static func json(_ result: LoadResult) -> JSONValue {
        .object([
            ("file", .optional(result.source?.path ?? result.diagnostics.first?.location.file)),
            ("valid", .bool(result.isValid)),
            ("errors", .int(result.diagnostics.errorCount)),
            ("warnings", .int(result.diagnostics.warningCount)),
            ("summary", result.profile.map { ProfileSummary($0).json } ?? .null),
            ("diagnostics", .array(result.diagnostics.map(DiagnosticFormatter.json))),
        ])
    }

    /// One line per file: "path: valid — summary (1 warning)".
    public static func statusLine(_ result: LoadResult, path: String) -> String {
        let counts = [(result.diagnostics.errorCount, "error"), (result.diagnostics.warningCount, "warning")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: ", ")
        let status = result.isValid ? "valid" : "invalid"
        var line = "\(path): \(status)"
        if let profile = result.profile, result.isValid { line += " — " + ProfileSummary(profile).description }
        if !counts.isEmpty { line += " (\(counts))" }
        return line
    }
}
