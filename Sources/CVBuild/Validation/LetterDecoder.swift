/// Decodes `cvbuild.letters`: each letter's fields (unknown keys get a did-you-mean like every
/// other setting), a name each and no two alike, and every `{placeholder}` one cvbuild knows.
struct LetterDecoder {
    let reader: FieldReader

    static let keys = ["name", "recipient", "company", "role", "date", "greeting", "body", "closing"]

    func decode(_ settings: FieldReader.Fields) -> [Letter] {
        var seen: [String: TextPosition] = [:]
        return reader.list(settings, "letters") { node, path in
            guard let f = reader.fields(of: node, path: path, known: Self.keys) else { return nil }
            guard let name = reader.text(f, "name") else {
                reader.report(.error, .missingField(name: "name", reason: "give each letter a name, for `cvbuild letter --letter NAME`"),
                              at: node.position, path: path)
                return nil
            }
            if let first = seen[name] {
                reader.report(.error, .duplicateEntry(text: name, first: first), at: f["name"]?.position ?? node.position, path: f.child("name"))
                return nil
            }
            seen[name] = f["name"]?.position ?? node.position
            var letter = Letter(name: name, path: path)
            letter.recipient = reader.text(f, "recipient")
            letter.company = reader.text(f, "company")
            letter.role = reader.text(f, "role")
            letter.date = reader.text(f, "date")
            letter.greeting = reader.text(f, "greeting")
            letter.closing = reader.text(f, "closing")
            letter.body = reader.list(f, "body") { item, itemPath in
                guard let text = reader.text(item, path: itemPath) else { return nil }
                check(text, at: item.position, path: itemPath)
                return text
            }
            for key in ["recipient", "company", "role", "date", "greeting", "closing"] {
                if let node = f[key], let text = node.scalar?.text { check(text, at: node.position, path: f.child(key)) }
            }
            return letter
        }
    }

    /// An unknown placeholder is an error at the text that holds it, never left in the letter.
    private func check(_ text: String, at position: TextPosition, path: String) {
        for (name, _) in LetterPlaceholders.find(in: text) where !Letter.placeholders.contains(name) {
            reader.report(.error, .unknownName(kind: "placeholder", name: name, choices: Letter.placeholders.map { "{\($0)}" },
                                               suggestion: Suggestion.closest(to: name, in: Letter.placeholders).map { "{\($0)}" }, extra: nil),
                          at: self.position(of: name, from: position), path: path)
        }
    }

    /// Where `{name}` is in the file: its first occurrence from the text's start (a quoted or
    /// folded text's offsets are not the file's), or the text's start when it cannot be found.
    private func position(of name: String, from start: TextPosition) -> TextPosition {
        let needle = Array("{\(name)}".unicodeScalars)
        for number in start.line..<(start.line + 100) {
            guard let line = reader.source.line(number) else { break }
            // Columns count Unicode scalars, as the YAML reader's positions do.
            let scalars = Array(line.unicodeScalars)
            let from = number == start.line ? max(start.column - 1, 0) : 0
            guard scalars.count - needle.count >= from else { continue }
            if let i = (from...(scalars.count - needle.count)).first(where: { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }) {
                return TextPosition(line: number, column: i + 1)
            }
        }
        return start
    }
}
