/// Orders skill names by what a role asks for: core first, then important, then bonus, then the
/// rest, each group in the profile's own order.
package enum SkillRelevance {
    package static func order(_ skills: [String], for role: RoleSet, matcher: SkillMatcher) -> [String] {
        var rank: [String: Int] = [:]
        for ask in role.asks {
            let r = ask.tier == .core ? 0 : ask.tier == .important ? 1 : 2
            for id in ask.skills { rank[id] = min(rank[id] ?? r, r) }
        }
        func rankOf(_ name: String) -> Int {
            matcher.matches(in: name, tokens: SkillTokenizer.tokens(name)).compactMap { rank[$0.skillID] }.min() ?? 3
        }
        return skills.enumerated().map { ($0.offset, $0.element, rankOf($0.element)) }
            .sorted { ($0.2, $0.0) < ($1.2, $1.0) }.map(\.1)
    }
}
