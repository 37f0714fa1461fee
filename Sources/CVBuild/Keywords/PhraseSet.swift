/// Cue phrases ("nice to have", "experience with") compiled into a trie over token keys, so a
/// sentence's tokens are checked for all of them in one pass instead of one substring search
/// each. A phrase's last word also matches longer words it starts ("requirement" finds
/// "requirements") when it has four letters or more.
struct PhraseSet: Sendable {
    private struct Node: Sendable {
        var children: [Substring: Int] = [:]
        /// Last words matched as prefixes, indexed by their first four letters.
        var prefixChildren: [Substring: [(String, Int)]] = [:]
        var terminal = false
    }

    private var nodes = [Node()]

    init(_ phrases: [String]) {
        for phrase in phrases {
            let keys = SkillTokenizer.tokens(phrase.replacingOccurrences(of: "’", with: "'")).map { String($0.key) }
            guard !keys.isEmpty else { continue }
            var node = 0
            for (i, key) in keys.enumerated() {
                let last = i == keys.count - 1
                if last, key.count >= 4 {
                    nodes.append(Node(terminal: true))
                    nodes[node].prefixChildren[Substring(key.prefix(4)), default: []].append((key, nodes.count - 1))
                    continue
                }
                if let next = nodes[node].children[Substring(key)] {
                    node = next
                } else {
                    nodes.append(Node())
                    nodes[node].children[Substring(key)] = nodes.count - 1
                    node = nodes.count - 1
                }
                if last { nodes[node].terminal = true }
            }
        }
    }

    /// True when any phrase occurs in the tokens.
    func occurs(in tokens: [SkillToken]) -> Bool {
        for start in tokens.indices where matches(tokens, from: start, node: 0) { return true }
        return false
    }

    private func matches(_ tokens: [SkillToken], from i: Int, node: Int) -> Bool {
        guard i < tokens.count else { return false }
        let key = tokens[i].key
        if key.utf8.count >= 4, let candidates = nodes[node].prefixChildren[key.prefix(4)] {
            for (prefix, child) in candidates where key.hasPrefix(prefix) && nodes[child].terminal { return true }
        }
        guard let next = nodes[node].children[key] else { return false }
        return nodes[next].terminal || matches(tokens, from: i + 1, node: next)
    }
}
