import Foundation

/// The résumé as a Word document, from the composed `ResumeView`: the name as Title, the
/// headline as Subtitle, each section a Heading 1, each entry a Heading 2 with its dates at the
/// right margin, highlights in List Bullet — styles a recruiter can edit as Word means them.
package enum ResumeDOCX {
    package static func render(_ prepared: PreparedProfile, options: RenderOptions) -> Outcome<Data> {
        let view = prepared.view
        let size = prepared.pageSize(options)
        var body = WordBody()
        letterhead(view, separator: prepared.theme.header.separator, into: &body)
        for section in view.sections where !section.items.isEmpty {
            body.add("Heading1", [.init(section.title)])
            for item in section.items {
                switch item {
                case .paragraph(let text): body.add("Normal", WordBody.runs(view.runs(text)))
                case .labeled(let label, let text):
                    let lead: [WordBody.Run] = label.map { [.init(view.plain($0) + ": ", bold: true)] } ?? []
                    body.add("Normal", lead + WordBody.runs(view.runs(text)))
                case .entry(let entry): add(entry, view: view, into: &body)
                }
            }
        }
        let package = WordPackage(body: body, theme: prepared.theme, page: WordStyles.Page(size: size, margins: prepared.theme.margins),
                                  language: prepared.locale.code, title: view.name.text, author: view.name.text,
                                  keywords: view.keywords, date: options.date)
        do {
            return .success(try package.data())
        } catch {
            return .failure([Diagnostic(.error, .documentNotWritten(format: "DOCX", reason: "\(error)"),
                                        at: SourceLocation(file: prepared.profile.sourceMap.file))])
        }
    }

    /// The name, headline and contact line: the résumé's header, and a letter's letterhead.
    package static func letterhead(_ view: ResumeView, separator: String, into body: inout WordBody) {
        body.add("Title", [.init(view.name.text)])
        if let headline = view.headline { body.add("Subtitle", WordBody.runs(view.runs(headline))) }
        guard !view.contacts.isEmpty else { return }
        var runs: [WordBody.Run] = []
        for (index, contact) in view.contacts.enumerated() {
            if index > 0 { runs.append(.init(separator)) }
            runs.append(.init(contact.text.text, link: contact.url))
        }
        body.add("Contact", runs)
    }

    private static func add(_ entry: EntryView, view: ResumeView, into body: inout WordBody) {
        var heading: [WordBody.Run] = []
        if let title = entry.title { heading.append(.init(view.plain(title), link: entry.titleURL)) }
        if let subtitle = entry.subtitle {
            heading.append(.init(heading.isEmpty ? "" : ", "))
            heading += WordBody.runs(view.runs(subtitle)).map { var run = $0; run.bold = false; return run }
        }
        if let dates = entry.dates { heading += [.tab, .init(dates, style: "EntryDates")] }
        if !heading.isEmpty { body.add("Heading2", heading) }
        if let location = entry.location { body.add("EntryDetails", [.init(location.text)]) }
        for paragraph in entry.paragraphs { body.add("Normal", WordBody.runs(view.runs(paragraph))) }
        for bullet in entry.bullets { body.add("ListBullet", WordBody.runs(view.runs(bullet))) }
        if let note = entry.note { body.add("EntryNote", [.init(view.plain(note))]) }
    }
}
