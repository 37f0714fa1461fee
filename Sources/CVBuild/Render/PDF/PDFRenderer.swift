import Foundation

/// A rendered PDF, not yet written anywhere.
package struct RenderedPDF: Sendable {
    package var data: Data
    package var layout: PageLayout
    package var theme: Theme
    package var pageSize: PageSize
}

/// The PDF pipeline: prepared view → fonts → pages → PDF bytes. Characters replaced or removed
/// and fallback fonts missing come back as warnings: reported, never silent.
package enum PDFRenderer {
    package static func render(_ prepared: PreparedProfile, options: RenderOptions) -> Outcome<RenderedPDF> {
        let theme = prepared.theme
        let locator = FontLocator(extraFolders: options.fontFolders + [theme.folder].compactMap { $0 }, environment: options.environment)
        return ThemeFonts.load(theme, locator: locator, themeLocation: prepared.themeLocation).flatMap { fonts in
            render(prepared, fonts: fonts, options: options)
        }
    }

    private static func render(_ prepared: PreparedProfile, fonts: ThemeFonts, options: RenderOptions) -> Outcome<RenderedPDF> {
        let profile = prepared.profile, theme = prepared.theme, view = prepared.view
        let map = profile.sourceMap
        let file = SourceLocation(file: map.file)
        func located(_ path: String) -> SourceLocation { map[path] ?? file }
        let pageSize = options.pageSize ?? profile.settings.pageSize ?? theme.pageSize
        let maxPages = options.maxPages ?? profile.settings.maxPages
        let layout: PageLayout
        switch DocumentLayouter(theme: theme, fonts: fonts.book, pageSize: pageSize).layout(view, maxPages: maxPages) {
        case .failure(let overflow):
            let longest = overflow.longestSections.map { "\($0.title) (\($0.lines) lines)" }.joined(separator: ", ")
            let at = options.maxPages != nil ? SourceLocation(file: "--max-pages") : located("cvbuild.maxPages")
            return .failure(Diagnostic(.error, .doesNotFit(maxPages: overflow.maxPages, pagesNeeded: overflow.pagesNeeded,
                                                           linesOver: overflow.linesOver, longest: longest), at: at))
        case .success(let l): layout = l
        }

        var warnings: [Diagnostic] = []
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
            return .success(RenderedPDF(data: data, layout: layout, theme: theme, pageSize: pageSize), warnings: warnings)
        } catch {
            return .failure(Diagnostic(.error, .renderFailed(message: error.description), at: file))
        }
    }

    /// Prepares and renders in one call.
    package static func render(_ profile: Profile, options: RenderOptions) -> Outcome<RenderedPDF> {
        PreparedProfile.prepare(profile, options: options).flatMap { render($0, options: options) }
    }
}
