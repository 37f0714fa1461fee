import Foundation

extension ScoreJob {
    /// One web page of a report, named as it is written.
    public struct Page: Sendable {
        public var fileName: String
        public var html: String
    }

    /// The report as web pages: for a role or one posting, one page (named after the posting, or
    /// `fit.html`); for a folder, `index.html` first, then one page per posting it links to.
    public static func pages(_ report: Report) -> [Page] {
        guard let taxonomy = report.taxonomy else { return [] }
        let ranked = report.ranked
        let matcher = report.matcher ?? SkillMatcher(taxonomy: taxonomy)
        guard report.isFolder else {
            return ranked.prefix(1).map { r in
                Page(fileName: r.source.map { FileOutput.baseName(of: $0) + ".html" } ?? "fit.html", html: FitReportHTML.page(r, taxonomy: taxonomy, matcher: matcher))
            }
        }
        let names = FitIndexHTML.fileNames(for: ranked.map { $0.source ?? $0.target })
        let profile = report.profile.value.map { $0.basics.name ?? $0.sourceMap.file } ?? ""
        let index = FitIndexHTML.page(zip(ranked, names).map { FitIndexHTML.Row(report: $0, link: $1) }, profile: profile)
        return [Page(fileName: "index.html", html: index)]
            + zip(ranked, names).map { Page(fileName: $1, html: FitReportHTML.page($0, taxonomy: taxonomy, matcher: matcher)) }
    }
}
