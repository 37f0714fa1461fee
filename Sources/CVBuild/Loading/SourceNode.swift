/// The tree every profile, theme and data file is read into before decoding: YAML and JSON
/// both end here, so both report the same `line:col` positions.
package struct SourceNode: Sendable {
    package enum Content: Sendable {
        case scalar(Scalar)
        case mapping([Pair])
        case sequence([SourceNode])
    }

    package struct Scalar: Sendable, Hashable {
        package var text: String
        package var kind: ScalarKind
    }

    /// What a scalar means, as YAML or JSON read it: `42` is a number, `"42"` is text.
    package enum ScalarKind: Sendable, Hashable {
        case text, integer, float, boolean, null
    }

    package struct Pair: Sendable {
        package var key: String
        package var keyPosition: TextPosition
        package var value: SourceNode
    }

    package var content: Content
    package var position: TextPosition

    package init(_ content: Content, at position: TextPosition) {
        self.content = content
        self.position = position
    }

    /// How the node is described in a "found …" message.
    package var kindDescription: String {
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

    package var scalar: Scalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    package var isNull: Bool { scalar?.kind == .null }
}
