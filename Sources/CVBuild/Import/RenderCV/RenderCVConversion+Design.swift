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
        guard let f = fields(node, path: "design") else { return }
        if let t = f.take("theme"), let name = text(t, path: "design.theme") {
            if let theme = Self.themes[name.lowercased()] {
                profile.settings.theme = theme
            } else {
                profile.settings.theme = "classic"
                warn("the RenderCV theme \"\(name)\" has no cvbuild counterpart; the classic theme was chosen",
                     hint: "cvbuild's themes are classic, modern and compact", at: t.position, path: "design.theme")
            }
        }
        if let page = f.take("page"), let p = fields(page, path: "design.page") {
            if let size = p.take("size") { pageSize(size, path: "design.page.size") }
            for pair in p.untaken {
                warn("\"\(pair.key)\" was not imported: cvbuild's themes set their own margins and footers",
                     at: pair.keyPosition, path: p.child(pair.key))
            }
        }
        if let size = f.take("page_size") { pageSize(size, path: "design.page_size") }
        for pair in f.untaken {
            warn("\"\(pair.key)\" was not imported: cvbuild's themes set their own look",
                 hint: "choose cvbuild's classic, modern or compact theme, or make a theme from a copy of one",
                 at: pair.keyPosition, path: f.child(pair.key))
        }
    }

    private func pageSize(_ node: SourceNode, path: String) {
        guard let raw = text(node, path: path) else { return }
        pageSizeGiven = true
        switch raw.lowercased() {
        case "us-letter", "letter", "letterpaper", "us letter": profile.settings.pageSize = .letter
        case "a4", "a4paper": profile.settings.pageSize = .a4
        default:
            warn("the page size \"\(raw)\" was not imported: cvbuild prints on A4 or US Letter",
                 hint: "set cvbuild.pageSize to a4 or letter", at: node.position, path: path)
        }
    }

    func locale(_ node: SourceNode) {
        // A bare `locale: german` is read as the language.
        if case .scalar = node.content { return language(node, path: "locale") }
        guard let f = fields(node, path: "locale") else { return }
        if let language = f.take("language") { self.language(language, path: "locale.language") }
        for pair in f.untaken {
            warn("\"\(pair.key)\" was not imported: cvbuild's locales bring their own month names and words",
                 at: pair.keyPosition, path: f.child(pair.key))
        }
    }

    private func language(_ node: SourceNode, path: String) {
        guard let raw = text(node, path: path) else { return }
        let key = raw.lowercased().replacingOccurrences(of: "_", with: " ")
        if let code = Self.languages[key] {
            profile.settings.locale = code
        } else {
            warn("the language \"\(raw)\" has no cvbuild locale, so the résumé's headings and dates will be in English",
                 hint: "cvbuild's locales are en, de, fr, es and zh", at: node.position, path: path)
        }
    }
}
