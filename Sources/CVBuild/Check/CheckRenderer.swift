import Foundation

/// Typesets the profile as `render` would, in memory, for `check`: the layout at the page
/// budget (and, when it does not fit, without one, so the round trip still has a PDF to read),
/// the PDF written from it, each bullet measured by the layout engine's line breaker with the
/// same fonts, and the PDF's text read back. The fonts are found and read once for all three.
enum CheckRenderer {
    static func render(_ prepared: PreparedProfile, options: RenderOptions, budget: Int, bullets: [CheckContext.Bullet],
                       pdf: String?) -> Outcome<CheckRendering> {
        let theme = prepared.theme, view = prepared.view
        return prepared.fonts(options).flatMap { fonts in
            var rendering = CheckRendering(budget: budget)
            rendering.budgetFromOptions = options.maxPages != nil
            let pageSize = prepared.pageSize(options)
            let layouter = DocumentLayouter(theme: theme, fonts: fonts.book, pageSize: pageSize)
            let layout: PageLayout
            do throws(DocumentLayouter.Overflow) {
                layout = try layouter.layout(view, maxPages: budget).get()
            } catch {
                rendering.overflow = (error.pagesNeeded, error.linesOver)
                layout = layouter.layout(view, scale: 1, bodySize: theme.sizes.body).layout
            }
            rendering.pages = layout.pages.count
            rendering.measure = "\(theme.name) theme, \(pageSize.rawValue), \(String(format: "%g", layout.bodySize)) pt"
            let width = DocumentLayouter.dimensions(pageSize).width - theme.margins.left - theme.margins.right - theme.spacing.bulletIndent
            var shaper = TextShaper(fonts: fonts.book)
            let style = TextStyle(font: .regular, size: layout.bodySize, color: theme.colors.text, link: nil)
            for b in bullets {
                let text = InlineMarkup.plain(b.text, enabled: view.markup)
                rendering.bulletLines[b.path] = LineBreaker.lines(shaper.words([Span(text, style, path: b.path)]), width: width, fonts: fonts.book).count
            }
            return readBack(pdf, layout: layout, fonts: fonts, view: view).map { lines, source in
                rendering.pdfLines = lines
                rendering.pdfSource = source
                return rendering
            }
        }
    }

    /// The text of `pdf` when given, else of the PDF written from `layout`, as `render` writes it.
    private static func readBack(_ pdf: String?, layout: PageLayout, fonts: ThemeFonts, view: ResumeView) -> Outcome<([String], String)> {
        let data: Data
        if let pdf {
            guard let bytes = FileManager.default.contents(atPath: pdf) else {
                return .failure(Diagnostic(.error, .fileUnreadable(reason: "no such file, or it cannot be read"), at: SourceLocation(file: pdf)))
            }
            data = bytes
        } else {
            let metadata = PDFWriter.Metadata(title: view.name.text, author: view.name.text, subject: view.headline?.text,
                                              keywords: Array(view.keywords.prefix(12)), creator: "cvbuild \(CVBuildVersion.current)",
                                              creationDate: nil)
            do {
                data = try PDFWriter.write(layout, fonts: fonts, metadata: metadata)
            } catch {
                return .failure(Diagnostic(.error, .renderFailed(message: error.description), at: SourceLocation(file: view.name.path ?? "")))
            }
        }
        guard let lines = PDFTextReader.lines(data) else {
            return .failure(Diagnostic(.error, .fileUnreadable(reason: "it is not a PDF"), at: SourceLocation(file: pdf ?? "")))
        }
        return .success((lines, pdf ?? "the PDF cvbuild makes"))
    }
}
