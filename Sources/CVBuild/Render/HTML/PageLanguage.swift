import Foundation

/// What the page says about itself when the profile does not: its language from the script of
/// its text, and a canonical address that is the person's own.
enum PageLanguage {
    /// `ru`, `zh`, `ja`, `ko`, `el`, `uk`… when most letters of the text are in that script; nil for Latin text.
    static func of(_ view: ResumeView) -> String? {
        var counts: [String: Int] = [:]
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

    /// `meta.canonical` when it is on the person's own site (the host of `basics.url`); a canonical
    /// copied from JSON Resume's sample (the schema's repository) would send search engines away.
    static func canonical(_ profile: Profile) -> String? {
        guard let own = profile.basics.url else { return nil }
        guard let canonical = profile.meta?.canonical else { return own }
        let host = { (url: String) in URL(string: url)?.host?.lowercased().replacingOccurrences(of: "www.", with: "") }
        return host(canonical) != nil && host(canonical) == host(own) ? canonical : own
    }
}
