/// Splits text into word tokens the way the skill matcher compares them: letters and digits,
/// with `+` and `#` kept at a word's end ("C++", "C#") and a dot kept between letters ("Node.js").
/// Hyphens, slashes, ampersands and spaces all separate, so "scikit-learn" = "scikit learn".
public struct SkillToken: Sendable, Hashable {
    /// Lower-cased, for dictionary lookups.
    public var key: Substring
    /// As written, for case-sensitive skills.
    public var original: Substring
    public var range: Range<String.Index>
    /// The character right after the token ("&" in "R&D"), and right before it.
    public var next: Character?
    public var previous: Character?
}

public enum SkillTokenizer {
    public static func tokens(_ text: String) -> [SkillToken] {
        var out: [SkillToken] = []
        out.reserveCapacity(text.utf8.count / 5)
        var i = text.startIndex
        var previous: Character?
        while i < text.endIndex {
            let c = text[i]
            guard isWordCharacter(c) else {
                previous = c
                i = text.index(after: i)
                continue
            }
            let start = i
            var j = i
            while j < text.endIndex {
                let d = text[j]
                if isWordCharacter(d) { j = text.index(after: j); continue }
                // A dot between word characters stays inside ("node.js", "asp.net"), not at the end.
                if d == ".", let k = Optional(text.index(after: j)), k < text.endIndex, text[k].isLetter, j > start {
                    j = k
                    continue
                }
                break
            }
            // Trailing + or # belong to the word: "C++", "C#", "F#".
            while j < text.endIndex, text[j] == "+" || text[j] == "#" { j = text.index(after: j) }
            let original = text[start..<j]
            let key = Substring(original.lowercased())
            out.append(SkillToken(key: key, original: original, range: start..<j,
                                  next: j < text.endIndex ? text[j] : nil, previous: previous))
            previous = text[text.index(before: j)]
            i = j
        }
        return out
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// The normalised form of a name: its tokens' keys joined by one space.
    public static func normalisedKey(_ text: String) -> String {
        tokens(text).map { String($0.key) }.joined(separator: " ")
    }
}
