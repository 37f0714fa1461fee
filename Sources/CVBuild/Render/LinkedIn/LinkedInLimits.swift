/// LinkedIn's field limits as reported by third parties (LinkedIn publishes almost none).
/// Where sources disagree, the stricter figure is used and the other is named.
public struct LinkedInLimit: Hashable, Sendable {
    public var characters: Int
    /// What else is reported, e.g. "some sources say 80".
    public var note: String?

    public static let headline = LinkedInLimit(characters: 220, note: nil)
    public static let about = LinkedInLimit(characters: 2_600, note: nil)
    public static let positionTitle = LinkedInLimit(characters: 100, note: nil)
    public static let positionDescription = LinkedInLimit(characters: 2_000, note: nil)
    public static let companyName = LinkedInLimit(characters: 100, note: nil)
    public static let educationDescription = LinkedInLimit(characters: 1_000, note: nil)
    public static let skill = LinkedInLimit(characters: 60, note: "one source says 60, others 80; checked against 60")
    public static let websiteURL = LinkedInLimit(characters: 256, note: nil)
    /// How many skills a profile may list (50 before February 2024).
    public static let skillCount = 100
}

/// Lengths as a person sees them: one emoji, one accented letter, one Chinese character each
/// count 1 (grapheme clusters), not bytes or UTF-16 units.
public enum LinkedInCount {
    public static func length(_ text: String) -> Int { text.count }

    /// 2600 → "2,600".
    public static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
