/// A cover letter from the profile's `cvbuild.letters`: only what the user wrote, with
/// `{placeholders}` filled when the letter is made. Paths (`cvbuild.letters[0].body[1]`) find
/// each field's position in the source map, for errors about a placeholder.
public struct Letter: Hashable, Sendable {
    public var name: String
    public var recipient: String?
    public var company: String?
    public var role: String?
    /// As written ("4 December 2026"); no date is made up when absent.
    public var date: String?
    public var greeting: String?
    /// Paragraphs in cvbuild's inline markup.
    public var body: [String] = []
    public var closing: String?
    /// Where the letter is in the profile (`cvbuild.letters[0]`).
    public var path: String

    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }

    /// Placeholders from the profile and the letter itself.
    public static let profilePlaceholders = ["name", "company", "role", "recipient"]
    /// Placeholders that need `--posting`.
    public static let postingPlaceholders = ["postingTitle", "postingCompany", "topSkills"]
    public static var placeholders: [String] { profilePlaceholders + postingPlaceholders }
}

/// `{word}` in a letter's text: the placeholders, each with its offset in the text.
public enum LetterPlaceholders {
    public static func find(in text: String) -> [(name: String, offset: Int)] {
        var found: [(String, Int)] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i] == "{", let end = chars[(i + 1)...].firstIndex(of: "}") {
                let name = String(chars[(i + 1)..<end])
                // `{` followed by anything but a name is literal text ("{ }", a brace in prose).
                if !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
                    found.append((name, i))
                    i = end + 1
                    continue
                }
            }
            i += 1
        }
        return found
    }

    /// The text with each known placeholder replaced; unknown ones are left (validation refused them).
    public static func fill(_ text: String, with values: [String: String]) -> String {
        var out = text
        for name in Set(find(in: text).map(\.name)) {
            if let value = values[name] { out = out.replacingOccurrences(of: "{\(name)}", with: value) }
        }
        return out
    }
}
