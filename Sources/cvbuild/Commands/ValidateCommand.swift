import ArgumentParser
import CVBuild

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check profiles and report every problem with its FILE:LINE:COL.",
        discussion: """
            Problems are printed as FILE:LINE:COL: error|warning: FIELD: WHAT (EXPECTED), one per line, \
            all of them in one run. Exit 0 when every file is valid (warnings allowed), 1 otherwise.
            """
    )

    @Argument(help: "Profile files (.yaml, .yml or .json).", completion: .file(extensions: ["yaml", "yml", "json"]))
    var files: [String]

    @Option(help: "Output format: text for people, json for tools.")
    var format: ReportFormat = .text

    @Flag(help: "Treat unknown keys as errors, not warnings.")
    var strict = false

    @Option(help: "Check the translation to this language (NAME.LOCALE.yaml beside the profile): list what is untranslated.")
    var locale: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one profile file.") }
    }

    func run() throws {
        let report = ValidateJob.run(paths: files, strict: strict, locale: locale)
        switch format {
        case .json:
            print(report.json().serialized(pretty: true))
        case .text:
            let printer = DiagnosticPrinter(showingSourceOf: files)
            let colour = Terminal.stdoutIsTerminal
            for file in report.files {
                printer.print(file.diagnostics)
                let status = ValidationReport.statusLine(file)
                print(file.isValid ? Terminal.green(status, colour) : Terminal.red(status, colour))
            }
        }
        if !report.allValid { throw ExitCode.invalidInput }
    }
}
