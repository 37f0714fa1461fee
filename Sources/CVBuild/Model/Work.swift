/// A job: JSON Resume's `work` entry.
public struct Work: Hashable, Sendable {
    public var name: String?
    public var location: String?
    public var description: String?
    public var position: String?
    public var url: String?
    public var startDate: PartialDate?
    public var endDate: EndDate?
    public var summary: String?
    public var highlights: [String] = []
    /// Dates as written when they are no dates cvbuild can read ("Summer 2020", from RenderCV):
    /// shown as they are, in place of the formatted range; under the entry's `cvbuild.dates`.
    public var datesText: String?
    /// Variant tags (`cvbuild.tags`): `render --only`/`--exclude` and `cvbuild.variants` pick entries by them.
    public var tags: [String] = []
    /// A tag for each highlight, by position (`cvbuild.highlightTags`; "" for none, commas between several).
    public var highlightTags: [String] = []

    public init() {}
}
