/// Reads a posting's lines into the pieces the extractor levels, each with the kind of section it
/// stands in. Beyond marked-up headings it finds the ones real postings hide: a short line that is
/// only a heading's words ("Requirements"), a heading inside a line ("Nice to have: Go or Rust",
/// "…的公司。岗位职责：1、…", "Must have1. …"), in English and Chinese alike.
struct PostingSegmenter: Sendable {
    enum SectionKind: Sendable, Hashable { case must, nice, ignored, other }

    struct Piece: Sendable {
        var text: String
        var section: SectionKind
        var line: Int
    }

    /// Heading phrases as token keys, by their last word (its first four letters when longer, as
    /// a last word may be the start of a longer one), each with its rank: a heading naming perks
    /// ("benefits and bonus") is ignored before "bonus" makes it nice.
    private let byLastWord: [Substring: [(rank: Int, kind: SectionKind, keys: [String])]]
    private let anywhere: [(kind: SectionKind, set: PhraseSet)]

    init(cues: PostingCues) {
        let lists: [(SectionKind, [String])] = [(.ignored, cues.ignoredHeadings), (.nice, cues.niceHeadings),
                                                (.must, cues.mustHeadings), (.other, cues.otherHeadings)]
        var index: [Substring: [(rank: Int, kind: SectionKind, keys: [String])]] = [:]
        var rank = 0
        for (kind, list) in lists {
            for phrase in list {
                let keys = SkillTokenizer.tokens(phrase).map { String($0.key) }
                guard let last = keys.last else { continue }
                index[Substring(last.count >= 4 ? String(last.prefix(4)) : last), default: []].append((rank, kind, keys))
                rank += 1
            }
        }
        byLastWord = index
        anywhere = lists.map { ($0.0, PhraseSet($0.1)) }
    }

    /// The kind of a marked-up heading: a cue anywhere in it; `.other` when none.
    func kind(ofHeading text: String) -> SectionKind { cueKind(SkillTokenizer.tokens(text)) ?? .other }

    /// The kind of the first list (ignored, nice, must, other) with a phrase anywhere in the tokens.
    private func cueKind(_ tokens: [SkillToken]) -> SectionKind? {
        anywhere.first { $0.set.occurs(in: tokens) }?.kind
    }

    func pieces(_ posting: Posting) -> [Piece] {
        var out: [Piece] = []
        var section = SectionKind.other
        for line in posting.lines {
            let text = line.text
            if line.kind == .heading {
                section = kind(ofHeading: text)
                // A heading may itself name skills ("Python / SQL"): read as the section's text,
                // after any cue it starts with ("Requirements: Python").
                out += split(text, line: line.number, section: &section)
                continue
            }
            if line.kind != .bullet, let kind = shortHeading(text) {
                section = kind
                continue
            }
            // A heading inside a bullet holds for that bullet only.
            if line.kind == .bullet {
                var local = section
                out += split(text, line: line.number, section: &local)
            } else {
                out += split(text, line: line.number, section: &section)
            }
        }
        return out
    }

    /// A line short enough to be a heading whose words are a heading's: "Requirements",
    /// "Preferred Qualifications", "任职要求".
    private func shortHeading(_ text: String) -> SectionKind? {
        // Headings are short: most lines are sentences, skipped before any work.
        guard text.utf8.count <= 120 else { return nil }
        var t = Substring(text)
        while let last = t.last, last == ":" || last == "：" || last == " " { t = t.dropLast() }
        guard let last = t.last, !".。；;!?！？,，".contains(last) else { return nil }
        let tokens = SkillTokenizer.tokens(String(t))
        let ideographs = tokens.filter(\.isIdeographic).count
        guard !tokens.isEmpty, tokens.count - ideographs <= 6, ideographs <= 12 else { return nil }
        return cueKind(tokens)
    }

    /// Cuts a line at the headings inside it; each piece gets the section in force where it starts.
    private func split(_ text: String, line: Int, section: inout SectionKind) -> [Piece] {
        // Most lines hold no colon and no number glued to words: one pass over the bytes says so.
        guard Self.mayHoldHeading(text.utf8) else { return [Piece(text: text, section: section, line: line)] }
        var out: [Piece] = []
        let scalars = text.unicodeScalars
        var pieceStart = scalars.startIndex
        // Where the text that may be a heading starts: after the last sentence end or cut.
        var segmentStart = scalars.startIndex
        var i = scalars.startIndex
        var previous: Unicode.Scalar?
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if Self.isSentenceEnd(c) || (c == "." && next < scalars.endIndex && scalars[next] == " ") {
                segmentStart = next
            } else if c == ":" || c == "：" || (Self.isDigit(c) && Self.glued(previous) && Self.startsItem(scalars, at: i)) {
                // A heading is a few words: look back no further than 60 characters.
                let from = scalars.index(i, offsetBy: -60, limitedBy: segmentStart) ?? segmentStart
                if let (kind, headingStart) = heading(in: text, from: max(from, segmentStart), to: i) {
                    out.append(Piece(text: String(text[pieceStart..<headingStart]), section: section, line: line))
                    section = kind
                    let after = c == ":" || c == "：" ? next : i
                    pieceStart = after
                    segmentStart = after
                }
            }
            previous = c
            i = next
        }
        out.append(Piece(text: String(text[pieceStart...]), section: section, line: line))
        return out.filter { !$0.text.allSatisfy { $0.isWhitespace || $0.isPunctuation } }
    }

    /// A list item's number: "1." "2、" "3)" "（4）" digits followed by its mark.
    private static func startsItem(_ scalars: String.UnicodeScalarView, at i: String.Index) -> Bool {
        var j = i
        while j < scalars.endIndex, isDigit(scalars[j]) { j = scalars.index(after: j) }
        guard j < scalars.endIndex, ".、)）".unicodeScalars.contains(scalars[j]) else { return false }
        let after = scalars.index(after: j)
        // "3.8" is a number, not an item.
        return after == scalars.endIndex || !isDigit(scalars[after])
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// Whether a line has a colon (":" or "："), or a digit right after a letter or a Chinese character.
    private static func mayHoldHeading(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0x20
        for b in bytes {
            if b == 0x3A || b == 0xEF { return true }  // ":", or the lead byte of a full-width form ("：")
            if b >= 0x30, b <= 0x39, (previous >= 0x80 || (previous | 0x20 >= 0x61 && previous | 0x20 <= 0x7A)) { return true }
            previous = b
        }
        return false
    }

    /// An item number glued to the words before it ("Must have1.", "任职要求1、"), or starting the line.
    private static func glued(_ previous: Unicode.Scalar?) -> Bool {
        guard let previous else { return true }
        return previous.properties.isAlphabetic
    }

    /// 。；;！？!? (a switch: this runs on every character of a posting).
    private static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3B, 0x21, 0x3F, 0x3002, 0xFF1B, 0xFF01, 0xFF1F: true
        default: false
        }
    }

    /// Whether the text before `end` (from `start`) ends with a heading's words; where they start.
    /// A Latin heading must start its segment or follow Chinese text or a number it is glued to
    /// ("能力Nice to have"); a Chinese one may follow anything, as Chinese has no spaces.
    private func heading(in text: String, from start: String.Index, to end: String.Index) -> (SectionKind, String.Index)? {
        let segment = String(text[start..<end])
        let tokens = SkillTokenizer.tokens(segment)
        guard !tokens.isEmpty else { return nil }
        let last = tokens[tokens.count - 1].key
        let candidates = byLastWord[last.count >= 4 ? last.prefix(4) : last] ?? []
        var best: (rank: Int, kind: SectionKind, first: Int)?
        for (rank, kind, phrase) in candidates where phrase.count <= tokens.count && rank < (best?.rank ?? Int.max) {
            let first = tokens.count - phrase.count
            guard matchesTail(phrase, tokens, from: first) else { continue }
            let chinese = SkillTokenizer.isIdeographic(word: phrase[0])
            if !chinese, first > 0 {
                let before = tokens[first - 1].key.unicodeScalars.last!
                guard SkillTokenizer.isIdeographic(before) || Self.isDigit(before) else { continue }
            }
            best = (rank, kind, first)
        }
        // The heading's first token, from the segment's copy back onto the line.
        return best.map { best in
            let offset = segment.unicodeScalars.distance(from: segment.startIndex, to: tokens[best.first].range.lowerBound)
            return (best.kind, text.unicodeScalars.index(start, offsetBy: offset))
        }
    }

    /// The phrase's words are the last tokens; its last word may start a longer one ("requirement" → "requirements").
    private func matchesTail(_ phrase: [String], _ tokens: [SkillToken], from first: Int) -> Bool {
        for (k, word) in phrase.enumerated() {
            let key = tokens[first + k].key
            let last = k == phrase.count - 1
            if last, word.count >= 4 ? key.utf8.starts(with: word.utf8) : key == word { continue }
            if !last, key == word { continue }
            return false
        }
        return true
    }
}
