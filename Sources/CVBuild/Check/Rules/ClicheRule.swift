/// "Team player", "results-driven", 吃苦耐劳: claims that take space and prove nothing.
struct ClicheRule: CheckRuleRunner {
    func findings(_ context: CheckContext) -> [Diagnostic] {
        let p = context.profile
        var texts: [(String, String)] = [(p.basics.label ?? "", "basics.label"), (p.basics.summary ?? "", "basics.summary")]
        texts += p.work.enumerated().map { ($1.summary ?? "", "work[\($0)].summary") }
        texts += context.bullets.map { ($0.text, $0.path) }
        return texts.compactMap { text, path in
            PhraseFinder.first(of: context.words.cliches, in: text).map {
                context.finding(.cliche(phrase: $0.phrase), path, offset: $0.offset, text: text)
            }
        }
    }
}
