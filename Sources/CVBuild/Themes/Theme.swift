/// How a résumé looks: fonts, sizes, colours, margins, spacing and the ranges the page budget
/// may tighten within. Read from `Themes/<name>/theme.yaml`; plain data, no behaviour.
package struct Theme: Hashable, Sendable {
    package var name: String
    package var description: String
    /// The folder the theme came from (for fonts and templates beside it), nil when built in.
    package var folder: String?
    /// The built-in theme's folder name under `Themes/`, nil for a theme from a folder.
    package var builtInName: String?
    package var fonts: Fonts
    package var pageSize: PageSize
    package var margins: Margins
    package var sizes: Sizes
    package var colors: Colors
    package var spacing: Spacing
    package var header: Header
    package var headings: Headings
    package var dateStyle: LocaleData.DateStyle
    package var bullet: Bullet
    package var footer: Footer = Footer()
    package var sections: [SectionID]
    /// Where the profile's photo goes (`basics.image`); nil: the theme shows none.
    package var photo: Photo? = nil
    /// A second column beside the main one, for the sections it names; nil: one column.
    package var sidebar: Sidebar? = nil
    /// Paragraphs and highlights set flush on both sides (word spacing only, never a split word).
    package var justify = false
    /// Where an entry's dates go: on the title's line at the right, or on a line of their own below it.
    package var dates: DatePlacement = .right

    package enum DatePlacement: String, Hashable, Sendable, CaseIterable { case right, below }

    package struct Fonts: Hashable, Sendable {
        package var regular: FontFile
        package var bold: FontFile
        package var italic: FontFile
        package var boldItalic: FontFile
        /// Tried in order for characters the theme's fonts lack (CJK, symbols).
        package var fallbacks: [FontFile]
        /// A second family for the name and section headings (its bold weight); nil: the bold face.
        package var display: FontFile? = nil
    }

    /// A font file name (found by `FontLocator`) and, for a .ttc collection, which face.
    package struct FontFile: Hashable, Sendable {
        package var file: String
        package var index: Int
        /// Where a theme file names it (`fonts.regular` at theme.yaml:7:12), for "not found".
        package var location: SourceLocation? = nil
        package var path: String? = nil
    }

    package struct Margins: Hashable, Sendable {
        package var top, right, bottom, left: Double
    }

    package struct Sizes: Hashable, Sendable {
        package var name, headline, contact, heading, entryTitle, body, small, footer: Double
        /// The page budget may shrink body text down to this, never below.
        package var minimumBody: Double
    }

    package struct Colors: Hashable, Sendable {
        package var text, muted, accent, rule, link: RGB
    }

    package struct RGB: Hashable, Sendable {
        package var red, green, blue: Double

        /// "#1A2B3C"
        package static func parse(_ text: String) -> RGB? {
            guard text.count == 7, text.hasPrefix("#"), let value = UInt32(text.dropFirst(), radix: 16) else { return nil }
            return RGB(red: Double(value >> 16 & 0xFF) / 255, green: Double(value >> 8 & 0xFF) / 255,
                       blue: Double(value & 0xFF) / 255)
        }
    }

    package struct Spacing: Hashable, Sendable {
        /// Line height as a multiple of the font size.
        package var lineHeight: Double
        package var afterHeader, beforeSection, afterHeading, betweenEntries, paragraph, bulletIndent: Double
        /// The page budget may scale the spacing above down to this fraction.
        package var minimumScale: Double
    }

    package enum Alignment: String, Hashable, Sendable, CaseIterable { case left, center }

    package struct Header: Hashable, Sendable {
        package var align: Alignment
        package var separator: String
        /// A small drawn icon before each contact item (the text stays text).
        package var icons = false
    }

    package struct Photo: Hashable, Sendable {
        package enum Shape: String, Hashable, Sendable, CaseIterable { case circle, square, rounded }
        package enum Side: String, Hashable, Sendable, CaseIterable { case left, right }
        /// Width and height in points.
        package var size: Double
        package var shape: Shape
        package var side: Side
    }

    package struct Sidebar: Hashable, Sendable {
        package enum Side: String, Hashable, Sendable, CaseIterable { case left, right }
        package var side: Side
        /// Its width in points; the gap to the main column is `gutter`.
        package var width: Double
        package var gutter: Double
        package var sections: [SectionID]
        /// A tint behind the column, nil for none.
        package var background: RGB?
    }

    package struct Headings: Hashable, Sendable {
        package var uppercase: Bool
        package var rule: Bool
        package var color: Bool
        /// Points added after each letter: caps set without it look cramped.
        package var letterSpacing: Double = 0
    }

    /// The mark before each highlight.
    package struct Bullet: Hashable, Sendable {
        package enum Color: String, Hashable, Sendable, CaseIterable { case text, muted, accent }
        package var glyph: String = "•"
        package var color: Color = .text
        /// Its size as a multiple of the body size.
        package var scale: Double = 1
    }

    package struct Footer: Hashable, Sendable {
        /// The name and page number on the first page too, not only on the pages after it.
        package var everyPage = false
    }
}
