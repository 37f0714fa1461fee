/// The profile composed for presentation: sections in order with their localized titles, dates
/// formatted, contact details with their links. Every renderer (PDF, HTML, LinkedIn) draws this;
/// none re-derives order or dates. Each text keeps the field path it came from, for warnings.
public struct ResumeView: Hashable, Sendable {
    public var name: TextRef
    public var headline: TextRef?
    public var contacts: [Contact]
    public var sections: [SectionView]
    public var locale: LocaleData
    /// The profile's skills, first ones first: the PDF's Keywords, the page's `knowsAbout`.
    public var keywords: [String]
    /// Whether descriptions and highlights use the inline syntax (`cvbuild.markup: inline`).
    public var markup: Bool = false

    /// A text as runs: styled when the profile opted into inline markup, one plain run otherwise.
    public func runs(_ ref: TextRef) -> [InlineRun] { InlineMarkup.runs(ref.text, enabled: markup) }
    /// A text with marks removed and links spelled out, for plain-text outputs.
    public func plain(_ ref: TextRef) -> String { InlineMarkup.plain(ref.text, enabled: markup) }
}

/// A piece of profile text and the field it came from (`work[0].highlights[1]`).
public struct TextRef: Hashable, Sendable {
    public var text: String
    public var path: String?

    public init(_ text: String, path: String?) {
        self.text = text
        self.path = path
    }
}

public struct Contact: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case location, email, phone, website, profile }
    public var kind: Kind
    public var text: TextRef
    /// mailto:, tel: or http(s): only; nil when the value is not safely linkable.
    public var url: String?
}

public struct SectionView: Hashable, Sendable {
    public var id: SectionID
    public var title: String
    public var items: [SectionItem]
}

public enum SectionItem: Hashable, Sendable {
    case paragraph(TextRef)
    case entry(EntryView)
    /// A label and its text on one line: "ML libraries: pandas, NumPy, scikit-learn".
    case labeled(label: TextRef?, text: TextRef)
}

/// A dated entry: a job, a degree, a project, a certificate.
public struct EntryView: Hashable, Sendable {
    public var title: TextRef?
    public var titleURL: String?
    public var dates: String?
    public var start: PartialDate?
    public var end: EndDate?
    /// The two ends of `dates` on their own ("Mar 2021", "present"), for outputs that mark each up.
    public var startText: String?
    public var endText: String?
    public var subtitle: TextRef?
    public var location: TextRef?
    public var paragraphs: [TextRef] = []
    public var bullets: [TextRef] = []
    /// A muted last line: keywords, courses, a credential ID.
    public var note: TextRef?
    /// Certificates: the credential ID and the formatted expiry date, for outputs with a field each.
    public var credentialID: TextRef?
    public var expires: String?
}
