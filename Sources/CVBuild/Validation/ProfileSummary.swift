/// What a profile holds, in one line: proof to the user that cvbuild read what they meant.
public struct ProfileSummary: Sendable {
    public let name: String?
    public let label: String?
    public let counts: [(String, Int)]

    public init(_ profile: Profile) {
        name = profile.basics.name
        label = profile.basics.label
        let skills = profile.skills.reduce(0) { $0 + max(1, $1.keywords.count) }
        counts = [
            ("jobs", profile.work.count), ("projects", profile.projects.count),
            ("schools", profile.education.count), ("certificates", profile.certificates.count),
            ("skills", skills), ("highlights", Self.highlightCount(profile)),
            ("awards", profile.awards.count), ("publications", profile.publications.count),
            ("volunteer roles", profile.volunteer.count), ("languages", profile.languages.count),
            ("custom sections", profile.customSections.count),
        ]
    }

    private static func highlightCount(_ p: Profile) -> Int {
        p.work.reduce(0) { $0 + $1.highlights.count } + p.projects.reduce(0) { $0 + $1.highlights.count }
            + p.volunteer.reduce(0) { $0 + $1.highlights.count } + p.education.reduce(0) { $0 + $1.highlights.count }
            + p.customSections.reduce(0) { $0 + $1.entries.reduce(0) { $0 + $1.highlights.count } }
    }

    /// "Alexandra Chen, Senior Machine Learning Engineer: 4 jobs, 3 projects, …" (zero counts left out).
    public var description: String {
        let who = [name, label].compactMap { $0 }.joined(separator: ", ")
        let what = counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.1 == 1 ? Self.singular($0.0) : $0.0)" }
            .joined(separator: ", ")
        return what.isEmpty ? who : "\(who): \(what)"
    }

    private static func singular(_ plural: String) -> String {
        switch plural {
        case "volunteer roles": "volunteer role"
        case "custom sections": "custom section"
        case "highlights", "jobs", "projects", "schools", "certificates", "skills", "awards", "publications", "languages":
            String(plural.dropLast())
        default: plural
        }
    }

    public var json: JSONValue {
        .object([("name", .optional(name)), ("label", .optional(label))] + counts.map { ($0.0, .int($0.1)) })
    }
}
