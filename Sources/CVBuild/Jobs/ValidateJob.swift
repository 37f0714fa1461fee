/// `validate` as a job: every problem of every profile, and what each holds.
public enum ValidateJob {
    /// With `locale`, each profile as it reads in that language: its translation overlay laid
    /// over it, and every text field the overlay leaves untranslated listed at its line.
    public static func run(paths: [String], strict: Bool = false, locale: String? = nil) -> ValidationReport {
        ValidationReport(paths.map { ProfileInput.inspect(path: $0, strict: strict, locale: locale) })
    }
}
