import ArgumentParser
import CVBuild

struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "List the skills taxonomy: every skill cvbuild recognises, with its spellings.")

    @Option(help: "Output format: text for people, json for tools.")
    var format: ReportFormat = .text

    func run() throws {
        let taxonomy = try DiagnosticPrinter(.headlines).value(CatalogJob.taxonomy)
        print(format == .json ? TaxonomyFormatter.json(taxonomy).serialized(pretty: true) : TaxonomyFormatter.text(taxonomy))
    }
}
