import CLibXML2
import Foundation

/// Saved posting pages, through libxml2's HTML parser with no network access and no entity
/// loading: script, style, navigation, footers and buttons are dropped; headings, list items and
/// paragraphs become lines. A schema.org `JobPosting` in JSON-LD gives the title and, when the
/// page has little else, the description. The only code in cvbuild that touches libxml2 (besides
/// reporting its version).
enum HTMLPostingReader {
    /// Deeper than this, elements are not read (real pages nest a few dozen levels).
    static let maxDepth = 200
    private static let skipped: Set<String> = ["script", "style", "nav", "footer", "button", "noscript", "svg", "head", "template", "iframe", "form"]
    private static let blocks: Set<String> = ["p", "div", "br", "tr", "section", "article", "table", "ul", "ol", "header", "main", "dd", "dt", "blockquote"]

    /// The posting, with warnings for what could not be read (entities, nesting too deep).
    static func read(_ html: String, path: String) -> Outcome<Posting> {
        var lines: [Posting.Line] = []
        var title: String?
        var warnings: [Diagnostic] = []
        if html.range(of: "<!DOCTYPE", options: .caseInsensitive) != nil, html.range(of: "<!ENTITY", options: .caseInsensitive) != nil {
            warnings.append(Diagnostic(.warning, .postingEntitiesIgnored, at: SourceLocation(file: path)))
        }
        var bytes = Array(html.utf8)
        // libxml2 stops at its own depth limit (256) without a word when errors are off: its last
        // error is the only sign that the rest of the page was dropped.
        xmlResetLastError()
        let options = Int32(bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                                         | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let document = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        let stoppedEarly = xmlGetLastError().map { $0.pointee.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue) } ?? false
        guard let document else { return .success(Posting(path: path, title: nil, company: nil, lines: []), warnings: warnings) }
        defer { xmlFreeDoc(document) }
        var builder = LineBuilder()
        var jsonLD: [String] = []
        walk(xmlDocGetRootElement(document), into: &builder, jsonLD: &jsonLD, depth: 0)
        builder.flush()
        if stoppedEarly || builder.tooDeep {
            warnings.append(Diagnostic(.warning, .postingNestedTooDeep(limit: maxDepth), at: SourceLocation(file: path)))
        }
        lines = builder.lines
        for json in jsonLD {
            if let posting = JobPostingLD.parse(json) {
                title = title ?? posting.title
                // When the page itself says little, the structured description is the posting.
                if lines.map(\.text.count).reduce(0, +) < 200, let description = posting.description {
                    lines += read(description, path: path).value?.lines ?? []
                }
                lines += posting.extraLines.map { Posting.Line(text: $0, kind: .text, number: 1) }
            }
        }
        return .success(Posting(path: path, title: title ?? builder.firstH1, company: nil, lines: lines), warnings: warnings)
    }

    /// Collects text into lines, ending a line at block boundaries.
    private struct LineBuilder {
        var lines: [Posting.Line] = []
        var current = ""
        /// The page's first <h1>: the posting's title when no JSON-LD names one.
        var firstH1: String?
        /// Set when elements deeper than `maxDepth` were left unread.
        var tooDeep = false
        var kind = Posting.LineKind.text
        var number = 1

        mutating func text(_ s: String) {
            current += s
        }

        mutating func flush(next: Posting.LineKind = .text) {
            let t = current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let cleaned = t.trimmedSpaces
            if !cleaned.isEmpty {
                var k = kind
                if k == .text, TextPostingReader.isHeadingLike(original: cleaned, text: cleaned) { k = .heading }
                let body = cleaned.hasPrefix("•") ? String(cleaned.dropFirst()).trimmedSpaces : cleaned
                if cleaned.hasPrefix("•") { k = .bullet }
                lines.append(Posting.Line(text: body, kind: k, number: number))
                number += 1
            }
            current = ""
            kind = next
        }
    }

    private static func walk(_ node: xmlNodePtr?, into b: inout LineBuilder, jsonLD: inout [String], depth: Int) {
        var node = node
        while let n = node {
            defer { node = n.pointee.next }
            if depth > maxDepth {
                b.tooDeep = true
                return
            }
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = n.pointee.content { b.text(String(cString: content)) }
            case XML_ELEMENT_NODE:
                let name = String(cString: n.pointee.name).lowercased()
                if name == "script", let type = attribute(n, "type"), type.lowercased().contains("ld+json") {
                    if let content = xmlNodeGetContent(n) {
                        jsonLD.append(String(cString: content))
                        cvbuild_xmlFree(content)
                    }
                    continue
                }
                // The head is never text, but it is where most sites put their JSON-LD.
                if name == "head" {
                    var ignored = LineBuilder()
                    walk(n.pointee.children, into: &ignored, jsonLD: &jsonLD, depth: depth + 1)
                    if ignored.tooDeep { b.tooDeep = true }
                    continue
                }
                if skipped.contains(name) { continue }
                if name.count == 2, name.hasPrefix("h"), let level = name.last?.wholeNumberValue, (1...6).contains(level) {
                    b.flush(next: .heading)
                    walk(n.pointee.children, into: &b, jsonLD: &jsonLD, depth: depth + 1)
                    if level == 1, b.firstH1 == nil {
                        let text = b.current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                        if !text.isEmpty { b.firstH1 = text }
                    }
                    b.flush()
                } else if name == "li" {
                    b.flush(next: .bullet)
                    walk(n.pointee.children, into: &b, jsonLD: &jsonLD, depth: depth + 1)
                    b.flush()
                } else if blocks.contains(name) {
                    b.flush()
                    walk(n.pointee.children, into: &b, jsonLD: &jsonLD, depth: depth + 1)
                    b.flush()
                } else {
                    // Inline elements: a lone <strong> line reads as a heading.
                    let bold = name == "strong" || name == "b"
                    if bold, b.current.trimmedSpaces.isEmpty { b.kind = .heading }
                    walk(n.pointee.children, into: &b, jsonLD: &jsonLD, depth: depth + 1)
                    if bold, b.kind == .heading {
                        // Bold text followed by more text on the same line is emphasis, not a heading.
                        let next = n.pointee.next
                        if let next, next.pointee.type == XML_TEXT_NODE, let c = next.pointee.content,
                           !String(cString: c).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                            b.kind = .text
                        } else {
                            b.flush()
                        }
                    }
                }
            default:
                break
            }
        }
    }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { cvbuild_xmlFree(value) }
        return String(cString: value)
    }
}

/// The parts of a schema.org JobPosting the extractor uses.
struct JobPostingLD {
    var title: String?
    var description: String?
    var extraLines: [String]

    static func parse(_ json: String) -> JobPostingLD? {
        guard let data = json.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data) else { return nil }
        let candidates: [[String: Any]] = (object as? [[String: Any]]) ?? [(object as? [String: Any])].compactMap { $0 }
            + ((object as? [String: Any])?["@graph"] as? [[String: Any]] ?? [])
        guard let posting = candidates.first(where: { ($0["@type"] as? String) == "JobPosting" }) else { return nil }
        var extra: [String] = []
        for key in ["qualifications", "skills", "educationRequirements", "experienceRequirements"] {
            if let text = posting[key] as? String { extra.append(text) }
            if let list = posting[key] as? [String] { extra += list }
        }
        return JobPostingLD(title: posting["title"] as? String, description: posting["description"] as? String, extraLines: extra)
    }
}
