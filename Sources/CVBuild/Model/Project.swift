public struct Project: Hashable, Sendable {
    public var name: String?
    public var description: String?
    public var highlights: [String] = []
    public var keywords: [String] = []
    public var startDate: PartialDate?
    public var endDate: EndDate?
    public var url: String?
    public var roles: [String] = []
    public var entity: String?
    public var type: String?
    /// Dates as written when they are no dates cvbuild can read ("Summer 2020", from RenderCV):
    /// shown as they are, in place of the formatted range; under the entry's `cvbuild.dates`.
    public var datesText: String?

    public init() {}
}
