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

    public init() {}
}
