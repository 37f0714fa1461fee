import ArgumentParser
import CVBuild
import Foundation

struct TailorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tailor",
        abstract: "Make a variant of a profile for one posting: only reordered and selected, never a word rewritten.",
        discussion: """
            Orders skills by the posting's asks, each entry's highlights and the projects by relevance, and the sections \
            after the summary and experience by what they show; to fit the page budget (--max-pages, cvbuild.maxPages, \
            else 2) it drops projects and highlights that name none of the asks. Prints what changed and the score before \
            and after, then writes a commented profile (default: PROFILE-for-POSTING.yaml beside the profile) or, with \
            --render, its PDF. The profile itself is never written; an existing output only with --force.
            """)

    @Argument(help: "The profile.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var profile: String

    @Option(help: "The job posting to tailor for (.txt, .md or .html).", completion: .file())
    var posting: String

    @Option(name: .shortAndLong, help: "The file to write.", completion: .file(extensions: ["yaml", "pdf"]))
    var output: String?

    @Flag(help: "Write the tailored résumé as a PDF instead of a profile.")
    var render = false

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var typesetting: CheckRenderArguments
    @OptionGroup var version: VariantArguments

    func run() throws {
        let printer = DiagnosticPrinter(showingSourceOf: [profile])
        var options = typesetting.options()
        version.apply(to: &options)
        let report = TailorJob.run(TailorJob.Request(profile: profile, posting: posting, options: options, render: render))
        printer.print(report.profile.diagnostics)
        guard let made = report.result else { throw Terminal.fail("\(profile): not tailored: fix the errors above first") }
        let result = try printer.value(made)
        let target = output ?? FileOutput.folder(of: profile) + "/" + FileOutput.baseName(of: profile) + "-for-"
            + FileOutput.baseName(of: posting) + (render ? ".pdf" : ".yaml")
        if FileOutput.sameFile(target, profile) { throw Terminal.fail("the output \(target) is the profile itself; choose another -o") }
        print("Tailored for \(result.target): score \(result.scoreBefore) → \(result.scoreAfter), \(result.pages) page\(result.pages == 1 ? "" : "s") (budget \(result.budget))")
        print(result.changes.isEmpty ? "  nothing needed changing" : result.changes.map { "  \($0.description)" }.joined(separator: "\n"))
        try OutputWriter.write(result.data, to: target, replace: force, durable: true)
        print("Wrote \(target)")
    }
}
