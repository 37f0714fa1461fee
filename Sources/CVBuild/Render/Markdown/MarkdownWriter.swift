import Foundation

/// The résumé as Markdown (CommonMark): the name as the one `#` heading, each section a `##`,
/// each entry a `###` with its dates and place in italics, highlights as a `-` list. Drawn from
/// the composed `ResumeView`, so headings, dates and custom sections match the PDF and the page.
package enum MarkdownWriter {
    package static func text(_ view: ResumeView) -> String {
        var blocks: [String] = ["# " + escape(view.name.text)]
        if let headline = view.headline { blocks.append("**" + inline(view, headline) + "**") }
        if !view.contacts.isEmpty {
            blocks.append(view.contacts.map { contact in
                guard let url = contact.url else { return escape(contact.text.text) }
                return "[\(escape(contact.text.text))](\(destination(url)))"
            }.joined(separator: " · "))
        }
        for section in view.sections where !section.items.isEmpty {
            blocks.append("## " + escape(section.title))
            var bullets: [String] = []
            // Labeled lines and loose paragraphs of one section sit together as one list.
            func flush() {
                if !bullets.isEmpty { blocks.append(bullets.joined(separator: "\n")) }
                bullets = []
            }
            for item in section.items {
                switch item {
                case .paragraph(let text):
                    flush()
                    blocks.append(block(inline(view, text)))
                case .labeled(let label, let text):
                    let body = inline(view, text)
                    bullets.append("- " + (label.map { "**\(inline(view, $0))**: " + body } ?? block(body)))
                case .entry(let entry):
                    flush()
                    blocks += self.entry(entry, in: view)
                }
            }
            flush()
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func entry(_ entry: EntryView, in view: ResumeView) -> [String] {
        var blocks: [String] = []
        var heading = entry.title.map { inline(view, $0) } ?? ""
        if let url = entry.titleURL, let title = entry.title { heading = "[\(escape(view.plain(title)))](\(destination(url)))" }
        if let subtitle = entry.subtitle { heading += (heading.isEmpty ? "" : ", ") + inline(view, subtitle) }
        if !heading.isEmpty { blocks.append("### " + heading) }
        let facts = [entry.dates.map(escape), entry.location.map { escape($0.text) }].compactMap { $0 }
        if !facts.isEmpty { blocks.append("*" + facts.joined(separator: " · ") + "*") }
        blocks += entry.paragraphs.map { block(inline(view, $0)) }
        if !entry.bullets.isEmpty { blocks.append(entry.bullets.map { "- " + block(inline(view, $0)) }.joined(separator: "\n")) }
        if let note = entry.note { blocks.append("*" + escape(note.text) + "*") }
        return blocks
    }

    /// The profile's inline markup (when on) as Markdown's own; every other character literal.
    private static func inline(_ view: ResumeView, _ ref: TextRef) -> String {
        view.runs(ref).map { run in
            var text = escape(run.text)
            guard !text.trimmedSpaces.isEmpty else { return text }
            if run.italic { text = "*\(text)*" }
            if run.bold { text = "**\(text)**" }
            if let link = run.link { text = "[\(text)](\(destination(link)))" }
            return text
        }.joined()
    }

    /// A backslash before every character Markdown could read as syntax.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.replacingOccurrences(of: "\n", with: " ") {
            if "\\`*_[]<>#!|~".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// A paragraph's or list item's text, which must not begin a list or a numbered item ("2024. A year…").
    private static func block(_ text: String) -> String {
        var out = text
        if out.first == "-" || out.first == "+" {
            out.insert("\\", at: out.startIndex)
        } else if let number = out.range(of: #"^[0-9]+(?=[.)])"#, options: .regularExpression) {
            out.insert("\\", at: number.upperBound)
        }
        return out
    }

    /// A link target in angle brackets, so spaces and parentheses in it cannot end it early.
    private static func destination(_ url: String) -> String {
        "<" + url.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E") + ">"
    }
}
