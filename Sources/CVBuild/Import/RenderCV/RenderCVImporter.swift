import Foundation

/// Reads a RenderCV input file (RenderCV 2.x, and the 1.x names still around: `cv.label`,
/// `design.page_size`, `rendercv_settings`) into a profile.
///
/// A RenderCV file names no entry types: like RenderCV, the importer recognises each entry by
/// its keys (`company` → ExperienceEntry, `institution` → EducationEntry, a plain string →
/// TextEntry, …), then places it by the title of its section (`experience` → work,
/// `certifications` → certificates, …). Whatever has no place in a profile — design details,
/// RenderCV's settings, free-text dates, extra keys — is reported at its line and column, never
/// dropped silently.
package enum RenderCVImporter {
    /// The profile with a note for everything left out or changed, or why nothing could be imported.
    package static func load(path: String) -> Outcome<Profile> {
        SourceReader.read(path: path, kind: .renderCV).flatMap { source in
            ProfileLoader.parse(source).flatMap { root in convert(root, source: source) }
        }
    }

    /// A RenderCV node tree already parsed from `source`.
    package static func convert(_ root: SourceNode, source: SourceText) -> Outcome<Profile> {
        let conversion = RenderCVConversion(source: source)
        let profile = conversion.convert(root)
        return .checking(profile, conversion.diagnostics.sortedByPosition())
    }
}

/// One conversion of a RenderCV node tree: the profile being built and every diagnostic met.
final class RenderCVConversion {
    /// Reads RenderCV's mappings in take mode, and holds every diagnostic met.
    let reader: FieldReader
    var profile: Profile
    /// TextEntries of summary-like sections, one paragraph each.
    var summaryParts: [String] = []
    /// cvbuild sections in the order their RenderCV sections appear (RenderCV renders in file order).
    var order: [SectionRef] = []
    /// The RenderCV section whose entries first went into each cvbuild section.
    var filledBy: [SectionID: String] = [:]
    var pageSizeGiven = false
    /// Where Markdown first appears in a description or highlight, if anywhere.
    var markupAt: TextPosition?

    init(source: SourceText) {
        reader = FieldReader(importing: source)
        profile = Profile(sourceMap: SourceMap(file: source.path))
    }

    // MARK: Tables

    static let topKeys = ["cv", "design", "locale", "settings", "rendercv_settings", "locale_catalog"]
    static let cvKeys = ["name", "headline", "label", "location", "email", "phone", "website", "photo",
                         "social_networks", "custom_connections", "sections"]

    // MARK: Diagnostics

    var diagnostics: [Diagnostic] { reader.diagnostics }

    /// Something the user must check: a value not imported, or placed by a guess.
    func warn(_ problem: ImportProblem, at position: TextPosition, path: String?) {
        reader.report(.warning, .importing(problem), at: position, path: path)
    }

    /// Something done that the user should know about, with nothing lost.
    func inform(_ problem: ImportProblem, at position: TextPosition, path: String?) {
        reader.report(.note, .importing(problem), at: position, path: path)
    }

    func unknownKey(_ pair: SourceNode.Pair, in f: FieldReader.Fields, known: [String], place: String) {
        warn(.unknownKeyNotImported(key: pair.key, suggestion: Suggestion.closest(to: pair.key, in: known), place: place, known: known),
             at: pair.keyPosition, path: f.child(pair.key))
    }

    func record(_ path: String, _ position: TextPosition) { profile.sourceMap.record(path, position) }

    // MARK: The file

    func convert(_ root: SourceNode) -> Profile? {
        guard case .mapping = root.content, let top = reader.fields(of: root, path: "") else {
            reader.report(.error, .wrongType(expected: "a mapping with `cv:` at the top level", found: root.kindDescription,
                                      hint: "a RenderCV file starts with `cv:`"),
                   at: root.position, path: nil)
            return nil
        }
        guard let cvPair = top.pair("cv") else {
            reader.report(.error, .missingField(name: "cv", reason: "a RenderCV file keeps the résumé under `cv:`; is this a RenderCV file?"),
                   at: root.position, path: nil)
            return nil
        }
        let cvNode = top.take("cv") ?? cvPair.value
        guard case .mapping = cvNode.content, let cv = reader.fields(of: cvNode, path: "cv") else {
            reader.report(.error, .wrongType(expected: "a mapping of keys to values", found: cvNode.kindDescription,
                                      hint: "RenderCV's cv holds name, headline, sections and the other header fields"),
                   at: cvNode.position, path: "cv")
            return nil
        }
        header(cv)
        if let node = cv.take("sections") { sections(node) }
        for pair in cv.untaken { unknownKey(pair, in: cv, known: Self.cvKeys, place: "RenderCV's cv") }

        if let node = top.take("design") { design(node) }
        if let node = top.take("locale") { locale(node) }
        for key in ["settings", "rendercv_settings"] {
            guard let pair = top.pair(key), top.take(key) != nil else { continue }
            warn(.settingsNotImported(key: key), at: pair.keyPosition, path: key)
        }
        if let pair = top.pair("locale_catalog"), top.take("locale_catalog") != nil {
            warn(.localeCatalogNotImported, at: pair.keyPosition, path: "locale_catalog")
        }
        for pair in top.untaken { unknownKey(pair, in: top, known: Self.topKeys, place: "a RenderCV file") }

        finish()
        return profile
    }

    private func finish() {
        if !summaryParts.isEmpty { profile.basics.summary = summaryParts.joined(separator: "\n\n") }
        if !order.isEmpty { profile.settings.sections = order }
        // RenderCV prints on US Letter unless told otherwise; cvbuild's themes default to A4.
        if !pageSizeGiven { profile.settings.pageSize = .letter }
        if let at = markupAt {
            profile.settings.markup = .inline
            inform(.markupSetToInline, at: at, path: nil)
        }
    }
}
