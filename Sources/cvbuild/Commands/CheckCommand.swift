import ArgumentParser
import CVBuild

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint a résumé: results, wording, dates, contact details, length, and what an ATS reads back from its PDF.",
        discussion: """
            Findings are printed as FILE:LINE:COL: warning: FIELD: WHAT (WHAT TO DO), each with a stable id (--format json), \
            then a summary. The PDF is typeset in memory as `render` makes it: bullets are measured at the theme's width, \
            pages counted against the budget (--max-pages, cvbuild.maxPages, else 2), and the PDF's text read back as a parser \
            would. Switch rules off in the profile with cvbuild: {check: {ignore: [cliche, …]}}. Exit 0 with findings; \
            with --strict findings are errors and the exit status is 1.
            """)

    @Argument(help: "The profile.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var profile: String

    @Option(help: "A job posting: also report its must-haves the profile does not show.", completion: .file())
    var posting: String?

    @Option(help: "Read this PDF for the ATS round trip instead of the one cvbuild makes (the file you sent).", completion: .file(extensions: ["pdf"]))
    var pdf: String?

    @Option(help: "Output format: text for people, json for tools.")
    var format: ReportFormat = .text

    @Flag(help: "Findings are errors: exit 1 when there are any.")
    var strict = false

    @OptionGroup var render: CheckRenderArguments

    func run() throws {
        let request = CheckJob.Request(profile: profile, posting: posting, pdf: pdf, strict: strict, options: render.options())
        let report = CheckJob.run(request)
        let printer = DiagnosticPrinter(showingSourceOf: [profile])
        if format == .json {
            print(CheckReportFormatter.json(report, file: profile).serialized(pretty: true))
        } else {
            printer.print(report.profile.diagnostics + (report.findings?.diagnostics ?? []) + (report.findings?.value ?? []))
        }
        guard let findings = report.findings?.value else {
            if format == .text { Terminal.printError("\(profile): not checked: fix the errors above first") }
            throw ExitCode.invalidInput
        }
        if format == .text { print(CheckReportFormatter.summary(report, file: profile)) }
        if strict, !findings.isEmpty { throw ExitCode.invalidInput }
    }
}
