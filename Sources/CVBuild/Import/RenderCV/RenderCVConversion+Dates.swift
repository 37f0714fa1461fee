import Foundation

/// RenderCV's dates (`date`, or `start_date` and `end_date`) read into a cvbuild range or single date.
extension RenderCVConversion {
    struct EntryDates {
        var start: PartialDate?
        var end: EndDate?
        /// RenderCV's single `date` (or a lone `end_date`, which RenderCV reads the same way).
        var single: PartialDate?
        /// The dates as written when one of them is free text ("Summer 2020"), shown as they are.
        var text: String?
    }

    private enum ReadDate {
        case date(PartialDate), present, unusable(String)
    }

    /// A RenderCV date: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or (for end dates) `present`. RenderCV
    /// also takes free text in `date` ("Fall 2021"); that has no place in a profile and is reported.
    private func readDate(_ node: SourceNode, path: String, allowPresent: Bool, keepsText: Bool) -> ReadDate {
        guard case .scalar(let scalar) = node.content else {
            reader.wrongType(node, expected: "a date", path: path)
            return .unusable("")
        }
        let raw = scalar.text.trimmedSpaces
        if allowPresent, raw.lowercased() == "present" { return .present }
        do {
            return .date(try PartialDate.parse(raw).get())
        } catch {
            warn(.entryDatesNotImported(text: raw, reason: error == .format ? nil : error.reason, kept: keepsText), at: node.position, path: path)
            return .unusable(raw)
        }
    }

    /// `keepsText`: whether the entry shows free-text dates as written (ranges do; single-date entries cannot).
    func dates(_ f: FieldReader.Fields, keepsText: Bool = true) -> EntryDates {
        let dateNode = f.take("date"), startNode = f.take("start_date"), endNode = f.take("end_date")
        var out = EntryDates()
        if let dateNode {
            // RenderCV shows `date` and ignores start_date and end_date when all are given.
            for key in ["start_date", "end_date"] {
                if let pair = f.pair(key), !pair.value.isNull {
                    warn(.rangeBesideDate(key: key), at: pair.keyPosition, path: f.child(key))
                }
            }
            switch readDate(dateNode, path: f.child("date"), allowPresent: false, keepsText: keepsText) {
            case .date(let d): out.single = d
            case .unusable(let raw): out.text = raw.isEmpty || !keepsText ? nil : raw
            case .present: break
            }
            return out
        }
        guard let startNode else {
            if let endNode {
                switch readDate(endNode, path: f.child("end_date"), allowPresent: true, keepsText: keepsText) {
                case .date(let d): out.single = d
                case .present: out.end = .present
                case .unusable(let raw): out.text = raw.isEmpty || !keepsText ? nil : raw
                }
            }
            return out
        }
        let start = readDate(startNode, path: f.child("start_date"), allowPresent: false, keepsText: keepsText)
        let end = endNode.map { readDate($0, path: f.child("end_date"), allowPresent: true, keepsText: keepsText) }
        // One unusable date makes the range text as written: a start alone would read as "ongoing".
        func written(_ d: ReadDate?, _ node: SourceNode?) -> String? {
            switch d {
            case .unusable(let raw)?: raw.isEmpty ? nil : raw
            case .present?: "present"
            case .date?: node?.scalar?.text.trimmedSpaces
            case nil: nil
            }
        }
        let asWritten = keepsText ? [written(start, startNode), written(end, endNode)].compactMap { $0 }.joined(separator: " – ") : nil
        if case .unusable = start { return EntryDates(text: asWritten) }
        if case .unusable? = end { return EntryDates(text: asWritten) }
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
        if d.text != nil { return (nil, nil) }
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
