/// The areas a fit report groups asks into, each a set of the taxonomy's categories: the
/// reader wants "deep learning 2 of 3", not 34 categories of one or two skills each.
package enum FitAreas {
    package static let order = ["Languages", "Machine learning", "Deep learning", "MLOps", "Cloud", "Data", "Software", "Soft skills", "Other"]

    private static let byCategory: [String: String] = [
        "programming-language": "Languages",
        "ml-concept": "Machine learning", "ml-library": "Machine learning", "math": "Machine learning", "analytics": "Machine learning",
        "dl-concept": "Deep learning", "dl-framework": "Deep learning", "cv": "Deep learning", "cv-library": "Deep learning",
        "cv-model": "Deep learning", "nlp": "Deep learning", "nlp-library": "Deep learning", "llm-concept": "Deep learning",
        "llm-tooling": "Deep learning", "speech": "Deep learning", "audio-library": "Deep learning",
        "mlops": "MLOps", "mlops-tool": "MLOps", "devops": "MLOps", "orchestration": "MLOps",
        "cloud": "Cloud", "cloud-ml": "Cloud",
        "data": "Data", "data-engineering": "Data", "data-library": "Data", "data-platform": "Data", "database": "Data",
        "visualization": "Data", "web-scraping": "Data",
        "software-engineering": "Software", "web-framework": "Software",
        "soft-skill": "Soft skills",
    ]

    /// The area of an ask: its first skill's category's (a choice's members share one area in practice).
    package static func area(of ask: FitReport.Ask, taxonomy: Taxonomy) -> String {
        ask.skills.first.flatMap { taxonomy.byID[$0]?.category }.flatMap { byCategory[$0] } ?? "Other"
    }

    package struct Coverage: Sendable, Hashable {
        package var area: String
        package var mustShown = 0, mustAsked = 0, niceShown = 0, niceAsked = 0
    }

    /// Asks shown and asked per area, in `order`, leaving out areas the target asks nothing of.
    package static func coverage(_ report: FitReport, taxonomy: Taxonomy) -> [Coverage] {
        var table: [String: Coverage] = [:]
        for line in report.lines {
            let area = area(of: line.ask, taxonomy: taxonomy)
            var c = table[area] ?? Coverage(area: area)
            let shown = line.evidence != nil ? 1 : 0
            if line.ask.importance == .must { c.mustAsked += 1; c.mustShown += shown } else { c.niceAsked += 1; c.niceShown += shown }
            table[area] = c
        }
        return order.compactMap { table[$0] }
    }
}
