import Foundation

/// RenderCV's text conventions: Markdown in summaries and highlights, links in names, keyword
/// lists in `details`, "Label: value" lines, and lists where a profile has one value.
extension RenderCVConversion {
    // MARK: Prose

    /// Text that RenderCV renders as Markdown (summaries, highlights): noted when it uses any.
    func prose(_ node: SourceNode, path: String) -> String? {
        let value = reader.scalarText(node, path: path)
        if let value, markupAt == nil, Self.hasMarkup(value) { markupAt = node.position }
        return value
    }

    func prose(_ f: FieldReader.Fields, _ key: String) -> String? {
        f.take(key).flatMap { prose($0, path: f.child(key)) }
    }

    /// A list of texts; a single text counts as a list of one.
    func proseList(_ f: FieldReader.Fields, _ key: String) -> [String] {
        reader.items(f, key).compactMap { node, path in prose(node, path: path) }
    }

    /// RenderCV 2.x allows a list for `email`, `phone` and `website`; a profile has one of each.
    func firstText(_ f: FieldReader.Fields, _ key: String, what: String) -> (String, TextPosition)? {
        let all = reader.items(f, key)
        for (node, path) in all.dropFirst() {
            if let extra = reader.scalarText(node, path: path) {
                warn(.extraContact(what: what, value: extra), at: node.position, path: path)
            }
        }
        guard case let (node, path)? = all.first, let value = reader.scalarText(node, path: path) else { return nil }
        return (value, node.position)
    }

    // MARK: Names and links

    /// A name that may hold a Markdown link, `[tabular-drift](https://…)`: its text, and the URL.
    func linkedName(_ f: FieldReader.Fields, _ key: String, keepsURL: Bool = true, what: String = "") -> (String?, String?) {
        guard let node = f.take(key), let raw = reader.scalarText(node, path: f.child(key)) else { return (nil, nil) }
        let (plain, link) = Self.unlink(raw)
        let name = plain.isEmpty ? nil : plain
        guard let link else { return (name, nil) }
        if !keepsURL {
            warn(.linkWithoutPlace(link: link, section: what), at: node.position, path: f.child(key))
            return (name, nil)
        }
        if let reason = Address.urlProblem(link) {
            warn(.invalidLink(link: link, reason: reason), at: node.position, path: f.child(key))
            return (name, nil)
        }
        return (name, link)
    }

    /// The text with each `[label](target)` replaced by its label, and the first target.
    static func unlink(_ text: String) -> (text: String, url: String?) {
        let c = Array(text)
        var out = ""
        var url: String?
        var i = 0
        while i < c.count {
            if c[i] == "[", let close = c[(i + 1)...].firstIndex(of: "]"), close + 1 < c.count, c[close + 1] == "(",
               let end = c[(close + 2)...].firstIndex(of: ")"), end > close + 2,
               !c[(close + 2)..<end].contains(where: { $0.isWhitespace }) {
                out += String(c[(i + 1)..<close])
                if url == nil { url = String(c[(close + 2)..<end]) }
                i = end + 1
                continue
            }
            out.append(c[i])
            i += 1
        }
        return (out.trimmedSpaces, url)
    }

    static func hasMarkup(_ text: String) -> Bool {
        InlineMarkup.runs(text, enabled: true) != [InlineRun(text: text)]
    }

    /// Keywords from RenderCV's `details`: split at ", " (and the CJK commas and semicolon),
    /// never inside brackets, so "Python (pandas, NumPy)" stays one keyword.
    static func keywords(_ text: String) -> [String] {
        let c = Array(text)
        var items: [String] = []
        var current = ""
        var depth = 0
        for (i, ch) in c.enumerated() {
            switch ch {
            case "(", "（", "[": depth += 1
            case ")", "）", "]": depth = max(0, depth - 1)
            default: break
            }
            let splits = depth == 0 && ((ch == "," && i + 1 < c.count && c[i + 1] == " ") || ch == "，" || ch == "；" || ch == "、")
            if splits {
                items.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        items.append(current)
        return items.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// "English: native" → ("English", "native").
    static func labelled(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = text[..<colon].trimmedSpaces
        let rest = text[text.index(after: colon)...].trimmedSpaces
        guard !label.isEmpty, !rest.isEmpty, !label.contains("://"), !rest.hasPrefix("//") else { return nil }
        return (label, rest)
    }

    /// "English (fluent)" → ("English", "fluent").
    static func parenthesised(_ text: String) -> (String, String)? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let name = text[..<open].trimmedSpaces
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmedSpaces
        guard !name.isEmpty, !inner.isEmpty else { return nil }
        return (name, inner)
    }

    /// The value of a "Label: value" line whose label (any case) is one of `labels`.
    static func labelledValue(_ text: String, labels: Set<String>) -> String? {
        guard case let (label, value)? = labelled(text), labels.contains(label.lowercased()) else { return nil }
        return value
    }
}
