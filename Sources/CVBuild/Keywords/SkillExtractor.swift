import Foundation

/// What a posting asks for.
public struct PostingAnalysis: Sendable {
    public enum Level: String, Sendable, Comparable {
        case must, nice
        public static func < (a: Level, b: Level) -> Bool { a == .must && b == .nice }
    }

    public struct AskedSkill: Sendable, Hashable {
        public var skill: Taxonomy.Skill
        public var level: Level
        /// The sentence (or bullet) that asks, and its line in the posting.
        public var evidence: String
        public var line: Int
        /// The first either/or group it is a member of (an index into `groups`).
        public var group: Int?
        /// The level at which some sentence asks for it on its own (not only as one of a choice);
        /// nil when it is asked only within choices.
        public var aloneLevel: Level?
        public var askedAlone: Bool { aloneLevel != nil }
    }

    /// Skills of which any one meets the ask ("AWS or GCP"), at the level the sentence asks.
    public struct Group: Sendable, Hashable {
        public var members: [String]
        public var level: Level
        public var evidence: String
        public var line: Int
    }

    public var title: String?
    public var seniority: String?
    public var yearsAsked: Int?
    public var degreeAsked: String?
    public var skills: [AskedSkill]
    public var groups: [Group] = []
}

/// Finds the skills a posting asks for and whether each is a must or a nice-to-have.
/// Sections decide the level (requirements → must; extras, responsibilities and the rest →
/// nice; perks and hiring process → nothing); inline markers ("…, GCP preferred") and negations
/// override it; a skill in the job title is a must. Ambiguous words count only in a skill context.
package struct SkillExtractor: Sendable {
    package let matcher: SkillMatcher
    package let cues: PostingCues
    private let segmenter: PostingSegmenter
    private let notAsks: Set<String>
    private let grouping: AskGroups
    private let contextCues: PhraseSet
    /// Every degree level's words in one trie (group i is `cues.degrees[i]`), read on every sentence.
    private let degreeWords: PhraseSet
    /// The markers read on sentences that name a skill, in one trie, one pass: nice markers,
    /// negations, requirement markers and primary focus, in that group order.
    private let markers: PhraseSet
    private let niceGroup = 0, negationGroup = 1, requirementGroup = 2, focusGroup = 3
    /// Degree-field phrases as token keys, by their first word, to find where they stand in a sentence.
    private let degreeFields: [Substring: [[String]]]

    package init(matcher: SkillMatcher, cues: PostingCues) {
        self.matcher = matcher
        self.cues = cues
        segmenter = PostingSegmenter(cues: cues)
        notAsks = Set(cues.notAsks)
        grouping = AskGroups(cues: cues)
        degreeFields = Dictionary(grouping: cues.degreeFields.map { SkillTokenizer.tokens($0).map { String($0.key) } }.filter { !$0.isEmpty },
                                  by: { Substring($0[0]) })
        contextCues = PhraseSet(cues.contextCues)
        degreeWords = PhraseSet(groups: cues.degrees.map(\.words))
        markers = PhraseSet(groups: [cues.niceMarkers, cues.negations, cues.requirementMarkers, cues.primaryFocus])
    }

    package func analyse(_ posting: Posting) -> PostingAnalysis {
        var found: [String: PostingAnalysis.AskedSkill] = [:]
        var order: [String] = []
        var seenSentences = Set<String>()
        var groups: [PostingAnalysis.Group] = []
        func record(_ id: String, _ level: PostingAnalysis.Level, _ evidence: String, _ line: Int, group: Int? = nil) {
            guard let skill = matcher.taxonomy.byID[id], !notAsks.contains(id) else { return }
            if var existing = found[id] {
                if level < existing.level { (existing.level, existing.evidence, existing.line) = (level, evidence, line) }
                existing.group = existing.group ?? group
                if group == nil { existing.aloneLevel = min(existing.aloneLevel ?? level, level) }
                found[id] = existing
            } else {
                found[id] = .init(skill: skill, level: level, evidence: evidence, line: line, group: group, aloneLevel: group == nil ? level : nil)
                order.append(id)
            }
        }
        if let title = posting.title {
            for id in skills(in: title, tokens: SkillTokenizer.tokens(title), requireContext: false) { record(id, .must, title, 1) }
        }
        var yearsAsked: Int?
        var degreeRank: Int?
        let pieces = segmenter.pieces(posting)
        // Without a requirements section, the sentences that say "experience with" are the asks.
        let hasRequirements = pieces.contains { $0.section == .must }
        for piece in pieces where piece.section != .ignored {
            for sentence in Self.sentences(piece.text) {
                // A requirement block repeated in the posting is counted once.
                guard seenSentences.insert(sentence).inserted else { continue }
                let tokens = SkillTokenizer.tokens(sentence)
                if let y = years(tokens) { yearsAsked = min(yearsAsked ?? y, y) }
                // The lowest level named is the minimum asked (levels are listed highest first).
                if let d = degreeWords.groups(in: tokens).max() { degreeRank = max(degreeRank ?? d, d) }
                let found = withoutDegreeFields(skillMatches(in: sentence, tokens: tokens, requireContext: true), sentence, tokens)
                // Most sentences name no skill: the cue phrases are read only for those that do.
                guard !found.isEmpty else { continue }
                let cues = markers.groups(in: tokens)
                let nice = cues.contains(niceGroup)
                if !nice, cues.contains(negationGroup) { continue }
                var level: PostingAnalysis.Level = piece.section == .must && !nice ? .must : .nice
                if !nice, level == .nice, piece.section == .other, !hasRequirements, cues.contains(requirementGroup) { level = .must }
                if !nice, cues.contains(focusGroup) { level = .must }
                var grouped: [String: Int] = [:]
                for members in grouping.groups(found, sentence: sentence, tokens: tokens) {
                    // The same choice asked twice is one ask, at the higher level.
                    if let same = groups.firstIndex(where: { Set($0.members) == Set(members) }) {
                        if level < groups[same].level { groups[same].level = level }
                        for id in members { grouped[id] = same }
                        continue
                    }
                    groups.append(PostingAnalysis.Group(members: members, level: level, evidence: sentence, line: piece.line))
                    for id in members { grouped[id] = groups.count - 1 }
                }
                for m in found { record(m.skillID, level, sentence, piece.line, group: grouped[m.skillID]) }
            }
        }
        return PostingAnalysis(
            title: posting.title, seniority: seniority(posting.title ?? posting.lines.first?.text ?? ""),
            yearsAsked: yearsAsked, degreeAsked: degreeRank.map { cues.degrees[$0].level },
            skills: order.compactMap { found[$0] }, groups: groups)
    }

    /// Skill ids in one sentence, ambiguous ones only where the sentence shows a skill is meant.
    func skills(in sentence: String, tokens: [SkillToken], requireContext: Bool) -> [String] {
        skillMatches(in: sentence, tokens: tokens, requireContext: requireContext).map(\.skillID)
    }

    /// A degree's field is no ask: matches in "a degree in Mathematics or Statistics" (up to the
    /// next word that starts another ask) or in the clause of "数学、统计学等相关专业" are dropped.
    func withoutDegreeFields(_ matches: [SkillMatcher.Match], _ sentence: String, _ tokens: [SkillToken]) -> [SkillMatcher.Match] {
        guard !matches.isEmpty else { return matches }
        var excluded: [Range<Int>] = []
        for i in tokens.indices {
            guard let phrases = degreeFields[tokens[i].key] else { continue }
            for phrase in phrases where i + phrase.count <= tokens.count {
                guard (1..<phrase.count).allSatisfy({ tokens[i + $0].key == phrase[$0] }) else { continue }
                if SkillTokenizer.isIdeographic(word: phrase[0]) {
                    // Chinese: the clause around the cue, between commas.
                    var start = i, end = i + phrase.count
                    while start > 0, !Self.clauseBreak(between: tokens[start - 1], tokens[start], in: sentence) { start -= 1 }
                    while end < tokens.count, !Self.clauseBreak(between: tokens[end - 1], tokens[end], in: sentence) { end += 1 }
                    excluded.append(start..<end)
                } else {
                    var end = i + phrase.count
                    while end < tokens.count, end - i < 12, !Self.askWords.contains(tokens[end].key) { end += 1 }
                    excluded.append(i..<end)
                }
            }
        }
        guard !excluded.isEmpty else { return matches }
        return matches.filter { m in !excluded.contains { $0.contains(m.tokens.lowerBound) } }
    }

    /// Words after a degree's field that begin another ask ("… or a related field, and experience with Python").
    private static let askWords: Set<Substring> = ["experience", "years", "knowledge", "skills", "proficiency", "proficient",
                                                    "familiarity", "familiar", "expertise", "understanding", "background", "with"]

    /// Whether a comma, semicolon or full stop stands between two tokens.
    private static func clauseBreak(between a: SkillToken, _ b: SkillToken, in sentence: String) -> Bool {
        sentence[a.range.upperBound..<b.range.lowerBound].contains { "，,；;。".contains($0) }
    }

    /// Matches in one sentence, ambiguous ones only where the sentence shows a skill is meant.
    func skillMatches(in sentence: String, tokens: [SkillToken], requireContext: Bool) -> [SkillMatcher.Match] {
        let matches = matcher.matches(in: sentence, tokens: tokens)
        guard !matches.isEmpty else { return [] }
        let plainCount = matches.filter { matcher.taxonomy.byID[$0.sourceID]?.context == nil }.count
        // Context is only needed when every skill found is an ambiguous word.
        lazy var cue: Bool = {
            // A sentence that is nothing but skill names ("Go, Spark") is a skill list: context enough;
            // so are two names listed next to each other ("Go or Rust for tooling").
            if matches.count >= 2 {
                let covered = Set(matches.flatMap { Array($0.tokens) })
                if tokens.indices.allSatisfy({ covered.contains($0) || Self.connectors.contains(tokens[$0].key) }) { return true }
                let sorted = matches.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
                for (a, b) in zip(sorted, sorted.dropFirst()) where b.tokens.lowerBound >= a.tokens.upperBound {
                    if AskGroups.listGap(sentence[a.range.upperBound..<b.range.lowerBound], tokens[a.tokens.upperBound..<b.tokens.lowerBound]) != nil {
                        return true
                    }
                }
            }
            return contextCues.occurs(in: tokens)
        }()
        return matches.compactMap { m -> SkillMatcher.Match? in
            guard let skill = matcher.taxonomy.byID[m.sourceID] else { return nil }
            if let followers = cues.ambiguousFollowers[skill.id], m.tokens.upperBound < tokens.count {
                let after = tokens[m.tokens.upperBound...].prefix(2).map { String($0.key) }
                if followers.contains(where: { f in f.split(separator: " ").map(String.init).elementsEqual(after.prefix(f.split(separator: " ").count)) }) {
                    return nil
                }
            }
            if requireContext, skill.context != nil, plainCount == 0, !cue { return nil }
            return m
        }
    }

    private static let connectors: Set<Substring> = ["and", "or", "etc", "e", "g", "plus"]

    /// Sentences of a line: split at ". " (or "! ", "? ") before a capital, at ";", at Chinese
    /// sentence ends (。；！？) and before an item number glued to Chinese text.
    package static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var i = scalars.startIndex
        func cut(_ end: String.Index) {
            var piece = text[start..<end]
            while let f = piece.first, f == " " || f == "\t" { piece = piece.dropFirst() }
            while let l = piece.last, l == " " || l == "\t" { piece = piece.dropLast() }
            if !piece.isEmpty { out.append(String(piece)) }
        }
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if c == ";" || c == "；" || c == "。" || c == "！" || c == "？" {
                cut(next)
                start = next
            } else if c.value >= 0x30, c.value <= 0x39, i > start, case let before = scalars[scalars.index(before: i)],
                      SkillTokenizer.isIdeographic(before) || before == "，" || before == ",",
                      next < scalars.endIndex, "、.)）".unicodeScalars.contains(scalars[next]) {
                // "…的能力2、熟悉…": an item number glued to the previous item starts a sentence.
                cut(i)
                start = i
            } else if c == "." || c == "!" || c == "?", next < scalars.endIndex, scalars[next] == " " {
                let after = scalars.index(after: next)
                if after < scalars.endIndex, scalars[after].properties.isUppercase {
                    cut(next)
                    start = next
                }
            }
            i = next
        }
        cut(scalars.endIndex)
        return out
    }

    private func seniority(_ title: String) -> String? {
        let words = Set(SkillTokenizer.tokens(title).map { String($0.key) })
        let lower = title.lowercased()
        return cues.seniority.first { $0.words.contains { $0.contains(" ") ? lower.contains($0) : words.contains($0) } }?.level
    }

    /// The smallest "N+ years" (or "N-M years") the posting names.
    private func years(_ tokens: [SkillToken]) -> Int? {
        var best: Int?
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count {
            // Most tokens are words: look at the first character before parsing anything.
            guard let first = t.key.utf8.first, first >= 0x30, first <= 0x39,
                  let n = Int(t.key.hasSuffix("+") ? t.key.dropLast() : t.key), (1...30).contains(n) else { continue }
            let next = tokens[i + 1].key, after = i + 2 < tokens.count ? tokens[i + 2].key : ""
            if next.hasPrefix("year") || (Int(next) != nil && after.hasPrefix("year")) { best = min(best ?? n, n) }
        }
        return best
    }


}
