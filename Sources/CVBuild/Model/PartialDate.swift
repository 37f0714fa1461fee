/// A résumé date as JSON Resume writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Years outside this range are almost always typos (`0202`, `20222`).
    public static let plausibleYears = 1900...2100

    /// Parses the text, or says in a few words what is wrong with it.
    public static func parse(_ text: String) -> Result<PartialDate, DateError> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let year = Int(parts[0]) else {
            return .failure(.format)
        }
        guard plausibleYears.contains(year) else { return .failure(.year(String(parts[0]))) }
        var date = PartialDate(year: year)
        if parts.count > 1 {
            let month = Int(parts[1])!
            guard (1...12).contains(month) else { return .failure(.month(month)) }
            date.month = month
        }
        if parts.count > 2 {
            let day = Int(parts[2])!
            let days = daysIn(month: date.month!, year: year)
            guard (1...days).contains(day) else { return .failure(.day(day, days)) }
            date.day = day
        }
        return .success(date)
    }

    public enum DateError: Error, Hashable, Sendable {
        case format, year(String), month(Int), day(Int, Int)

        public var reason: String {
            switch self {
            case .format: "not a date"
            case .year(let y): "year \(y) is outside \(PartialDate.plausibleYears.lowerBound)-\(PartialDate.plausibleYears.upperBound)"
            case .month(let m): "month \(m) is not 1-12"
            case .day(let d, let max): "day \(d) is not 1-\(max) in that month"
            }
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String {
        var text = zeroPadded(year, width: 4)
        if let month { text += "-" + zeroPadded(month, width: 2) }
        if let day { text += "-" + zeroPadded(day, width: 2) }
        return text
    }

    /// True when this date is certainly earlier than `other`, comparing only the precision both
    /// have: `2021` is not before `2021-03`.
    public func isCertainlyBefore(_ other: PartialDate) -> Bool {
        if year != other.year { return year < other.year }
        guard let m1 = month, let m2 = other.month else { return false }
        if m1 != m2 { return m1 < m2 }
        guard let d1 = day, let d2 = other.day else { return false }
        return d1 < d2
    }
}

/// Where a dated entry ends: a date, or still going on ("present").
public enum EndDate: Hashable, Sendable {
    case present
    case date(PartialDate)

    public var date: PartialDate? {
        if case .date(let d) = self { return d }
        return nil
    }
}

/// Zero-padded digits, without Foundation's format strings.
func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
