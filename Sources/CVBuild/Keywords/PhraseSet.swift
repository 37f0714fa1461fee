/// Cue phrases ("nice to have", "experience with") compiled into a trie over token keys, so a
/// sentence's tokens are checked for all of them in one pass instead of one substring search
/// each. A phrase's last word also matches longer words it starts ("requirement" finds
/// "requirements") when it has four letters or more.
struct PhraseSet: Sendable {
    private struct Node: Sendable {
        var children: [Substring: Int] = [:]
        /// Last words matched as prefixes, indexed by their first four letters.
        var prefixChildren: [Substring: [(String, Int)]] = [:]
        /// The group of the phrase that ends here (its index among the groups given), if one does.
        var terminal: Int?
    }

    private var nodes = [Node()]
    /// First bytes any phrase can start with: most tokens are skipped with one array read.
    private var starts = [Bool](repeating: false, count: 256)

    init(_ phrases: [String]) { self.init(groups: [phrases]) }

    /// Several groups of phrases in one trie; `firstGroup(in:)` says which group occurs.
    init(groups: [[String]]) {
        for (group, phrases) in groups.enumerated() {
        for phrase in phrases {
            let keys = SkillTokenizer.tokens(phrase.replacingOccurrences(of: "’", with: "'")).map { String($0.key) }
            guard !keys.isEmpty else { continue }
            if let first = keys[0].utf8.first { starts[Int(first)] = true }
            var node = 0
            for (i, key) in keys.enumerated() {
                let last = i == keys.count - 1
                if last, key.count >= 4 {
                    nodes.append(Node(terminal: group))
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
                if last, nodes[node].terminal == nil { nodes[node].terminal = group }
            }
        }
        }
    }

    /// True when any phrase occurs in the tokens.
    func occurs(in tokens: [SkillToken]) -> Bool { !groups(in: tokens).isEmpty }

    /// The groups whose phrases occur in the tokens.
    func groups(in tokens: [SkillToken]) -> Set<Int> {
        var found = Set<Int>()
        for start in tokens.indices {
            guard let first = tokens[start].key.utf8.first, starts[Int(first)] else { continue }
            collect(tokens, from: start, node: 0, into: &found)
        }
        return found
    }

    private func collect(_ tokens: [SkillToken], from i: Int, node: Int, into found: inout Set<Int>) {
        guard i < tokens.count else { return }
        let key = tokens[i].key
        if key.utf8.count >= 4, let candidates = nodes[node].prefixChildren[key.prefix(4)] {
            for (prefix, child) in candidates where key.utf8.starts(with: prefix.utf8) {
                if let g = nodes[child].terminal { found.insert(g) }
            }
        }
        guard let next = nodes[node].children[key] else { return }
        if let g = nodes[next].terminal { found.insert(g) }
        collect(tokens, from: i + 1, node: next, into: &found)
    }
}
