// The short JSON Resume entries: a few text fields each, no behaviour.

public struct Award: Hashable, Sendable {
    public var title: String?
    public var date: PartialDate?
    public var awarder: String?
    public var summary: String?
    public init() {}
}

public struct Publication: Hashable, Sendable {
    public var name: String?
    public var publisher: String?
    public var releaseDate: PartialDate?
    public var url: String?
    public var summary: String?
    public init() {}
}

public struct Skill: Hashable, Sendable {
    public var name: String?
    public var level: String?
    public var keywords: [String] = []
    public init() {}
}

public struct Language: Hashable, Sendable {
    public var language: String?
    public var fluency: String?
    public init() {}
}

public struct Interest: Hashable, Sendable {
    public var name: String?
    public var keywords: [String] = []
    public init() {}
}

public struct Reference: Hashable, Sendable {
    public var name: String?
    public var reference: String?
    public init() {}
}

public struct Meta: Hashable, Sendable {
    public var canonical: String?
    public var version: String?
    public var lastModified: String?
    public init() {}
}
