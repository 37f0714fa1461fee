import ArgumentParser
import CVBuild
import Foundation

struct LetterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Make a cover letter from the profile's cvbuild.letters, under the résumé's letterhead.",
        discussion: """
            Writes <profile name>.letter-<letter name>.pdf (and .html, .docx, .txt) into --out (default: the profile's \
            folder), typeset with the résumé's theme and fonts on one page. Placeholders {name}, {company}, {role} and \
            {recipient} come from the profile and the letter; with --posting, {postingTitle}, {postingCompany} and \
            {topSkills} (the posting's asks your profile shows best) too. Nothing is written that the letter does not say.
            """)

    @Argument(help: "The profile (.yaml, .yml or .json).", completion: .file(extensions: ["yaml", "yml", "json"]))
    var profile: String

    @Option(help: "The letter's name in cvbuild.letters (default: the first).")
    var letter: String?

    @Option(help: "A job posting (.txt, .md, .html) to fill {postingTitle}, {postingCompany} and {topSkills} from.", completion: .file())
    var posting: String?

    @Option(help: "Output formats, comma-separated: pdf, html, docx, txt.")
    var format = LetterFormatList(argument: "pdf")!

    @Option(help: "Folder to write into, made if missing (default: beside the profile).", completion: .directory)
    var out: String?

    @Option(help: TypesettingHelp.theme, completion: .directory)
    var theme: String?

    @Option(help: TypesettingHelp.pageSize)
    var pageSize: PageSize?

    func run() async throws {
        let printer = DiagnosticPrinter(showingSourceOf: [profile])
        let environment = Terminal.environment
        var options = RenderOptions()
        (options.theme, options.pageSize, options.environment) = (theme, pageSize, environment.variables)
        options.date = try printer.value(environment.sourceDate)
        let request = LetterJob.Request(profile: profile, letter: letter, posting: posting, formats: format.formats, options: options,
                                        now: try printer.value(environment.today))
        let report = await LetterJob.run(request)
        printer.print(report.profile.diagnostics)
        guard let made = report.files else { throw Terminal.fail("\(profile): no letter made: fix the errors above first") }
        let files = try printer.value(made)
        try OutputWriter.write(files.map { ($0.fileName, $0.data, $0.summary) }, into: out ?? FileOutput.folder(of: profile),
                               make: out != nil, input: profile)
    }
}
