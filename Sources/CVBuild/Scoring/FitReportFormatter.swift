import Foundation

/// A fit report as text for people (coloured on a terminal) or JSON for tools.
public enum FitReportFormatter {
    private static func label(_ id: String, _ t: Taxonomy) -> String { t.byID[id]?.label ?? id }
    private static func names(_ ids: [String], _ t: Taxonomy) -> String {
        ids.count == 1 ? label(ids[0], t) : "one of " + ids.map { label($0, t) }.joined(separator: ", ")
    }

    private static func place(_ item: ProfileEvidence.Item) -> String {
        "\(item.entry) (\(item.location?.description ?? item.path))"
    }

    /// What to do about a missing skill: never a suggestion to claim what the profile does not show.
    public static func suggestion(_ line: FitReport.Line, _ t: Taxonomy) -> String {
        if let item = line.indirect, let via = line.indirectSkill {
            return "your \(label(via, t)) work shows it: name it explicitly, in \(place(item))"
        }
        return "not in your profile — add it only if true"
    }

    public static func text(_ r: FitReport, taxonomy t: Taxonomy, colour: Bool) -> String {
        func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
        func paint(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        let scoreColour = r.score >= 75 ? "32" : r.score >= 50 ? "33" : "31"
        var out = "\(bold("Fit with \(r.target)")): \(paint("\(r.score)/100", "1;" + scoreColour))\n"
        let matched = r.lines.filter { $0.evidence != nil }
        let missingMust = r.lines.filter { $0.evidence == nil && $0.ask.importance == .must }
        let missingNice = r.lines.filter { $0.evidence == nil && $0.ask.importance == .nice }
        out += "\n" + bold("Shown (\(matched.count) of \(r.lines.count))") + "\n"
        for l in matched {
            let e = l.evidence!
            let strength = e.strength >= 1 ? "in \(e.section == .projects ? "a project" : "your experience")"
                : e.section == .skills ? "only in your skills list" : "in your \(e.section.rawValue)"
            // For a choice, which member the profile shows.
            let shown = l.ask.skills.count > 1 ? "\(label(e.skillID, t)) " : ""
            out += "  \(paint("✓", "32")) \(names(l.ask.skills, t)) [\(l.ask.importance.rawValue)] — \(shown)\(strength): \(place(e))\n"
        }
        if !missingMust.isEmpty {
            out += "\n" + bold("Missing musts (\(missingMust.count))") + "\n"
            for l in missingMust { out += "  \(paint("✗", "31")) \(names(l.ask.skills, t)) — \(suggestion(l, t))\n      asked: \(l.ask.asked)\n" }
        }
        if !missingNice.isEmpty {
            out += "\n" + bold("Missing nice-to-haves (\(missingNice.count))") + "\n"
            for l in missingNice { out += "  \(paint("·", "33")) \(names(l.ask.skills, t)) — \(suggestion(l, t))\n" }
        }
        var other: [String] = []
        if let s = r.titleSimilarity { other.append(String(format: "title similarity %.0f%%", s * 100)) }
        if let asked = r.yearsAsked {
            // Years in other kinds of work are shown, but only technical ones meet the ask.
            let counted = r.yearsTechnical ?? r.yearsShown
            var line = String(format: "years: %d+ asked, your work history shows %.1f", asked, r.yearsShown)
            if let technical = r.yearsTechnical, (technical * 10).rounded() != (r.yearsShown * 10).rounded() {
                line += String(format: " years, %.1f of them in technical roles", technical)
            }
            other.append(line + (counted >= Double(asked) ? "" : " (short)"))
        }
        if let asked = r.degreeAsked { other.append("degree: \(asked) asked, your profile shows \(r.degreeShown ?? "none")") }
        if !other.isEmpty { out += "\n" + bold("Other asks") + "\n" + other.map { "  \($0)\n" }.joined() }
        out += "\nScore = weighted share of the asks your profile shows (see the README for the formula).\n"
        return out
    }

    public static func json(_ r: FitReport, taxonomy t: Taxonomy) -> JSONValue {
        func item(_ e: ProfileEvidence.Item?) -> JSONValue {
            guard let e else { return .null }
            return .object([("skill", .string(e.skillID)), ("section", .string(e.section.rawValue)), ("entry", .string(e.entry)),
                            ("field", .string(e.path)), ("location", .optional(e.location?.description)), ("strength", .double(e.strength))])
        }
        return .object([
            ("target", .string(r.target)), ("source", .optional(r.source)), ("score", .int(r.score)),
            ("matched", .array(r.lines.filter { $0.evidence != nil }.map { l in
                .object([("skills", .array(l.ask.skills.map { .string($0) })), ("importance", .string(l.ask.importance.rawValue)),
                         ("weight", .double(l.ask.weight)), ("evidence", item(l.evidence))])
            })),
            ("missing", .array(r.lines.filter { $0.evidence == nil }.sorted { $0.ask.weight > $1.ask.weight }.map { l in
                .object([("skills", .array(l.ask.skills.map { .string($0) })), ("importance", .string(l.ask.importance.rawValue)),
                         ("weight", .double(l.ask.weight)), ("asked", .string(l.ask.asked)), ("indirect", item(l.indirect)),
                         ("suggestion", .string(suggestion(l, t)))])
            })),
            ("titleSimilarity", r.titleSimilarity.map { .double($0) } ?? .null),
            ("yearsAsked", r.yearsAsked.map { .int($0) } ?? .null), ("yearsShown", .double((r.yearsShown * 10).rounded() / 10)),
            ("yearsTechnical", r.yearsTechnical.map { .double(($0 * 10).rounded() / 10) } ?? .null),
            ("degreeAsked", .optional(r.degreeAsked)), ("degreeShown", .optional(r.degreeShown)),
        ])
    }
}

extension FitReportFormatter {
    /// One compact JSON document per line, for a folder of postings.
    public static func jsonLines(_ reports: [FitReport], taxonomy: Taxonomy) -> String {
        reports.map { json($0, taxonomy: taxonomy).serialized() }.joined(separator: "\n")
    }

    /// " 1.  82/100  Title  (2 missing musts)  file.txt", best first.
    public static func ranking(_ reports: [FitReport]) -> String {
        reports.enumerated().map { i, r in
            let missing = r.lines.filter { $0.evidence == nil && $0.ask.importance == .must }.count
            return String(format: "%2d. %3d/100  %@  (%d missing musts)  %@", i + 1, r.score, r.target as NSString, missing,
                          ((r.source ?? "") as NSString).lastPathComponent as NSString)
        }.joined(separator: "\n")
    }
}
