/// One thing `tailor` did, in words, with the field it is about.
public struct TailorChange: Sendable, Hashable {
    public enum Kind: String, Sendable { case reordered, dropped }
    public var kind: Kind
    /// `work[0].highlights`, `projects[2]`, `cvbuild.sections`.
    public var path: String
    public var detail: String

    public var description: String { "\(kind.rawValue) \(path): \(detail)" }
}
