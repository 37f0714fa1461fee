import Foundation

/// `check` as a job: a résumé linter. Every rule of `Check/` runs over the profile, the PDF
/// `render` would make (measured and read back as a parser would) and, with a posting, the
/// posting's musts. Findings are warnings; with `strict` they are errors.
public enum CheckJob {
    public struct Request: Sendable {
        public var profile: String
        public var posting: String?
        /// A PDF to read for the ATS round trip instead of the one cvbuild makes (the one you sent).
        public var pdf: String?
        public var strict: Bool
        /// Theme, page size, page budget, fonts: as for `render`.
        public var options: RenderOptions

        public init(profile: String, posting: String? = nil, pdf: String? = nil, strict: Bool = false, options: RenderOptions = RenderOptions()) {
            self.profile = profile
            self.posting = posting
            self.pdf = pdf
            self.strict = strict
            self.options = options
        }
    }

    public struct Report: Sendable {
        /// The profile as loaded, with its own warnings.
        public var profile: Outcome<Profile>
        /// The findings, in file order; nil when the profile could not be checked.
        public var findings: Outcome<[Diagnostic]>?
        public var bullets = 0
        public var bulletsWithResult = 0
        public var pages: Int?
        public var budget = 2
        /// Rules the profile switched off (`cvbuild.check.ignore`).
        public var ignored: [String] = []
        /// What the round trip read: "the PDF cvbuild makes", or the `--pdf` file.
        public var pdfSource: String?
    }

    /// With no budget in the profile or the options, two pages: what recruiters expect of most résumés.
    public static let defaultBudget = 2

    public static func run(_ request: Request) -> Report {
        let loaded = ProfileInput.load(path: request.profile)
        var report = Report(profile: loaded)
        guard let profile = loaded.value else { return report }
        report.ignored = profile.settings.checkIgnore
        report.budget = request.options.maxPages ?? profile.settings.maxPages ?? defaultBudget
        let checked = PreparedProfile.prepare(profile, options: request.options).flatMap { prepared in
            let language = request.options.locale ?? profile.settings.locale ?? TextLanguage.of(prepared.view)
            return CheckWords.forLanguage(language).flatMap { words in
                var context = CheckContext(profile: profile, view: prepared.view, words: words,
                                           sourceText: SourceReader.read(path: request.profile).value?.text)
                return CheckRenderer.render(prepared, options: request.options, budget: report.budget, bullets: context.bullets,
                                            pdf: request.pdf).flatMap { rendering in
                    context.rendering = rendering
                    return missingMusts(request.posting, profile: profile).map { posting in
                        context.posting = posting
                        return context
                    }
                }
            }
        }
        guard let context = checked.value else {
            report.findings = .failure(checked.diagnostics)
            return report
        }
        report.bullets = context.bullets.count
        report.bulletsWithResult = context.bullets.filter(\.hasResult).count
        report.pages = context.rendering?.pages
        report.pdfSource = context.rendering?.pdfSource
        let ignored = Set(report.ignored)
        let findings = rules.flatMap { $0.findings(context) }.filter { !ignored.contains($0.id) }.map { d in
            var d = d
            if request.strict { d.severity = .error }
            return d
        }
        report.findings = .success(findings.sortedByPosition(), warnings: checked.warnings)
        return report
    }

    /// Every rule, one concern each, in the order their findings are listed at one position.
    static let rules: [any CheckRuleRunner] = [
        WeakOpeningRule(), TenseRule(), MeasurableResultRule(), LongBulletRule(), FirstPersonRule(), ClicheRule(),
        DateRules(), EmploymentGapRule(), ContactRule(), SectionTitleRule(), PageBudgetRule(), ATSRoundTripRule(), MissingMustRule(),
    ]

    /// The posting's musts (asked alone or as a choice) that the profile shows nowhere.
    private static func missingMusts(_ path: String?, profile: Profile) -> Outcome<CheckPosting?> {
        guard let path else { return .success(nil) }
        return Taxonomy.builtIn.flatMap { taxonomy in
            PostingCues.builtIn.flatMap { cues in
                PostingReader.read(path: path).map { posting in
                    let matcher = SkillMatcher(taxonomy: taxonomy)
                    let analysis = SkillExtractor(matcher: matcher, cues: cues).analyse(posting)
                    let evidence = ProfileEvidence.collect(profile, matcher: matcher)
                    func label(_ id: String) -> String { taxonomy.byID[id]?.label ?? id }
                    var missing: [(skill: String, line: Int)] = analysis.skills.compactMap { s in
                        s.aloneLevel == .must && evidence.best(s.skill.id) == nil ? (label(s.skill.id), s.line) : nil
                    }
                    missing += analysis.groups.compactMap { g in
                        g.level == .must && !g.members.contains { evidence.best($0) != nil }
                            ? ("one of " + g.members.map(label).joined(separator: ", "), g.line) : nil
                    }
                    return CheckPosting(file: path, missing: missing.sorted { $0.line < $1.line })
                }
            }
        }
    }
}
