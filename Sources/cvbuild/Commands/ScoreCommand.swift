import ArgumentParser
import CVBuild
import Foundation

struct ScoreCommand: ParsableCommand {
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

    func run() throws {
        let loaded = ProfileLoader.load(path: profile)
        for d in loaded.diagnostics where d.severity == .error { Terminal.printError(DiagnosticFormatter.headline(d)) }
        guard let p = loaded.profile, loaded.isValid else { throw Terminal.fail("\(profile) has errors; fix them first") }
        guard case .success(let taxonomy) = Taxonomy.builtIn, case .success(let cues) = PostingCues.builtIn else {
            throw Terminal.fail("the built-in taxonomy or posting cues are damaged")
        }
        let matcher = SkillMatcher(taxonomy: taxonomy)
        let evidence = ProfileEvidence.collect(p, matcher: matcher)
        let now = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init).map { Date(timeIntervalSince1970: $0) } ?? Date()
        let years = FitScorer.yearsOfExperience(p, now: now)
        let technicalYears = FitScorer.yearsOfExperience(p, now: now) { cues.isTechnical(title: $0.position ?? "") }
        let degree = FitScorer.degree(p, cues: cues)
        let colour = Terminal.stdoutIsTerminal

        if let role {
            let set = try Terminal.value(RoleCatalog.load(role, taxonomy: taxonomy, requestedAt: SourceLocation(file: "--role")))
            var report = FitScorer.score(FitScorer.asks(for: set), evidence: evidence, taxonomy: taxonomy, target: "\(set.title) (role)")
            report.yearsShown = years
            report.degreeShown = degree
            print(format == .json ? FitReportFormatter.json(report, taxonomy: taxonomy).serialized(pretty: true)
                                  : FitReportFormatter.text(report, taxonomy: taxonomy, colour: colour))
            return
        }
        guard let posting else { return }
        let extractor = SkillExtractor(matcher: matcher, cues: cues)
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: posting, isDirectory: &isDirectory)
        let files: [String]
        if isDirectory.boolValue {
            files = ((try? FileManager.default.contentsOfDirectory(atPath: posting)) ?? []).filter { name in
                !name.hasPrefix(".") && !name.hasSuffix(".expected.txt") && !name.lowercased().hasPrefix("readme") && [".txt", ".md", ".html", ".htm"].contains { name.lowercased().hasSuffix($0) }
            }.sorted().map { (posting as NSString).appendingPathComponent($0) }
            if files.isEmpty { throw Terminal.fail("no .txt, .md or .html postings in \(posting)") }
        } else {
            files = [posting]
        }
        // Each posting is read, extracted and scored on its own: spread them across the cores.
        nonisolated(unsafe) var results = [Result<FitReport, DiagnosticList>?](repeating: nil, count: files.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let result = PostingReader.read(path: files[i]).map { read -> FitReport in
                let analysis = extractor.analyse(read)
                var report = FitScorer.score(FitScorer.asks(for: analysis), evidence: evidence, taxonomy: taxonomy,
                                             target: analysis.title ?? (files[i] as NSString).lastPathComponent)
                report.source = files[i]
                report.titleSimilarity = analysis.title.map { FitScorer.titleSimilarity($0, p.basics.label ?? "") }
                report.yearsAsked = analysis.yearsAsked
                report.yearsShown = years
                report.yearsTechnical = technicalYears
                report.degreeAsked = analysis.degreeAsked
                report.degreeShown = degree
                return report
            }
            lock.lock()
            results[i] = result
            lock.unlock()
        }
        var reports: [FitReport] = []
        for (file, result) in zip(files, results) {
            switch result {
            case .failure(let list)?: for d in list.items { Terminal.printError(DiagnosticFormatter.headline(d)) }
            case .success(let r)?: reports.append(r)
            case nil: Terminal.printError("\(file): not scored")
            }
        }
        if reports.isEmpty { throw ExitCode.invalidInput }
        if files.count == 1 {
            print(format == .json ? FitReportFormatter.json(reports[0], taxonomy: taxonomy).serialized(pretty: true)
                                  : FitReportFormatter.text(reports[0], taxonomy: taxonomy, colour: colour))
            return
        }
        let ranked = reports.sorted { ($0.score, $1.target) > ($1.score, $0.target) }
        switch format {
        case .json:
            for r in ranked { print(FitReportFormatter.json(r, taxonomy: taxonomy).serialized()) }
        case .text:
            for (i, r) in ranked.enumerated() {
                let missing = r.lines.filter { $0.evidence == nil && $0.ask.importance == .must }.count
                print(String(format: "%2d. %3d/100  %@  (%d missing musts)  %@", i + 1, r.score, r.target as NSString, missing,
                             ((r.source ?? "") as NSString).lastPathComponent as NSString))
            }
        }
        if results.contains(where: { if case .failure = $0 { true } else { false } }) { throw ExitCode.invalidInput }
    }
}
