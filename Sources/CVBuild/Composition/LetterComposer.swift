/// A letter with its placeholders filled, in reading order, and as a `ResumeView` (the résumé's
/// header as letterhead, the letter as one untitled section of paragraphs) so the PDF, the page
/// and the Word file typeset it with the résumé's own theme and fonts. Nothing is added that the
/// user did not write: only their fields, their paragraphs and the placeholders' values.
package struct FilledLetter: Hashable, Sendable {
    package var name: String
    /// Where the letter is in the profile (`cvbuild.letters[0]`), for warnings about it.
    package var path: String
    /// Date, then the recipient block (recipient, company), each a line.
    package var opening: [TextRef] = []
    package var greeting: TextRef?
    package var body: [TextRef] = []
    package var closing: TextRef?
    /// The sender's name under the closing.
    package var signature: TextRef

    package var paragraphs: [TextRef] {
        opening + [greeting].compactMap { $0 } + body + [closing].compactMap { $0 } + [signature]
    }

    /// The letter under the résumé's letterhead, for the renderers that draw a `ResumeView`.
    package func view(letterhead: ResumeView) -> ResumeView {
        var view = letterhead
        view.sections = [SectionView(id: .custom("letter"), title: "", items: paragraphs.map(SectionItem.paragraph))]
        return view
    }
}

package enum LetterComposer {
    /// The values of `{name}`, `{company}` … : a placeholder with no value is an error at its text.
    package static func fill(_ letter: Letter, values: [String: String], sourceMap: SourceMap,
                             signature: TextRef, postingGiven: Bool) -> Outcome<FilledLetter> {
        var errors: [Diagnostic] = []
        func text(_ key: String, _ raw: String?) -> TextRef? {
            guard let raw else { return nil }
            let path = "\(letter.path).\(key)"
            for (name, _) in LetterPlaceholders.find(in: raw) where values[name] == nil && Letter.placeholders.contains(name) {
                let reason = !Letter.postingPlaceholders.contains(name) ? "add \(name): to the letter, or leave the placeholder out"
                    : !postingGiven ? "give a posting with --posting to fill it"
                    : "the posting does not say it; write the text in the letter instead"
                errors.append(Diagnostic(.error, .placeholderWithoutValue(name: name, reason: reason),
                                         at: sourceMap[path] ?? SourceLocation(file: sourceMap.file), path: path))
            }
            return TextRef(LetterPlaceholders.fill(raw, with: values), path: path)
        }
        var filled = FilledLetter(name: letter.name, path: letter.path, signature: signature)
        filled.opening = [text("date", letter.date), text("recipient", letter.recipient), text("company", letter.company)].compactMap { $0 }
        filled.greeting = text("greeting", letter.greeting)
        filled.body = letter.body.enumerated().compactMap { text("body[\($0)]", $1) }
        filled.closing = text("closing", letter.closing)
        return errors.isEmpty ? .success(filled) : .failure(errors)
    }
}
