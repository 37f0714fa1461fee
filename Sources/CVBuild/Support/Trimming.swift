extension StringProtocol {
    /// The text without spaces and tabs (any Unicode space) at either end: what
    /// `trimmingCharacters(in: .whitespaces)` gives, without a trip through Foundation's NSString,
    /// which cost a third of reading a large posting.
    package var trimmedSpaces: String { trimmed(Self.isSpace) }

    /// The text without white space or line breaks at either end: what
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives (Unicode's White_Space).
    package var trimmedWhitespace: String { trimmed { $0.properties.isWhitespace } }

    /// Whether the text is empty or only white space and line breaks (`trimmedWhitespace` is empty).
    package var isBlank: Bool { !unicodeScalars.contains { !$0.properties.isWhitespace } }

    private func trimmed(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.index(after: scalars.lastIndex(where: { !isTrimmed($0) })!)
        return String(self[first..<last])
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || (s.value > 0x7F && s.properties.isWhitespace && s != "\u{2028}" && s != "\u{2029}" && s != "\u{85}")
    }
}
