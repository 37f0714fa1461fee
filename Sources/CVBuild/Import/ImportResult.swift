/// What an importer made of someone's existing data: the profile, and everything the user
/// should know — what was renamed, what could not be mapped (with file, row or line, column).
public struct ImportResult: Sendable {
    public var profile: Profile
    public var diagnostics: [Diagnostic]

    public init(profile: Profile, diagnostics: [Diagnostic]) {
        self.profile = profile
        self.diagnostics = diagnostics
    }
}

/// Why nothing could be imported.
public struct ImportFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
