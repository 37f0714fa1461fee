/// What `render` can write, and the file name each gets beside the profile.
public enum OutputFormat: String, Sendable, CaseIterable {
    case pdf, html, linkedin
    /// The LinkedIn sections as data for tools.
    case json
    /// A Word document with real styles, a recruiter can edit.
    case docx
    /// Markdown, and plain text in the one-column form for pasting into application forms.
    case md, txt

    public func fileName(base: String) -> String {
        switch self {
        case .pdf: base + ".pdf"
        case .html: base + ".html"
        case .linkedin: base + ".linkedin.txt"
        case .json: base + ".linkedin.json"
        case .docx: base + ".docx"
        case .md: base + ".md"
        case .txt: base + ".txt"
        }
    }
}
