public struct Certificate: Hashable, Sendable {
    public var name: String?
    public var date: PartialDate?
    public var url: String?
    public var issuer: String?
    /// cvbuild extras (under the entry's `cvbuild` key).
    public var credentialID: String?
    public var expiryDate: PartialDate?

    public init() {}
}
