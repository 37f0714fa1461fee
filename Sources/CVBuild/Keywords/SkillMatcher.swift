/// Finds taxonomy skills in text: one trie over normalised tokens, built once, that a scan walks
/// for the longest spelling at each position. Case-sensitive skills are checked against how the
/// words were written; a glued word ("BigQueryor") is read as a skill plus a small word.
package struct SkillMatcher: Sendable {
    package struct Match: Hashable, Sendable {
        package var skillID: String
        /// The taxonomy entry whose spelling matched: `skillID` unless it is folded into another.
        package var sourceID: String
        package var range: Range<String.Index>
        /// Index of the first and one past the last token matched.
        package var tokens: Range<Int>
    }

    private struct Node: Sendable {
        var children: [Int: Int] = [:]
        /// Skill ids ending here, with the spelling's original tokens for case checks.
        var ends: [(id: String, source: String, spelling: [String])] = []
    }

    package let taxonomy: Taxonomy
    private var nodes: [Node] = [Node()]
    private var tokenIDs: [Substring: Int] = [:]
    /// A cheap signature (first and last byte, length) of every word in a spelling: most words
    /// of a posting have none of them, and are passed over without hashing the whole word.
    private var signatures = [Bool](repeating: false, count: 1 << 16)

    @inline(__always)
    private static func signature(_ key: Substring) -> Int {
        let bytes = key.utf8
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        return (Int(first) &* 257 &+ Int(last) &* 31 &+ min(bytes.count, 63)) & 0xFFFF
    }
    /// Single-token spellings of at least four letters, for reading glued words.
    private var gluePrefixes: [Substring: String] = [:]
    /// Small words glued on by scrapers, as bytes: compared from the end of a word's bytes.
    static let glueWords: [[UInt8]] = ["or", "and", "with", "in", "etc", "as", "for"].map { Array($0.utf8) }
    /// `near` patterns, by the first two letters (a-z) of their first stem: an array lookup per
    /// token, since this runs over every word of every posting.
    private var nearPatterns = [[(stems: [String], id: String)]](repeating: [], count: 26 * 26)
    private var hasNear = false
    /// `near` patterns in Chinese: the stems in this order within `cjkWindow` characters of each other.
    private var cjkNear: [(stems: [String], id: String)] = []
    static let cjkWindow = 12

    private static func pairIndex(_ key: Substring) -> Int? {
        var bytes = key.utf8.makeIterator()
        guard let a = bytes.next(), let b = bytes.next(), (97...122).contains(a), (97...122).contains(b) else { return nil }
        return Int(a - 97) * 26 + Int(b - 97)
    }
    static let nearWindow = 5

    package init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        for skill in taxonomy.skills {
            addNear(skill)
            // Ids are lower case: for a case-sensitive skill only the label and aliases are spellings.
            for spelling in Set((skill.exactCase ? [] : [skill.id]) + [skill.label] + skill.aliases + skill.zh) {
                let tokens = SkillTokenizer.tokens(spelling)
                guard !tokens.isEmpty else { continue }
                var node = 0
                for t in tokens {
                    signatures[Self.signature(t.key)] = true
                    let id = tokenID(t.key, create: true)!
                    if let next = nodes[node].children[id] {
                        node = next
                    } else {
                        nodes.append(Node())
                        nodes[node].children[id] = nodes.count - 1
                        node = nodes.count - 1
                    }
                }
                nodes[node].ends.append((skill.foldedInto ?? skill.id, skill.id, tokens.map { String($0.original) }))
                if tokens.count == 1, tokens[0].key.count >= 4, !skill.exactCase {
                    gluePrefixes[Substring(String(tokens[0].key))] = skill.foldedInto ?? skill.id
                }
            }
        }
    }

    private mutating func addNear(_ skill: Taxonomy.Skill) {
        for stems in skill.near where !stems.isEmpty {
            if SkillTokenizer.isIdeographic(word: stems[0]) {
                cjkNear.append((stems, skill.foldedInto ?? skill.id))
                continue
            }
            guard let index = Self.pairIndex(Substring(stems[0])) else { continue }
            nearPatterns[index].append((stems, skill.foldedInto ?? skill.id))
            hasNear = true
        }
    }

    private mutating func tokenID(_ key: Substring, create: Bool) -> Int? {
        if let id = tokenIDs[key] { return id }
        guard create else { return nil }
        let id = tokenIDs.count
        tokenIDs[Substring(String(key))] = id
        return id
    }

    /// Every skill spelled in `tokens`, longest first at each position, without overlaps.
    package func matches(in text: String, tokens: [SkillToken]) -> [Match] {
        var out: [Match] = []
        // In Chinese text an English word is a name: "java/python", "EXCEL" count in any case.
        let chinese = tokens.contains(where: \.isIdeographic)
        var i = 0
        while i < tokens.count {
            var node = 0
            var best: (end: Int, id: String, source: String)?
            var j = i
            while j < tokens.count, signatures[Self.signature(tokens[j].key)], let id = tokenIDs[tokens[j].key],
                  let next = nodes[node].children[id] {
                node = next
                j += 1
                if let hit = nodes[node].ends.first(where: { accepts($0, tokens[i..<j], chinese: chinese) }) { best = (j, hit.id, hit.source) }
            }
            if let best {
                out.append(Match(skillID: best.id, sourceID: best.source, range: tokens[i].range.lowerBound..<tokens[best.end - 1].range.upperBound, tokens: i..<best.end))
                i = best.end
                continue
            }
            if let glued = glued(tokens[i]) {
                out.append(Match(skillID: glued, sourceID: glued, range: tokens[i].range, tokens: i..<(i + 1)))
            }
            i += 1
        }
        // Concepts written with words in between ("deploying and optimizing ML models").
        if hasNear {
            // Built only when a pattern's first stem appears: most sentences have none.
            var named: Set<String>?
            for (start, token) in tokens.enumerated() {
                guard let index = Self.pairIndex(token.key) else { continue }
                let patterns = nearPatterns[index]
                if patterns.isEmpty { continue }
                for (stems, id) in patterns where token.key.utf8.starts(with: stems[0].utf8) {
                    if named == nil { named = Set(out.map(\.skillID)) }
                    if named!.contains(id) { continue }
                    var at = start
                    var ok = true
                    for stem in stems.dropFirst() {
                        guard let next = tokens[(at + 1)..<min(tokens.count, at + 1 + Self.nearWindow)].firstIndex(where: { $0.key.utf8.starts(with: stem.utf8) }) else {
                            ok = false
                            break
                        }
                        at = next
                    }
                    if ok {
                        out.append(Match(skillID: id, sourceID: id, range: token.range.lowerBound..<tokens[at].range.upperBound, tokens: start..<(at + 1)))
                        named!.insert(id)
                    }
                }
            }
        }
        if chinese { out += nearInChinese(text, tokens: tokens, named: Set(out.map(\.skillID))) }
        return out
    }

    /// Chinese `near` patterns ("解决 … 问题") found in the text itself, as the stems span characters.
    private func nearInChinese(_ text: String, tokens: [SkillToken], named: Set<String>) -> [Match] {
        var out: [Match] = []
        var named = named
        for (stems, id) in cjkNear where !named.contains(id) {
            var search = text.startIndex..<text.endIndex
            while let first = text.range(of: stems[0], range: search) {
                var end = first.upperBound
                var ok = true
                for stem in stems.dropFirst() {
                    let limit = text.index(end, offsetBy: Self.cjkWindow, limitedBy: text.endIndex) ?? text.endIndex
                    guard let next = text.range(of: stem, range: end..<limit) else { ok = false; break }
                    end = next.upperBound
                }
                if ok, let from = tokens.firstIndex(where: { $0.range.lowerBound >= first.lowerBound }),
                   let to = tokens.lastIndex(where: { $0.range.upperBound <= end }) {
                    out.append(Match(skillID: id, sourceID: id, range: first.lowerBound..<end, tokens: from..<(to + 1)))
                    named.insert(id)
                    break
                }
                search = first.upperBound..<text.endIndex
            }
        }
        return out
    }

    /// A case-sensitive skill's capitalised one-word names ("R", "Go", "Spark") count only as
    /// written so; its other spellings ("golang", "apache spark") are unambiguous in any case.
    /// A one-letter name counts only when it stands alone: not in "R&D", "C-level", "R's".
    private func accepts(_ end: (id: String, source: String, spelling: [String]), _ written: ArraySlice<SkillToken>, chinese: Bool) -> Bool {
        guard let skill = taxonomy.byID[end.source], skill.exactCase,
              end.spelling.count == 1, end.spelling[0].contains(where: \.isUppercase) else { return true }
        if chinese, end.spelling[0].count > 1 { return true }
        // As written ("Spark"), in capitals when the name has three letters or more ("GIT", "JAVA"),
        // or in lower case inside a slash-joined list of tools ("EMR/spark", "java/python").
        let asWritten = zip(end.spelling, written).allSatisfy { $0.0 == String($0.1.original) }
        let capitals = end.spelling[0].count >= 3 && written.allSatisfy { $0.original == $0.original.uppercased() }
        let slashed = written.first.map { $0.previous == "/" || $0.next == "/" } ?? false
        guard asWritten || capitals || slashed else { return false }
        if written.count == 1, let only = written.first, only.key.count == 1 {
            let joiners: Set<Unicode.Scalar> = ["&", "-", "'", "’", "_", "@"]
            if let n = only.next, joiners.contains(n) { return false }
            if let p = only.previous, joiners.contains(p) { return false }
        }
        return true
    }

    /// "BigQueryor" → bigquery, when what follows the skill's name is a small word like "or".
    private func glued(_ token: SkillToken) -> String? {
        let key = token.key.utf8
        guard key.count > 5 else { return nil }
        // Only a few small words can be glued on: try each as a suffix (bytes, not characters:
        // this runs on every long word), then look the rest up.
        for word in Self.glueWords {
            var end = key.endIndex
            var matches = true
            for byte in word.reversed() {
                end = key.index(before: end)
                if key[end] != byte { matches = false; break }
            }
            if matches, let id = gluePrefixes[token.key[token.key.startIndex..<end]] { return id }
        }
        return nil
    }
}
