import Foundation

/// libharu 2.3.0 gives each Unicode (Type0, Identity-H) font, as its ToUnicode map, the
/// *encoding* CMap it used (`begincidrange`): poppler reports "Invalid 'begincidrange' operator
/// in ToUnicode CMap" and other readers may guess. The codes libharu writes for such a font are
/// the characters' own Unicode values, so the right map is the identity: this replaces each such
/// object with one that says so with `beginbfrange`, and moves the cross-reference offsets after it.
enum ToUnicodeRepair {
    /// `blocks` are the high bytes of the characters drawn with Unicode fonts: a range is written
    /// for each, since a range may not cross a change of its first byte.
    static func repaired(_ pdf: [UInt8], blocks: Set<UInt8>) -> [UInt8] {
        var bytes = pdf
        let numbers = Set(references(in: bytes))
        guard !numbers.isEmpty else { return pdf }
        for number in numbers.sorted() {
            guard let (start, end) = objectRange(number, in: bytes) else { continue }
            let replacement = object(number, blocks: blocks)
            bytes.replaceSubrange(start..<end, with: replacement)
            PDFBytes.moveOffsets(in: &bytes, after: start, by: replacement.count - (end - start))
        }
        return bytes
    }

    /// The object numbers in `/ToUnicode N 0 R`.
    private static func references(in bytes: [UInt8]) -> [Int] {
        let key = Array("/ToUnicode ".utf8)
        var found: [Int] = []
        var i = 0
        while let at = PDFBytes.firstIndex(of: key, in: bytes, from: i) {
            let number = PDFBytes.digits(in: bytes, at: at + key.count)
            let j = number?.end ?? at + key.count
            if let number, bytes[j...].starts(with: Array(" 0 R".utf8)) { found.append(number.value) }
            i = j
        }
        return found
    }

    /// From "N 0 obj" at a line start to just after its "endobj\n"; nil unless it holds the encoding CMap.
    private static func objectRange(_ number: Int, in bytes: [UInt8]) -> (Int, Int)? {
        guard let head = PDFBytes.firstIndex(of: Array("\n\(number) 0 obj".utf8), in: bytes, from: 0),
              let tail = PDFBytes.firstIndex(of: Array("\nendstream\nendobj\n".utf8), in: bytes, from: head) else { return nil }
        guard PDFBytes.firstIndex(of: Array("/Type /CMap".utf8), in: Array(bytes[head..<tail]), from: 0) != nil else { return nil }
        return (head + 1, tail + "\nendstream\nendobj\n".utf8.count)
    }

    private static func object(_ number: Int, blocks: Set<UInt8>) -> [UInt8] {
        func hex(_ value: Int) -> String { String(format: "%04X", value) }
        // Surrogates are never characters; every other block maps to itself.
        let ranges = blocks.filter { !(0xD8...0xDF).contains($0) }.sorted().map { block in
            let first = Int(block) << 8
            return "<\(hex(first))> <\(hex(first + 0xFF))> <\(hex(first))>"
        }
        let cmap = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange
            \(ranges.count) beginbfrange
            \(ranges.joined(separator: "\n"))
            endbfrange
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end
            """
        return Array("\(number) 0 obj\n<<\n/Length \(cmap.utf8.count)\n>>\nstream\n\(cmap)\nendstream\nendobj\n".utf8)
    }
}
