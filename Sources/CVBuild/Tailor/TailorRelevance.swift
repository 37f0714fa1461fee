/// How much a text matters to one posting: the weight of each skill the posting asks for that
/// the text names (must 3, nice 1, as the score counts them), each skill once.
package struct TailorRelevance: Sendable {
    let matcher: SkillMatcher
    /// The weight of each asked skill id (a choice's members each get the choice's weight).
    let weights: [String: Double]

    init(matcher: SkillMatcher, asks: [FitReport.Ask]) {
        self.matcher = matcher
        var weights: [String: Double] = [:]
        for ask in asks { for id in ask.skills { weights[id] = max(weights[id] ?? 0, ask.weight) } }
        self.weights = weights
    }

    /// The asked skills a text names.
    func skills(_ text: String) -> Set<String> {
        Set(matcher.matches(in: text, tokens: SkillTokenizer.tokens(text)).map(\.skillID).filter { weights[$0] != nil })
    }

    func score(_ text: String) -> Double { skills(text).reduce(0) { $0 + (weights[$1] ?? 0) } }

    func score(_ texts: [String]) -> Double {
        texts.reduce(into: Set<String>()) { $0.formUnion(skills($1)) }.reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    /// Indices of `items` by relevance, highest first; equal ones keep their order.
    func order<T>(_ items: [T], _ text: (T) -> String) -> [Int] {
        let scores = items.map { score(text($0)) }
        return items.indices.sorted { (scores[$1], $0) < (scores[$0], $1) }
    }
}
