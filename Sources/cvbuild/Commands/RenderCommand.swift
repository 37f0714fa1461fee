import ArgumentParser
import CVBuild
import Foundation

enum RenderFormat: String, CaseIterable {
    case pdf, html, linkedin
}

extension PageSize: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a profile to a PDF résumé.",
        discussion: """
            Writes <profile name>.pdf into --out (default: the profile's folder), then prints where, \
            how many pages and any warnings. The file is written to a temporary name and renamed, so \
            an earlier PDF is never left half-replaced; the profile itself is never written.
            Built-in themes: classic, modern, compact. Copy a folder from Themes/ and pass --theme ./my-theme to make your own.
            With SOURCE_DATE_EPOCH set, that date is the document's creation date; without it, no date is written \
            and the same input gives byte-identical output.
            """
    )

    @Argument(help: "The profile (.yaml, .yml or .json).", completion: .file(extensions: ["yaml", "yml", "json"]))
    var profile: String

    @Option(help: "Output formats, comma-separated: pdf (html and linkedin are coming).")
    var format: String = "pdf"

    @Option(help: "Folder to write into (default: beside the profile).", completion: .directory)
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

    func validate() throws {
        let formats = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for f in formats where RenderFormat(rawValue: f) == nil {
            throw ValidationError("Unknown format '\(f)'. Choose from: pdf, html, linkedin.")
        }
        for f in formats where f != "pdf" {
            throw ValidationError("--format \(f) is not available yet; this version renders pdf.")
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
        let rendered: RenderedPDF
        switch PDFRenderer.render(profileValue, options: options) {
        case .failure(let list):
            report(list.items)
            throw ExitCode.invalidInput
        case .success(let r): rendered = r
        }
        report(rendered.warnings)

        let folder = out ?? {
            let dir = (profile as NSString).deletingLastPathComponent
            return dir.isEmpty ? "." : dir
        }()
        let base = ((profile as NSString).lastPathComponent as NSString).deletingPathExtension
        let target = (folder as NSString).appendingPathComponent(base + ".pdf")
        if URL(fileURLWithPath: target).standardizedFileURL.resolvingSymlinksInPath()
            == URL(fileURLWithPath: profile).standardizedFileURL.resolvingSymlinksInPath() {
            throw Terminal.fail("the output \(target) would replace the profile itself; choose another --out")
        }
        do {
            try FileOutput.write(rendered.data, to: target, replace: true)
        } catch {
            throw Terminal.fail(error.description)
        }
        let pages = rendered.layout.pages.count
        var line = "Wrote \(target): \(pages) page\(pages == 1 ? "" : "s"), \(rendered.data.count / 1024) KB, "
            + "\(rendered.theme.name) theme, \(rendered.pageSize.rawValue)"
        if rendered.layout.spacingScale < 1 || rendered.layout.bodySize < rendered.theme.sizes.body {
            line += String(format: " (tightened to fit: spacing %.0f%%, body %.2g pt)", rendered.layout.spacingScale * 100, rendered.layout.bodySize)
        }
        if !rendered.warnings.isEmpty { line += ", \(rendered.warnings.count) warning\(rendered.warnings.count == 1 ? "" : "s")" }
        print(line)
    }
}
