/// A 1-based line and column inside a source text; columns count Unicode scalars, as libyaml does.
public struct TextPosition: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = TextPosition(line: 1, column: 1)

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A file and, where known, the position inside it. Prints as `path:line:col`, the form editors jump to.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var position: TextPosition?

    public init(file: String, position: TextPosition? = nil) {
        self.file = file
        self.position = position
    }

    public init(file: String, line: Int, column: Int) {
        self.init(file: file, position: TextPosition(line: line, column: column))
    }

    public var description: String {
        guard let position else { return file }
        return "\(file):\(position.line):\(position.column)"
    }
}
