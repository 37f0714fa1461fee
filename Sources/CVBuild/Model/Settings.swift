/// cvbuild's own settings, from the top-level `cvbuild` key: how to present the profile.
public struct Settings: Hashable, Sendable {
    public var theme: String?
    public var locale: String?
    public var pageSize: PageSize?
    public var maxPages: Int?
    public var sections: [SectionID]?
    public var sectionTitles: [SectionID: String] = [:]
    public var linkedinHeadline: String?
    public var targetRole: String?
    /// `inline` turns on **bold**, *italic* and [links](https://…) in descriptions and highlights.
    public var markup: Markup = .none

    public init() {}

    public static let maxPagesRange = 1...20
}

public enum Markup: String, Hashable, Sendable, CaseIterable {
    case none, inline
}

public enum PageSize: String, Hashable, Sendable, CaseIterable {
    case a4, letter
}

/// The résumé sections, in the default order a reader expects.
public enum SectionID: String, Hashable, Sendable, CaseIterable {
    case summary, work, projects, education, certificates, skills, awards, publications
    case volunteer, languages, interests, references
}
