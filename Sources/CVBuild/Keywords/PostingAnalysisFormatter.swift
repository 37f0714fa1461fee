import Foundation

/// What `extract` found, as text for people (bold skill names on a terminal) or JSON for tools;
/// and an evaluation against answer keys as text.
public enum PostingAnalysisFormatter {
    public static func text(_ analysis: PostingAnalysis, colour: Bool) -> String {
        var lines: [String] = []
        let header = [analysis.title, analysis.seniority.map { "seniority: \($0)" }, analysis.yearsAsked.map { "\($0)+ years" },
                      analysis.degreeAsked.map { "degree: \($0)" }].compactMap { $0 }.joined(separator: " · ")
        if !header.isEmpty { lines.append(header) }
        if analysis.skills.isEmpty {
            // Say so, rather than print nothing: an empty answer looks like a failure.
            lines.append("No skills that cvbuild knows were found in this posting (`cvbuild keywords` lists them).")
        }
        for level in [PostingAnalysis.Level.must, .nice] {
            let list = analysis.skills.filter { $0.level == level }
            guard !list.isEmpty else { continue }
            lines.append("\n\(level == .must ? "Must have" : "Nice to have") (\(list.count))")
            for s in list {
                let name = colour ? "\u{1B}[1m\(s.skill.label)\u{1B}[0m" : s.skill.label
                // A member of an either/or group says so: any one of them meets the ask.
                let choice = s.group.map { g in
                    " (one of " + analysis.groups[g].members.map { label($0, analysis) }
                        .joined(separator: ", ") + ")"
                } ?? ""
                lines.append("  \(name)\(choice) — line \(s.line): \(s.evidence)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func label(_ id: String, _ analysis: PostingAnalysis) -> String {
        analysis.skills.first { $0.skill.id == id }?.skill.label ?? id
    }

    public static func json(_ analysis: PostingAnalysis) -> JSONValue {
        .object([
            ("title", .optional(analysis.title)), ("seniority", .optional(analysis.seniority)),
            ("yearsAsked", analysis.yearsAsked.map { .int($0) } ?? .null), ("degreeAsked", .optional(analysis.degreeAsked)),
            ("skills", .array(analysis.skills.map { s in
                .object([("id", .string(s.skill.id)), ("label", .string(s.skill.label)), ("category", .string(s.skill.category)),
                         ("level", .string(s.level.rawValue)), ("evidence", .string(s.evidence)), ("line", .int(s.line)),
                         ("group", s.group.map { .int($0) } ?? .null), ("askedAlone", .bool(s.askedAlone))])
            })),
            ("groups", .array(analysis.groups.map { g in
                .object([("members", .array(g.members.map { .string($0) })), ("level", .string(g.level.rawValue)),
                         ("evidence", .string(g.evidence)), ("line", .int(g.line))])
            })),
        ])
    }

    public static func text(_ result: ExtractionEvaluation) -> String {
        var lines: [String] = []
        for p in result.postings {
            lines.append("\(p.name): \(p.truePositives) found, \(p.falsePositives.count) extra, \(p.falseNegatives.count) missed, \(p.levelDisagreements.count) at the other level")
            if !p.falsePositives.isEmpty { lines.append("    extra:  \(p.falsePositives.joined(separator: ", "))") }
            if !p.falseNegatives.isEmpty { lines.append("    missed: \(p.falseNegatives.joined(separator: ", "))") }
            if !p.levelDisagreements.isEmpty { lines.append("    level:  \(p.levelDisagreements.joined(separator: ", "))") }
        }
        lines.append(String(format: "\n%d postings: precision %.3f, recall %.3f, F1 %.3f, must/nice agreement %.3f, group-aware recall %.3f",
                            result.postings.count, result.precision, result.recall, result.f1, result.agreement, result.groupAwareRecall))
        return lines.joined(separator: "\n")
    }
}
