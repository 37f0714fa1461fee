/// The tree every profile, theme and data file is read into before decoding: YAML and JSON
/// both end here, so both report the same `line:col` positions.
public struct SourceNode: Sendable {
    public enum Content: Sendable {
        case scalar(Scalar)
        case mapping([Pair])
        case sequence([SourceNode])
    }

    public struct Scalar: Sendable, Hashable {
        public var text: String
        public var kind: ScalarKind
    }

    /// What a scalar means, as YAML or JSON read it: `42` is a number, `"42"` is text.
    public enum ScalarKind: Sendable, Hashable {
        case text, integer, float, boolean, null
    }

    public struct Pair: Sendable {
        public var key: String
        public var keyPosition: TextPosition
        public var value: SourceNode
    }

    public var content: Content
    public var position: TextPosition

    public init(_ content: Content, at position: TextPosition) {
        self.content = content
        self.position = position
    }

    /// How the node is described in a "found …" message.
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let s):
            switch s.kind {
            case .text: return "text"
            case .integer, .float: return "a number (\(s.text))"
            case .boolean: return "true/false (\(s.text))"
            case .null: return "nothing"
            }
        }
    }

    public var scalar: Scalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    public var isNull: Bool { scalar?.kind == .null }
}
