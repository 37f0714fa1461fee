package enum SourceFormat: String, Sendable {
    case yaml, json

    /// By extension; otherwise by the first character (`{` is JSON).
    package static func of(path: String, text: String) -> SourceFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        return text.first(where: { !$0.isWhitespace }) == "{" ? .json : .yaml
    }
}

/// The front door of the pipeline: a path in, a `Profile` and every diagnostic out.
package enum ProfileLoader {
    /// Reads, parses, decodes and checks the profile at `path`: the profile with its warnings, or
    /// every error. With `strict`, unknown keys are errors.
    package static func load(path: String, strict: Bool = false) -> Outcome<Profile> {
        inspect(path: path, strict: strict).outcome
    }

    package static func load(_ source: SourceText, strict: Bool = false) -> Outcome<Profile> {
        inspect(source, strict: strict).outcome
    }

    /// Everything read, even from an invalid profile: what `validate` reports on.
    package static func inspect(path: String, strict: Bool = false) -> ProfileInspection {
        let read = SourceReader.read(path: path)
        guard let source = read.value else { return ProfileInspection(path: path, profile: nil, diagnostics: read.diagnostics) }
        return inspect(source, strict: strict)
    }

    package static func inspect(_ source: SourceText, strict: Bool = false) -> ProfileInspection {
        let parsed = parse(source)
        guard let root = parsed.value else { return ProfileInspection(path: source.path, profile: nil, diagnostics: parsed.diagnostics) }
        return inspect(source, root: root, strict: strict)
    }

    /// The same, for a text whose node tree the caller has already parsed.
    package static func inspect(_ source: SourceText, root: SourceNode, strict: Bool = false) -> ProfileInspection {
        var notes: [Diagnostic] = []
        let renamed = LegacyJSONResumeNames.renamed(root, source: source, strict: strict, notes: &notes)
        let reader = FieldReader(source: source, strict: strict)
        guard var profile = ProfileDecoder(reader: reader).decode(renamed) else {
            return ProfileInspection(path: source.path, profile: nil, diagnostics: notes + reader.diagnostics)
        }
        profile.sourceMap = reader.sourceMap
        ProfileRules.check(profile, rootPosition: root.position, reader: reader)
        return ProfileInspection(path: source.path, profile: profile, diagnostics: (notes + reader.diagnostics).sortedByPosition())
    }

    /// The node tree of a YAML or JSON text, or the syntax error that stops it.
    package static func parse(_ source: SourceText) -> Outcome<SourceNode> {
        switch SourceFormat.of(path: source.path, text: source.text) {
        case .json: JSONReader.read(source)
        case .yaml: YAMLReader.read(source)
        }
    }
}

/// What was read of one profile, kept even when it has errors: `validate` summarises what it
/// could read beside every problem. Every other job takes the `Outcome` form.
package struct ProfileInspection: Sendable {
    package var path: String
    /// Nil only when the file could not be read or parsed at all.
    package var profile: Profile?
    package var diagnostics: [Diagnostic]

    package var isValid: Bool { profile != nil && !diagnostics.hasErrors }

    package var outcome: Outcome<Profile> { .checking(profile, diagnostics) }
}
