/// Words a résumé needs in the reader's language: section headings, month names, "present",
/// the page footer. Loaded from `Data/locales/<code>.yaml`, validated like a profile.
package struct LocaleData: Hashable, Sendable {
    package var code: String
    package var name: String
    package var sectionTitles: [SectionID: String]
    package var months: [String]
    package var monthsLong: [String]
    /// "{month} {year}"; Chinese puts the year first.
    package var monthYear: String
    package var present: String
    /// "{start} – {end}"
    package var dateRange: String
    /// "page {page} of {pages}"
    package var page: String
    package var credential: String
    package var expires: String
    /// The web page's skip link and its link to the PDF.
    package var skipToContent: String
    package var downloadPDF: String

    /// Fills `{name}` placeholders.
    package static func fill(_ pattern: String, _ values: [String: String]) -> String {
        // One pass over the pattern: a value is never searched again for placeholders, and no
        // Foundation string search runs for every date of every entry.
        var text = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] else {
                text.append("{")
                rest = after
                continue
            }
            text += value
            rest = after[after.index(after: close)...]
        }
        return text + rest
    }

    package enum DateStyle: String, Sendable, CaseIterable { case short, long, numeric, year }

    package func format(_ date: PartialDate, style: DateStyle) -> String {
        let year = zeroPadded(date.year, width: 4)
        guard let month = date.month, style != .year else { return year }
        switch style {
        case .numeric: return zeroPadded(month, width: 2) + "/" + year
        case .long: return Self.fill(monthYear, ["month": monthsLong[month - 1], "year": year])
        default: return Self.fill(monthYear, ["month": months[month - 1], "year": year])
        }
    }

    /// "Mar 2021 – present", "2014 – 2016", or one date when start and end print the same.
    package func format(start: PartialDate?, end: EndDate?, style: DateStyle) -> String? {
        let startText = start.map { format($0, style: style) }
        let endText: String? = switch end {
        case .present: present
        case .date(let d): format(d, style: style)
        case nil: start == nil ? nil : present
        }
        switch (startText, endText) {
        case (nil, nil): return nil
        case (let s?, nil): return s
        case (nil, let e?): return e
        case (let s?, let e?): return s == e ? s : Self.fill(dateRange, ["start": s, "end": e])
        }
    }
}
