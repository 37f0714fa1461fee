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
            (JSON Lines with --format json).
            """)

    @Argument(help: "The profile.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var profile: String

    @Option(help: "A role id, e.g. ml-engineer.")
    var role: String?

    @Option(help: "A posting file, or a folder of postings.", completion: .file())
    var posting: String?

    @Option(help: "Output format: text for people, json for tools.")
    var format: ReportFormat = .text

    func validate() throws {
        if (role == nil) == (posting == nil) { throw ValidationError("Give exactly one of --role or --posting.") }
    }

    func run() async throws {
        let printer = DiagnosticPrinter(.headlines)
        let target: ScoreJob.Target = role.map { .role($0, requestedAt: SourceLocation(file: "--role")) } ?? .posting(posting ?? "")
        let now = try printer.value(Terminal.environment.today)
        let report = await ScoreJob.run(ScoreJob.Request(profile: profile, target: target, now: now))
        printer.print(report.profile.errors)
        guard report.profile.value != nil, let results = report.results else { throw Terminal.fail("\(profile) has errors; fix them first") }
        let outcomes = try printer.value(results)
        for outcome in outcomes { printer.print(outcome.diagnostics) }
        let ranked = report.ranked
        guard let taxonomy = report.taxonomy, let best = ranked.first else { throw ExitCode.invalidInput }
        let colour = Terminal.stdoutIsTerminal
        if !report.isFolder {
            print(format == .json ? FitReportFormatter.json(best, taxonomy: taxonomy).serialized(pretty: true)
                                  : FitReportFormatter.text(best, taxonomy: taxonomy, colour: colour))
        } else {
            print(format == .json ? FitReportFormatter.jsonLines(ranked, taxonomy: taxonomy) : FitReportFormatter.ranking(ranked))
        }
        if outcomes.contains(where: \.failed) { throw ExitCode.invalidInput }
    }
}
