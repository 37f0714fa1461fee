/// What `check` learned by typesetting the profile as `render` would: each bullet's line count
/// at the theme's width, the pages against the budget, and the text a parser reads back from
/// the PDF. nil parts were not measured (the fonts or the PDF could not be made).
package struct CheckRendering: Sendable {
    /// Lines per bullet, by field path.
    package var bulletLines: [String: Int] = [:]
    /// "classic theme, letter, 10 pt": the width bullets were measured at.
    package var measure = ""
    package var pages: Int?
    package var budget: Int
    /// Whether the budget came from `--max-pages` rather than the profile.
    package var budgetFromOptions = false
    /// Set when the résumé does not fit the budget even tightened.
    package var overflow: (needed: Int, linesOver: Int)?
    /// The PDF's text, line by line, as a parser reads it.
    package var pdfLines: [String]?
    /// Where the PDF came from, for messages (`--pdf FILE`, or the one made in memory).
    package var pdfSource: String?

    package init(budget: Int) { self.budget = budget }
}
