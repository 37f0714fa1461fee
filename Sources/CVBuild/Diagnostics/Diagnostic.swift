/// One problem found in an input file: plain data, printed by a formatter, never by the library.
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// The field the problem is about, as `work[1].startDate`; nil for problems of the text itself.
    public var path: String?
    public var problem: Problem

    public init(_ severity: Severity, _ problem: Problem, at location: SourceLocation, path: String? = nil) {
        self.severity = severity
        self.location = location
        self.path = path
        self.problem = problem
    }

    public var id: String { problem.id }
    public var summary: String { problem.summary }
    public var expected: String? { problem.expected }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }

    /// File order: by position, errors first where two share a position.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let pa = a.element.location.position ?? .start, pb = b.element.location.position ?? .start
            if pa != pb { return pa < pb }
            if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// Several diagnostics as one failure: what a data file or a render step reports when it stops.
public struct DiagnosticList: Error, Sendable {
    public var items: [Diagnostic]

    public init(_ items: [Diagnostic]) { self.items = items }
}
