/// Reads a JSON Resume file as found in the wild, in JSON or YAML (a Jekyll site's
/// `_data/resume.yml`): 1.0 names, and the pre-1.0 ones still common, renamed with a warning at
/// their position (see `LegacyJSONResumeNames`). `endDate: null` or `""` reads as ongoing. It is
/// the profile reader every command uses; import adds the commented YAML it writes.
package enum JSONResumeImporter {
    /// The profile with a note for everything renamed or left out, or why nothing could be imported.
    package static func load(path: String) -> Outcome<Profile> {
        SourceReader.read(path: path, kind: .jsonResume).flatMap { source in ProfileLoader.inspect(source).outcome }
    }
}
