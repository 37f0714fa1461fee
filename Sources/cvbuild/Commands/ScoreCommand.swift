import ArgumentParser
import CVBuild
import Foundation

struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score how well a profile fits a role or job postings, with the evidence and what is missing.",
        discussion: """
            --role ROLE scores against a role keyword set (see `cvbuild roles`). --posting FILE scores against one \
            posting; --posting FOLDER scores every .txt, .md and .html posting in it, in parallel, ranked by fit \
            (JSON Lines with --format json). --format html makes a self-contained web page (no script, nothing \
            fetched): to standard output, or to -o FILE; for a folder, -o names a folder that gets index.html (the \
            ranking) and one page per posting beside it.
            """)

    @Argument(help: "The profile.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var profile: String

    @Option(help: "A role id, e.g. ml-engineer.")
    var role: String?

    @Option(help: "A posting file, or a folder of postings.", completion: .file())
    var posting: String?

    @Option(help: "Output format: text for people, json for tools, html for a web page.")
    var format: ScoreFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file (for html and a folder of postings: this folder) instead of standard output.")
    var output: String?

    @OptionGroup var version: VariantArguments

    func validate() throws {
        if (role == nil) == (posting == nil) { throw ValidationError("Give exactly one of --role or --posting.") }
    }

    func run() async throws {
        let printer = DiagnosticPrinter(.headlines)
        let target: ScoreJob.Target = role.map { .role($0, requestedAt: SourceLocation(file: "--role")) } ?? .posting(posting ?? "")
        let now = try printer.value(Terminal.environment.today)
        var request = ScoreJob.Request(profile: profile, target: target, now: now)
        request.variant = version.choice
        let report = await ScoreJob.run(request)
        printer.print(report.profile.errors)
        guard report.profile.value != nil, let results = report.results else { throw Terminal.fail("\(profile) has errors; fix them first") }
        let outcomes = try printer.value(results)
        for outcome in outcomes { printer.print(outcome.diagnostics) }
        guard let taxonomy = report.taxonomy, let best = report.ranked.first else { throw ExitCode.invalidInput }
        if format == .html {
            try ScoreOutput.writeHTML(ScoreJob.pages(report), folder: report.isFolder, to: output, input: profile)
        } else {
            try ScoreOutput.emit(ScoreOutput.text(report, best: best, taxonomy: taxonomy, json: format == .json), to: output, input: profile)
        }
        if outcomes.contains(where: \.failed) { throw ExitCode.invalidInput }
    }
}
