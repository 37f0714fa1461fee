/// Where each value of a loaded profile came from, keyed by its field path (`work[0].highlights[2]`),
/// so later stages (scoring evidence, render warnings) can point at the line a user must edit.
public struct SourceMap: Hashable, Sendable {
    public var file: String
    public private(set) var positions: [String: TextPosition] = [:]

    public init(file: String) { self.file = file }

    public mutating func record(_ path: String, _ position: TextPosition) {
        positions[path] = position
    }

    public subscript(path: String) -> SourceLocation? {
        positions[path].map { SourceLocation(file: file, position: $0) }
    }
}
