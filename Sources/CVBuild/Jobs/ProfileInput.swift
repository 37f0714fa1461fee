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
        if (lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")), isRenderCV(path) {
            return converted(RenderCVImporter.load(path: path), path: path, format: "a RenderCV file",
                             command: "cvbuild import rendercv \(path)")
        }
        return ProfileLoader.inspect(path: path, strict: strict)
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

    /// A quick look at the top-level keys, before any full read: `cv` without `basics`.
    private static func isRenderCV(_ path: String) -> Bool {
        guard let source = SourceReader.read(path: path).value, let root = ProfileLoader.parse(source).value,
              case .mapping(let pairs) = root.content else { return false }
        let keys = Set(pairs.map(\.key))
        return keys.contains("cv") && !keys.contains("basics")
    }
}
