import Foundation

/// The language a composed résumé is written in, told from its text: by script for Cyrillic,
/// Greek, Han, kana and Hangul; by frequent short words (`Data/text-languages.yaml`) for Latin.
/// nil when no language clearly leads.
package enum TextLanguage {
    /// Word lists by language code, read once from the embedded data file with the same reader
    /// (and diagnostics) as every other data file.
    static let decoded: Outcome<[String: Set<String>]> = {
        let key = "Data/text-languages.yaml"
        guard let text = DataFiles.text(key) else {
            return .failure(Diagnostic(.error, .missingField(name: key, reason: "cvbuild was built without it"), at: SourceLocation(file: key)))
        }
        return DataFileDecoding.decode(SourceText(path: key, text: text)) { reader, root in
            guard let f = reader.fields(of: root, path: "", expected: "a mapping of language codes to lists of words") else { return nil }
            return Dictionary(f.pairs.map { ($0.key, Set(reader.textList(f, $0.key))) }, uniquingKeysWith: { a, _ in a })
        }
    }()

    static var words: [String: Set<String>] { decoded.value ?? [:] }

    package static func of(_ view: ResumeView) -> String? {
        var texts = [view.name.text, view.headline?.text ?? ""]
        for section in view.sections {
            for item in section.items {
                switch item {
                case .paragraph(let t): texts.append(t.text)
                case .labeled(_, let t): texts.append(t.text)
                case .entry(let e): texts += [e.title?.text ?? "", e.subtitle?.text ?? ""] + e.bullets.map(\.text) + e.paragraphs.map(\.text)
                }
            }
        }
        return byScript(texts) ?? byWords(texts)
    }

    /// `ru`, `uk`, `el`, `ja`, `ko`, `zh` when most letters are in that script.
    static func byScript(_ texts: [String]) -> String? {
        var counts: [String: Int] = [:]
        var letters = 0
        for text in texts {
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                letters += 1
                switch scalar.value {
                case 0x0400...0x04FF: counts[text.unicodeScalars.contains { "іїєґ".unicodeScalars.contains($0) } ? "uk" : "ru", default: 0] += 1
                case 0x0370...0x03FF: counts["el", default: 0] += 1
                case 0x3040...0x30FF: counts["ja", default: 0] += 1
                case 0xAC00...0xD7AF, 0x1100...0x11FF: counts["ko", default: 0] += 1
                case 0x4E00...0x9FFF: counts["zh", default: 0] += 1
                default: break
                }
            }
        }
        // Japanese text is mostly Han: any kana makes it Japanese.
        if (counts["ja"] ?? 0) * 10 > letters { return "ja" }
        guard let (code, count) = counts.max(by: { $0.value < $1.value }), count * 3 > letters else { return nil }
        return code
    }

    /// The language whose frequent words the text uses most, when it leads clearly (twice the
    /// next, and at least 5 % of the words); `en` is returned too, so a caller can tell
    /// "English" from "unknown".
    static func byWords(_ texts: [String]) -> String? {
        var counts: [String: Int] = [:]
        var total = 0
        let lists = words
        for text in texts {
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                total += 1
                for (code, list) in lists where list.contains(String(word)) { counts[code, default: 0] += 1 }
            }
        }
        let ranked = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let first = ranked.first, first.value * 20 >= total, first.value >= 5 else { return nil }
        if ranked.count > 1, ranked[1].value * 2 > first.value { return nil }
        return first.key
    }
}
