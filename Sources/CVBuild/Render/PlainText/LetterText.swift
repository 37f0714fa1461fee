/// A cover letter as plain text, to paste into an application form's "cover letter" box:
/// the sender's name and contact line, then the letter's parts a blank line apart.
package enum LetterText {
    package static func text(_ letter: FilledLetter, letterhead view: ResumeView) -> String {
        var blocks: [[String]] = [[view.name.text, view.contacts.map(\.text.text).joined(separator: " | ")].filter { !$0.isEmpty }]
        if !letter.opening.isEmpty { blocks.append(letter.opening.map(view.plain)) }
        if let greeting = letter.greeting { blocks.append([view.plain(greeting)]) }
        blocks += letter.body.map { [view.plain($0)] }
        blocks.append([letter.closing.map(view.plain), letter.signature.text].compactMap { $0 })
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }
}
