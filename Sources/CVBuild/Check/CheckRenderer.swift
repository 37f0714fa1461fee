import Foundation

/// Typesets the profile as `render` would, in memory, for `check`: the PDF at the page budget
/// (and, when it does not fit, without one, so the round trip still has a PDF to read), each
/// bullet measured by the layout engine's line breaker, and the PDF's text read back.
enum CheckRenderer {
    static func render(_ prepared: PreparedProfile, options: RenderOptions, budget: Int, bullets: [CheckContext.Bullet],
                       pdf: String?) -> Outcome<CheckRendering> {
        var rendering = CheckRendering(budget: budget)
        rendering.budgetFromOptions = options.maxPages != nil
        var budgeted = options
        budgeted.maxPages = budget
        var made = PDFRenderer.render(prepared, options: budgeted)
        if case .doesNotFit(_, let needed, let over, _)? = made.errors.first?.problem {
            rendering.overflow = (needed, over)
            budgeted.maxPages = nil
            made = PDFRenderer.render(prepared, options: budgeted)
        }
        guard let rendered = made.value else { return .failure(made.diagnostics) }
        rendering.pages = rendered.layout.pages.count
        let theme = prepared.theme
        rendering.measure = "\(theme.name) theme, \(rendered.pageSize.rawValue), \(String(format: "%g", rendered.layout.bodySize)) pt"
        let locator = FontLocator(extraFolders: options.fontFolders + [theme.folder].compactMap { $0 }, environment: options.environment)
        let fonts = ThemeFonts.load(theme, locator: locator, themeLocation: prepared.themeLocation, drawing: prepared.view.characters)
        if let book = fonts.value?.book {
            let width = DocumentLayouter.dimensions(rendered.pageSize).width - theme.margins.left - theme.margins.right
                - theme.spacing.bulletIndent
            var shaper = TextShaper(fonts: book)
            let style = TextStyle(font: .regular, size: rendered.layout.bodySize, color: theme.colors.text, link: nil)
            for b in bullets {
                let text = InlineMarkup.plain(b.text, enabled: prepared.view.markup)
                rendering.bulletLines[b.path] = LineBreaker.lines(shaper.words([Span(text, style, path: b.path)]), width: width, fonts: book).count
            }
        }
        if let pdf {
            guard let data = FileManager.default.contents(atPath: pdf) else {
                return .failure(Diagnostic(.error, .fileUnreadable(reason: "no such file, or it cannot be read"), at: SourceLocation(file: pdf)))
            }
            guard let lines = PDFTextReader.lines(data) else {
                return .failure(Diagnostic(.error, .fileUnreadable(reason: "it is not a PDF"), at: SourceLocation(file: pdf)))
            }
            rendering.pdfLines = lines
            rendering.pdfSource = pdf
        } else {
            rendering.pdfLines = PDFTextReader.lines(rendered.data)
            rendering.pdfSource = "the PDF cvbuild makes"
        }
        return .success(rendering, warnings: made.warnings)
    }
}
