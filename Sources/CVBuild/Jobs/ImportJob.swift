import Foundation

/// `import` and `export` as jobs: another tool's file in, a commented cvbuild profile out (or a
/// profile out as JSON Resume), as text not yet written anywhere.
public enum ImportJob {
    public enum Source: String, Sendable, CaseIterable {
        case jsonResume, linkedIn, renderCV

        /// For the written file's header: "imported from RenderCV cv.yaml".
        var name: String {
            switch self {
            case .jsonResume: "JSON Resume"
            case .linkedIn: "a LinkedIn data export"
            case .renderCV: "RenderCV"
            }
        }
    }

    public struct Imported: Sendable {
        public var profile: Profile
        /// The profile as commented YAML, checked to load back as a valid profile.
        public var yaml: String
        public var summary: ProfileSummary
    }

    /// `output` names the file the YAML will be written as: its name goes in the header and in
    /// the diagnostics of the round-trip check. `name`, when given, is the person's name where the
    /// file has none (a LinkedIn export without Profile.csv) or the one it has is replaced.
    public static func run(_ source: Source, path: String, output: String, name: String? = nil) -> Outcome<Imported> {
        read(source, path: path).map { profile in
            var profile = profile
            if let name = name?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty { profile.basics.name = name }
            return profile
        }.flatMap { profile in
            let header = ["cvbuild profile imported from \(source.name) \((path as NSString).lastPathComponent).",
                          "Check every section against the original, then: cvbuild validate \((output as NSString).lastPathComponent)",
                          "Dates are \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"; no endDate (or `present`) means ongoing."]
            let yaml = ProfileYAMLWriter.yaml(profile, header: header)
            // Whatever was imported must load back cleanly: never hand the user a broken file.
            let check = ProfileLoader.load(SourceText(path: output, text: yaml))
            guard !check.failed else { return .failure(check.diagnostics + [Diagnostic(.error, .importNotValid, at: SourceLocation(file: output))]) }
            return .success(Imported(profile: profile, yaml: yaml, summary: ProfileSummary(profile)))
        }
    }

    static func read(_ source: Source, path: String) -> Outcome<Profile> {
        switch source {
        case .jsonResume: JSONResumeImporter.load(path: path)
        case .linkedIn: LinkedInImporter.load(path: path)
        case .renderCV: RenderCVImporter.load(path: path)
        }
    }

    /// The profile as a JSON Resume 1.0 document; cvbuild's settings go under `meta.cvbuild`.
    public static func exportJSONResume(profile path: String) -> Outcome<(json: String, summary: ProfileSummary)> {
        ProfileInput.load(path: path).map { profile in
            (JSONResumeWriter.json(profile).serialized(pretty: true) + "\n", ProfileSummary(profile))
        }
    }
}
