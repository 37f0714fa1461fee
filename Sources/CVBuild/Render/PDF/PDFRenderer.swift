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
        prepared.fonts(options).flatMap { fonts in render(prepared, fonts: fonts, options: options) }
    }

    private static func render(_ prepared: PreparedProfile, fonts: ThemeFonts, options: RenderOptions) -> Outcome<RenderedPDF> {
        let profile = prepared.profile, theme = prepared.theme, view = prepared.view
        let map = profile.sourceMap
        let file = SourceLocation(file: map.file)
        func located(_ path: String) -> SourceLocation { map[path] ?? file }
        let pageSize = prepared.pageSize(options)
        let maxPages = options.maxPages ?? profile.settings.maxPages
        let layout: PageLayout
        switch DocumentLayouter(theme: theme, fonts: fonts.book, pageSize: pageSize, photo: prepared.photo).layout(view, maxPages: maxPages) {
        case .failure(let overflow):
            let longest = overflow.longestSections.map { "\($0.title) (\($0.lines) lines)" }.joined(separator: ", ")
            let at = options.maxPages != nil ? SourceLocation(file: "--max-pages") : located("cvbuild.maxPages")
            return .failure(Diagnostic(.error, .doesNotFit(maxPages: overflow.maxPages, pagesNeeded: overflow.pagesNeeded,
                                                           linesOver: overflow.linesOver, longest: longest), at: at))
        case .success(let l): layout = l
        }

        var warnings: [Diagnostic] = []
        func code(_ scalar: Unicode.Scalar) -> String { "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        for w in layout.warnings where !w.replaced {
            warnings.append(Diagnostic(.warning, .controlCharacterRemoved(code: code(w.scalar)), at: w.path.map(located) ?? file, path: w.path))
        }
        // One warning per script, at its first character, not one per character: 770 lines for one
        // Korean résumé helped nobody.
        let packages = Set(fonts.missingFallbacks.compactMap { FontLocator.debianPackages[$0] }).sorted()
        var groups: [(key: String, first: LayoutWarning, characters: Set<Unicode.Scalar>)] = []
        for w in layout.warnings where w.replaced {
            let key = (w.rightToLeft ? "rtl " : "") + UnicodeScripts.name(of: w.scalar)
            if let i = groups.firstIndex(where: { $0.key == key }) { groups[i].characters.insert(w.scalar) } else { groups.append((key, w, [w.scalar])) }
        }
        for group in groups {
            let first = group.first, character = String(Character(first.scalar))
            let script = UnicodeScripts.name(of: first.scalar)
            let problem: Problem = first.rightToLeft
                ? .rightToLeftText(code: code(first.scalar), character: character, count: group.characters.count, script: script)
                : .missingGlyph(code: code(first.scalar), character: character, count: group.characters.count, script: script,
                                install: packages.isEmpty ? nil : packages.joined(separator: " "))
            warnings.append(Diagnostic(.warning, problem, at: first.path.map(located) ?? file, path: first.path))
        }
        let metadata = PDFWriter.Metadata(
            title: [view.name.text, view.headline?.text].compactMap { $0 }.joined(separator: " — "),
            author: view.name.text, subject: view.headline?.text, keywords: Array(view.keywords.prefix(12)),
            creator: "cvbuild \(CVBuildVersion.current)", creationDate: options.date, language: prepared.language)
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
