import CVBuild

/// An import's profile and its notes, as the import tests read them.
struct Imported {
    var profile: Profile
    var diagnostics: [Diagnostic]
}

extension Outcome where Value == Profile {
    func imported() throws -> Imported { Imported(profile: try get(), diagnostics: diagnostics) }
}
