/// Turns diagnostics into text: one line per problem in the clang/swiftc form
/// `FILE:LINE:COL: error: path: summary (expected)`, optionally followed by the source line and
/// a caret; or into JSON for tools and editors.
public struct DiagnosticFormatter: Sendable {
    public var colour: Bool
    public var showSource: Bool

    public init(colour: Bool = false, showSource: Bool = true) {
        self.colour = colour
        self.showSource = showSource
    }

    /// The first line alone: the stable, testable part.
    public static func headline(_ d: Diagnostic) -> String {
        var text = "\(d.location): \(d.severity.rawValue): "
        if let path = d.path { text += "\(path): " }
        text += d.summary
        if let expected = d.expected { text += " (\(expected))" }
        return text
    }

    /// `sourceLine` is the text of the line the diagnostic points at, when there is one.
    public func format(_ d: Diagnostic, sourceLine: String? = nil) -> String {
        var head = Self.headline(d)
        if colour {
            let label = d.severity.rawValue
            let code = d.severity == .error ? "31" : d.severity == .warning ? "35" : "36"
            let prefix = "\(d.location): "
            head = "\u{1B}[1m\(prefix)\u{1B}[0m\u{1B}[1;\(code)m\(label):\u{1B}[0m\u{1B}[1m"
                + head.dropFirst(prefix.count + label.count + 1) + "\u{1B}[0m"
        }
        guard showSource, let line = sourceLine, let column = d.location.position?.column,
              line.count < 300 else { return head }
        // The caret lines up under the column; tabs are kept so it still lines up.
        let lead = line.unicodeScalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        let caret = colour ? "\u{1B}[1;32m^\u{1B}[0m" : "^"
        return head + "\n    " + line + "\n    " + lead + caret
    }

    public static func json(_ d: Diagnostic) -> JSONValue {
        .object([
            ("file", .string(d.location.file)),
            ("line", d.location.position.map { .int($0.line) } ?? .null),
            ("column", d.location.position.map { .int($0.column) } ?? .null),
            ("severity", .string(d.severity.rawValue)),
            ("id", .string(d.id)),
            ("path", .optional(d.path)),
            ("message", .string(d.summary)),
            ("expected", .optional(d.expected)),
        ])
    }
}
