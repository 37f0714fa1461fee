/// Finds a word list's phrases in profile text: whole words for Latin text ("helped" is not in
/// "unhelpedful"), as written for Chinese, which has no spaces. Offsets count Unicode scalars,
/// as source columns do.
enum PhraseFinder {
    /// The first phrase found and its offset, earliest in the text (longest at the same place).
    static func first(of phrases: [String], in text: String) -> (phrase: String, offset: Int)? {
        let lower = Array(text.lowercased().unicodeScalars)
        // Lower-casing keeps the scalar count for the scripts these lists hold, so offsets stay true.
        guard lower.count == text.unicodeScalars.count else { return nil }
        var best: (phrase: String, offset: Int)?
        let present = Set(lower)
        for phrase in phrases {
            // Most phrases' first letter is not in the text at all: skip them before scanning.
            guard let head = phrase.unicodeScalars.first, present.contains(head),
                  let at = offset(of: Array(phrase.unicodeScalars), in: lower) else { continue }
            if best == nil || at < best!.offset || (at == best!.offset && phrase.count > best!.phrase.count) {
                let original = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(at).prefix(phrase.unicodeScalars.count)))
                best = (original, at)
            }
        }
        return best
    }

    /// Whether the text starts with one of the phrases, as whole words; the longest one.
    static func prefix(of phrases: [String], in text: String) -> String? {
        let trimmed = text.drop { $0 == " " }
        guard let found = first(of: phrases, in: String(trimmed)), found.offset == 0 else { return nil }
        return found.phrase
    }

    static func offset(of phrase: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
        guard !phrase.isEmpty, phrase.count <= text.count else { return nil }
        let cjk = phrase.contains { isHan($0) }
        var i = 0
        while i + phrase.count <= text.count {
            if text[i] == phrase[0], text[i..<(i + phrase.count)].elementsEqual(phrase) {
                if cjk || (isBoundary(text, i - 1) && isBoundary(text, i + phrase.count)) { return i }
            }
            i += 1
        }
        return nil
    }

    /// A word boundary: the text's edge or a character that is not a letter, digit or apostrophe.
    private static func isBoundary(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i >= 0, i < text.count else { return true }
        let s = text[i]
        return !(s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "'" || s == "’")
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) }
}
