/// What `render` can write, and the file name each gets beside the profile.
public enum OutputFormat: String, Sendable, CaseIterable {
    case pdf, html, linkedin
    /// The LinkedIn sections as data for tools.
    case json

    public func fileName(base: String) -> String {
        switch self {
        case .pdf: base + ".pdf"
        case .html: base + ".html"
        case .linkedin: base + ".linkedin.txt"
        case .json: base + ".linkedin.json"
        }
    }
}
