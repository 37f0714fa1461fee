/// With `--posting`: each must-have the posting asks for that the profile does not show, at
/// the posting's line that asks for it.
struct MissingMustRule: CheckRuleRunner {
    func findings(_ context: CheckContext) -> [Diagnostic] {
        guard let posting = context.posting else { return [] }
        return posting.missing.map { miss in
            Diagnostic(.warning, .check(.missingMust(skill: miss.skill)), at: SourceLocation(file: posting.file, line: miss.line, column: 1))
        }
    }
}
