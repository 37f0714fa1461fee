import Foundation

/// `render` as a job: a profile and options in, the outputs out as named bytes with a one-line
/// summary each, not yet written anywhere; whoever calls it decides where they go.
public enum RenderJob {
    public struct Request: Sendable {
        public var profile: String
        public var formats: [OutputFormat]
        public var options: RenderOptions
        /// Unknown keys in the profile are errors.
        public var strict: Bool

        public init(profile: String, formats: [OutputFormat] = [.pdf], options: RenderOptions = RenderOptions(), strict: Bool = false) {
            self.profile = profile
            self.formats = formats
            self.options = options
            self.strict = strict
        }
    }

    /// One output, named as it is written beside the profile (`cv.pdf`, `cv.linkedin.txt`).
    public struct File: Sendable {
        public var format: OutputFormat
        public var fileName: String
        public var data: Data
        /// "2 pages, 51 KB, classic theme, letter".
        public var summary: String
    }

    /// The profile as read, and what was made of it: `files` is nil when the profile had errors.
    public struct Report: Sendable {
        public var profile: Outcome<Profile>
        public var files: Outcome<[File]>?
    }

    /// Every output is made before any is handed back, so a failure leaves nothing half-done.
    public static func run(_ request: Request) -> Report {
        let options = request.options
        let loaded = ProfileInput.load(path: request.profile, strict: request.strict, locale: options.locale, variant: VariantChoice(options))
        guard let profile = loaded.value else { return Report(profile: loaded, files: nil) }
        // A translation gets its own file names (cv.zh.pdf), and every page names the others.
        let main = FileOutput.baseName(of: request.profile)
        let languages = TranslationOverlay.locales(beside: request.profile, named: profile.settings.translations)
        let translated = options.locale.map { languages.contains($0) } ?? false
        let base = translated ? main + "." + options.locale! : main
        let files = PreparedProfile.prepare(profile, options: request.options).map { prepared -> PreparedProfile in
            guard !languages.isEmpty else { return prepared }
            var prepared = prepared
            prepared.translation = translated ? options.locale : nil
            let own = profile.settings.locale ?? "en"
            prepared.alternates = [(own, OutputFormat.html.fileName(base: main))]
                + languages.filter { $0 != own }.map { ($0, OutputFormat.html.fileName(base: main + "." + $0)) }
            return prepared
        }.flatMap { prepared in
            skillOrder(for: profile, formats: request.formats).flatMap { order in
                strictly(make(request.formats, prepared: prepared, base: base, options: request.options, skillOrder: order),
                         if: request.strict)
            }
        }
        return Report(profile: loaded, files: files)
    }

    private static func make(_ formats: [OutputFormat], prepared: PreparedProfile, base: String, options: RenderOptions,
                             skillOrder: (([String]) -> [String])?) -> Outcome<[File]> {
        var files: [File] = []
        var warnings: [Diagnostic] = []
        // Built once for both the text and the JSON form; its warnings are reported once.
        lazy var linkedin = {
            var made = LinkedInProfile.build(from: prepared.view, settings: prepared.profile.settings, skillOrder: skillOrder)
            made.otherLanguage = prepared.translation.map { ($0, prepared.locale.name) }
            return made
        }()
        var linkedinWarned = false
        for format in formats {
            let made: Outcome<(Data, String)>
            switch format {
            case .pdf:
                made = PDFRenderer.render(prepared, options: options).map { ($0.data, pdfSummary($0)) }
            case .linkedin, .json:
                let over = LinkedInWriter.warnings(linkedin, sourceMap: prepared.profile.sourceMap)
                let data = format == .linkedin
                    ? Data(LinkedInWriter.text(linkedin, version: CVBuildVersion.current).utf8)
                    : Data((LinkedInWriter.json(linkedin, version: CVBuildVersion.current).serialized(pretty: true) + "\n").utf8)
                let summary = "\(linkedin.sections.count) sections, \(linkedin.allFields.count) fields, "
                    + (over.isEmpty ? "all within LinkedIn's limits" : "\(over.count) over LinkedIn's limits")
                made = .success((data, summary), warnings: linkedinWarned ? [] : over)
                linkedinWarned = true
            case .html:
                let pdfName = formats.contains(.pdf) ? OutputFormat.pdf.fileName(base: base) : nil
                made = HTMLRenderer.render(prepared, pdfFileName: pdfName, date: options.date).map { page in
                    let data = Data(page.html.utf8)
                    return (data, "\(data.count / 1024) KB web page, \(prepared.theme.name) theme, \(prepared.locale.code)")
                }
            case .docx, .md, .txt:
                made = document(format, prepared: prepared, options: options)
            }
            guard let (data, summary) = made.value else { return .failure(warnings + made.diagnostics) }
            warnings += made.diagnostics
            files.append(File(format: format, fileName: format.fileName(base: base), data: data, summary: summary))
        }
        return .success(files, warnings: warnings)
    }

    /// The editable and plain forms, each from the composed view.
    private static func document(_ format: OutputFormat, prepared: PreparedProfile, options: RenderOptions) -> Outcome<(Data, String)> {
        let count = prepared.view.sections.count
        let sections = "\(count) section\(count == 1 ? "" : "s")"
        switch format {
        case .md: return .success((Data(MarkdownWriter.text(prepared.view).utf8), "Markdown, \(sections), \(prepared.locale.code)"))
        case .txt: return .success((Data(PlainTextWriter.text(prepared.view).utf8), "plain text for application forms, \(sections)"))
        default:
            return ResumeDOCX.render(prepared, options: options).map { data in
                (data, "Word document, \(sections), \(max(data.count / 1024, 1)) KB, \(prepared.theme.name) theme")
            }
        }
    }

    /// With `strict`, text the PDF cannot show as written is an error, not a warning.
    private static func strictly(_ outcome: Outcome<[File]>, if strict: Bool) -> Outcome<[File]> {
        let refused: Set<String> = ["missing-glyph", "right-to-left-text"]
        guard strict, outcome.diagnostics.contains(where: { refused.contains($0.id) }) else { return outcome }
        return .failure(outcome.diagnostics.map { d in
            var d = d
            if refused.contains(d.id) { d.severity = .error }
            return d
        })
    }

    private static func pdfSummary(_ pdf: RenderedPDF) -> String {
        let pages = pdf.layout.pages.count
        var summary = "\(pages) page\(pages == 1 ? "" : "s"), \(pdf.data.count / 1024) KB, \(pdf.theme.name) theme, \(pdf.pageSize.rawValue)"
        if pdf.layout.spacingScale < 1 || pdf.layout.bodySize < pdf.theme.sizes.body {
            summary += String(format: " (tightened to fit: spacing %.0f%%, body %.2g pt)", pdf.layout.spacingScale * 100, pdf.layout.bodySize)
        } else if pdf.layout.spacingScale > 1 {
            summary += String(format: " (opened up to fill the last page: spacing %.0f%%, body %.2g pt)", pdf.layout.spacingScale * 100, pdf.layout.bodySize)
        }
        return summary
    }

    /// Skills on LinkedIn go in the order the profile's target role asks for them, when it names one.
    private static func skillOrder(for profile: Profile, formats: [OutputFormat]) -> Outcome<(([String]) -> [String])?> {
        guard let role = profile.settings.targetRole, formats.contains(where: { $0 == .linkedin || $0 == .json }),
              let taxonomy = Taxonomy.builtIn.value else { return .success(nil) }
        let at = profile.sourceMap["cvbuild.targetRole"] ?? SourceLocation(file: profile.sourceMap.file)
        return RoleCatalog.load(role, taxonomy: taxonomy, requestedAt: at).map { set in
            let matcher = SkillMatcher(taxonomy: taxonomy)
            return { SkillRelevance.order($0, for: set, matcher: matcher) }
        }
    }
}
