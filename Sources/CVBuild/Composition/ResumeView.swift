/// The profile composed for presentation: sections in order with their localized titles, dates
/// formatted, contact details with their links. Every renderer (PDF, HTML, LinkedIn) draws this;
/// none re-derives order or dates. Each text keeps the field path it came from, for warnings.
package struct ResumeView: Hashable, Sendable {
    package var name: TextRef
    package var headline: TextRef?
    package var contacts: [Contact]
    package var sections: [SectionView]
    package var locale: LocaleData
    /// The profile's skills, first ones first: the PDF's Keywords, the page's `knowsAbout`.
    package var keywords: [String]
    /// Whether descriptions and highlights use the inline syntax (`cvbuild.markup: inline`).
    package var markup: Bool = false

    /// A text as runs: styled when the profile opted into inline markup, one plain run otherwise.
    package func runs(_ ref: TextRef) -> [InlineRun] { InlineMarkup.runs(ref.text, enabled: markup) }
    /// A text with marks removed and links spelled out, for plain-text outputs.
    package func plain(_ ref: TextRef) -> String { InlineMarkup.plain(ref.text, enabled: markup) }
}

/// A piece of profile text and the field it came from (`work[0].highlights[1]`).
package struct TextRef: Hashable, Sendable {
    package var text: String
    package var path: String?

    package init(_ text: String, path: String?) {
        self.text = text
        self.path = path
    }

    /// A text worth showing: nil when absent or only white space (an empty field shows nothing).
    package static func nonBlank(_ text: String?, path: String) -> TextRef? {
        guard let text, !text.isBlank else { return nil }
        return TextRef(text, path: path)
    }
}

package struct Contact: Hashable, Sendable {
    package enum Kind: String, Hashable, Sendable { case location, email, phone, website, profile }
    package var kind: Kind
    package var text: TextRef
    /// mailto:, tel: or http(s): only; nil when the value is not safely linkable.
    package var url: String?
}

package struct SectionView: Hashable, Sendable {
    package var id: SectionRef
    package var title: String
    package var items: [SectionItem]
}

package enum SectionItem: Hashable, Sendable {
    case paragraph(TextRef)
    case entry(EntryView)
    /// A label and its text on one line: "ML libraries: pandas, NumPy, scikit-learn".
    case labeled(label: TextRef?, text: TextRef)
}

/// A dated entry: a job, a degree, a project, a certificate.
package struct EntryView: Hashable, Sendable {
    package var title: TextRef?
    package var titleURL: String?
    package var dates: String?
    package var start: PartialDate?
    package var end: EndDate?
    /// The two ends of `dates` on their own ("Mar 2021", "present"), for outputs that mark each up.
    package var startText: String?
    package var endText: String?
    package var subtitle: TextRef?
    package var location: TextRef?
    package var paragraphs: [TextRef] = []
    package var bullets: [TextRef] = []
    /// A muted last line: keywords, courses, a credential ID.
    package var note: TextRef?
    /// Certificates: the credential ID and the formatted expiry date, for outputs with a field each.
    package var credentialID: TextRef?
    package var expires: String?
}
