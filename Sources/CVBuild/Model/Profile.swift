/// One person's career, as loaded from a profile file: JSON Resume 1.0 plus cvbuild's settings.
/// Plain values: no I/O, no formatting; later stages compose views from it.
public struct Profile: Hashable, Sendable {
    public var schema: String?
    public var basics = Basics()
    public var work: [Work] = []
    public var volunteer: [Volunteer] = []
    public var education: [Education] = []
    public var awards: [Award] = []
    public var certificates: [Certificate] = []
    public var publications: [Publication] = []
    public var skills: [Skill] = []
    public var languages: [Language] = []
    public var interests: [Interest] = []
    public var references: [Reference] = []
    public var projects: [Project] = []
    /// Sections the person titled themselves, from `cvbuild.customSections`.
    public var customSections: [CustomSection] = []
    public var meta: Meta?
    public var settings = Settings()
    public var sourceMap: SourceMap

    public init(sourceMap: SourceMap = SourceMap(file: "")) {
        self.sourceMap = sourceMap
    }
}
