/// The items of a custom section: a named entry is a dated entry like a project; a label with its
/// text is one labelled line; a text alone is a paragraph.
enum CustomSectionItems {
    static func items(_ section: CustomSection, path: String, locale: LocaleData, style: LocaleData.DateStyle) -> [SectionItem] {
        section.entries.enumerated().compactMap { i, e in
            let path = "\(path).entries[\(i)]"
            func ref(_ text: String?, _ key: String) -> TextRef? { TextRef.nonBlank(text, path: "\(path).\(key)") }
            let bullets = e.highlights.enumerated().compactMap { ref($1, "highlights[\($0)]") }
            guard let title = ref(e.name, "name") else {
                if let summary = ref(e.summary, "summary") {
                    return ref(e.label, "label").map { .labeled(label: $0, text: summary) } ?? .paragraph(summary)
                }
                if let label = ref(e.label, "label") { return .labeled(label: nil, text: label) }
                // Highlights with nothing above them: an entry without a title still shows them.
                return bullets.isEmpty ? nil : .entry(EntryView(title: nil, dates: nil, bullets: bullets))
            }
            return .entry(EntryView(
                title: title, titleURL: e.url.flatMap(Composer.safeURL),
                dates: e.datesText ?? locale.format(start: e.startDate, end: e.endDate, style: style), start: e.startDate, end: e.endDate,
                subtitle: ref(e.subtitle, "subtitle"), location: ref(e.location, "location"),
                paragraphs: [ref(e.summary, "summary")].compactMap { $0 }, bullets: bullets,
                note: ref(e.keywords.joined(separator: ", "), "keywords")))
        }
    }
}
