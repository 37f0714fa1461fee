/// Where each value of a loaded profile came from, keyed by its field path (`work[0].highlights[2]`),
/// so later stages (scoring evidence, render warnings) can point at the line a user must edit.
public struct SourceMap: Hashable, Sendable {
    public var file: String
    public private(set) var positions: [String: TextPosition] = [:]

    public init(file: String) { self.file = file }

    public mutating func record(_ path: String, _ position: TextPosition) {
        positions[path] = position
    }

    /// Re-keys the positions under `prefix` (`work`) after entries were left out: each `from`
    /// path (and everything under it) moves to its `to` path; paths of entries left out go.
    /// The most specific move wins (a highlight's own move over its entry's).
    mutating func move(_ moves: [(from: String, to: String)], under prefix: String) {
        guard !moves.isEmpty || positions.keys.contains(where: { $0.hasPrefix(prefix + "[") }) else { return }
        var moved: [String: TextPosition] = [:]
        for (path, position) in positions {
            guard path.hasPrefix(prefix + "[") else { moved[path] = position; continue }
            let match = moves.filter { path == $0.from || path.hasPrefix($0.from + ".") || path.hasPrefix($0.from + "[") }
                .max { $0.from.count < $1.from.count }
            guard let match else { continue }
            // An entry moved but this highlight of it was left out: only the highlight's own move counts.
            if path.contains(".highlights["), !match.from.contains(".highlights["),
               moves.contains(where: { $0.from.hasPrefix(match.from + ".highlights[") }) { continue }
            moved[match.to + path.dropFirst(match.from.count)] = position
        }
        positions = moved
    }

    public subscript(path: String) -> SourceLocation? {
        positions[path].map { SourceLocation(file: file, position: $0) }
    }
}
