/// A job posting read into lines that keep the structure the extractor needs: headings,
/// bullets and plain lines, each with its line number for evidence.
public struct Posting: Sendable {
    public enum LineKind: Sendable, Hashable { case heading, bullet, text }

    public struct Line: Sendable, Hashable {
        public var text: String
        public var kind: LineKind
        public var number: Int
    }

    public var path: String
    public var title: String?
    public var company: String?
    public var lines: [Line]
}
