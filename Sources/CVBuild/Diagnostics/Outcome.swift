/// What every step and every job of cvbuild gives back: a value with the warnings and notes met
/// on the way, or the errors that stopped it (with any warnings found before them).
///
/// One shape everywhere, so a step's diagnostics are never dropped between stages: `flatMap`
/// chains steps and keeps every diagnostic in order, the way typst's `Warned<SourceResult<T>>` does.
public struct Outcome<Value> {
    /// Nil exactly when the step failed; then `diagnostics` holds at least one error.
    public let value: Value?
    /// In the order they were found.
    public let diagnostics: [Diagnostic]

    private init(value: Value?, diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }

    /// A value, with the warnings and notes that go with it (never errors: those are a failure).
    public static func success(_ value: Value, warnings: [Diagnostic] = []) -> Outcome {
        Outcome(value: value, diagnostics: warnings)
    }

    /// A failure: `diagnostics` must hold an error; one that does not is a programming mistake.
    public static func failure(_ diagnostics: [Diagnostic]) -> Outcome {
        precondition(diagnostics.hasErrors, "a failed outcome needs an error")
        return Outcome(value: nil, diagnostics: diagnostics)
    }

    public static func failure(_ diagnostic: Diagnostic) -> Outcome { failure([diagnostic]) }

    /// A value unless `diagnostics` holds an error: for steps that collect problems as they go.
    public static func checking(_ value: Value?, _ diagnostics: [Diagnostic]) -> Outcome {
        guard let value, !diagnostics.hasErrors else {
            return failure(diagnostics.hasErrors ? diagnostics : diagnostics + [Diagnostic.internalFailure])
        }
        return success(value, warnings: diagnostics)
    }

    public var failed: Bool { value == nil }

    /// The value, or the diagnostics thrown: for code that handles failure with `try`.
    public func get() throws(DiagnosticList) -> Value {
        guard let value else { throw DiagnosticList(diagnostics) }
        return value
    }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity != .error } }

    public func map<T>(_ transform: (Value) -> T) -> Outcome<T> {
        guard let value else { return .failure(diagnostics) }
        return .success(transform(value), warnings: diagnostics)
    }

    /// The next step on this value; its diagnostics follow this one's.
    public func flatMap<T>(_ next: (Value) -> Outcome<T>) -> Outcome<T> {
        guard let value else { return .failure(diagnostics) }
        let result = next(value)
        let all = diagnostics + result.diagnostics
        guard let nextValue = result.value else { return .failure(all) }
        return .success(nextValue, warnings: all)
    }

    /// The same outcome with more diagnostics in front (what was found before this step).
    public func after(_ earlier: [Diagnostic]) -> Outcome {
        guard !earlier.isEmpty else { return self }
        guard let value, !earlier.hasErrors else { return .failure(earlier + diagnostics) }
        return .success(value, warnings: earlier + diagnostics)
    }
}

extension Outcome: Sendable where Value: Sendable {}

extension Diagnostic {
    /// Only for `Outcome.checking` given no value and no error: a step that failed without saying why.
    static let internalFailure = Diagnostic(.error, .renderFailed(message: "cvbuild failed without saying why; please report this"),
                                            at: SourceLocation(file: "cvbuild"))
}
