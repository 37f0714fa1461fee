/// The selecting half of `tailor`: while the résumé is over its page budget, drop what names
/// none of the posting's asks — whole projects first, then the last highlights of the oldest
/// jobs, then projects' highlights — keeping each job's first highlight; then, least relevant
/// first, highlights whose asked skills another job or project still shows. Evidence the score
/// counts is never dropped, so the score cannot fall.
struct TailorFit {
    let theme: Theme
    let locale: LocaleData
    let fonts: FontBook
    let pageSize: PageSize
    let relevance: TailorRelevance

    enum Candidate {
        case project(Int)
        case highlight(section: SectionID, entry: Int, index: Int)
    }

    /// The pages the profile takes after dropping; when nothing more may go, why it does not fit,
    /// at `budgetAt` (where the budget was set).
    func fit(_ p: inout Profile, budget: Int, budgetAt: SourceLocation, changes: inout [TailorChange]) -> Outcome<Int> {
        let layouter = DocumentLayouter(theme: theme, fonts: fonts, pageSize: pageSize)
        while true {
            let overflow: DocumentLayouter.Overflow
            do {
                return .success(try layouter.layout(Composer.compose(p, theme: theme, locale: locale), maxPages: budget).get().pages.count)
            } catch {
                overflow = error
            }
            let batch = pick(candidates(p), in: p, lines: max(1, overflow.linesOver))
            if batch.isEmpty {
                let longest = overflow.longestSections.map { "\($0.title) (\($0.lines) lines)" }.joined(separator: ", ")
                return .failure(Diagnostic(.error, .doesNotFit(maxPages: budget, pagesNeeded: overflow.pagesNeeded,
                                                               linesOver: overflow.linesOver, longest: longest), at: budgetAt))
            }
            drop(batch, from: &p, changes: &changes)
        }
    }

    private func candidates(_ p: Profile) -> [Candidate] {
        var list: [Candidate] = []
        for (i, x) in p.projects.enumerated().reversed()
        where relevance.score([x.name ?? "", x.description ?? ""] + x.highlights + x.keywords) == 0 {
            list.append(.project(i))
        }
        for (i, w) in p.work.enumerated().reversed() {
            for (j, h) in w.highlights.enumerated().reversed() where j > 0 && relevance.score(h) == 0 {
                list.append(.highlight(section: .work, entry: i, index: j))
            }
        }
        for (i, x) in p.projects.enumerated().reversed() where relevance.score([x.name ?? "", x.description ?? ""] + x.highlights + x.keywords) > 0 {
            for (j, h) in x.highlights.enumerated().reversed() where relevance.score(h) == 0 {
                list.append(.highlight(section: .projects, entry: i, index: j))
            }
        }
        // Second: highlights naming asked skills, least relevant first, for `pick` to take only
        // where each of those skills stays shown elsewhere.
        var named: [(Candidate, Double)] = []
        for (i, w) in p.work.enumerated() {
            for (j, h) in w.highlights.enumerated() where j > 0 && relevance.score(h) > 0 {
                named.append((.highlight(section: .work, entry: i, index: j), relevance.score(h)))
            }
        }
        for (i, x) in p.projects.enumerated() {
            for (j, h) in x.highlights.enumerated() where relevance.score(h) > 0 {
                named.append((.highlight(section: .projects, entry: i, index: j), relevance.score(h)))
            }
        }
        // Within an entry, later highlights go first, so indices of what is still to drop stay true.
        return list + named.enumerated().sorted { ($0.element.1, -$0.offset) < ($1.element.1, -$1.offset) }.map(\.element.0)
    }

    /// How many texts of jobs and projects name each asked skill: what the score's evidence rests on.
    private func shownCounts(_ p: Profile) -> [String: Int] {
        var texts = p.work.flatMap { [$0.position ?? "", $0.summary ?? "", $0.description ?? ""] + $0.highlights }
        texts += p.projects.flatMap { [$0.name ?? "", $0.description ?? ""] + $0.highlights + $0.keywords }
        var counts: [String: Int] = [:]
        for t in texts { for id in relevance.skills(t) { counts[id, default: 0] += 1 } }
        return counts
    }

    /// Candidates in order until their lines (measured at the smallest type the theme allows,
    /// as the tightest layout sets them) cover the lines over.
    private func pick(_ candidates: [Candidate], in p: Profile, lines needed: Int) -> [Candidate] {
        var shaper = TextShaper(fonts: fonts)
        let width = DocumentLayouter.dimensions(pageSize).width - theme.margins.left - theme.margins.right - theme.spacing.bulletIndent
        let style = TextStyle(font: .regular, size: theme.sizes.minimumBody, color: theme.colors.text, link: nil)
        func lines(_ text: String) -> Int { LineBreaker.lines(shaper.words([Span(text, style, path: nil)]), width: width, fonts: fonts).count }
        var picked: [Candidate] = [], total = 0
        var counts = shownCounts(p)
        for c in candidates where total < needed {
            if case .highlight(let section, let i, let j) = c {
                let skills = relevance.skills(section == .work ? p.work[i].highlights[j] : p.projects[i].highlights[j])
                guard skills.allSatisfy({ (counts[$0] ?? 0) >= 2 }) else { continue }
                for s in skills { counts[s, default: 0] -= 1 }
            }
            switch c {
            case .project(let i):
                let x = p.projects[i]
                total += 2 + lines(x.description ?? "") + x.highlights.reduce(0) { $0 + lines($1) }
            case .highlight(let section, let i, let j):
                total += lines(section == .work ? p.work[i].highlights[j] : p.projects[i].highlights[j])
            }
            picked.append(c)
        }
        return picked
    }

    private func drop(_ batch: [Candidate], from p: inout Profile, changes: inout [TailorChange]) {
        func short(_ s: String) -> String { s.count > 70 ? String(s.prefix(67)) + "…" : s }
        // Highest indices first, so the indices of what is still to drop stay true.
        for c in batch {
            guard case .highlight(let section, let i, let j) = c else { continue }
            let text = section == .work ? p.work[i].highlights.remove(at: j) : p.projects[i].highlights.remove(at: j)
            let why = relevance.skills(text).isEmpty ? "names no asked skill" : "its asked skills are shown elsewhere"
            changes.append(TailorChange(kind: .dropped, path: "\(section.rawValue)[\(i)].highlights[\(j)]", detail: "\"\(short(text))\" (\(why))"))
        }
        for case .project(let i) in batch.sorted(by: { index($0) > index($1) }) {
            let x = p.projects.remove(at: i)
            changes.append(TailorChange(kind: .dropped, path: "projects[\(i)]", detail: "\"\(x.name ?? "project")\" (names no asked skill)"))
        }
    }

    private func index(_ c: Candidate) -> Int { if case .project(let i) = c { i } else { -1 } }
}
