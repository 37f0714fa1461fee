import Foundation

/// What to render, beyond the profile itself; unset values come from the profile, then the theme.
public struct RenderOptions: Sendable {
    public var theme: String?
    public var locale: String?
    public var maxPages: Int?
    public var pageSize: PageSize?
    public var fontFolders: [String] = []
    /// From SOURCE_DATE_EPOCH; nil writes no date, so output is byte-identical run to run.
    public var date: Date?

    public init() {}
}

/// A rendered PDF, not yet written anywhere.
public struct RenderedPDF: Sendable {
    public var data: Data
    public var layout: PageLayout
    public var theme: Theme
    public var pageSize: PageSize
    /// Characters replaced or removed, fallback fonts missing: reported, never silent.
    public var warnings: [Diagnostic]
}

/// The PDF pipeline: prepared view → fonts → pages → PDF bytes.
public enum PDFRenderer {
    public static func render(_ prepared: PreparedProfile, options: RenderOptions) -> Result<RenderedPDF, DiagnosticList> {
        let profile = prepared.profile, theme = prepared.theme, view = prepared.view
        let map = profile.sourceMap
        let file = SourceLocation(file: map.file)
        func located(_ path: String) -> SourceLocation { map[path] ?? file }
        let locator = FontLocator(extraFolders: options.fontFolders + [theme.folder].compactMap { $0 })
        let fonts: ThemeFonts
        switch ThemeFonts.load(theme, locator: locator) {
        case .failure(let error):
            // A theme folder's own theme.yaml line is where to fix it; a built-in theme's is not the user's file.
            let own = theme.builtInName == nil ? error.font : nil
            return .failure(DiagnosticList([Diagnostic(.error, .fontProblem(message: error.message),
                                                       at: own?.location ?? prepared.themeLocation, path: own?.path)]))
        case .success(let f): fonts = f
        }
        let pageSize = options.pageSize ?? profile.settings.pageSize ?? theme.pageSize
        let maxPages = options.maxPages ?? profile.settings.maxPages
        let layout: PageLayout
        switch DocumentLayouter(theme: theme, fonts: fonts.book, pageSize: pageSize).layout(view, maxPages: maxPages) {
        case .failure(let overflow):
            let longest = overflow.longestSections.map { "\($0.title) (\($0.lines) lines)" }.joined(separator: ", ")
            let at = options.maxPages != nil ? SourceLocation(file: "--max-pages") : located("cvbuild.maxPages")
            return .failure(DiagnosticList([Diagnostic(.error, .doesNotFit(maxPages: overflow.maxPages, pagesNeeded: overflow.pagesNeeded,
                                                                              linesOver: overflow.linesOver, longest: longest), at: at)]))
        case .success(let l): layout = l
        }

        var warnings = fonts.notes.map { Diagnostic(.warning, .fontProblem(message: $0), at: prepared.themeLocation) }
        for w in layout.warnings {
            let code = "U+" + String(w.scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            let problem: Problem = w.replaced ? .missingGlyph(code: code, character: String(Character(w.scalar)))
                                              : .controlCharacterRemoved(code: code)
            warnings.append(Diagnostic(.warning, problem, at: w.path.map(located) ?? file, path: w.path))
        }
        let metadata = PDFWriter.Metadata(
            title: [view.name.text, view.headline?.text].compactMap { $0 }.joined(separator: " — "),
            author: view.name.text, subject: view.headline?.text, keywords: Array(view.keywords.prefix(12)),
            creator: "cvbuild \(CVBuildVersion.current)", creationDate: options.date)
        do {
            let data = try PDFWriter.write(layout, fonts: fonts, metadata: metadata)
            return .success(RenderedPDF(data: data, layout: layout, theme: theme, pageSize: pageSize, warnings: warnings))
        } catch {
            return .failure(DiagnosticList([Diagnostic(.error, .renderFailed(message: error.description), at: file)]))
        }
    }

    /// Prepares and renders in one call.
    public static func render(_ profile: Profile, options: RenderOptions) -> Result<RenderedPDF, DiagnosticList> {
        PreparedProfile.prepare(profile, options: options).flatMap { render($0, options: options) }
    }
}
