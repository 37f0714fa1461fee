/// A section the person named themselves ("Open Source", "Talks", "Research Experience") that
/// none of JSON Resume's sections holds as such. It lives under `cvbuild.customSections`, so the
/// rest of the file stays a plain JSON Resume profile, and renders with its own heading.
public struct CustomSection: Hashable, Sendable {
    public var title: String?
    public var entries: [CustomEntry] = []

    public init(title: String? = nil, entries: [CustomEntry] = []) {
        self.title = title
        self.entries = entries
    }

    /// The name `cvbuild.sections` places it by: its title in lower case, words joined by "-"
    /// ("Open Source Work" → "open-source-work").
    public var key: String { Self.key(for: title ?? "") }

    public static func key(for title: String) -> String {
        let words = title.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.isEmpty ? "section" : words.joined(separator: "-")
    }
}

/// One entry of a custom section: a dated entry (`name` with its details), a labelled line
/// (`label`: `summary`), or a paragraph (`summary` alone).
public struct CustomEntry: Hashable, Sendable {
    public var name: String?
    public var label: String?
    public var subtitle: String?
    public var location: String?
    public var url: String?
    public var startDate: PartialDate?
    public var endDate: EndDate?
    /// Dates as written ("Summer 2020"), shown in place of the formatted range.
    public var datesText: String?
    /// Variant tags (`cvbuild.tags`): `render --only`/`--exclude` and `cvbuild.variants` pick entries by them.
    public var tags: [String] = []
    /// A tag for each highlight, by position (`cvbuild.highlightTags`; "" for none, commas between several).
    public var highlightTags: [String] = []
    public var summary: String?
    public var highlights: [String] = []
    public var keywords: [String] = []

    public init() {}
}
