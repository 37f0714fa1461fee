/// cvbuild's own settings, from the top-level `cvbuild` key: how to present the profile.
public struct Settings: Hashable, Sendable {
    public var theme: String?
    public var locale: String?
    public var pageSize: PageSize?
    public var maxPages: Int?
    /// The order of sections: built-in ones it leaves out are not shown; custom ones it leaves
    /// out follow the rest (never silently dropped).
    public var sections: [SectionRef]?
    public var sectionTitles: [SectionID: String] = [:]
    public var linkedinHeadline: String?
    public var targetRole: String?
    /// `inline` turns on **bold**, *italic* and [links](https://…) in descriptions and highlights.
    public var markup: Markup = .none
    /// Cover letters (`cvbuild letter`), each with its name.
    public var letters: [Letter] = []

    public init() {}

    public static let maxPagesRange = 1...20
}

public enum Markup: String, Hashable, Sendable, CaseIterable {
    case none, inline
}

public enum PageSize: String, Hashable, Sendable, CaseIterable {
    case a4, letter
}

/// A section named in `cvbuild.sections`: one of cvbuild's own, or a custom section by its key.
public enum SectionRef: Hashable, Sendable {
    case standard(SectionID)
    case custom(String)

    /// `Work` is `work`; any other name is a custom section's key, as its title would make it
    /// ("Open Source" → `open-source`).
    public init(_ raw: String) {
        self = SectionID(rawValue: raw.lowercased()).map(SectionRef.standard) ?? .custom(CustomSection.key(for: raw))
    }

    public var rawValue: String {
        switch self {
        case .standard(let id): id.rawValue
        case .custom(let key): key
        }
    }
}

/// The résumé sections, in the default order a reader expects.
public enum SectionID: String, Hashable, Sendable, CaseIterable {
    case summary, work, projects, education, certificates, skills, awards, publications
    case volunteer, languages, interests, references
}
