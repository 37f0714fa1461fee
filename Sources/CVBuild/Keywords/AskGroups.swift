/// Either/or asks in one sentence: "AWS or GCP", "TensorFlow/PyTorch", "one of Airflow, Dagster
/// or Prefect", "frameworks such as PyTorch, JAX", "Python、R等", "C/C++或java". Skills listed next
/// to each other form a list; a list is a choice when "or", "/" or 或 joins it, when a group cue
/// stands right before or after it, or when a choice cue ("one of", 之一) is in the sentence.
/// A list joined only by "and" / "和" stays all-of.
struct AskGroups: Sendable {
    private let adjacent: [[String]]
    private let choice: PhraseSet

    init(cues: PostingCues) {
        adjacent = cues.groupCues.map { SkillTokenizer.tokens($0).map { String($0.key) } }.filter { !$0.isEmpty }
        choice = PhraseSet(cues.choiceCues)
    }

    /// Words that may stand between the members of a list.
    private static let joiners: Set<Substring> = ["or", "and", "etc", "plus", "as", "well", "also", "either",
                                                  "或", "者", "和", "及", "以", "与", "是"]
    private static let orWords: Set<Substring> = ["or", "或"]

    /// The groups of skill ids (two or more, in sentence order) that the sentence offers as choices.
    func groups(_ matches: [SkillMatcher.Match], sentence: String, tokens: [SkillToken]) -> [[String]] {
        let sorted = matches.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        guard sorted.count >= 2 else { return [] }
        lazy var choiceInSentence = choice.occurs(in: tokens)
        var out: [[String]] = []
        var run: [SkillMatcher.Match] = [sorted[0]]
        var joinedByOr = false
        func close() {
            var ids: [String] = []
            for m in run where !ids.contains(m.skillID) { ids.append(m.skillID) }
            defer { run = []; joinedByOr = false }
            guard ids.count >= 2 else { return }
            if joinedByOr || cue(before: run[0].tokens.lowerBound, tokens) || cue(after: run[run.count - 1].tokens.upperBound, tokens)
                || choiceInSentence {
                out.append(ids)
            }
        }
        for next in sorted.dropFirst() {
            let previous = run[run.count - 1]
            guard next.tokens.lowerBound >= previous.tokens.upperBound,
                  let or = Self.listGap(sentence[previous.range.upperBound..<next.range.lowerBound],
                                        tokens[previous.tokens.upperBound..<next.tokens.lowerBound]) else {
                close()
                run = [next]
                continue
            }
            joinedByOr = joinedByOr || or
            run.append(next)
        }
        close()
        return out
    }

    /// Whether the text between two skills only lists them; if so, whether it says "or".
    static func listGap(_ gap: Substring, _ words: ArraySlice<SkillToken>) -> Bool? {
        guard words.count <= 3, words.allSatisfy({ joiners.contains($0.key) }) else { return nil }
        let marks = gap.filter { !$0.isLetter && !$0.isWhitespace }
        guard marks.allSatisfy({ ",/、，|&()（）:：;".contains($0) }) else { return nil }
        // A semicolon or colon ends one ask and starts another.
        if marks.contains(where: { ";:：".contains($0) }) { return nil }
        return marks.contains("/") || marks.contains("|") || words.contains { orWords.contains($0.key) }
    }

    /// A group cue ending right before token `start` ("such as", "e.g.", "(").
    private func cue(before start: Int, _ tokens: [SkillToken]) -> Bool {
        if let previous = start < tokens.count ? tokens[start].previous : nil, previous == "(" || previous == "（" { return true }
        return adjacent.contains { phrase in
            guard start >= phrase.count else { return false }
            return zip(phrase, tokens[(start - phrase.count)..<start]).allSatisfy { $0 == $1.key }
        }
    }

    /// A group cue starting right after token `end` ("等", "etc", "or similar").
    private func cue(after end: Int, _ tokens: [SkillToken]) -> Bool {
        adjacent.contains { phrase in
            guard end + phrase.count <= tokens.count else { return false }
            return zip(phrase, tokens[end..<(end + phrase.count)]).allSatisfy { $0 == $1.key }
        }
    }
}
