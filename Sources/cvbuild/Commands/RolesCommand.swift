import ArgumentParser
import CVBuild

struct RolesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "List the role keyword sets, or show one with its tiers and sources.")

    @Argument(help: "A role id, e.g. ml-engineer.")
    var role: String?

    @Option(help: "Output format: text for people, json for tools.")
    var format: ReportFormat = .text

    func run() throws {
        let printer = DiagnosticPrinter(.headlines)
        guard let role else {
            let all = CatalogJob.roles()
            for outcome in all {
                printer.print(outcome.diagnostics)
                if let set = outcome.value { print(RoleSetFormatter.listLine(set)) }
            }
            if all.contains(where: \.failed) { throw ExitCode.invalidInput }
            return
        }
        let (set, taxonomy) = try printer.value(CatalogJob.role(role, requestedAt: SourceLocation(file: "roles")))
        print(format == .json ? RoleSetFormatter.json(set).serialized(pretty: true) : RoleSetFormatter.text(set, taxonomy: taxonomy))
    }
}
