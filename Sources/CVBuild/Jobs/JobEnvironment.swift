import Foundation

/// The inputs a job would otherwise take from the process: environment variables and the clock.
/// The CLI fills it from the process; a library user or a test passes what it wants.
public struct JobEnvironment: Sendable {
    public var variables: [String: String]
    public var now: Date

    public init(variables: [String: String] = [:], now: Date = Date(timeIntervalSince1970: 0)) {
        self.variables = variables
        self.now = now
    }

    /// `SOURCE_DATE_EPOCH` (reproducible builds): the date to write into documents, nil when unset.
    /// Read the same way by every command: a value that is not whole seconds is an error, never ignored.
    public var sourceDate: Outcome<Date?> {
        guard let text = variables["SOURCE_DATE_EPOCH"] else { return .success(nil) }
        guard let seconds = Int(text.trimmedSpaces) else {
            return .failure(Diagnostic(.error, .invalidEnvironmentValue(value: text, expected: "a whole number of seconds since 1970"),
                                       at: SourceLocation(file: "SOURCE_DATE_EPOCH")))
        }
        return .success(Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// "Today" for a job: `SOURCE_DATE_EPOCH` when set, else `now`.
    public var today: Outcome<Date> { sourceDate.map { $0 ?? now } }
}
