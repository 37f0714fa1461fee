/// Who the profile is about: JSON Resume's `basics`.
public struct Basics: Hashable, Sendable {
    public var name: String?
    public var label: String?
    public var image: String?
    public var email: String?
    public var phone: String?
    public var url: String?
    public var summary: String?
    public var location: Location?
    public var profiles: [SocialProfile] = []

    public init() {}

    /// The name an import writes when the source has none: shown, and warned about until replaced.
    public static let namePlaceholder = "YOUR NAME"
}

public struct Location: Hashable, Sendable {
    public var address: String?
    public var postalCode: String?
    public var city: String?
    public var countryCode: String?
    public var region: String?

    public init() {}
}

/// An account elsewhere: GitHub, LinkedIn, a blog.
public struct SocialProfile: Hashable, Sendable {
    public var network: String?
    public var username: String?
    public var url: String?

    public init() {}
}
