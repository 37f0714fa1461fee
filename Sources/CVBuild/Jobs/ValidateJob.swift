/// `validate` as a job: every problem of every profile, and what each holds.
public enum ValidateJob {
    public static func run(paths: [String], strict: Bool = false) -> ValidationReport {
        ValidationReport(paths.map { ProfileInput.inspect(path: $0, strict: strict) })
    }
}
