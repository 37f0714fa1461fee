/// Dates a parser cannot read ("Summer 2020" kept as text) and dates written with another
/// precision than the rest (`2019` among `2021-03`s): both make timelines hard to follow.
struct DateRules: CheckRuleRunner {
    private struct Dated {
        var path: String
        var date: PartialDate
    }

    func findings(_ context: CheckContext) -> [Diagnostic] {
        let p = context.profile
        var findings: [Diagnostic] = []
        let texts: [(String?, String)] = p.work.enumerated().map { ($1.datesText, "work[\($0)]") }
            + p.projects.enumerated().map { ($1.datesText, "projects[\($0)]") }
            + p.education.enumerated().map { ($1.datesText, "education[\($0)]") }
        for case let (text?, base) in texts {
            let path = context.profile.sourceMap["\(base).cvbuild.dates"] != nil ? "\(base).cvbuild.dates" : base
            findings.append(context.finding(.unreadableDate(text: text), path))
        }
        // Precision: months (YYYY-MM, or with a day) against years alone, over jobs and schools.
        var dated: [Dated] = []
        for (i, w) in p.work.enumerated() {
            if let s = w.startDate { dated.append(Dated(path: "work[\(i)].startDate", date: s)) }
            if let e = w.endDate?.date { dated.append(Dated(path: "work[\(i)].endDate", date: e)) }
        }
        for (i, e) in p.education.enumerated() {
            if let s = e.startDate { dated.append(Dated(path: "education[\(i)].startDate", date: s)) }
            if let d = e.endDate?.date { dated.append(Dated(path: "education[\(i)].endDate", date: d)) }
        }
        let withMonth = dated.filter { $0.date.month != nil }, yearOnly = dated.filter { $0.date.month == nil }
        guard !withMonth.isEmpty, !yearOnly.isEmpty else { return findings }
        let (odd, usual, usualText, oddText) = yearOnly.count <= withMonth.count
            ? (yearOnly, withMonth, "year and month (YYYY-MM)", "a year alone (YYYY)")
            : (withMonth, yearOnly, "a year alone (YYYY)", "year and month (YYYY-MM)")
        for d in odd {
            findings.append(context.finding(.inconsistentDates(written: oddText, usual: usualText, count: usual.count), d.path))
        }
        return findings
    }
}
