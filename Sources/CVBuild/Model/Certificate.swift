public struct Certificate: Hashable, Sendable {
    public var name: String?
    public var date: PartialDate?
    public var url: String?
    public var issuer: String?
    /// cvbuild extras (under the entry's `cvbuild` key).
    public var credentialID: String?
    public var expiryDate: PartialDate?
    /// Variant tags (`cvbuild.tags`): `render --only`/`--exclude` and `cvbuild.variants` pick entries by them.
    public var tags: [String] = []

    public init() {}
}
