import ArgumentParser
import CVBuild

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "List the skills a job posting asks for, each must or nice, with the sentence that asks.",
        discussion: """
            Reads plain text, Markdown or a saved HTML page, in English or Chinese. Either/or asks ("AWS or GCP", \
            "TensorFlow/PyTorch", "one of ...", "Python、R等") are shown as groups: any one member meets them.

            With --evaluate FOLDER (repeatable), runs over postings that have hand-made answer keys \
            (NAME.expected.txt beside NAME.txt) and prints, per folder, precision, recall, F1, must/nice agreement \
            and group-aware recall (the any-of groups listed in the folder's README.md count once).
            """)

    @Argument(help: "The posting (.txt, .md or .html).", completion: .file())
    var posting: String?

    @Option(help: "Output format: text for people, json for tools.")
    var format: ReportFormat = .text

    @Option(help: "Evaluate against a folder of labelled postings instead (repeat for several folders).", completion: .directory)
    var evaluate: [String] = []

    func validate() throws {
        if posting == nil && evaluate.isEmpty { throw ValidationError("Name a posting, or --evaluate FOLDER.") }
    }

    func run() throws {
        let printer = DiagnosticPrinter(.headlines)
        for (i, folder) in evaluate.enumerated() {
            if evaluate.count > 1 { print((i == 0 ? "" : "\n") + "== \(folder)") }
            print(PostingAnalysisFormatter.text(try printer.value(ExtractJob.evaluate(folder: folder))))
        }
        if !evaluate.isEmpty { return }
        let analysis = try printer.value(ExtractJob.run(posting: posting ?? ""))
        print(format == .json ? PostingAnalysisFormatter.json(analysis).serialized(pretty: true)
                              : PostingAnalysisFormatter.text(analysis, colour: Terminal.stdoutIsTerminal))
    }
}
