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
    /// Named variants (`cvbuild.variants`), rendered with `--variant NAME`.
    public var variants: [String: Variant] = [:]
    /// Translation overlays by locale (`cvbuild.translations: {zh: cv.zh.yaml}`), besides the
    /// `NAME.LOCALE.yaml` files found beside the profile.
    public var translations: [String: String] = [:]
    /// `cvbuild.check.ignore`: ids of `cvbuild check` rules to switch off for this profile.
    public var checkIgnore: [String] = []
    /// Cover letters (`cvbuild letter`), each with its name.
    public var letters: [Letter] = []

    public init() {}

    public static let maxPagesRange = 1...20
}

/// One version of the résumé from the same profile: which tagged entries it keeps, and how it is laid out.
public struct Variant: Hashable, Sendable {
    /// Keep entries with one of these tags (and every untagged entry); empty: all.
    public var only: [String] = []
    /// Leave out entries with one of these tags.
    public var exclude: [String] = []
    public var sections: [SectionRef]?
    public var maxPages: Int?
    public var theme: String?

    public init(only: [String] = [], exclude: [String] = []) {
        self.only = only
        self.exclude = exclude
    }
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
