/// "Responsible for …", "worked on …", 负责…: a duty, not an achievement.
struct WeakOpeningRule: CheckRuleRunner {
    func findings(_ context: CheckContext) -> [Diagnostic] {
        context.bullets.compactMap { b in
            PhraseFinder.prefix(of: context.words.weakOpenings, in: b.text).map { context.finding(.weakOpening(phrase: $0), b.path) }
        }
    }
}
