/// LinkedIn's field limits as reported by third parties (LinkedIn publishes almost none).
/// Where sources disagree, the stricter figure is used and the other is named.
package struct LinkedInLimit: Hashable, Sendable {
    package var characters: Int
    /// What else is reported, e.g. "some sources say 80".
    package var note: String?

    package static let headline = LinkedInLimit(characters: 220, note: nil)
    package static let about = LinkedInLimit(characters: 2_600, note: nil)
    package static let positionTitle = LinkedInLimit(characters: 100, note: nil)
    package static let positionDescription = LinkedInLimit(characters: 2_000, note: nil)
    package static let companyName = LinkedInLimit(characters: 100, note: nil)
    package static let educationDescription = LinkedInLimit(characters: 1_000, note: nil)
    package static let skill = LinkedInLimit(characters: 60, note: "one source says 60, others 80; checked against 60")
    package static let websiteURL = LinkedInLimit(characters: 256, note: nil)
    /// How many skills a profile may list (50 before February 2024).
    package static let skillCount = 100
}

/// Lengths as a person sees them: one emoji, one accented letter, one Chinese character each
/// count 1 (grapheme clusters), not bytes or UTF-16 units.
package enum LinkedInCount {
    package static func length(_ text: String) -> Int { text.count }
}
