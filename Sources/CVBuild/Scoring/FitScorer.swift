import Foundation

/// The score: every ask has a weight (core 3, important 2, bonus 1; must 3, nice 1) and the
/// profile's evidence for it a strength (experience or projects 1.0, a degree or certificate 0.8,
/// a summary 0.6, a skills list 0.5, nothing 0); an any-of group counts once, at its best member.
/// score = round(100 × Σ weight × strength / Σ weight). Non-skill asks are reported, not scored.
package enum FitScorer {
    package static func score(_ asks: [FitReport.Ask], evidence: ProfileEvidence, taxonomy: Taxonomy, target: String) -> FitReport {
        var lines: [FitReport.Line] = []
        var earned = 0.0, possible = 0.0
        for ask in asks {
            let best = ask.skills.compactMap { evidence.best($0) }.max { $0.strength < $1.strength }
            possible += ask.weight
            earned += ask.weight * (best?.strength ?? 0)
            var line = FitReport.Line(ask: ask, evidence: best, indirect: nil, indirectSkill: nil)
            if best == nil {
                // Shown indirectly: a profile skill that implies the missing one.
                for (id, items) in evidence.items {
                    guard let skill = taxonomy.byID[id], skill.implies.contains(where: ask.skills.contains),
                          let item = items.max(by: { $0.strength < $1.strength }) else { continue }
                    if line.indirect == nil || item.strength > line.indirect!.strength {
                        line.indirect = item
                        line.indirectSkill = id
                    }
                }
            }
            lines.append(line)
        }
        let score = possible == 0 ? 0 : Int((100 * earned / possible).rounded())
        return FitReport(target: target, score: score, lines: lines, titleSimilarity: nil, yearsAsked: nil,
                         yearsShown: 0, degreeAsked: nil, degreeShown: nil, source: nil)
    }

    package static func asks(for role: RoleSet) -> [FitReport.Ask] {
        role.asks.map { a in
            let weight: Double = a.tier == .core ? 3 : a.tier == .important ? 2 : 1
            return FitReport.Ask(skills: a.skills, importance: a.tier == .bonus ? .nice : .must, weight: weight,
                                 asked: "\(a.tier.rawValue) for \(role.title) [\(a.cite.joined(separator: ", "))]")
        }
    }

    /// One ask per skill asked on its own, and one per either/or group (any member meets it).
    package static func asks(for posting: PostingAnalysis) -> [FitReport.Ask] {
        let alone = posting.skills.compactMap { s -> FitReport.Ask? in
            guard let level = s.aloneLevel else { return nil }
            return FitReport.Ask(skills: [s.skill.id], importance: level == .must ? .must : .nice, weight: level == .must ? 3 : 1,
                                 asked: "line \(s.line): \(s.evidence)")
        }
        let choices = posting.groups.map { g in
            FitReport.Ask(skills: g.members, importance: g.level == .must ? .must : .nice, weight: g.level == .must ? 3 : 1,
                          asked: "line \(g.line): \(g.evidence)")
        }
        return alone + choices
    }

    /// Years of work the profile shows: the union of its jobs' date ranges, up to `now`; with
    /// `counting`, only the jobs it accepts (technical titles, for a posting's "N+ years").
    package static func yearsOfExperience(_ p: Profile, now: Date, counting: (Work) -> Bool = { _ in true }) -> Double {
        let calendar = Calendar(identifier: .gregorian)
        let today = calendar.dateComponents(in: TimeZone(identifier: "UTC")!, from: now)
        func months(_ d: PartialDate) -> Int { d.year * 12 + (d.month ?? 1) - 1 }
        let current = (today.year ?? 2026) * 12 + (today.month ?? 1) - 1
        let ranges = p.work.filter(counting).compactMap { w -> (Int, Int)? in
            guard let start = w.startDate else { return nil }
            let end = w.endDate?.date.map { months($0) + ($0.month == nil ? 11 : 0) } ?? current
            return end >= months(start) ? (months(start), end + 1) : nil
        }.sorted { $0.0 < $1.0 }
        var total = 0, cursor = Int.min
        for (a, b) in ranges where b > cursor {
            total += b - max(a, cursor)
            cursor = b
        }
        return Double(total) / 12
    }

    /// The highest degree the profile shows, read with the same words postings use.
    package static func degree(_ p: Profile, cues: PostingCues) -> String? {
        let texts = p.education.map { " " + [$0.studyType, $0.area].compactMap { $0 }.joined(separator: " ").lowercased() + " " }
        let short: [String: [String]] = ["phd": [" phd ", " ph.d "], "master": [" ms ", " msc ", " ma ", " mba ", " m.s. "],
                                         "bachelor": [" bs ", " ba ", " bsc ", " b.s. ", " b.a. "]]
        return cues.degrees.first { level in
            texts.contains { t in level.words.contains { t.contains($0) } || (short[level.level] ?? []).contains { t.contains($0) } }
        }?.level
    }

    /// Shared words between two titles, as a share of all their words (stop words left out).
    package static func titleSimilarity(_ a: String, _ b: String) -> Double {
        let stop: Set<String> = ["and", "of", "the", "a", "an", "for", "in", "remote", "hybrid", "based", "with"]
        let words = { (s: String) in Set(SkillTokenizer.tokens(s).map { String($0.key) }.filter { !stop.contains($0) }) }
        let x = words(a), y = words(b)
        guard !x.isEmpty || !y.isEmpty else { return 0 }
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }
}
