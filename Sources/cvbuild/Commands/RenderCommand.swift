import ArgumentParser
import CVBuild

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a profile to a PDF résumé, a web page and LinkedIn-ready text.",
        discussion: """
            Writes <profile name>.pdf (and .html, .linkedin.txt, .linkedin.json) into --out (default: the profile's \
            folder), then prints where, how many pages and any warnings. The file is written to a temporary name and renamed, so \
            an earlier PDF is never left half-replaced; the profile itself is never written.
            Built-in themes: see --theme. Copy a folder from Themes/ and pass --theme ./my-theme to make your own.
            With SOURCE_DATE_EPOCH set, that date is the document's creation date; without it, no date is written \
            and the same input gives byte-identical output.
            """
    )

    @Argument(help: "The profile (.yaml, .yml or .json).", completion: .file(extensions: ["yaml", "yml", "json"]))
    var profile: String

    @OptionGroup var options: RenderArguments

    func run() throws { try Self.run(options.settings(profile: profile)) }

    /// Also called directly with what `QuickParse` read.
    static func run(_ settings: RenderSettings) throws {
        let printer = DiagnosticPrinter(showingSourceOf: [settings.profile])
        let environment = Terminal.environment
        let date = try printer.value(environment.sourceDate)
        let report = RenderJob.run(settings.request(environment: environment, date: date))
        printer.print(report.profile.diagnostics)
        guard let made = report.files else {
            Terminal.printError("\(settings.profile): not rendered: fix the errors above first")
            throw ExitCode.invalidInput
        }
        let files = try printer.value(made)
        try OutputWriter.write(files.map { ($0.fileName, $0.data, $0.summary) }, into: settings.out ?? FileOutput.folder(of: settings.profile),
                               make: settings.out != nil, input: settings.profile)
        let warnings = made.warnings.count
        if warnings > 0 { print("\(warnings) warning\(warnings == 1 ? "" : "s") (see above)") }
    }
}
