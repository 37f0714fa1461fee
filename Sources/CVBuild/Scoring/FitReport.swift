import Foundation

/// How well a profile fits a role or a posting, and why: a score from 0 to 100, the evidence
/// for each skill asked, what is missing (musts first), and the asks that are not skills.
public struct FitReport: Sendable {
    public enum Importance: String, Sendable { case must, nice }

    public struct Ask: Sendable {
        public var skills: [String]
        public var importance: Importance
        /// core 3, important 2, bonus 1 for roles; must 3, nice 1 for postings.
        public var weight: Double
        /// What the posting said, or the role's tier and sources.
        public var asked: String
    }

    public struct Line: Sendable {
        public var ask: Ask
        /// The skill shown, and where; nil when missing.
        public var evidence: ProfileEvidence.Item?
        /// For a missing skill: what the profile shows indirectly, if anything.
        public var indirect: ProfileEvidence.Item?
        public var indirectSkill: String?
    }

    public var target: String
    public var score: Int
    public var lines: [Line]
    public var titleSimilarity: Double?
    public var yearsAsked: Int?
    public var yearsShown: Double
    /// Of `yearsShown`, the years in jobs with a technical title (see PostingCues.isTechnical).
    public var yearsTechnical: Double?
    public var degreeAsked: String?
    public var degreeShown: String?
    public var source: String?
}
