import Foundation

/// The values a page template sees. Keys with no value are left out, so `{{#key}}` sections
/// simply do not render.
enum HTMLContext {
    static func make(_ prepared: PreparedProfile, css: String, pdfFileName: String?, date: Date?,
                     cleaner: inout TextCleaner) -> [String: Any] {
        let view = prepared.view, locale = prepared.locale, profile = prepared.profile
        let name = cleaner.clean(view.name)
        let headline = view.headline.map { cleaner.clean($0) }
        var context: [String: Any] = [
            "lang": prepared.language,
            "name": name,
            "title": [name, headline].compactMap { $0 }.joined(separator: " — "),
            "description": description(view, cleaner: &cleaner),
            "generator": "cvbuild \(CVBuildVersion.current)",
            "skipText": locale.skipToContent,
            "footerText": name + (headline.map { " · \($0)" } ?? ""),
            "css": css,
        ]
        if let headline { context["headline"] = headline }
        if let canonical = PageLanguage.canonical(profile).flatMap(Composer.safeURL) { context["canonical"] = canonical }
        if let image = profile.basics.image.flatMap(Composer.safeURL) { context["image"] = image }
        // The photo of a theme that shows one, inside the page (a data: address): the page stays one
        // file that fetches nothing. Only PNG or JPEG that PhotoLoader checked get here.
        if let photo = prepared.photo {
            context["photo"] = "data:image/\(photo.format == .png ? "png" : "jpeg");base64," + photo.data.base64EncodedString()
        }
        if !prepared.alternates.isEmpty { context["alternates"] = prepared.alternates.map { ["lang": $0.lang, "href": $0.href] } }
        if let pdfFileName {
            context["pdfHref"] = pdfFileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? pdfFileName
            context["downloadText"] = locale.downloadPDF
        }
        context["contacts"] = view.contacts.map { c -> [String: Any] in
            var item: [String: Any] = ["text": cleaner.clean(c.text), "kind": c.kind.rawValue]
            if let url = c.url { item["href"] = url }
            return item
        }
        context["sections"] = view.sections.map { section(_: $0, view: view, cleaner: &cleaner) }
        let modified = profile.meta?.lastModified ?? date.map { ISO8601DateFormatter().string(from: $0) }
        context["jsonLD"] = JSONLD.profilePage(prepared, dateModified: modified).serialized()
        return context
    }

    /// The first sentence or so of the summary, else the label and location: what a search result shows.
    private static func description(_ view: ResumeView, cleaner: inout TextCleaner) -> String {
        // Plain text: a meta description shows no markup.
        if case .paragraph(let summary)? = view.sections.first(where: { $0.id == .standard(.summary) })?.items.first {
            let text = view.plain(TextRef(cleaner.clean(summary), path: summary.path))
            if text.count <= 200 { return text }
            let cut = text.prefix(197)
            return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
        }
        return [view.headline?.text, view.contacts.first { $0.kind == .location }?.text.text].compactMap { $0 }.joined(separator: ", ")
    }

    /// Escaped HTML for a text that may carry inline markup: the template inserts it as it is
    /// (`{{{…}}}`), so escaping happens here, run by run, before any tag is added.
    static func rich(_ ref: TextRef, view: ResumeView, cleaner: inout TextCleaner) -> String {
        let clean = TextRef(cleaner.clean(ref), path: ref.path)
        return view.runs(clean).map { run in
            var html = HTMLEscape.text(run.text)
            if run.italic { html = "<em>\(html)</em>" }
            if run.bold { html = "<strong>\(html)</strong>" }
            if let link = run.link { html = "<a href=\"\(HTMLEscape.text(link))\">\(html)</a>" }
            return html
        }.joined()
    }

    private static func section(_ section: SectionView, view: ResumeView, cleaner: inout TextCleaner) -> [String: Any] {
        var paragraphs: [String] = [], labeled: [[String: Any]] = [], entries: [[String: Any]] = []
        for item in section.items {
            switch item {
            case .paragraph(let text):
                paragraphs.append(rich(text, view: view, cleaner: &cleaner))
            case .labeled(let label, let text):
                var l: [String: Any] = ["text": rich(text, view: view, cleaner: &cleaner)]
                if let label { l["label"] = cleaner.clean(label) }
                labeled.append(l)
            case .entry(let e):
                var entry: [String: Any] = [
                    "paragraphs": e.paragraphs.map { rich($0, view: view, cleaner: &cleaner) },
                    "bullets": e.bullets.map { rich($0, view: view, cleaner: &cleaner) },
                    "hasBullets": !e.bullets.isEmpty,
                ]
                if let title = e.title { entry["title"] = cleaner.clean(title) }
                if let href = e.titleURL { entry["titleHref"] = href }
                if let start = e.startText {
                    entry["startText"] = start
                    if let s = e.start { entry["startISO"] = s.description }
                }
                if let end = e.endText {
                    entry["endText"] = end
                    if let d = e.end?.date { entry["endISO"] = d.description }
                }
                if let subtitle = e.subtitle { entry["subtitle"] = cleaner.clean(subtitle) }
                if let location = e.location { entry["location"] = cleaner.clean(location) }
                if let note = e.note { entry["note"] = cleaner.clean(note) }
                entries.append(entry)
            }
        }
        return ["id": section.id.rawValue, "title": section.title, "paragraphs": paragraphs, "labeled": labeled, "entries": entries]
    }
}

/// Escaping for text and quoted attribute values: the same five characters Mustache escapes.
enum HTMLEscape {
    static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
