/// A job posting read into lines that keep the structure the extractor needs: headings,
/// bullets and plain lines, each with its line number for evidence.
package struct Posting: Sendable {
    package enum LineKind: Sendable, Hashable { case heading, bullet, text }

    package struct Line: Sendable, Hashable {
        package var text: String
        package var kind: LineKind
        package var number: Int
    }

    package var path: String
    package var title: String?
    package var company: String?
    package var lines: [Line]
}
