/// How a résumé looks: fonts, sizes, colours, margins, spacing and the ranges the page budget
/// may tighten within. Read from `Themes/<name>/theme.yaml`; plain data, no behaviour.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var description: String
    /// The folder the theme came from (for fonts and templates beside it), nil when built in.
    public var folder: String?
    /// The built-in theme's folder name under `Themes/`, nil for a theme from a folder.
    public var builtInName: String?
    public var fonts: Fonts
    public var pageSize: PageSize
    public var margins: Margins
    public var sizes: Sizes
    public var colors: Colors
    public var spacing: Spacing
    public var header: Header
    public var headings: Headings
    public var dateStyle: LocaleData.DateStyle
    public var bullet: String
    public var sections: [SectionID]

    public struct Fonts: Hashable, Sendable {
        public var regular: FontFile
        public var bold: FontFile
        public var italic: FontFile
        public var boldItalic: FontFile
        /// Tried in order for characters the theme's fonts lack (CJK, symbols).
        public var fallbacks: [FontFile]
    }

    /// A font file name (found by `FontLocator`) and, for a .ttc collection, which face.
    public struct FontFile: Hashable, Sendable {
        public var file: String
        public var index: Int
        /// Where a theme file names it (`fonts.regular` at theme.yaml:7:12), for "not found".
        public var location: SourceLocation? = nil
        public var path: String? = nil
    }

    public struct Margins: Hashable, Sendable {
        public var top, right, bottom, left: Double
    }

    public struct Sizes: Hashable, Sendable {
        public var name, headline, contact, heading, entryTitle, body, small, footer: Double
        /// The page budget may shrink body text down to this, never below.
        public var minimumBody: Double
    }

    public struct Colors: Hashable, Sendable {
        public var text, muted, accent, rule, link: RGB
    }

    public struct RGB: Hashable, Sendable {
        public var red, green, blue: Double

        /// "#1A2B3C"
        public static func parse(_ text: String) -> RGB? {
            guard text.count == 7, text.hasPrefix("#"), let value = UInt32(text.dropFirst(), radix: 16) else { return nil }
            return RGB(red: Double(value >> 16 & 0xFF) / 255, green: Double(value >> 8 & 0xFF) / 255,
                       blue: Double(value & 0xFF) / 255)
        }
    }

    public struct Spacing: Hashable, Sendable {
        /// Line height as a multiple of the font size.
        public var lineHeight: Double
        public var afterHeader, beforeSection, afterHeading, betweenEntries, paragraph, bulletIndent: Double
        /// The page budget may scale the spacing above down to this fraction.
        public var minimumScale: Double
    }

    public enum Alignment: String, Hashable, Sendable, CaseIterable { case left, center }

    public struct Header: Hashable, Sendable {
        public var align: Alignment
        public var separator: String
    }

    public struct Headings: Hashable, Sendable {
        public var uppercase: Bool
        public var rule: Bool
        public var color: Bool
    }
}
