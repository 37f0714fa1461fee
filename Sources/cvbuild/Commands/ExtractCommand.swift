import ArgumentParser
import CVBuild
import Foundation

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
        guard case .success(let taxonomy) = Taxonomy.builtIn, case .success(let cues) = PostingCues.builtIn else {
            throw Terminal.fail("the built-in taxonomy or posting cues are damaged")
        }
        let extractor = SkillExtractor(matcher: SkillMatcher(taxonomy: taxonomy), cues: cues)
        if let folder = evaluate {
            let result = ExtractionEvaluation.run(folder: folder, extractor: extractor)
            guard !result.postings.isEmpty else { throw Terminal.fail("no NAME.txt with NAME.expected.txt in \(folder)") }
            for p in result.postings {
                print("\(p.name): \(p.truePositives) found, \(p.falsePositives.count) extra, \(p.falseNegatives.count) missed, \(p.levelDisagreements.count) at the other level")
                if !p.falsePositives.isEmpty { print("    extra:  \(p.falsePositives.joined(separator: ", "))") }
                if !p.falseNegatives.isEmpty { print("    missed: \(p.falseNegatives.joined(separator: ", "))") }
                if !p.levelDisagreements.isEmpty { print("    level:  \(p.levelDisagreements.joined(separator: ", "))") }
            }
            print(String(format: "\n%d postings: precision %.3f, recall %.3f, must/nice agreement %.3f", result.postings.count, result.precision, result.recall, result.agreement))
            return
        }
        guard let path = posting else { return }
        let read = try Terminal.value(PostingReader.read(path: path))
        let analysis = extractor.analyse(read)
        for w in analysis.warnings { Terminal.printError(DiagnosticFormatter.headline(w)) }
        switch format {
        case .json:
            print(JSONValue.object([
                ("title", .optional(analysis.title)), ("seniority", .optional(analysis.seniority)),
                ("yearsAsked", analysis.yearsAsked.map { .int($0) } ?? .null), ("degreeAsked", .optional(analysis.degreeAsked)),
                ("skills", .array(analysis.skills.map { s in
                    .object([("id", .string(s.skill.id)), ("label", .string(s.skill.label)), ("category", .string(s.skill.category)),
                             ("level", .string(s.level.rawValue)), ("evidence", .string(s.evidence)), ("line", .int(s.line))])
                })),
            ]).serialized(pretty: true))
        case .text:
            let colour = Terminal.stdoutIsTerminal
            let header = [analysis.title, analysis.seniority.map { "seniority: \($0)" }, analysis.yearsAsked.map { "\($0)+ years" },
                          analysis.degreeAsked.map { "degree: \($0)" }].compactMap { $0 }.joined(separator: " · ")
            if !header.isEmpty { print(header) }
            if analysis.skills.isEmpty {
                // Say so, rather than print nothing: an empty answer looks like a failure.
                print("No skills that cvbuild knows were found in this posting (`cvbuild keywords` lists them).")
            }
            for level in [PostingAnalysis.Level.must, .nice] {
                let list = analysis.skills.filter { $0.level == level }
                guard !list.isEmpty else { continue }
                print("\n\(level == .must ? "Must have" : "Nice to have") (\(list.count))")
                for s in list {
                    let name = colour ? "\u{1B}[1m\(s.skill.label)\u{1B}[0m" : s.skill.label
                    print("  \(name) — line \(s.line): \(s.evidence)")
                }
            }
        }
    }
}
