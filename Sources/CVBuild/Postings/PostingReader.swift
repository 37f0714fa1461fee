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
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated() {
            let number = index + 1
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if number <= 8, let value = header(line, "Job title:") { title = value; continue }
            if number <= 8, let value = header(line, "Company:") { company = value; continue }
            if number <= 8, ["Location:", "Listed:", "Salary:", "source:"].contains(where: { line.hasPrefix($0) }) { continue }
            var kind = Posting.LineKind.text
            if line.hasPrefix("#") {
                line = String(line.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                kind = .heading
            } else if let first = line.first, "*-•·▪◦●–".contains(first), line.count > 1, line.dropFirst().first == " " || first == "•" {
                line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces)
                kind = .bullet
            } else if let dot = line.firstIndex(where: { $0 == "." || $0 == ")" }), line[..<dot].allSatisfy(\.isNumber),
                      !line[..<dot].isEmpty, line.distance(from: line.startIndex, to: dot) <= 2 {
                line = String(line[line.index(after: dot)...]).trimmingCharacters(in: .whitespaces)
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

    private static func header(_ line: String, _ name: String) -> String? {
        guard line.hasPrefix(name) else { return nil }
        let value = line.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// `**bold**`, `__x__`, backticks and link syntax removed; the words kept.
    static func stripMarkdown(_ line: String) -> String {
        var s = line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "").replacingOccurrences(of: "`", with: "")
        while let open = s.range(of: "]("), let close = s[open.upperBound...].firstIndex(of: ")"),
              let bracket = s[..<open.lowerBound].lastIndex(of: "[") {
            let label = s[s.index(after: bracket)..<open.lowerBound]
            s.replaceSubrange(bracket...close, with: label)
        }
        return s.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "*_")))
    }

    /// A short line that was all bold, or ends with a colon, or is in capitals, reads as a heading.
    static func isHeadingLike(original: String, text: String) -> Bool {
        let words = text.split(separator: " ").count
        guard words > 0, words <= 10, text.count <= 80 else { return false }
        if original.hasPrefix("**"), original.hasSuffix("**") || original.hasSuffix("**:") { return true }
        if text.hasSuffix(":") { return true }
        let letters = text.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy(\.isUppercase)
    }
}
