import Foundation
import Mustache

/// A rendered web page, not yet written anywhere.
package struct RenderedHTML: Sendable {
    package var html: String
}

/// The personal-site page: the theme's Mustache template filled from the composed view, with the
/// theme's stylesheet inline and schema.org JSON-LD. One self-contained file: no scripts, no
/// fonts or images fetched from anywhere. Every profile text goes through Mustache's escaping
/// (`< > & " '`); only the stylesheet and the JSON-LD (escaped by `JSONValue`) go in raw.
package enum HTMLRenderer {
    package static func render(_ prepared: PreparedProfile, pdfFileName: String?, date: Date?) -> Outcome<RenderedHTML> {
        let theme = prepared.theme
        guard let templateSource = ThemeCatalog.file("page.mustache", of: theme) else {
            return .failure(Diagnostic(.error, .missingThemeFile(theme: theme.name, file: "page.mustache"), at: prepared.themeLocation))
        }
        // The shared rules first, then the theme's own colours, fonts and differences.
        let css = (ThemeCatalog.shared("page.css")?.text ?? "") + (ThemeCatalog.file("style.css", of: theme)?.text ?? "")
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: templateSource.text)
        } catch let error as MustacheTemplate.ParserError {
            let at = TextPosition(line: error.context.lineNumber, column: max(1, error.context.columnNumber))
            return .failure(Diagnostic(.error, .templateError(message: describe(error.error)), at: templateSource.location(at)))
        } catch {
            return .failure(Diagnostic(.error, .templateError(message: "\(error)"), at: templateSource.location))
        }
        var cleaner = TextCleaner(sourceMap: prepared.profile.sourceMap)
        let context = HTMLContext.make(prepared, css: css, pdfFileName: pdfFileName, date: date, cleaner: &cleaner)
        var warnings = cleaner.warnings
        // A canonical copied from JSON Resume's sample would send search engines to the schema's repository.
        let used = PageLanguage.canonical(prepared.profile)
        if let canonical = prepared.profile.meta?.canonical, used != canonical {
            let map = prepared.profile.sourceMap
            warnings.append(Diagnostic(.warning, .canonicalNotOwn(canonical: canonical, used: used),
                                       at: map["meta.canonical"] ?? SourceLocation(file: map.file), path: "meta.canonical"))
        }
        return .success(RenderedHTML(html: template.render(context)), warnings: warnings)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: "a tag is not finished (missing }})"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "a set-delimiter tag is malformed"
        default: "\(error)"
        }
    }
}

/// Removes the invisible characters that can make text read differently than it is (bidi
/// overrides and isolates, directional marks), reporting each at its field.
struct TextCleaner {
    let sourceMap: SourceMap
    var warnings: [Diagnostic] = []
    private var reported = Set<String>()

    init(sourceMap: SourceMap) { self.sourceMap = sourceMap }

    static let removed: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]

    mutating func clean(_ ref: TextRef) -> String {
        clean(ref.text, path: ref.path)
    }

    mutating func clean(_ text: String, path: String?) -> String {
        guard text.unicodeScalars.contains(where: { Self.removed.contains($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if Self.removed.contains(scalar.value) {
                let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                if reported.insert("\(path ?? "")|\(code)").inserted {
                    let at = path.flatMap { sourceMap[$0] } ?? SourceLocation(file: sourceMap.file)
                    warnings.append(Diagnostic(.warning, .controlCharacterRemoved(code: code), at: at, path: path))
                }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
