import ArgumentParser
import CVBuild
import Foundation

extension PageSize: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a profile to a PDF résumé, a web page and LinkedIn-ready text.",
        discussion: """
            Writes <profile name>.pdf (and .html, .linkedin.txt, .linkedin.json) into --out (default: the profile's \
            folder), then prints where, how many pages and any warnings. The file is written to a temporary name and renamed, so \
            an earlier PDF is never left half-replaced; the profile itself is never written.
            Built-in themes: classic, modern, compact. Copy a folder from Themes/ and pass --theme ./my-theme to make your own.
            With SOURCE_DATE_EPOCH set, that date is the document's creation date; without it, no date is written \
            and the same input gives byte-identical output.
            """
    )

    @Argument(help: "The profile (.yaml, .yml or .json).", completion: .file(extensions: ["yaml", "yml", "json"]))
    var profile: String

    @Option(help: "Output formats, comma-separated: pdf, html (a self-contained web page), linkedin (text to paste), json (the LinkedIn sections as data).")
    var format: String = "pdf"

    @Option(help: "Folder to write into, made if missing (default: beside the profile).", completion: .directory)
    var out: String?

    @Option(help: "Theme name (classic, modern, compact) or a theme folder.", completion: .directory)
    var theme: String?

    @Option(help: "Language for headings, dates and \"present\": en, zh, de, fr, es.")
    var locale: String?

    @Option(help: "Fail rather than go over this many pages (tightening spacing and type first).")
    var maxPages: Int?

    @Option(help: "Page size: a4 or letter.")
    var pageSize: PageSize?

    @Option(help: "Another folder to look for font files in.", completion: .directory)
    var fontDir: [String] = []

    @Flag(help: "Treat unknown keys in the profile as errors.")
    var strict = false

    var formats: [OutputFormat] {
        var seen = Set<OutputFormat>()
        return format.split(separator: ",").compactMap { OutputFormat(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
            .filter { seen.insert($0).inserted }
    }

    func validate() throws {
        for f in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where OutputFormat(rawValue: f) == nil {
            throw ValidationError("Unknown format '\(f)'. Choose from: pdf, linkedin, json, html.")
        }
        if let maxPages, !(1...20).contains(maxPages) { throw ValidationError("--max-pages must be from 1 to 20.") }
    }

    func run() throws {
        let loaded = ProfileLoader.load(path: profile, strict: strict)
        let formatter = DiagnosticFormatter(colour: Terminal.stderrIsTerminal)
        func report(_ diagnostics: [Diagnostic]) {
            for d in diagnostics {
                let line = d.location.file == loaded.source?.path ? d.location.position.flatMap { loaded.source?.line($0.line) } : nil
                Terminal.printError(formatter.format(d, sourceLine: line))
            }
        }
        report(loaded.diagnostics)
        guard let profileValue = loaded.profile, loaded.isValid else {
            Terminal.printError("\(profile): not rendered: fix the errors above first")
            throw ExitCode.invalidInput
        }
        var options = RenderOptions()
        options.theme = theme
        options.locale = locale
        options.maxPages = maxPages
        options.pageSize = pageSize
        options.fontFolders = fontDir
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch) else { throw Terminal.fail("SOURCE_DATE_EPOCH must be a whole number of seconds, not \"\(epoch)\"") }
            options.date = Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        let prepared: PreparedProfile
        switch PreparedProfile.prepare(profileValue, options: options) {
        case .failure(let list):
            report(list.items)
            throw ExitCode.invalidInput
        case .success(let p): prepared = p
        }

        // Make every output first; write them only when all succeeded, so a failure leaves nothing half-done.
        var outputs: [(format: OutputFormat, data: Data, summary: String)] = []
        var warnings: [Diagnostic] = []
        // Skills on LinkedIn go in the order the target role asks for them, when the profile names one.
        var skillOrder: (([String]) -> [String])?
        if let role = profileValue.settings.targetRole, formats.contains(where: { $0 == .linkedin || $0 == .json }),
           case .success(let taxonomy) = Taxonomy.builtIn {
            let at = profileValue.sourceMap["cvbuild.targetRole"] ?? SourceLocation(file: profile)
            switch RoleCatalog.load(role, taxonomy: taxonomy, requestedAt: at) {
            case .failure(let list):
                report(list.items)
                throw ExitCode.invalidInput
            case .success(let set):
                let matcher = SkillMatcher(taxonomy: taxonomy)
                skillOrder = { SkillRelevance.order($0, for: set, matcher: matcher) }
            }
        }
        // Built once for both the text and the JSON form; its warnings are reported once.
        lazy var linkedin = LinkedInProfile.build(from: prepared.view, settings: profileValue.settings, skillOrder: skillOrder)
        var linkedinWarned = false
        for f in formats {
            switch f {
            case .pdf:
                switch PDFRenderer.render(prepared, options: options) {
                case .failure(let list):
                    report(list.items)
                    throw ExitCode.invalidInput
                case .success(let rendered):
                    warnings += rendered.warnings
                    let pages = rendered.layout.pages.count
                    var summary = "\(pages) page\(pages == 1 ? "" : "s"), \(rendered.data.count / 1024) KB, "
                        + "\(rendered.theme.name) theme, \(rendered.pageSize.rawValue)"
                    if rendered.layout.spacingScale < 1 || rendered.layout.bodySize < rendered.theme.sizes.body {
                        summary += String(format: " (tightened to fit: spacing %.0f%%, body %.2g pt)",
                                          rendered.layout.spacingScale * 100, rendered.layout.bodySize)
                    }
                    outputs.append((f, rendered.data, summary))
                }
            case .linkedin, .json:
                let over = LinkedInWriter.warnings(linkedin, sourceMap: profileValue.sourceMap)
                if !linkedinWarned { warnings += over }
                linkedinWarned = true
                let data = f == .linkedin
                    ? Data(LinkedInWriter.text(linkedin, version: CVBuildVersion.current).utf8)
                    : Data((LinkedInWriter.json(linkedin, version: CVBuildVersion.current).serialized(pretty: true) + "\n").utf8)
                let fields = linkedin.allFields.count
                outputs.append((f, data, "\(linkedin.sections.count) sections, \(fields) fields, "
                    + (over.isEmpty ? "all within LinkedIn's limits" : "\(over.count) over LinkedIn's limits")))
            case .html:
                let base = ((profile as NSString).lastPathComponent as NSString).deletingPathExtension
                switch HTMLRenderer.render(prepared, pdfFileName: formats.contains(.pdf) ? OutputFormat.pdf.fileName(base: base) : nil,
                                           date: options.date) {
                case .failure(let list):
                    report(list.items)
                    throw ExitCode.invalidInput
                case .success(let rendered):
                    warnings += rendered.warnings
                    let data = Data(rendered.html.utf8)
                    outputs.append((f, data, "\(data.count / 1024) KB web page, \(prepared.theme.name) theme, \(prepared.locale.code)"))
                }
            }
        }
        report(warnings)

        let folder = out ?? FileOutput.folder(of: profile)
        if out != nil, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileOutput.makeFolder(folder)
            } catch {
                throw Terminal.fail(error.description)
            }
        }
        let base = ((profile as NSString).lastPathComponent as NSString).deletingPathExtension
        let targets = outputs.map { (folder as NSString).appendingPathComponent($0.format.fileName(base: base)) }
        for target in targets where FileOutput.sameFile(target, profile) {
            throw Terminal.fail("the output \(target) would replace the profile itself; choose another --out")
        }
        for (output, target) in zip(outputs, targets) {
            do {
                try FileOutput.write(output.data, to: target, replace: true)
            } catch {
                throw Terminal.fail(error.description)
            }
            print("Wrote \(target): \(output.summary)")
        }
        if !warnings.isEmpty { print("\(warnings.count) warning\(warnings.count == 1 ? "" : "s") (see above)") }
    }
}
