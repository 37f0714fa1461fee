import Foundation

/// `score` as a job: how well a profile fits a role keyword set, one posting, or every posting
/// in a folder (scored in parallel, handed back in the folder's name order).
public enum ScoreJob {
    public enum Target: Sendable {
        /// A role id from `cvbuild roles`; `requestedAt` is where it was named, for errors.
        case role(String, requestedAt: SourceLocation)
        /// A posting file, or a folder of postings.
        case posting(String)
    }

    public struct Request: Sendable {
        public var profile: String
        public var target: Target
        /// "Today", for years of experience up to now: passed in, never read from the clock here.
        public var now: Date
        /// Score one version of the profile (`--variant`, `--only`, `--exclude`).
        public var variant = VariantChoice()

        public init(profile: String, target: Target, now: Date) {
            self.profile = profile
            self.target = target
            self.now = now
        }
    }

    public struct Report: Sendable {
        public var profile: Outcome<Profile>
        /// One per posting (one for a role), in file-name order; nil when nothing could be scored.
        public var results: Outcome<[Outcome<FitReport>]>?
        /// For naming skills when the reports are formatted.
        public var taxonomy: Taxonomy?
        /// Whether the target was a folder (a ranking is shown) rather than one file or a role.
        public var isFolder: Bool
        /// The matcher the scores were made with, for the web report to mark the phrases it found.
        package var matcher: SkillMatcher?

        /// The reports that could be made, best fit first (ties by name).
        public var ranked: [FitReport] {
            (results?.value ?? []).compactMap(\.value).sorted { ($0.score, $1.target) > ($1.score, $0.target) }
        }
    }

    public static func run(_ request: Request) async -> Report {
        let loaded = ProfileInput.load(path: request.profile, variant: request.variant)
        var isFolder = false
        if case .posting(let path) = request.target { isFolder = FileOutput.isFolder(path) }
        guard let profile = loaded.value else { return Report(profile: loaded, results: nil, taxonomy: nil, isFolder: isFolder) }
        let data = Taxonomy.builtIn.flatMap { taxonomy in PostingCues.builtIn.map { (taxonomy, $0) } }
        guard let (taxonomy, cues) = data.value else {
            return Report(profile: loaded, results: .failure(data.diagnostics), taxonomy: nil, isFolder: isFolder)
        }
        let matcher = SkillMatcher(taxonomy: taxonomy)
        let scorer = Scorer(profile: profile, taxonomy: taxonomy, matcher: matcher, cues: cues, now: request.now)
        let results: Outcome<[Outcome<FitReport>]>
        switch request.target {
        case .role(let id, let at):
            results = RoleCatalog.load(id, taxonomy: taxonomy, requestedAt: at).map { [.success(scorer.score($0))] }
        case .posting(let path):
            let files = postingFiles(path, isFolder: isFolder)
            results = files.isEmpty ? .failure(Diagnostic(.error, .noPostings, at: SourceLocation(file: path)))
                                    : .success(await scoreAll(files, with: scorer))
        }
        return Report(profile: loaded, results: results, taxonomy: taxonomy, isFolder: isFolder, matcher: matcher)
    }

    /// Each posting is read, extracted and scored on its own: one task each, results in file order.
    private static func scoreAll(_ files: [String], with scorer: Scorer) async -> [Outcome<FitReport>] {
        await withTaskGroup(of: (Int, Outcome<FitReport>).self) { group in
            for (i, file) in files.enumerated() {
                group.addTask { (i, PostingReader.read(path: file).map { scorer.score($0) }) }
            }
            var results = [Outcome<FitReport>?](repeating: nil, count: files.count)
            for await (i, result) in group { results[i] = result }
            return results.compactMap { $0 }
        }
    }

    /// The postings of a folder (.txt, .md, .html; not answer keys or READMEs), sorted; or the one file.
    static func postingFiles(_ path: String, isFolder: Bool) -> [String] {
        guard isFolder else { return [path] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { name in
            let lower = name.lowercased()
            return !name.hasPrefix(".") && !name.hasSuffix(".expected.txt") && !lower.hasPrefix("readme")
                && [".txt", ".md", ".html", ".htm"].contains { lower.hasSuffix($0) }
        }.sorted().map { (path as NSString).appendingPathComponent($0) }
    }

    /// What every report of one run shares: the profile's evidence, years and degree.
    private struct Scorer: Sendable {
        let profile: Profile
        let taxonomy: Taxonomy
        let extractor: SkillExtractor
        let evidence: ProfileEvidence
        let years: Double
        let technicalYears: Double
        let degree: String?

        init(profile: Profile, taxonomy: Taxonomy, matcher: SkillMatcher, cues: PostingCues, now: Date) {
            self.profile = profile
            self.taxonomy = taxonomy
            extractor = SkillExtractor(matcher: matcher, cues: cues)
            evidence = ProfileEvidence.collect(profile, matcher: matcher)
            years = FitScorer.yearsOfExperience(profile, now: now)
            technicalYears = FitScorer.yearsOfExperience(profile, now: now) { cues.isTechnical(title: $0.position ?? "") }
            degree = FitScorer.degree(profile, cues: cues)
        }

        func score(_ role: RoleSet) -> FitReport {
            var report = FitScorer.score(FitScorer.asks(for: role), evidence: evidence, taxonomy: taxonomy, target: "\(role.title) (role)")
            report.yearsShown = years
            report.degreeShown = degree
            return report
        }

        func score(_ posting: Posting) -> FitReport {
            let analysis = extractor.analyse(posting)
            var report = FitScorer.score(FitScorer.asks(for: analysis), evidence: evidence, taxonomy: taxonomy,
                                         target: analysis.title ?? (posting.path as NSString).lastPathComponent)
            report.source = posting.path
            report.titleSimilarity = analysis.title.map { FitScorer.titleSimilarity($0, profile.basics.label ?? "") }
            report.yearsAsked = analysis.yearsAsked
            report.yearsShown = years
            report.yearsTechnical = technicalYears
            report.degreeAsked = analysis.degreeAsked
            report.degreeShown = degree
            return report
        }
    }
}
