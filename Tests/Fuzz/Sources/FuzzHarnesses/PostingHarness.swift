@testable import CVBuild
import Foundation

/// The posting reader (Sources/CVBuild/Postings) on raw bytes, read as a saved HTML page
/// (libxml2's HTML parser, JSON-LD JobPosting blocks) and as plain text or Markdown; then what
/// `cvbuild extract` and `cvbuild score --posting` do with a posting: skill extraction, must/nice
/// cues, years and degree asked, and the fit report against the senior sample profile, as text
/// and JSON.
public enum PostingHarness {
    struct Tools {
        var taxonomy: Taxonomy
        var extractor: SkillExtractor
        var evidence: ProfileEvidence
        var label: String
    }

    nonisolated(unsafe) static var tools: Tools?

    /// Compiles the taxonomy and collects the sample profile's evidence once, as `score` does once
    /// per run, not once per posting.
    public static func setUp() {
        guard let taxonomy = Taxonomy.builtIn.value, let cues = PostingCues.builtIn.value else {
            fatalError("the built-in taxonomy or posting cues do not load")
        }
        let sample = FuzzSupport.repositoryFile("Samples/senior-ml-engineer.yaml")
        guard let profile = ProfileLoader.load(path: sample).value else { fatalError("\(sample) does not load") }
        let matcher = SkillMatcher(taxonomy: taxonomy)
        tools = Tools(taxonomy: taxonomy, extractor: SkillExtractor(matcher: matcher, cues: cues),
                      evidence: ProfileEvidence.collect(profile, matcher: matcher), label: profile.basics.label ?? "")
    }

    public static func run(_ data: Data) {
        guard let tools else { fatalError("setUp did not run") }
        for path in ["posting.html", "posting.md"] {
            let read = PostingReader.parse(data, path: path)
            FuzzSupport.format(read.diagnostics, source: nil)
            if let posting = read.value {
                for line in posting.lines { _ = (line.text, line.kind, line.number) }
                let analysis = tools.extractor.analyse(posting)
                var report = FitScorer.score(FitScorer.asks(for: analysis), evidence: tools.evidence,
                                             taxonomy: tools.taxonomy, target: analysis.title ?? path)
                report.titleSimilarity = analysis.title.map { FitScorer.titleSimilarity($0, tools.label) }
                report.yearsAsked = analysis.yearsAsked
                report.degreeAsked = analysis.degreeAsked
                _ = FitReportFormatter.text(report, taxonomy: tools.taxonomy, colour: true)
                _ = FitReportFormatter.json(report, taxonomy: tools.taxonomy).serialized(pretty: true)
                checkScore(report.score, path: path)
            }
        }
    }

    /// `score`: a fit is a percentage; NaN or anything outside 0...100 is a wrong answer.
    static func checkScore(_ score: Int, path: String) {
        guard FuzzSupport.checking("score") else { return }
        if !(0...100).contains(score) { FuzzSupport.fail("score out of range", "\(path): score \(score)") }
    }
}
