import Foundation

/// What a profile argument holds, by its content: a cvbuild or JSON Resume profile, a RenderCV
/// file (a top-level `cv:` and no `basics:`), or a LinkedIn data export (a ZIP or its folder).
/// Other tools' files are converted in memory with the same notes as `import`, and a note says
/// so: people first try `cvbuild render` on the file they have.
enum ProfileInput {
    static func load(path: String, strict: Bool = false) -> Outcome<Profile> {
        inspect(path: path, strict: strict).outcome
    }

    static func inspect(path: String, strict: Bool = false) -> ProfileInspection {
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
        return ProfileLoader.inspect(source, root: root, strict: strict)
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
