/// The outcome of validating one or more profiles, as text or as JSON for tools.
public struct ValidationReport: Sendable {
    /// One file's findings: every diagnostic, and what it holds when it could be read.
    public struct File: Sendable {
        public var path: String
        public var isValid: Bool
        public var diagnostics: [Diagnostic]
        public var summary: ProfileSummary?
    }

    public var files: [File]

    package init(_ inspections: [ProfileInspection]) {
        files = inspections.map { File(path: $0.path, isValid: $0.isValid, diagnostics: $0.diagnostics, summary: $0.profile.map(ProfileSummary.init)) }
    }

    public var allValid: Bool { files.allSatisfy(\.isValid) }

    public func json() -> JSONValue {
        .object([
            ("valid", .bool(allValid)),
            ("files", .array(files.map(Self.json))),
        ])
    }

    private static func json(_ file: File) -> JSONValue {
        .object([
            ("file", .string(file.path)),
            ("valid", .bool(file.isValid)),
            ("errors", .int(file.diagnostics.errorCount)),
            ("warnings", .int(file.diagnostics.warningCount)),
            ("summary", file.summary?.json ?? .null),
            ("diagnostics", .array(file.diagnostics.map(DiagnosticFormatter.json))),
        ])
    }

    /// One line per file: "path: valid — summary (1 warning)".
    public static func statusLine(_ file: File) -> String {
        let counts = [(file.diagnostics.errorCount, "error"), (file.diagnostics.warningCount, "warning")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: ", ")
        var line = "\(file.path): \(file.isValid ? "valid" : "invalid")"
        if let summary = file.summary, file.isValid { line += " — " + summary.description }
        if !counts.isEmpty { line += " (\(counts))" }
        return line
    }
}
