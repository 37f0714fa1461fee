public struct Volunteer: Hashable, Sendable {
    public var organization: String?
    public var position: String?
    public var url: String?
    public var startDate: PartialDate?
    public var endDate: EndDate?
    public var summary: String?
    public var highlights: [String] = []

    public init() {}
}
