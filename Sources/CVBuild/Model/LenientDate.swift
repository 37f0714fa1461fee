/// Dates as people write them when they do not write ISO: `March 2021`, `Mar 2021`, `Sept. 2019`,
/// `2021-3`, `03/2021`, `3.2021`, `2021/03`. Read with a warning that shows the ISO form, so the
/// résumé renders and the person can fix the file; anything else stays an error.
public enum LenientDate {
    private static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    public static func parse(_ text: String) -> PartialDate? {
        let words = text.lowercased().split { $0 == " " || $0 == "," || $0 == "." }.map(String.init)
        // "March 2021", "Mar 2021", "Sept. 2019", "2021 March"
        if words.count == 2 {
            if let month = months[words[0]], let year = year(words[1]) { return PartialDate(year: year, month: month) }
            if let year = year(words[0]), let month = months[words[1]] { return PartialDate(year: year, month: month) }
        }
        // "2021-3", "2021/03", "03/2021", "3.2021", "3-2021"
        let parts = text.split { $0 == "-" || $0 == "/" || $0 == "." }.map(String.init)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        if let year = year(parts[0]), let month = Int(parts[1]), (1...12).contains(month) { return PartialDate(year: year, month: month) }
        if let year = year(parts[1]), let month = Int(parts[0]), (1...12).contains(month) { return PartialDate(year: year, month: month) }
        return nil
    }

    private static func year(_ text: String) -> Int? {
        guard text.count == 4, let value = Int(text), PartialDate.plausibleYears.contains(value) else { return nil }
        return value
    }
}
