/// A bullet should say what changed and by how much: a digit, a percentage, an amount, or a
/// word that is a measure ("doubled", 翻倍).
struct MeasurableResultRule: CheckRuleRunner {
    static func hasResult(_ text: String, words: CheckWords) -> Bool {
        if text.contains(where: { $0.isNumber || "%$€£¥".contains($0) }) { return true }
        return PhraseFinder.first(of: words.resultWords, in: text) != nil
    }

    func findings(_ context: CheckContext) -> [Diagnostic] {
        context.bullets.filter { !$0.hasResult }
            .map { context.finding(.noMeasurableResult, $0.path) }
    }
}
