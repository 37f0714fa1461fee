/// A job that has ended is told in the past ("Led"), the current one in the present ("Lead"):
/// read off the bullet's first word against the verb lists.
struct TenseRule: CheckRuleRunner {
    func findings(_ context: CheckContext) -> [Diagnostic] {
        context.bullets.compactMap { b in
            guard let ended = b.ended else { return nil }
            let first = String(b.text.drop { !$0.isLetter }.prefix { $0.isLetter })
            let word = first.lowercased()
            if ended, context.words.presentVerbs.contains(word), !context.words.pastVerbs.contains(word) {
                return context.finding(.tense(word: first, expected: "past"), b.path)
            }
            if !ended, context.words.pastVerbs.contains(word), !context.words.presentVerbs.contains(word) {
                return context.finding(.tense(word: first, expected: "present"), b.path)
            }
            return nil
        }
    }
}
