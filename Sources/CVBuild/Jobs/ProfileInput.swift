import Foundation

/// What a profile argument holds, by its content: a cvbuild or JSON Resume profile, a RenderCV
/// file (a top-level `cv:` and no `basics:`), or a LinkedIn data export (a ZIP or its folder).
/// Other tools' files are converted in memory with the same notes as `import`, and a note says
/// so: people first try `cvbuild render` on the file they have.
enum ProfileInput {
    /// With `locale`, the profile in that language when it has a translation overlay for it;
    /// with `variant`, only the entries the variant's tags keep (and its settings).
    static func load(path: String, strict: Bool = false, locale: String? = nil, variant: VariantChoice = VariantChoice()) -> Outcome<Profile> {
        let loaded = inspect(path: path, strict: strict, locale: locale).outcome
        guard !variant.isEmpty else { return loaded }
        return loaded.flatMap { VariantFilter.apply($0, variant) }
    }

    static func inspect(path: String, strict: Bool = false, locale: String? = nil) -> ProfileInspection {
        let lower = path.lowercased()
        if isLinkedInFolder(path) || (lower.hasSuffix(".zip") && FileManager.default.fileExists(atPath: path)) {
            return converted(LinkedInImporter.load(path: path), path: path, format: "a LinkedIn data export",
                             command: "cvbuild import linkedin \(path)")
        }
        // The file is read and parsed once, whichever reader then takes the node tree.
        let read = SourceReader.read(path: path)
        guard let source = read.value else { return ProfileInspection(path: path, profile: nil, diagnostics: read.diagnostics) }
        let parsed = ProfileLoader.parse(source)
        guard let root = parsed.value else { return ProfileInspection(path: path, profile: nil, diagnostics: parsed.diagnostics) }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml"), isRenderCV(root) {
            return converted(RenderCVImporter.convert(root, source: source), path: path, format: "a RenderCV file",
                             command: "cvbuild import rendercv \(path)")
        }
        guard let locale else { return ProfileLoader.inspect(source, root: root, strict: strict) }
        return translated(source, root: root, strict: strict, locale: locale)
    }

    /// The profile with its overlay for `locale` laid over it (see `TranslationOverlay`).
    private static func translated(_ source: SourceText, root: SourceNode, strict: Bool, locale: String) -> ProfileInspection {
        let named = setting(root, "cvbuild", "translations", locale)
        guard let file = TranslationOverlay.file(beside: source.path, locale: locale, named: named) else {
            return ProfileLoader.inspect(source, root: root, strict: strict)
        }
        let read = SourceReader.read(path: file)
        guard let overlaySource = read.value else { return ProfileInspection(path: source.path, profile: nil, diagnostics: read.diagnostics) }
        let parsed = ProfileLoader.parse(overlaySource)
        guard let overlay = parsed.value else { return ProfileInspection(path: source.path, profile: nil, diagnostics: parsed.diagnostics) }
        let (merged, said) = TranslationOverlay.merge(main: root, source: source, overlay: overlay, overlaySource: overlaySource, locale: locale)
        var inspection = ProfileLoader.inspect(source, root: merged, strict: strict)
        inspection.diagnostics = (inspection.diagnostics + said).sortedByPosition()
        return inspection
    }

    /// A text value by its keys from the top of the tree (`cvbuild.translations.zh`).
    private static func setting(_ root: SourceNode, _ keys: String...) -> String? {
        var node = root
        for key in keys {
            guard case .mapping(let pairs) = node.content, let next = pairs.first(where: { $0.key == key })?.value else { return nil }
            node = next
        }
        return node.scalar?.text
    }

    private static func converted(_ outcome: Outcome<Profile>, path: String, format: String, command: String) -> ProfileInspection {
        let note = Diagnostic(.note, .readAs(format: format, command: command), at: SourceLocation(file: path))
        return ProfileInspection(path: path, profile: outcome.value, diagnostics: [note] + outcome.diagnostics)
    }

    /// A folder holding one of the CSV files of LinkedIn's export (Profile.csv, Positions.csv, …).
    private static func isLinkedInFolder(_ path: String) -> Bool {
        guard FileOutput.isFolder(path), let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
        let known = Set(LinkedInArchive.Kind.allFileNames.map { $0.lowercased() })
        return names.contains { known.contains($0.lowercased()) }
    }

    /// The top-level keys: `cv` without `basics`.
    private static func isRenderCV(_ root: SourceNode) -> Bool {
        guard case .mapping(let pairs) = root.content else { return false }
        let keys = Set(pairs.map(\.key))
        return keys.contains("cv") && !keys.contains("basics")
    }
}
