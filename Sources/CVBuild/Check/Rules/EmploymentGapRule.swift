/// More than six months between one job's end and the next one's start, when both are known
/// to the month: recruiters ask about gaps the résumé does not explain.
struct EmploymentGapRule: CheckRuleRunner {
    static let limit = 6

    func findings(_ context: CheckContext) -> [Diagnostic] {
        func months(_ d: PartialDate) -> Int? { d.month.map { d.year * 12 + $0 - 1 } }
        let jobs = context.profile.work.enumerated().compactMap { i, w -> (index: Int, start: Int, end: Int?, name: String)? in
            guard let start = w.startDate.flatMap(months) else { return nil }
            // nil: still going on. An end known only to the year is skipped, as too rough to measure a gap.
            var end: Int?
            if case .date(let d) = w.endDate {
                guard let m = months(d) else { return nil }
                end = m
            }
            return (i, start, end, [w.position, w.name].compactMap { $0 }.joined(separator: ", "))
        }.sorted { $0.start < $1.start }
        var findings: [Diagnostic] = []
        var latestEnd: (month: Int, name: String)?
        for job in jobs {
            if let last = latestEnd, job.start - last.month - 1 > Self.limit {
                findings.append(context.finding(.employmentGap(months: job.start - last.month - 1, after: last.name), "work[\(job.index)].startDate"))
            }
            // An ongoing job covers everything after it.
            let end = job.end ?? Int.max
            if latestEnd == nil || end > latestEnd!.month { latestEnd = (end, job.name) }
        }
        return findings
    }
}
