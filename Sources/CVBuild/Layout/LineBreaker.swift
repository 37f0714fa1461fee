/// A laid-out line: fragments with their x offsets from the line's left edge.
struct LineBox {
    struct Piece {
        var x: Double
        var fragment: Fragment
        /// A space separates this piece from the one before (so joining them writes " ").
        var spaceBefore = false
    }
    var pieces: [Piece]
    var width: Double
    /// The tallest font size on the line, for its height.
    var size: Double
}

/// Greedy line breaking over measured words: a word goes on the line if it fits, else starts the
/// next; a word wider than the whole line is cut between characters so nothing passes the margin.
enum LineBreaker {
    /// `firstWidth` applies to the first line (a label or an indent can make it shorter).
    static func lines(_ words: [Word], width: Double, firstWidth: Double? = nil, fonts: FontBook) -> [LineBox] {
        var lines: [LineBox] = []
        var current: [LineBox.Piece] = []
        var x = 0.0, size = 0.0
        var pendingSpace = 0.0, pendingGap = 0.0
        // The last word placed and the line as it was before it, to move a one-letter word down.
        var last: (word: Word, index: Int, x: Double, space: Double, gap: Double)?
        var wordsOnLine = 0
        func limit() -> Double { lines.isEmpty ? (firstWidth ?? width) : width }
        func endLine() {
            lines.append(LineBox(pieces: merged(current), width: x, size: size))
            current = []
            x = 0
            size = 0
            pendingSpace = 0
            pendingGap = 0
            last = nil
            wordsOnLine = 0
        }
        func place(_ word: Word) {
            last = (word, current.count, x, pendingSpace, pendingGap)
            wordsOnLine += 1
            let start = current.isEmpty ? 0 : x + pendingSpace + pendingGap
            var cursor = start
            for (i, fragment) in word.fragments.enumerated() {
                current.append(.init(x: cursor, fragment: fragment, spaceBefore: i == 0 && !current.isEmpty && pendingSpace > 0))
                cursor += fragment.width
                size = max(size, fragment.style.size)
            }
            x = cursor
            pendingSpace = word.spaceAfter
            pendingGap = word.gapAfter
        }
        func breakAndPlace(_ word: Word) {
            let start = current.isEmpty ? 0 : x + pendingSpace + pendingGap
            if start + word.width > limit() + 0.001 {
                // "… at a / p99 …": a one-letter word ("a", "I") goes down with the word after it
                // rather than end a line that keeps two other words.
                if let l = last, wordsOnLine >= 3, l.word.spaceAfter > 0, isOneLetter(l.word),
                   l.word.width + l.word.spaceAfter + word.width <= width + 0.001 {
                    current.removeSubrange(l.index...)
                    x = l.x
                    size = current.map(\.fragment.style.size).max() ?? 0
                    endLine()
                    place(l.word)
                }
                if !current.isEmpty, x + pendingSpace + pendingGap + word.width > limit() + 0.001 { endLine() }
                if word.width > limit() + 0.001 {
                    // Too wide even alone: cut it into pieces that fit.
                    for (i, piece) in split(word, width: limit(), fonts: fonts).enumerated() {
                        if i > 0 { endLine() }
                        place(piece)
                    }
                } else {
                    place(word)
                }
            } else {
                place(word)
            }
            if word.forcedBreakAfter { endLine() }
        }
        for compound in compounds(words) {
            // A compound ("GEOS-Chem", "CI/CD") that fits on a line is never broken at its hyphen or
            // slash: pdftotext drops a line-end hyphen ("GEOSChem") and an ATS never finds the word.
            let whole = compound.reduce(0) { $0 + $1.width } + compound.dropLast().reduce(0) { $0 + $1.spaceAfter + $1.gapAfter }
            if compound.count > 1, whole <= limit() + 0.001 {
                if !current.isEmpty, x + pendingSpace + whole > limit() + 0.001 { endLine() }
                for word in compound { place(word) }
                if compound.last?.forcedBreakAfter == true { endLine() }
                continue
            }
            for word in compound { breakAndPlace(word) }
        }
        if !current.isEmpty || lines.isEmpty { endLine() }
        return lines
    }

    private static func isOneLetter(_ word: Word) -> Bool {
        let scalars = word.fragments.flatMap(\.text.unicodeScalars)
        return scalars.count == 1 && scalars[0].properties.isAlphabetic && !TextShaper.isIdeographic(scalars[0])
    }

    /// Words joined without a space after a hyphen or slash ("GEOS-" "Chem"), grouped; every
    /// other word alone. Ideographs, also joined without spaces, are not grouped: they break anywhere.
    private static func compounds(_ words: [Word]) -> [[Word]] {
        var groups: [[Word]] = []
        var joinsNext = false
        for word in words {
            if joinsNext { groups[groups.count - 1].append(word) } else { groups.append([word]) }
            let last = word.fragments.last?.text.unicodeScalars.last
            joinsNext = word.spaceAfter == 0 && !word.forcedBreakAfter && (last == "-" || last == "/")
        }
        return groups
    }

    /// Cuts an over-long word between characters into pieces no wider than the line, measuring
    /// each character with its own advance.
    private static func split(_ word: Word, width limit: Double, fonts: FontBook) -> [Word] {
        var pieces: [Word] = []
        var piece = Word(fragments: [], width: 0, spaceAfter: 0, forcedBreakAfter: false)
        for fragment in word.fragments {
            var text = String.UnicodeScalarView()
            var w = 0.0
            for scalar in fragment.text.unicodeScalars {
                let advance = fonts.width(Substring(String(scalar)).unicodeScalars, face: fragment.face, size: fragment.style.size)
                if piece.width + w + advance > limit + 0.001, piece.width + w > 0 {
                    if !text.isEmpty { piece.fragments.append(Fragment(text: String(text), face: fragment.face, style: fragment.style, width: w)) }
                    piece.width += w
                    pieces.append(piece)
                    piece = Word(fragments: [], width: 0, spaceAfter: 0, forcedBreakAfter: false)
                    text = String.UnicodeScalarView()
                    w = 0
                }
                text.append(scalar)
                w += advance
            }
            if !text.isEmpty {
                piece.fragments.append(Fragment(text: String(text), face: fragment.face, style: fragment.style, width: w))
                piece.width += w
            }
        }
        piece.spaceAfter = word.spaceAfter
        piece.gapAfter = word.gapAfter
        pieces.append(piece)
        return pieces
    }

    /// Joins neighbouring fragments of the same face and style (with the spaces between them)
    /// into one, so a renderer writes whole phrases: per-word text objects break keyword search.
    /// A space is the same width in the merged text as the gap it replaces, as both come from
    /// the same font at the same size.
    private static func merged(_ pieces: [LineBox.Piece]) -> [LineBox.Piece] {
        var out: [LineBox.Piece] = []
        for piece in pieces {
            if var last = out.last, last.fragment.face == piece.fragment.face, last.fragment.style == piece.fragment.style {
                let gap = piece.x - (last.x + last.fragment.width)
                last.fragment.text += (piece.spaceBefore ? " " : "") + piece.fragment.text
                last.fragment.width += gap + piece.fragment.width
                out[out.count - 1] = last
                continue
            }
            // A space where the face changes (a Cyrillic word set in a fallback, then "C#") is
            // written at the end of the run before it: a reader that finds words by their gaps
            // would otherwise join the two ("наC#"), and an ATS never finds C#.
            if piece.spaceBefore, !out.isEmpty { out[out.count - 1].fragment.text += " " }
            out.append(piece)
        }
        return out
    }
}
