import Foundation

/// The résumé as plain text in the form applicant-tracking systems read best: one column, no
/// tables or symbols beyond "-" for bullets, headings in capitals, links spelled out, so it can be
/// pasted into an application form as it is. Drawn from the composed `ResumeView`.
package enum PlainTextWriter {
    package static func text(_ view: ResumeView) -> String {
        var blocks: [[String]] = []
        var header = [view.name.text]
        if let headline = view.headline { header.append(view.plain(headline)) }
        if !view.contacts.isEmpty {
            header.append(view.contacts.map { contact in
                // A profile link shows its address; the label alone would be lost once pasted.
                guard contact.kind == .profile, let url = contact.url, url != contact.text.text else { return contact.text.text }
                return "\(contact.text.text) (\(url))"
            }.joined(separator: " | "))
        }
        blocks.append(header)
        for section in view.sections where !section.items.isEmpty {
            var lines = [section.title.uppercased(with: Locale(identifier: view.locale.code))]
            var first = true
            for item in section.items {
                switch item {
                case .paragraph(let text):
                    if !first { lines.append("") }
                    lines.append(view.plain(text))
                case .labeled(let label, let text):
                    lines.append((label.map { view.plain($0) + ": " } ?? "") + view.plain(text))
                case .entry(let entry):
                    if !first { lines.append("") }
                    lines += self.entry(entry, in: view)
                }
                first = false
            }
            blocks.append(lines)
        }
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    private static func entry(_ entry: EntryView, in view: ResumeView) -> [String] {
        var lines: [String] = []
        let heading = [entry.title, entry.subtitle].compactMap { $0.map(view.plain) }.joined(separator: ", ")
        if !heading.isEmpty { lines.append(heading) }
        let facts = [entry.dates, entry.location?.text, entry.titleURL].compactMap { $0 }
        if !facts.isEmpty { lines.append(facts.joined(separator: " | ")) }
        lines += entry.paragraphs.map(view.plain)
        lines += entry.bullets.map { "- " + view.plain($0) }
        if let note = entry.note { lines.append(view.plain(note)) }
        return lines
    }
}
