import Foundation

/// A text file read and checked: it exists, is not too large, and is valid UTF-8 without NUL bytes.
package struct SourceText: Sendable {
    package let path: String
    package let text: String
    /// What the file is meant to be, for the wording of "empty" and "not found".
    package let kind: FileKind

    /// The UTF-8 offset where each line starts: a file with hundreds of diagnostics shows the
    /// source line of each, and finding it by walking the text every time was quadratic.
    private let lineStarts: [Int]

    package init(path: String, text: String, kind: FileKind = .profile) {
        self.path = path
        self.text = text
        self.kind = kind
        var starts = [0]
        for (offset, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// The text of line `number` (1-based), for showing under a diagnostic, without its line end.
    package func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
        var end = number < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1) : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
        return String(utf8[start..<end])
    }

    package var location: SourceLocation { SourceLocation(file: path) }

    package func location(_ position: TextPosition) -> SourceLocation {
        SourceLocation(file: path, position: position)
    }
}

package enum SourceReader {
    /// Profiles larger than this are refused before they are read.
    package static let defaultLimit = 10 * 1_048_576

    /// Reads `path` as UTF-8 text, or reports exactly one diagnostic saying why it cannot be used.
    package static func read(path: String, limit: Int = defaultLimit, kind: FileKind = .profile) -> Outcome<SourceText> {
        bytes(path: path, limit: limit, kind: kind).flatMap { decode($0, path: path, kind: kind) }
    }

    /// The bytes of `path`, at most `limit` of them: not a folder, readable, and not too large
    /// (by its size first, then by reading one byte past the limit).
    package static func bytes(path: String, limit: Int, kind: FileKind) -> Outcome<Data> {
        let fail = { (problem: Problem) -> Outcome<Data> in
            .failure(Diagnostic(.error, problem, at: SourceLocation(file: path)))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return fail(.fileNotFound(kind))
        }
        if isDirectory.boolValue { return fail(.isDirectory(kind)) }
        // Check the size first, so a huge file is refused without being read.
        // stat(2), not Foundation's attributes: those look up the owner's name (the passwd and group
        // files) on every run, the largest cost of reading a profile.
        var status = stat()
        if stat(path, &status) == 0, Int(status.st_size) > limit {
            let size = Int(status.st_size)
            return fail(.fileTooLarge(bytes: size, limit: limit, kind: kind))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return fail(.fileUnreadable(reason: String(cString: strerror(errno)).lowercased()))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            // Read one byte past the limit: files whose size lies (pipes, /proc) are caught too.
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            return fail(.fileUnreadable(reason: error.localizedDescription))
        }
        // Read one byte past the limit although the size said otherwise: its true size is unknown.
        if data.count > limit { return fail(.fileTooLarge(bytes: nil, limit: limit, kind: kind)) }
        return .success(data)
    }

    /// Decodes bytes as UTF-8, naming the byte offset (and line:col) of the first bad byte.
    package static func decode(_ data: Data, path: String, kind: FileKind = .profile) -> Outcome<SourceText> {
        let fail = { (problem: Problem, position: TextPosition?) -> Outcome<SourceText> in
            .failure(Diagnostic(.error, problem, at: SourceLocation(file: path, position: position)))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return fail(.unsupportedEncoding(name: "UTF-16"), .start)
        }
        // Offsets are reported in the file's own bytes, counting a byte-order mark if there is one.
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        bytes.removeFirst(bom)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return fail(.emptyFile(kind), .start)
        }
        if let bad = firstInvalidUTF8Offset(bytes) {
            return fail(.invalidUTF8(byteOffset: bad + bom), position(ofByte: bad, in: bytes))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return fail(.nulByte(byteOffset: nul + bom), position(ofByte: nul, in: bytes))
        }
        return .success(SourceText(path: path, text: String(decoding: bytes, as: UTF8.self), kind: kind))
    }

    /// The line and column (in Unicode scalars) of a byte offset whose prefix is valid UTF-8.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> TextPosition {
        var line = 1, column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return TextPosition(line: line, column: column)
    }

    /// Offset of the first byte that breaks UTF-8 (overlongs, surrogates and > U+10FFFF included).
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }
}
