/// The front door of the pipeline: a path in, a `Profile` and every diagnostic out.
public struct LoadResult: Sendable {
    public var source: SourceText?
    /// Nil only when the file could not be read or parsed at all.
    public var profile: Profile?
    public var diagnostics: [Diagnostic]

    public var isValid: Bool { profile != nil && !diagnostics.hasErrors }
}

public enum SourceFormat: String, Sendable {
    case yaml, json

    /// By extension; otherwise by the first character (`{` is JSON).
    public static func of(path: String, text: String) -> SourceFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        return text.first(where: { !$0.isWhitespace }) == "{" ? .json : .yaml
    }
}

public enum ProfileLoader {
    /// Reads, parses, decodes and checks the profile at `path`. With `strict`, unknown keys are errors.
    public static func load(path: String, strict: Bool = false) -> LoadResult {
        switch SourceReader.read(path: path) {
        case .failure(let diagnostic):
            return LoadResult(source: nil, profile: nil, diagnostics: [diagnostic])
        case .success(let source):
            return load(source, strict: strict)
        }
    }

    public static func load(_ source: SourceText, strict: Bool = false) -> LoadResult {
        let root: SourceNode
        switch parse(source) {
        case .failure(let diagnostic): return LoadResult(source: source, profile: nil, diagnostics: [diagnostic])
        case .success(let node): root = node
        }
        let reader = FieldReader(source: source, strict: strict)
        guard var profile = ProfileDecoder(reader: reader).decode(root) else {
            return LoadResult(source: source, profile: nil, diagnostics: reader.diagnostics)
        }
        profile.sourceMap = reader.sourceMap
        ProfileRules.check(profile, rootPosition: root.position, reader: reader)
        return LoadResult(source: source, profile: profile, diagnostics: reader.diagnostics.sortedByPosition())
    }

    /// The node tree of a YAML or JSON text, or the syntax error that stops it.
    public static func parse(_ source: SourceText) -> Result<SourceNode, Diagnostic> {
        switch SourceFormat.of(path: source.path, text: source.text) {
        case .json: JSONReader.read(source)
        case .yaml: YAMLReader.read(source)
        }
    }
}
