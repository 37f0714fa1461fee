/// How a piece of text should look before it is laid out.
package struct TextStyle: Hashable, Sendable {
    package var font: FontStyle
    package var size: Double
    package var color: Theme.RGB
    package var link: String?
    /// Letter-spacing in points after every character (caps headings); drawn with `Tc`.
    package var tracking: Double = 0
    /// Points added after each space (a justified line); drawn as `TJ` adjustments.
    package var wordSpacing: Double = 0
}

/// A run of text in one style, with the profile field it came from.
package struct Span: Hashable, Sendable {
    package var text: String
    package var style: TextStyle
    package var path: String?

    package init(_ text: String, _ style: TextStyle, path: String?) {
        self.text = text
        self.style = style
        self.path = path
    }
}

/// A part of a word drawn in one face.
struct Fragment: Hashable {
    var text: String
    var face: FaceRef
    var style: TextStyle
    var width: Double
}

extension FontBook {
    /// A fragment placed on the page: its own size (a fallback's may differ from the style's),
    /// letter- and word-spacing, and a drawn bold where its face has no bold weight.
    func placed(_ f: Fragment, x: Double, baseline: Double) -> PlacedText {
        PlacedText(x: x, baseline: baseline, text: f.text, face: f.face, size: f.style.size, color: f.style.color, width: f.width,
                   tracking: f.style.tracking, drawnBold: needsDrawnBold(f.face, style: f.style.font), wordSpacing: f.style.wordSpacing)
    }
}

/// The unit the line breaker places: a word, a piece of a word after a break opportunity
/// (a hyphen, a slash, a CJK character), with what separates it from the next one.
struct Word {
    var fragments: [Fragment]
    var width: Double
    /// Width of the space that follows, zero when the next word joins directly (CJK, after a hyphen).
    var spaceAfter: Double
    var forcedBreakAfter: Bool
    /// Room before the next word that is not a space character (the CJK–Latin gap): dropped at a line end.
    var gapAfter: Double = 0
}

/// Splits spans into words and picks a face for every character: the style's font, else the
/// first fallback that has it, else U+FFFD (with a warning). Invisible format characters
/// (bidi overrides, zero-width spaces) are removed, with a warning.
struct TextShaper {
    let fonts: FontBook
    var warnings: [LayoutWarning] = []

    init(fonts: FontBook) { self.fonts = fonts }

    /// Unicode white space, ASCII answered without Unicode's tables: the layout and the PDF
    /// writer ask this of every character of the document.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// A space that separates words: white space other than the no-break space.
    @inline(__always)
    static func isBreakingSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\u{00A0}" && isWhitespace(scalar)
    }

    mutating func words(_ spans: [Span]) -> [Word] {
        var words: [Word] = []
        var current = Word(fragments: [], width: 0, spaceAfter: 0, forcedBreakAfter: false)
        func finish(space: Double, forced: Bool = false) {
            if current.fragments.isEmpty {
                // A space right after a word that already ended (an ideograph, a hyphen) belongs to
                // that word; spaces at the start add nothing.
                if !words.isEmpty {
                    if forced { words[words.count - 1].forcedBreakAfter = true }
                    words[words.count - 1].spaceAfter = max(words[words.count - 1].spaceAfter, space)
                }
                return
            }
            current.spaceAfter = space
            current.forcedBreakAfter = forced
            words.append(current)
            current = Word(fragments: [], width: 0, spaceAfter: 0, forcedBreakAfter: false)
        }
        // A break may come after an ideograph, or after a hyphen or slash inside a word; whether it
        // does is decided when the next character arrives, since closing punctuation ("，" ")")
        // must not start a line and opening punctuation must not end one.
        var breakAllowed = false
        var previous: Unicode.Scalar?
        // Characters in the current word so far (a hyphen or slash is a break only after the first).
        var scalarsInWord = 0
        for span in spans {
            for scalar in span.text.unicodeScalars {
                if scalar == "\n" || scalar == "\u{2028}" {
                    finish(space: 0, forced: true)
                    breakAllowed = false
                } else if Self.isBreakingSpace(scalar) {
                    finish(space: spaceWidth(span.style, after: current.fragments.last ?? words.last?.fragments.last))
                    breakAllowed = false
                } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (scalar.value > 0x9F && scalar.properties.generalCategory == .format) {
                    warnings.append(LayoutWarning(path: span.path, scalar: scalar, replaced: false))
                } else {
                    let ideographic = Self.isIdeographic(scalar)
                    let opensHere = breakAllowed || (ideographic && !(previous.map(Self.isIdeographic) ?? true))
                    if opensHere, !current.fragments.isEmpty, !Self.noBreakBefore.contains(scalar),
                       !(previous.map { Self.noBreakAfter.contains($0) } ?? false) {
                        finish(space: 0)
                    }
                    if current.fragments.isEmpty {
                        scalarsInWord = 0
                        // Chinese next to Latin with no space: a quarter em between them (clreq).
                        if let last = words.indices.last, words[last].spaceAfter == 0, !words[last].forcedBreakAfter,
                           let before = previous, CJKSpacing.gapBetween(before, scalar) {
                            words[last].gapAfter = CJKSpacing.mixedScriptGap * span.style.size
                        }
                    }
                    append(scalar, style: span.style, path: span.path, to: &current,
                           inChinese: previous.map { FontBook.isCJK($0) } ?? false)
                    // A space where the face changes is not inside any run (the writer ends the run
                    // before it with it, unseen): the gap is the theme's own space, not the wide
                    // space of a Chinese face.
                    if current.fragments.count == 1, current.fragments[0].text.unicodeScalars.count == 1,
                       let last = words.indices.last, words[last].spaceAfter > 0, let before = words[last].fragments.last,
                       before.face != current.fragments[0].face {
                        words[last].spaceAfter = spaceWidth(before.style, after: nil)
                    }
                    // Words joined with no space ("GEOS-" "Chem") are one run in the PDF, kerned
                    // across the join: the word before carries that kerning.
                    if current.fragments.count == 1, current.fragments[0].text.unicodeScalars.count == 1,
                       let last = words.indices.last, words[last].spaceAfter == 0, !words[last].forcedBreakAfter,
                       let before = words[last].fragments.last, before.face == current.fragments[0].face,
                       before.style == current.fragments[0].style, let a = before.text.unicodeScalars.last {
                        let kern = fonts.kerning(a, scalar, face: before.face, size: before.style.size)
                        words[last].width += kern
                        words[last].fragments[words[last].fragments.count - 1].width += kern
                    }
                    scalarsInWord += 1
                    // A break after a slash or hyphen needs two characters before it: "A/B" and "e-mail"
                    // stay whole (a parser reading "A/" at a line end never finds "A/B").
                    breakAllowed = ideographic || ((scalar == "/" || scalar == "-") && scalarsInWord > 2)
                    previous = scalar
                }
            }
        }
        finish(space: 0)
        return words
    }

    /// A space is drawn in the face of the word before it (the PDF writer joins it to that run),
    /// so it is measured there: a Cyrillic word set in a fallback face has that face's wider
    /// space, and measuring the theme's would put the next word on top of the run's end.
    private func spaceWidth(_ style: TextStyle, after fragment: Fragment?) -> Double {
        if let face = fragment?.face, fonts.metrics(face)?.advance(of: " ") != nil {
            return fonts.width(of: " ", face: face, size: fragment?.style.size ?? style.size) + (fragment?.style.tracking ?? style.tracking)
        }
        return fonts.width(of: " ", face: .style(style.font), size: style.size) + style.tracking
    }

    private mutating func append(_ scalar: Unicode.Scalar, style: TextStyle, path: String?, to word: inout Word, inChinese: Bool = false) {
        var drawn = scalar
        // Right-to-left text would come out backwards without a bidi algorithm: left out, and said so.
        let rightToLeft = Self.isRightToLeft(scalar)
        // Quotation marks in Chinese text are full-width, from the Chinese face (the Latin face has
        // narrow ones, which crowd the characters).
        let chineseQuote = inChinese && Self.quotes.contains(scalar) ? fonts.cjkFace(for: scalar) : nil
        var face = rightToLeft ? nil : chineseQuote ?? fonts.face(for: scalar, style: style.font)
        if face == nil {
            warnings.append(LayoutWarning(path: path, scalar: scalar, replaced: true, rightToLeft: rightToLeft))
            drawn = "\u{FFFD}"
            face = fonts.face(for: drawn, style: style.font) ?? .style(style.font)
            if fonts.metrics(face!)?.advance(of: drawn) == nil { drawn = "?" }
        }
        // A Latin-family fallback is set at the size that matches the theme's x-height.
        var style = style
        style.size = fonts.size(style.size, for: face!, style: style.font)
        // The face's metrics fetched once for the width and the kerning: this runs per character.
        let font = fonts.metrics(face!)
        var width = (font?.advanceWidth(drawn, size: style.size) ?? 0) + style.tracking
        // Extended in place: a copy of the last fragment would copy its text on every character.
        if let last = word.fragments.indices.last, word.fragments[last].face == face, word.fragments[last].style == style {
            // Kerned against the character before it in the same run, as the PDF writer places it.
            if let font, let before = word.fragments[last].text.unicodeScalars.last {
                width += font.kerningWidth(before, drawn, size: style.size)
            }
            word.fragments[last].text.unicodeScalars.append(drawn)
            word.fragments[last].width += width
        } else {
            word.fragments.append(Fragment(text: String(drawn), face: face!, style: style, width: width))
        }
        word.width += width
    }

    /// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.
    static func isRightToLeft(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }

    static func isIdeographic(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E80...0x2FFF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FFFF: true
        default: false
        }
    }

    static let quotes: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]

    /// Closing punctuation that must not begin a line, opening punctuation that must not end one.
    static let noBreakBefore: Set<Unicode.Scalar> = Set("，。、；：？！）」』】》〉”’％·…—～,.;:?!)".unicodeScalars)
    static let noBreakAfter: Set<Unicode.Scalar> = Set("（「『【《〈“‘(".unicodeScalars)
}
