import Foundation

/// A PDF's objects by number, its pages in order, and their content streams decoded: what a
/// text extractor needs, read from the bytes without a PDF library. Cross-reference tables are
/// not trusted (edited files have stale ones): objects are found by their `N 0 obj` headers.
struct PDFDocumentReader {
    let bytes: [UInt8]
    /// Where each object's value starts (just after `obj`).
    private var starts: [Int: Int] = [:]

    init?(_ data: Data) {
        bytes = [UInt8](data)
        guard bytes.starts(with: Array("%PDF-".utf8)) else { return nil }
        findObjects()
    }

    private mutating func findObjects() {
        let obj = Array(" obj".utf8)
        var i = 0
        while i < bytes.count {
            // A header begins a line: digits, a space, digits, " obj".
            if i == 0 || bytes[i - 1] == 10 || bytes[i - 1] == 13, (48...57).contains(bytes[i]) {
                var j = i, number = 0
                while j < bytes.count, (48...57).contains(bytes[j]) { number = number * 10 + Int(bytes[j] - 48); j += 1 }
                if j < bytes.count, bytes[j] == 32 {
                    j += 1
                    while j < bytes.count, (48...57).contains(bytes[j]) { j += 1 }
                    if j + obj.count <= bytes.count, Array(bytes[j..<(j + obj.count)]) == obj {
                        starts[number] = j + obj.count
                        i = j + obj.count
                        continue
                    }
                }
            }
            i += 1
        }
    }

    func object(_ number: Int) -> PDFValue? {
        guard let start = starts[number] else { return nil }
        var lexer = PDFLexer(bytes, from: start)
        return lexer.next()
    }

    /// A value, following a reference to the object it names.
    func resolve(_ value: PDFValue?) -> PDFValue? {
        guard let value else { return nil }
        if case .reference(let n) = value { return object(n) }
        return value
    }

    /// An object's stream, decoded when it is Flate-compressed; nil for other filters.
    func stream(_ number: Int) -> [UInt8]? {
        guard let start = starts[number] else { return nil }
        var lexer = PDFLexer(bytes, from: start)
        guard case .dictionary(let d)? = lexer.next(), case .word("stream")? = lexer.next() else { return nil }
        var at = lexer.position
        if at < bytes.count, bytes[at] == 13 { at += 1 }
        if at < bytes.count, bytes[at] == 10 { at += 1 }
        var end = -1
        if let length = resolve(d["Length"])?.number, at + Int(length) <= bytes.count {
            end = at + Int(length)
        }
        // A length that does not lead to `endstream` (an edited file) is replaced by a search.
        if end < 0 || !Self.isEndStream(bytes, from: end) {
            guard let found = PDFBytes.firstIndex(of: Array("endstream".utf8), in: bytes, from: at) else { return nil }
            end = found
            while end > at, bytes[end - 1] == 10 || bytes[end - 1] == 13 { end -= 1 }
        }
        let raw = Data(bytes[at..<end])
        let filters = resolve(d["Filter"]).map { $0.array ?? [$0] } ?? []
        guard let filter = filters.first?.name else { return [UInt8](raw) }
        guard filters.count == 1, filter == "FlateDecode", let decoded = PDFFlate.inflate(raw) else { return nil }
        return [UInt8](decoded)
    }

    /// The page dictionaries, in order, from the catalog's page tree.
    func pages() -> [[String: PDFValue]] {
        let catalog = starts.keys.sorted().lazy.compactMap { object($0)?.dictionary }.first { $0["Type"]?.name == "Catalog" }
        var result: [[String: PDFValue]] = []
        func walk(_ node: PDFValue?, depth: Int) {
            guard depth < 32, let d = resolve(node)?.dictionary else { return }
            if d["Type"]?.name == "Page" { result.append(d); return }
            for kid in resolve(d["Kids"])?.array ?? [] { walk(kid, depth: depth + 1) }
        }
        walk(catalog?["Pages"], depth: 0)
        return result
    }

    /// A page's content, its streams joined.
    func contents(of page: [String: PDFValue]) -> [UInt8] {
        let refs: [PDFValue] = page["Contents"].map { resolve($0)?.array ?? [$0] } ?? []
        return refs.compactMap { $0.reference.flatMap(stream) }.reduce(into: []) { $0 += $1 + [10] }
    }

    private static func isEndStream(_ bytes: [UInt8], from i: Int) -> Bool {
        var j = i
        while j < bytes.count, bytes[j] == 10 || bytes[j] == 13 || bytes[j] == 32 { j += 1 }
        return bytes[j..<min(bytes.count, j + 9)].elementsEqual("endstream".utf8)
    }

}
