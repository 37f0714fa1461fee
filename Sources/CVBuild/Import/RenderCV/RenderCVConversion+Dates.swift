import Foundation

/// RenderCV's dates (`date`, or `start_date` and `end_date`) read into a cvbuild range or single date.
extension RenderCVConversion {
    struct EntryDates {
        var start: PartialDate?
        var end: EndDate?
        /// RenderCV's single `date` (or a lone `end_date`, which RenderCV reads the same way).
        var single: PartialDate?
    }

    private enum ReadDate {
        case date(PartialDate), present, unusable
    }

    /// A RenderCV date: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or (for end dates) `present`. RenderCV
    /// also takes free text in `date` ("Fall 2021"); that has no place in a profile and is reported.
    private func readDate(_ node: SourceNode, path: String, allowPresent: Bool) -> ReadDate {
        guard case .scalar(let scalar) = node.content else {
            reader.wrongType(node, expected: "a date", path: path)
            return .unusable
        }
        let raw = scalar.text.trimmingCharacters(in: .whitespaces)
        if allowPresent, raw.lowercased() == "present" { return .present }
        do {
            return .date(try PartialDate.parse(raw).get())
        } catch {
            warn(.entryDatesNotImported(text: raw, reason: error == .format ? nil : error.reason), at: node.position, path: path)
            return .unusable
        }
    }

    func dates(_ f: FieldReader.Fields) -> EntryDates {
        let dateNode = f.take("date"), startNode = f.take("start_date"), endNode = f.take("end_date")
        var out = EntryDates()
        if let dateNode {
            // RenderCV shows `date` and ignores start_date and end_date when all are given.
            for key in ["start_date", "end_date"] {
                if let pair = f.pair(key), !pair.value.isNull {
                    warn(.rangeBesideDate(key: key), at: pair.keyPosition, path: f.child(key))
                }
            }
            if case .date(let d) = readDate(dateNode, path: f.child("date"), allowPresent: false) { out.single = d }
            return out
        }
        guard let startNode else {
            if let endNode {
                switch readDate(endNode, path: f.child("end_date"), allowPresent: true) {
                case .date(let d): out.single = d
                case .present: out.end = .present
                case .unusable: break
                }
            }
            return out
        }
        let start = readDate(startNode, path: f.child("start_date"), allowPresent: false)
        let end = endNode.map { readDate($0, path: f.child("end_date"), allowPresent: true) }
        // One unusable date makes the range unusable: a start alone would read as "ongoing".
        if case .unusable = start { return EntryDates() }
        if case .unusable? = end { return EntryDates() }
        if case .date(let d) = start { out.start = d }
        switch end {
        case .date(let d)?: out.end = .date(d)
        case .present?: out.end = .present
        default: break
        }
        if let s = out.start, let e = out.end?.date, e.isCertainlyBefore(s), let endNode {
            reader.report(.error, .endBeforeStart(end: e.description, start: s.description), at: endNode.position, path: f.child("end_date"))
        }
        return out
    }

    /// A start and end, for work, education, volunteering and projects; a single date is both.
    func range(_ d: EntryDates) -> (PartialDate?, EndDate?) {
        if let single = d.single { return (single, .date(single)) }
        return (d.start, d.end)
    }

    /// One date, for entries that have only one (awards, publications).
    func oneDate(_ d: EntryDates, _ f: FieldReader.Fields, what: String) -> PartialDate? {
        if let single = d.single { return single }
        if let start = d.start, let end = d.end?.date, end != start, let pair = f.pair("end_date") {
            warn(.secondDateNotImported(section: what), at: pair.keyPosition, path: f.child("end_date"))
        }
        return d.start ?? d.end?.date
    }
}
