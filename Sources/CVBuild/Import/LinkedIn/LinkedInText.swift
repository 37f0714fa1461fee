import Foundation

/// How LinkedIn's export writes text and dates, and how cvbuild reads them: HTML fragments and
/// entities to plain text, "•" lines to highlights, "Nov 2022" to `2022-11`.
enum LinkedInText {
    // MARK: Text

    /// Trimmed text with line ends as "\n", invisible control characters removed, entities
    /// decoded; nil when nothing is left. `html` also turns tags into line breaks or nothing.
    static func clean(_ raw: String, html: Bool = false) -> String? {
        var text = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if html { text = stripTags(text) }
        text = decodeEntities(text)
        text = String(String.UnicodeScalarView(text.unicodeScalars.compactMap { u -> Unicode.Scalar? in
            if u == "\n" { return u }
            if u == "\t" || u == "\u{A0}" { return " " }
            if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || u == "\u{FEFF}" { return nil }
            return u
        }))
        // Lines trimmed, runs of blank lines squeezed to one.
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmedSpaces
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        let result = lines.joined(separator: "\n")
        return result.isEmpty ? nil : result
    }

    /// The tags LinkedIn's editors have written into descriptions. Only these are removed, so
    /// text such as "x<y and y>z" is left alone.
    static let knownTags: Set<String> = [
        "a", "b", "i", "u", "s", "em", "strong", "span", "font", "small", "big", "sup", "sub", "code", "pre",
        "strike", "br", "hr", "p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "table", "thead", "tbody", "tr", "td", "th",
    ]
    private static let blockTags: Set<String> = [
        "br", "hr", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "tr",
    ]

    /// `<br>` and block tags become line ends, `<li>` a "• " line, other known tags nothing.
    static func stripTags(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            guard s[i] == "<", let end = tagEnd(s, from: i) else {
                out.append(s[i])
                i += 1
                continue
            }
            if s[i + 1] == "!" {  // a comment: <!-- … -->
                i = end + 1
                continue
            }
            let closing = s[i + 1] == "/"
            var j = i + (closing ? 2 : 1)
            var name = ""
            while j < end, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) {
                name.unicodeScalars.append(s[j])
                j += 1
            }
            name = name.lowercased()
            guard knownTags.contains(name) else {
                out.append(s[i])
                i += 1
                continue
            }
            if name == "li" {
                if !closing { out.append(contentsOf: "\n• ".unicodeScalars) }
            } else if blockTags.contains(name) {
                out.append("\n")
            }
            i = end + 1
        }
        return String(out)
    }

    /// The index of the `>` closing a tag or comment that starts at `start`, or nil when the
    /// `<` does not start one (`a < b`, `<3`).
    private static func tagEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < s.count else { return nil }
        let first = s[start + 1]
        if first == "!" {
            guard start + 3 < s.count, s[start + 2] == "-", s[start + 3] == "-" else { return nil }
            var k = start + 4
            while k + 2 < s.count {
                if s[k] == "-", s[k + 1] == "-", s[k + 2] == ">" { return k + 2 }
                k += 1
            }
            return nil
        }
        let nameStart = first == "/" ? start + 2 : start + 1
        guard nameStart < s.count, s[nameStart].isASCII, s[nameStart].properties.isAlphabetic else { return nil }
        var k = nameStart
        while k < s.count, k - start < 1000 {
            if s[k] == ">" { return k }
            if s[k] == "<" { return nil }
            k += 1
        }
        return nil
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "–", "mdash": "—", "hellip": "…", "bull": "•", "middot": "·",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»",
        "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£", "yen": "¥", "deg": "°",
        "times": "×", "eacute": "é", "egrave": "è", "uuml": "ü", "ouml": "ö", "auml": "ä", "szlig": "ß",
    ]

    /// `&amp;`, `&#39;`, `&#x2019;` and the common named entities; anything else is left as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            // An "&" in the last two characters cannot start an entity (and the range below would be empty-backwards).
            guard s[i] == "&", i + 2 < s.count, let semicolon = (i + 2..<min(s.count, i + 12)).first(where: { s[$0] == ";" }) else {
                out.append(s[i])
                i += 1
                continue
            }
            let name = String(String.UnicodeScalarView(s[(i + 1)..<semicolon]))
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(scalarText)
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst(), radix: 10).flatMap(scalarText)
            } else {
                replacement = entities[name]
            }
            if let replacement {
                out.append(contentsOf: replacement.unicodeScalars)
                i = semicolon + 1
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    private static func scalarText(_ value: UInt32) -> String? {
        guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return String(Character(scalar))
    }

    // MARK: Bullets

    /// Splits cleaned text into the lines that are bullets ("•", "-" or "*" first) and the rest.
    static func splitBullets(_ text: String?) -> (text: String?, bullets: [String]) {
        guard let text else { return (nil, []) }
        var rest: [String] = []
        var bullets: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let item = bulletItem(line) {
                if !item.isEmpty { bullets.append(item) }
            } else {
                rest.append(line)
            }
        }
        return (clean(rest.joined(separator: "\n")), bullets)
    }

    /// The text after a bullet marker, or nil when the line is not a bullet.
    static func bulletItem(_ line: String) -> String? {
        let trimmed = line.drop { $0 == " " }
        guard let marker = trimmed.first else { return nil }
        let after = trimmed.dropFirst()
        switch marker {
        case "•", "◦", "▪", "●", "‣":
            break
        case "-", "*":
            // "- item", not "-5% cost" or "*nix".
            guard after.first == " " || after.isEmpty else { return nil }
        default:
            return nil
        }
        return after.trimmedSpaces
    }

    // MARK: Dates

    enum DateReading: Hashable {
        case date(PartialDate)
        case noYear
        case invalid(reason: String)
    }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
        "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
        "dec": 12, "december": 12,
    ]

    /// Reads the dates LinkedIn writes: `Nov 2022`, `01 Oct 2021`, `Oct 1, 2021`, `2021-03`,
    /// `2021-03-04 10:11 UTC`, a bare `2019`. `Apr 22` (a day and month, no year) is `.noYear`.
    static func date(_ raw: String) -> DateReading {
        let tokens = raw.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { !$0.isEmpty }
        func month(_ t: String) -> Int? { months[t.lowercased()] }
        func number(_ t: String, digits: ClosedRange<Int>) -> Int? {
            guard digits.contains(t.count), t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(t)
        }
        func make(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> DateReading {
            var text = zeroPadded(year, width: 4)
            if let month { text += "-" + zeroPadded(month, width: 2) }
            if let day { text += "-" + zeroPadded(day, width: 2) }
            do { return .date(try PartialDate.parse(text).get()) } catch { return .invalid(reason: error.reason) }
        }
        let notADate = DateReading.invalid(reason: "not a date cvbuild can read")
        switch tokens.count {
        case 1:
            let t = tokens[0]
            if t.contains("-") {
                do { return .date(try PartialDate.parse(t).get()) } catch {
                    return .invalid(reason: error == .format ? "not a date cvbuild can read" : error.reason)
                }
            }
            if let year = number(t, digits: 4...4) { return make(year) }
            return month(t) != nil ? .noYear : notADate
        case 2:
            let (a, b) = (tokens[0], tokens[1])
            // An ISO date followed by a time of day: the date is enough.
            if a.contains("-"), b.contains(":") { return date(a) }
            if let m = month(a), let year = number(b, digits: 4...4) { return make(year, m) }
            if let year = number(a, digits: 4...4), let m = month(b) { return make(year, m) }
            if month(a) != nil, number(b, digits: 1...2) != nil { return .noYear }
            if number(a, digits: 1...2) != nil, month(b) != nil { return .noYear }
            return notADate
        case 3:
            let (a, b, c) = (tokens[0], tokens[1], tokens[2])
            if a.contains("-"), b.contains(":") { return date(a) }
            if let day = number(a, digits: 1...2), let m = month(b), let year = number(c, digits: 4...4) { return make(year, m, day) }
            if let m = month(a), let day = number(b, digits: 1...2), let year = number(c, digits: 4...4) { return make(year, m, day) }
            if let year = number(a, digits: 4...4), let m = month(b), let day = number(c, digits: 1...2) { return make(year, m, day) }
            return notADate
        default:
            if tokens.count > 1, tokens[0].contains("-"), tokens[1].contains(":") { return date(tokens[0]) }
            return notADate
        }
    }
}
