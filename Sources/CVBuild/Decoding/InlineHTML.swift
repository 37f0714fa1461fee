/// Inline HTML in profile text, as JSON Resume files written for HTML themes carry it
/// (`"<b>Vue</b> and <i>TypeScript</i>"`): the tags are removed and their text kept, so no
/// output shows a raw `<b>`; the decoder warns at the field with the tags it removed.
enum InlineHTML {
    /// Only these tags are recognised: `a < b` and `<3` in prose stay as written.
    static let tags: Set<String> = ["a", "b", "br", "code", "div", "em", "i", "li", "ol", "p", "small", "span", "strong", "sub", "sup", "u", "ul"]

    /// The text without its tags, and the tag names removed (in order, each once); nil when there were none.
    static func stripped(_ text: String) -> (text: String, removed: [String])? {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return nil }   // (bytes: not a Foundation search per field)
        var out = "", removed: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].prefix(300).firstIndex(of: ">") else { out += rest[open...]; rest = ""; break }
            let inside = rest[afterOpen..<close]
            let name = inside.drop { $0 == "/" }.prefix { $0.isLetter }.lowercased()
            if tags.contains(name), inside.first.map({ $0 == "/" || $0.isLetter }) == true {
                if !removed.contains(name) { removed.append(name) }
                // Tags that end a line or an item leave a space, so words do not run together.
                if ["br", "li", "p", "div", "ul", "ol"].contains(name) { out += " " }
                rest = rest[rest.index(after: close)...]
            } else {
                out += "<"
                rest = rest[afterOpen...]
            }
        }
        out += rest
        guard !removed.isEmpty else { return nil }
        return (out.split(whereSeparator: { $0 == " " }).joined(separator: " ").trimmedSpaces, removed)
    }
}
