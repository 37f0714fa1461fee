/// Section titles the person chose (custom sections, `cvbuild.sectionTitles`) that applicant
/// tracking systems do not know: what they hold may be filed under nothing.
struct SectionTitleRule: CheckRuleRunner {
    func findings(_ context: CheckContext) -> [Diagnostic] {
        let known = context.words.sectionTitles
        let choices = known.sorted()
        var titled: [(String, String)] = context.profile.customSections.enumerated().compactMap { i, s in
            s.title.map { ($0, "cvbuild.customSections[\(i)].title") }
        }
        titled += context.profile.settings.sectionTitles.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { ($0.value, "cvbuild.sectionTitles.\($0.key.rawValue)") }
        return titled.compactMap { title, path in
            let normal = title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !known.contains(normal) else { return nil }
            return context.finding(.sectionTitle(title: title, suggestion: Suggestion.closest(to: normal, in: choices)), path)
        }
    }
}
