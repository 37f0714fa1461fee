import Foundation

/// Reads a posting from plain text, Markdown or a saved HTML page. Files over 5 MB are refused;
/// invalid UTF-8 is replaced (U+FFFD) with a warning naming the first bad byte's offset.
package enum PostingReader {
    package static let sizeLimit = 5 * 1_048_576

    package static func read(path: String) -> Outcome<Posting> {
        let bytes = SourceReader.bytes(path: path, limit: sizeLimit, kind: .posting)
        guard let data = bytes.value else {
            // Postings say their size limit in their own words.
            return .failure(bytes.diagnostics.map { d in
                var d = d
                if case .fileTooLarge = d.problem { d.problem = .postingTooLarge(limit: sizeLimit) }
                return d
            })
        }
        return parse(data, path: path)
    }

    package static func parse(_ data: Data, path: String) -> Outcome<Posting> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(Diagnostic(.error, .emptyFile(.posting), at: SourceLocation(file: path, line: 1, column: 1)))
        }
        // A binary file: NUL bytes, or mostly control characters.
        let controls = bytes.prefix(4096).filter { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }.count
        if bytes.contains(0) || controls * 20 > min(bytes.count, 4096) {
            return .failure(Diagnostic(.error, .binaryPosting, at: SourceLocation(file: path)))
        }
        var warnings: [Diagnostic] = []
        if let bad = SourceReader.firstInvalidUTF8Offset(bytes) {
            warnings.append(Diagnostic(.warning, .invalidUTF8Replaced(byteOffset: bad), at: SourceLocation(
                file: path, position: SourceReader.position(ofByte: bad, in: bytes))))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let posting = looksLikeHTML(text, path: path) ? HTMLPostingReader.read(text, path: path) : .success(TextPostingReader.read(text, path: path))
        return posting.after(warnings)
    }

    static func looksLikeHTML(_ text: String, path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return true }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".md") { return false }
        let head = text.prefix(2048).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<div") || head.contains("<p>") || head.contains("<ul")
    }
}

/// Plain text and Markdown: `#` headings and `**Heading**` lines are headings; `*`, `-`, `•`
/// and numbered lines are bullets; a "Job title:" header line gives the title.
enum TextPostingReader {
    static func read(_ text: String, path: String) -> Posting {
        var lines: [Posting.Line] = []
        var title: String?, company: String?
        for (index, raw) in Self.lines(of: text).enumerated() {
            let number = index + 1
            var line = raw.trimmedSpaces
            if line.isEmpty { continue }
            if number <= 8, let value = header(line, "Job title:") { title = value; continue }
            if number <= 8, let value = header(line, "Company:") { company = value; continue }
            if number <= 8, ["Location:", "Listed:", "Salary:", "source:"].contains(where: { line.hasPrefix($0) }) { continue }
            var kind = Posting.LineKind.text
            if line.hasPrefix("#") {
                line = line.drop { $0 == "#" }.trimmedSpaces
                kind = .heading
            } else if let first = line.first, "*-•·▪◦●–".contains(first), let second = line.dropFirst().first, second == " " || first == "•" {
                line = line.dropFirst().trimmedSpaces
                kind = .bullet
            } else if let dot = line.firstIndex(where: { $0 == "." || $0 == ")" }), line[..<dot].allSatisfy(\.isNumber),
                      !line[..<dot].isEmpty, line.distance(from: line.startIndex, to: dot) <= 2 {
                line = line[line.index(after: dot)...].trimmedSpaces
                kind = .bullet
            }
            let unbolded = stripMarkdown(line)
            if kind == .text, isHeadingLike(original: line, text: unbolded) { kind = .heading }
            guard !unbolded.isEmpty else { continue }
            // A line that starts in lower case after one that stopped mid-sentence continues it
            // (wrapped text, or a scraper's stray "### tracking, …" cutting "experiment tracking").
            if kind != .bullet, unbolded.first?.isLowercase == true, let last = lines.last, last.kind != .heading,
               let end = last.text.last, !".!?;:。；：！？".contains(end) {
                lines[lines.count - 1].text += " " + unbolded
                continue
            }
            lines.append(Posting.Line(text: unbolded, kind: kind, number: number))
        }
        return Posting(path: path, title: title, company: company, lines: lines)
    }

    /// The lines of a text, split at \n, \r\n or \r, over its bytes (splitting characters took a
    /// sixth of reading a large posting).
    static func lines(of text: String) -> [Substring] {
        var out: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex, i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            guard b == 0x0A || b == 0x0D else { i = bytes.index(after: i); continue }
            out.append(text[start..<i])
            var next = bytes.index(after: i)
            if b == 0x0D, next < bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
            start = next
            i = next
        }
        out.append(text[start..<bytes.endIndex])
        return out
    }

    private static func header(_ line: String, _ name: String) -> String? {
        guard line.hasPrefix(name) else { return nil }
        let value = line.dropFirst(name.count).trimmedSpaces
        return value.isEmpty ? nil : value
    }

    /// `**bold**`, `__x__`, backticks and link syntax removed; the words kept.
    static func stripMarkdown(_ line: String) -> String {
        // Most lines have no mark-up: one pass over the bytes, and no Foundation search (this
        // runs on every line of a posting).
        if !line.utf8.contains(where: { $0 == 0x2A || $0 == 0x5F || $0 == 0x60 || $0 == 0x5D }) { return line.trimmedSpaces }
        var bytes = Array(line.utf8)
        // "**", "__" and "`" go; a single * or _ stays ("C_API", "5 * 3").
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x60 { i += 1; continue }
            if (b == 0x2A || b == 0x5F), i + 1 < bytes.count, bytes[i + 1] == b { i += 2; continue }
            kept.append(b)
            i += 1
        }
        bytes = kept
        // [label](address) → label.
        var search = 0
        while let open = firstIndex(of: [0x5D, 0x28], in: bytes, from: search),
              let close = bytes[(open + 2)...].firstIndex(of: 0x29),
              let bracket = bytes[..<open].lastIndex(of: 0x5B) {
            bytes.replaceSubrange(bracket...close, with: bytes[(bracket + 1)..<open])
            search = bracket
        }
        // Spaces and stray single marks at either end go, in any order ("* _Lead_ *").
        func edge(_ c: Character) -> Bool { c == "*" || c == "_" || (c.isWhitespace && !c.isNewline) }
        var text = Substring(String(decoding: bytes, as: UTF8.self))
        while let first = text.first, edge(first) { text.removeFirst() }
        while let last = text.last, edge(last) { text.removeLast() }
        return String(text)
    }

    private static func firstIndex(of pair: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= 2, start < bytes.count - 1 else { return nil }
        return (start..<(bytes.count - 1)).first { bytes[$0] == pair[0] && bytes[$0 + 1] == pair[1] }
    }

    /// A short line that was all bold, or ends with a colon, or is in capitals, reads as a heading.
    static func isHeadingLike(original: String, text: String) -> Bool {
        // Counted in scalars, not characters: this runs on every line of a posting.
        let scalars = text.unicodeScalars
        guard text.utf8.count <= 320, !scalars.isEmpty, scalars.count <= 80,
              scalars.reduce(1, { $0 + ($1 == " " ? 1 : 0) }) <= 10 else { return false }
        if original.hasPrefix("**"), original.hasSuffix("**") || original.hasSuffix("**:") { return true }
        if text.hasSuffix(":") { return true }
        let letters = scalars.filter(\.properties.isAlphabetic)
        return letters.count >= 4 && letters.allSatisfy(\.properties.isUppercase)
    }
}
