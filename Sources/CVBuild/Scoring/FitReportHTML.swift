import Foundation

/// A fit report as one self-contained web page: the score as a gauge with its formula, coverage
/// per area, every ask with the posting's sentence and the profile's evidence, the gaps ranked by
/// what they cost, and the other asks. No script, no fonts or images to fetch; every text from a
/// posting or a profile is escaped, since saved postings carry hostile HTML.
public enum FitReportHTML {
    public static func page(_ r: FitReport, taxonomy t: Taxonomy) -> String {
        page(r, taxonomy: t, matcher: SkillMatcher(taxonomy: t))
    }

    /// With the matcher the report was scored with: building one costs more than the page.
    package static func page(_ r: FitReport, taxonomy t: Taxonomy, matcher: SkillMatcher) -> String {
        var body = "<header><h1>Fit with \(esc(r.target))</h1>"
        if let source = r.source { body += "<p class=\"source\">Posting: \(esc(source))</p>" }
        body += summary(r) + "</header>\n<main>\n"
        body += coverage(r, t) + gaps(r, t) + asks(r, t, matcher) + other(r) + "</main>\n"
        body += "<footer>Made by cvbuild \(CVBuildVersion.current). Every ask is matched against the skills taxonomy "
            + "(<code>cvbuild keywords</code>); add a skill to your profile only if it is true.</footer>\n"
        return document(title: "Fit \(r.score)/100 — \(r.target)", body: body)
    }

    /// The page around a body: the stylesheet inline, the colour schemes declared.
    static func document(title: String, body: String) -> String {
        let css = DataFiles.text("Data/fit/report.css") ?? ""
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta name="generator" content="cvbuild \(CVBuildVersion.current)">
            <title>\(esc(title))</title>
            <style>
            \(css)</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    static func esc(_ s: String) -> String { HTMLEscape.text(s) }

    private static func label(_ id: String, _ t: Taxonomy) -> String { t.byID[id]?.label ?? id }

    private static func names(_ ask: FitReport.Ask, _ t: Taxonomy) -> String {
        ask.skills.count == 1 ? label(ask.skills[0], t) : "one of " + ask.skills.map { label($0, t) }.joined(separator: ", ")
    }

    /// Points of 100 an ask loses: its weight times what its evidence lacks, as a share of all weight.
    static func cost(_ line: FitReport.Line, possible: Double) -> Double {
        possible > 0 ? 100 * line.ask.weight * (1 - (line.evidence?.strength ?? 0)) / possible : 0
    }

    private static func summary(_ r: FitReport) -> String {
        let possible = r.lines.reduce(0) { $0 + $1.ask.weight }
        let earned = r.lines.reduce(0) { $0 + $1.ask.weight * ($1.evidence?.strength ?? 0) }
        let musts = r.lines.filter { $0.ask.importance == .must }
        let shown = r.lines.filter { $0.evidence != nil }.count
        return """
            <section class="summary" aria-label="Score">\(FitReportSVG.gauge(score: r.score))<div class="formula">\
            <p><strong>\(r.score)/100</strong>: your profile shows \(shown) of \(r.lines.count) asks, \
            \(musts.filter { $0.evidence != nil }.count) of \(musts.count) musts.</p>\
            <p><code>score = round(100 × Σ weight × strength ÷ Σ weight) = round(100 × \(number(earned)) ÷ \(number(possible))) = \(r.score)</code></p>\
            <p class="muted">Weight: must 3, nice-to-have 1 (for a role: core 3, important 2, bonus 1); an either/or choice \
            counts once. Strength of the evidence: experience or a project 1, volunteering or a publication 0.9, \
            a degree or certificate 0.8, an award 0.7, your summary 0.6, only your skills list 0.5, nothing 0.</p></div></section>
            """
    }

    private static func number(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x)
    }

    private static func coverage(_ r: FitReport, _ t: Taxonomy) -> String {
        var rows = ""
        for c in FitAreas.coverage(r, taxonomy: t) {
            func cell(_ shown: Int, _ asked: Int, _ kind: String, _ what: String) -> String {
                guard asked > 0 else { return "<td class=\"bar\"><span class=\"muted\">none asked</span></td>" }
                return "<td class=\"bar\">\(shown) of \(asked)"
                    + FitReportSVG.bar(Double(shown), of: Double(asked), kind: kind, label: "\(shown) of \(asked) \(what) shown") + "</td>"
            }
            rows += "<tr><th scope=\"row\">\(esc(c.area))</th>" + cell(c.mustShown, c.mustAsked, "", "musts")
                + cell(c.niceShown, c.niceAsked, "nice", "nice-to-haves") + "</tr>\n"
        }
        return """
            <section><h2>Coverage by area</h2>
            <table class="coverage"><thead><tr><th scope="col">Area</th><th scope="col">Musts shown</th>\
            <th scope="col">Nice-to-haves shown</th></tr></thead>
            <tbody>
            \(rows)</tbody></table></section>\n
            """
    }

    private static func gaps(_ r: FitReport, _ t: Taxonomy) -> String {
        let possible = r.lines.reduce(0) { $0 + $1.ask.weight }
        let ranked = r.lines.enumerated().filter { cost($0.element, possible: possible) > 0.05 }
            .sorted { (cost($1.element, possible: possible), $0.offset) < (cost($0.element, possible: possible), $1.offset) }
            .map(\.element)
        guard !ranked.isEmpty else { return "<section><h2>Gaps</h2><p>None: your profile shows every ask in your experience or projects.</p></section>\n" }
        let items = ranked.map { line in
            "<li><strong>\(esc(names(line.ask, t)))</strong> <span class=\"tag \(line.ask.importance.rawValue)\">\(line.ask.importance.rawValue)</span>"
                + " — up to \(number((cost(line, possible: possible) * 10).rounded() / 10)) points: \(esc(advice(line, t)))</li>"
        }.joined(separator: "\n")
        return "<section><h2>Gaps, by the points they cost</h2>\n<ol class=\"gaps\">\n\(items)\n</ol></section>\n"
    }

    /// What to do about one ask; never a suggestion to claim what the profile does not show.
    static func advice(_ line: FitReport.Line, _ t: Taxonomy) -> String {
        guard let e = line.evidence else { return FitReportFormatter.suggestion(line, t) }
        if e.strength >= 1 { return "nothing: it is shown where it counts" }
        let shownWhere = e.section == .skills ? "only in your skills list" : "only in your \(e.section.rawValue)"
        return "shown \(shownWhere): if you used it in a job or project, say so in one of its bullets"
    }

    private static func asks(_ r: FitReport, _ t: Taxonomy, _ matcher: SkillMatcher) -> String {
        var rows = ""
        for line in r.lines {
            let (status, symbol) = line.evidence == nil ? ("missing", "✗") : line.evidence!.strength >= 1 ? ("shown", "✓") : ("partly", "◐")
            rows += "<tr><td class=\"status \(status)\" aria-label=\"\(status)\">\(symbol)</td>"
            rows += "<td><strong>\(esc(names(line.ask, t)))</strong> <span class=\"tag \(line.ask.importance.rawValue)\">"
                + "\(line.ask.importance.rawValue)</span><blockquote>\(esc(line.ask.asked))</blockquote></td>"
            rows += "<td>" + (line.evidence.map { evidence($0, line.ask, t, matcher) } ?? indirect(line, t)) + "</td>"
            rows += "<td>\(esc(advice(line, t)))</td></tr>\n"
        }
        return """
            <section><h2>Every ask</h2>
            <table class="asks"><colgroup><col class="status"><col><col><col></colgroup>
            <thead><tr><th scope="col"><span class="muted">✓</span></th><th scope="col">Asked</th><th scope="col">Your evidence</th>\
            <th scope="col">What to do</th></tr></thead>
            <tbody>
            \(rows)</tbody></table></section>\n
            """
    }

    private static func evidence(_ e: ProfileEvidence.Item, _ ask: FitReport.Ask, _ t: Taxonomy, _ matcher: SkillMatcher) -> String {
        let member = ask.skills.count > 1 ? "\(esc(label(e.skillID, t))) " : ""
        return "\(member)in \(esc(sectionName(e.section))): <em>\(esc(e.entry))</em><br>“\(highlighted(e, matcher))”"
            + "<br><span class=\"where\">\(esc(e.location?.description ?? e.path))</span>"
    }

    private static func indirect(_ line: FitReport.Line, _ t: Taxonomy) -> String {
        guard let item = line.indirect, let via = line.indirectSkill else { return "<span class=\"muted\">not in your profile</span>" }
        return "not named; your \(esc(label(via, t))) work suggests it: <em>\(esc(item.entry))</em>"
            + "<br><span class=\"where\">\(esc(item.location?.description ?? item.path))</span>"
    }

    private static func sectionName(_ s: SectionID) -> String {
        switch s {
        case .work: "your experience"
        case .skills: "your skills list"
        default: "your \(s.rawValue)"
        }
    }

    /// The evidence text, with the phrase that matched marked, cut to a window around it.
    private static func highlighted(_ e: ProfileEvidence.Item, _ matcher: SkillMatcher) -> String {
        let text = e.text
        guard let m = matcher.matches(in: text, tokens: SkillTokenizer.tokens(text)).first(where: { $0.skillID == e.skillID }) else {
            return esc(text.count > 200 ? String(text.prefix(200)) + "…" : text)
        }
        let before = text[..<m.range.lowerBound], after = text[m.range.upperBound...]
        let head = before.count > 90 ? "…" + String(before.suffix(90)) : String(before)
        let tail = after.count > 110 ? String(after.prefix(110)) + "…" : String(after)
        return esc(head) + "<mark>" + esc(String(text[m.range])) + "</mark>" + esc(tail)
    }

    private static func other(_ r: FitReport) -> String {
        var rows: [(String, String)] = []
        if let asked = r.yearsAsked {
            let counted = r.yearsTechnical ?? r.yearsShown
            rows.append(("Years", "\(asked)+ asked; your work history shows \(number((r.yearsShown * 10).rounded() / 10))"
                + (r.yearsTechnical.map { ", \(number(($0 * 10).rounded() / 10)) in technical roles" } ?? "")
                + (counted >= Double(asked) ? " — met" : " — short")))
        } else {
            rows.append(("Years", "none asked; your work history shows \(number((r.yearsShown * 10).rounded() / 10))"))
        }
        rows.append(("Degree", r.degreeAsked.map { "\($0) asked; your profile shows \(r.degreeShown ?? "none")" }
            ?? "none asked" + (r.degreeShown.map { "; your profile shows \($0)" } ?? "")))
        if let s = r.titleSimilarity {
            rows.append(("Title", "\(Int((s * 100).rounded()))% of the words of “\(r.target)” are in your headline"
                + (s < 0.5 ? ": if the role is what you do, say so in basics.label" : "")))
        }
        let items = rows.map { "<dt>\(esc($0.0))</dt><dd>\(esc($0.1))</dd>" }.joined(separator: "\n")
        return "<section><h2>Years, degree and title</h2>\n<dl class=\"other\">\n\(items)\n</dl></section>\n"
    }
}
