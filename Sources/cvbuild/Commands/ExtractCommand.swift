import ArgumentParser
import CVBuild

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "List the skills a job posting asks for, each must or nice, with the sentence that asks.",
        discussion: """
            Reads plain text, Markdown or a saved HTML page. With --evaluate FOLDER, runs over postings that have \
            hand-made answer keys (NAME.expected.txt beside NAME.txt) and prints precision, recall and must/nice agreement.
            """)

    @Argument(help: "The posting (.txt, .md or .html).", completion: .file())
    var posting: String?

    @Option(help: "Output format: text for people, json for tools.")
    var format: ReportFormat = .text

    @Option(help: "Evaluate against a folder of labelled postings instead.", completion: .directory)
    var evaluate: String?

    func validate() throws {
        if posting == nil && evaluate == nil { throw ValidationError("Name a posting, or --evaluate FOLDER.") }
    }

    func run() throws {
        let printer = DiagnosticPrinter(.headlines)
        if let folder = evaluate {
            print(PostingAnalysisFormatter.text(try printer.value(ExtractJob.evaluate(folder: folder))))
            return
        }
        let analysis = try printer.value(ExtractJob.run(posting: posting ?? ""))
        print(format == .json ? PostingAnalysisFormatter.json(analysis).serialized(pretty: true)
                              : PostingAnalysisFormatter.text(analysis, colour: Terminal.stdoutIsTerminal))
    }
}
