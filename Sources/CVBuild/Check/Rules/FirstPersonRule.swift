/// "I", "my", "we", 我, 本人 in bullets and summaries: résumés are written without the first person.
struct FirstPersonRule: CheckRuleRunner {
    func findings(_ context: CheckContext) -> [Diagnostic] {
        let p = context.profile
        var texts: [(String, String)] = [(p.basics.summary ?? "", "basics.summary"), (p.basics.label ?? "", "basics.label")]
        texts += p.work.enumerated().map { ($1.summary ?? "", "work[\($0)].summary") }
        texts += context.bullets.map { ($0.text, $0.path) }
        return texts.compactMap { text, path in
            first(in: text, words: context.words.pronouns).map {
                context.finding(.firstPerson(word: $0.word), path, offset: $0.offset, text: text)
            }
        }
    }

    /// A pronoun as written in lower case or capitalised ("I", "My"), never in capitals, where
    /// "US" and "IT" are not pronouns; "I/O" and "I-9" are not "I".
    private func first(in text: String, words: Set<String>) -> (word: String, offset: Int)? {
        let scalars = Array(text.unicodeScalars)
        var found = chinese(in: scalars, words: words.filter { $0.unicodeScalars.contains(where: PhraseFinder.isHan) })
        var i = 0
        while i < scalars.count {
            guard scalars[i].properties.isAlphabetic, !PhraseFinder.isHan(scalars[i]) else { i += 1; continue }
            var j = i
            while j < scalars.count, scalars[j].properties.isAlphabetic, !PhraseFinder.isHan(scalars[j]) { j += 1 }
            let word = String(String.UnicodeScalarView(scalars[i..<j]))
            let next = j < scalars.count ? scalars[j] : " "
            let lower = word.lowercased()
            let written = word == lower || word == lower.prefix(1).uppercased() + lower.dropFirst()
            if words.contains(lower), written, !"/-".unicodeScalars.contains(next), next != "'" || lower == "i" {
                if found == nil || i < found!.offset { found = (word, i) }
                break
            }
            i = j
        }
        return found
    }

    /// 我, 我们, 本人 — but not the 我 of 自我 ("self": 自我驱动, 自我评价).
    private func chinese(in scalars: [Unicode.Scalar], words: Set<String>) -> (word: String, offset: Int)? {
        let phrases = words.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
        for i in scalars.indices where PhraseFinder.isHan(scalars[i]) {
            for p in phrases where i + p.count <= scalars.count && Array(scalars[i..<(i + p.count)]) == p {
                if i > 0, scalars[i - 1] == "自" { continue }
                return (String(String.UnicodeScalarView(p)), i)
            }
        }
        return nil
    }
}
