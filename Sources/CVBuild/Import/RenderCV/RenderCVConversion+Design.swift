import Foundation

/// RenderCV's `design` and `locale`: the theme, page size and language that have a cvbuild
/// counterpart; every other look-and-feel setting is reported, since cvbuild's themes set their own.
extension RenderCVConversion {
    static let themes = ["classic": "classic", "sb2nov": "classic", "engineeringresumes": "classic",
                         "engineeringclassic": "classic", "moderncv": "modern"]

    static let languages = [
        "english": "en", "en": "en", "german": "de", "deutsch": "de", "de": "de",
        "french": "fr", "français": "fr", "francais": "fr", "fr": "fr",
        "spanish": "es", "español": "es", "espanol": "es", "es": "es",
        "chinese": "zh", "mandarin": "zh", "mandarin chinese": "zh", "mandarin chineese": "zh", "zh": "zh",
    ]

    func design(_ node: SourceNode) {
        guard let f = reader.fields(of: node, path: "design") else { return }
        if let t = f.take("theme"), let name = reader.scalarText(t, path: "design.theme") {
            if let theme = Self.themes[name.lowercased()] {
                profile.settings.theme = theme
            } else {
                profile.settings.theme = "classic"
                warn(.themeNotSupported(name: name), at: t.position, path: "design.theme")
            }
        }
        if let page = f.take("page"), let p = reader.fields(of: page, path: "design.page") {
            if let size = p.take("size") { pageSize(size, path: "design.page.size") }
            for pair in p.untaken {
                warn(.designNotImported(key: pair.key, onPage: true), at: pair.keyPosition, path: p.child(pair.key))
            }
        }
        if let size = f.take("page_size") { pageSize(size, path: "design.page_size") }
        for pair in f.untaken {
            warn(.designNotImported(key: pair.key, onPage: false), at: pair.keyPosition, path: f.child(pair.key))
        }
    }

    private func pageSize(_ node: SourceNode, path: String) {
        guard let raw = reader.scalarText(node, path: path) else { return }
        pageSizeGiven = true
        switch raw.lowercased() {
        case "us-letter", "letter", "letterpaper", "us letter": profile.settings.pageSize = .letter
        case "a4", "a4paper": profile.settings.pageSize = .a4
        default:
            warn(.pageSizeNotSupported(text: raw), at: node.position, path: path)
        }
    }

    func locale(_ node: SourceNode) {
        // A bare `locale: german` is read as the language.
        if case .scalar = node.content { return language(node, path: "locale") }
        guard let f = reader.fields(of: node, path: "locale") else { return }
        if let language = f.take("language") { self.language(language, path: "locale.language") }
        for pair in f.untaken {
            warn(.localeNotImported(key: pair.key), at: pair.keyPosition, path: f.child(pair.key))
        }
    }

    private func language(_ node: SourceNode, path: String) {
        guard let raw = reader.scalarText(node, path: path) else { return }
        let key = raw.lowercased().replacingOccurrences(of: "_", with: " ")
        if let code = Self.languages[key] {
            profile.settings.locale = code
        } else {
            warn(.languageNotSupported(name: raw), at: node.position, path: path)
        }
    }
}
