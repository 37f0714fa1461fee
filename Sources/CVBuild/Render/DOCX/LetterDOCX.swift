import Foundation

/// A cover letter as a Word document: the résumé's letterhead (Title, Subtitle, contact line)
/// in the theme's styles, then the user's paragraphs, a blank line between the letter's parts.
package enum LetterDOCX {
    package static func render(_ letter: FilledLetter, prepared: PreparedProfile, options: RenderOptions) -> Outcome<Data> {
        let view = prepared.view
        var body = WordBody()
        ResumeDOCX.letterhead(view, separator: prepared.theme.header.separator, into: &body)
        func add(_ refs: [TextRef]) {
            for ref in refs { body.add("Normal", WordBody.runs(view.runs(ref))) }
            body.add("Normal", [])
        }
        add(letter.opening)
        add([letter.greeting].compactMap { $0 })
        for paragraph in letter.body { add([paragraph]) }
        add([letter.closing].compactMap { $0 })
        body.add("Normal", [.init(letter.signature.text)])
        let size = prepared.pageSize(options)
        let package = WordPackage(body: body, theme: prepared.theme, page: WordStyles.Page(size: size, margins: prepared.theme.margins),
                                  language: prepared.locale.code, title: "\(view.name.text): \(letter.name)", author: view.name.text,
                                  date: options.date)
        do {
            return .success(try package.data())
        } catch {
            return .failure([Diagnostic(.error, .documentNotWritten(format: "DOCX", reason: "\(error)"),
                                        at: SourceLocation(file: prepared.profile.sourceMap.file))])
        }
    }
}
