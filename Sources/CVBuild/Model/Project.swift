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

    public init() {}
}
