import Foundation

/// `tailor` as a job: a variant of the profile for one posting that only selects and reorders —
/// skills by the posting's asks, highlights and projects by relevance, sections by what they
/// show, and, to fit the page budget, what names none of the asks dropped. Never a word
/// rewritten or added. Hands back the new profile as commented YAML (or a PDF), what changed,
/// and the score before and after.
public enum TailorJob {
    public struct Request: Sendable {
        public var profile: String
        public var posting: String
        /// Typesetting: theme, page size, fonts, and the page budget (`maxPages`, else the profile's, else 2).
        public var options: RenderOptions
        /// A PDF of the tailored profile rather than its YAML.
        public var render: Bool

        public init(profile: String, posting: String, options: RenderOptions = RenderOptions(), render: Bool = false) {
            self.profile = profile
            self.posting = posting
            self.options = options
            self.render = render
        }
    }

    public struct Result: Sendable {
        public var profile: Profile
        public var changes: [TailorChange]
        public var scoreBefore: Int
        public var scoreAfter: Int
        public var pages: Int
        public var budget: Int
        public var target: String
        /// The tailored profile as commented YAML, or its PDF with `render`.
        public var data: Data
    }

    public struct Report: Sendable {
        public var profile: Outcome<Profile>
        public var result: Outcome<Result>?
    }

    public static func run(_ request: Request) -> Report {
        let loaded = ProfileInput.load(path: request.profile, variant: VariantChoice(request.options))
        guard let input = loaded.value else { return Report(profile: loaded, result: nil) }
        let budget = request.options.maxPages ?? input.settings.maxPages ?? CheckJob.defaultBudget
        let result = Taxonomy.builtIn.flatMap { taxonomy in
            PostingCues.builtIn.flatMap { cues in
                PostingReader.read(path: request.posting).flatMap { posting in
                    PreparedProfile.prepare(input, options: request.options).flatMap { prepared in
                        tailor(input, posting: posting, prepared: prepared, taxonomy: taxonomy, cues: cues, budget: budget, request: request)
                    }
                }
            }
        }
        return Report(profile: loaded, result: result)
    }

    private static func tailor(_ input: Profile, posting: Posting, prepared: PreparedProfile, taxonomy: Taxonomy, cues: PostingCues,
                               budget: Int, request: Request) -> Outcome<Result> {
        let matcher = SkillMatcher(taxonomy: taxonomy)
        let analysis = SkillExtractor(matcher: matcher, cues: cues).analyse(posting)
        let asks = FitScorer.asks(for: analysis)
        let target = analysis.title ?? (posting.path as NSString).lastPathComponent
        func score(_ p: Profile) -> Int {
            FitScorer.score(asks, evidence: ProfileEvidence.collect(p, matcher: matcher), taxonomy: taxonomy, target: target).score
        }
        let relevance = TailorRelevance(matcher: matcher, asks: asks)
        var p = input, changes: [TailorChange] = []
        TailorReorder.apply(&p, relevance: relevance, sectionOrder: Composer.order(input, theme: prepared.theme), changes: &changes)
        return prepared.fonts(request.options)
            .flatMap { fonts in
                let pageSize = prepared.pageSize(request.options)
                let fit = TailorFit(theme: prepared.theme, locale: prepared.locale, fonts: fonts.book, pageSize: pageSize, relevance: relevance)
                let at = request.options.maxPages != nil ? SourceLocation(file: "--max-pages")
                    : (input.sourceMap["cvbuild.maxPages"] ?? SourceLocation(file: input.sourceMap.file))
                return fit.fit(&p, budget: budget, budgetAt: at, changes: &changes).flatMap { pages in
                    let header = header(input: request.profile, posting: posting.path, target: target, changes: changes)
                    return output(p, request: request, budget: budget, header: header).map { data in
                        Result(profile: p, changes: changes, scoreBefore: score(input), scoreAfter: score(p), pages: pages,
                               budget: budget, target: target, data: data)
                    }
                }
            }
    }

    private static func output(_ p: Profile, request: Request, budget: Int, header: [String]) -> Outcome<Data> {
        guard request.render else {
            var yaml = ProfileYAMLWriter.yaml(p, header: header)
            // The writer ends inside `cvbuild:`, where the check settings belong; it does not know them yet.
            if !p.settings.checkIgnore.isEmpty { yaml += "  check:\n    ignore: [\(p.settings.checkIgnore.joined(separator: ", "))]\n" }
            return .success(Data(yaml.utf8))
        }
        var options = request.options
        options.maxPages = budget
        return PDFRenderer.render(p, options: options).map(\.data)
    }

    static func header(input: String, posting: String, target: String, changes: [TailorChange]) -> [String] {
        ["Tailored by cvbuild \(CVBuildVersion.current) from \(input) for \(target) (\(posting)).",
         "Only reordered and selected: every text is yours, as you wrote it. Edit freely; the input is unchanged.",
         changes.isEmpty ? "Nothing needed changing." : "Changes:"] + changes.map { "  " + $0.description.replacingOccurrences(of: "\n", with: " ") }
    }
}
