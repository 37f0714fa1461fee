import Foundation

/// The letter's files: the PDF and the page typeset from the letter's `ResumeView` by the
/// résumé's own renderers (so theme, fonts and letterhead match), the Word file and plain text.
enum LetterOutputs {
    static func make(_ letter: FilledLetter, prepared: PreparedProfile, formats: [OutputFormat], base: String,
                     options: RenderOptions) -> Outcome<[RenderJob.File]> {
        var typeset = prepared
        typeset.view = letter.view(letterhead: prepared.view)
        var files: [RenderJob.File] = []
        var warnings: [Diagnostic] = []
        for format in formats {
            let made: Outcome<(Data, String)>
            switch format {
            case .pdf:
                made = PDFRenderer.render(typeset, options: options).flatMap { pdf in
                    let pages = pdf.layout.pages.count
                    let summary = "letter \"\(letter.name)\", \(pages) page\(pages == 1 ? "" : "s"), \(prepared.theme.name) theme"
                    guard pages > 1 else { return .success((pdf.data, summary)) }
                    let at = prepared.profile.sourceMap[letter.path] ?? SourceLocation(file: prepared.profile.sourceMap.file)
                    return .success((pdf.data, summary), warnings: [Diagnostic(.warning, .letterOverOnePage(pages: pages), at: at)])
                }
            case .html:
                made = HTMLRenderer.render(typeset, pdfFileName: nil, date: options.date).map { page in
                    // The letter's one section has no title: no empty heading for screen readers to announce.
                    let html = page.html.replacingOccurrences(of: "<h2 id=\"letter-title\"></h2>\n", with: "")
                        .replacingOccurrences(of: " aria-labelledby=\"letter-title\"", with: "")
                    return (Data(html.utf8), "letter \"\(letter.name)\", web page, \(prepared.theme.name) theme")
                }
            case .docx:
                made = LetterDOCX.render(letter, prepared: prepared, options: options).map { ($0, "letter \"\(letter.name)\", Word document") }
            case .txt:
                made = .success((Data(LetterText.text(letter, letterhead: prepared.view).utf8), "letter \"\(letter.name)\", plain text"))
            case .linkedin, .json, .md:
                made = .failure(Diagnostic(.error, .invalidChoice(text: format.rawValue, choices: LetterJob.formats.map(\.rawValue), suggestion: nil),
                                           at: SourceLocation(file: "--format")))
            }
            guard let (data, summary) = made.value else { return .failure(warnings + made.diagnostics) }
            warnings += made.diagnostics
            files.append(RenderJob.File(format: format, fileName: format.fileName(base: base), data: data, summary: summary))
        }
        return .success(files, warnings: warnings)
    }
}
