import Foundation

/// Reads comma-separated text as RFC 4180 describes it, and as exports in the wild bend it:
/// quoted fields that span lines, CRLF or LF (or CR) line ends, `""` for a quote inside a quoted
/// field, an optional UTF-8 byte-order mark, and no newline at the end. Values are returned with
/// every line end inside them written as "\n".
///
/// Forgiving where it cannot be misread: a quote inside an unquoted field, or one inside a quoted
/// field that is not followed by a comma or a line end, is kept as a character. A quoted field
/// that never closes is the one thing it refuses, because everything after it would be misread.
package struct CSVReader: Sendable {
    /// The file name used in messages (`Positions.csv`).
    package let file: String
    package let text: String

    package init(_ text: String, file: String) {
        self.text = text
        self.file = file
    }

    /// One record: its fields, and the 1-based line of the file it starts on.
    package struct Record: Hashable, Sendable {
        package var line: Int
        package var fields: [String]

        package init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }

        /// The field at a 0-based index, or "" when the record is shorter than that.
        package subscript(index: Int) -> String { index < fields.count ? fields[index] : "" }

        /// No field has anything but spaces: a blank line, or a line of commas.
        package var isBlank: Bool { fields.allSatisfy { $0.trimmedSpaces.isEmpty } }
    }

    package enum Failure: Error, Hashable, Sendable {
        /// A field opened with a quote at this line and column (in Unicode scalars) never closes.
        case unclosedQuote(line: Int, column: Int, field: Int)
        /// No record has all of these column names.
        case noHeader(expected: [String])

        package func diagnostic(file: String) -> Diagnostic {
            switch self {
            case .unclosedQuote(let line, let column, let field):
                Diagnostic(.error, .importing(.unclosedQuote(field: field)), at: SourceLocation(file: file, line: line, column: column))
            case .noHeader(let expected):
                Diagnostic(.warning, .importing(.noHeaderRow(expected: expected)), at: SourceLocation(file: file))
            }
        }
    }

    /// Every record in the file, blank ones included (a blank line is one empty field).
    package func records() -> Result<[Record], Failure> {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let n = scalars.count
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 1
        var recordLine = 1
        var atFieldStart = true
        var inQuotes = false
        var quoteStart = (line: 1, column: 1, field: 1)
        var i = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            atFieldStart = true
        }

        while i < n {
            let c = scalars[i]
            let next: Unicode.Scalar? = i + 1 < n ? scalars[i + 1] : nil
            if inQuotes {
                switch c {
                case "\"":
                    if next == "\"" {
                        field.append("\"")
                        i += 2; column += 2
                    } else if next == nil || next == "," || next == "\r" || next == "\n" {
                        inQuotes = false
                        i += 1; column += 1
                    } else {
                        // A stray quote in the middle of a quoted value: keep it as text.
                        field.append(c)
                        i += 1; column += 1
                    }
                case "\r", "\n":
                    field.append("\n")
                    i += (c == "\r" && next == "\n") ? 2 : 1
                    line += 1; column = 1
                default:
                    field.append(c)
                    i += 1; column += 1
                }
                continue
            }
            switch c {
            case ",":
                endField()
                i += 1; column += 1
            case "\r", "\n":
                endField()
                records.append(Record(line: recordLine, fields: fields))
                fields = []
                i += (c == "\r" && next == "\n") ? 2 : 1
                line += 1; column = 1
                recordLine = line
            case "\"" where atFieldStart:
                inQuotes = true
                atFieldStart = false
                quoteStart = (line, column, fields.count + 1)
                i += 1; column += 1
            default:
                field.append(c)
                atFieldStart = false
                i += 1; column += 1
            }
        }
        if inQuotes {
            return .failure(.unclosedQuote(line: quoteStart.line, column: quoteStart.column, field: quoteStart.field))
        }
        // The last record, when the text does not end with a line end.
        if !fields.isEmpty || !field.isEmpty || !atFieldStart {
            endField()
            records.append(Record(line: recordLine, fields: fields))
        }
        return .success(records)
    }

    /// The table under the first record whose cells include every name in `expected` (compared
    /// without regard to case or surrounding spaces): whatever comes before it (a `Notes:` line,
    /// a quoted paragraph, blank lines) is skipped, and so are blank records after it.
    package func table(expecting expected: [String]) -> Result<CSVTable, Failure> {
        records().flatMap { all in
            let wanted = Set(expected.map(CSVTable.key))
            guard let headerIndex = all.firstIndex(where: { wanted.isSubset(of: Set($0.fields.map(CSVTable.key))) }) else {
                return .failure(.noHeader(expected: expected))
            }
            var header = all[headerIndex].fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            // A header line ending with a comma has an empty last name: not a column.
            while header.last?.isEmpty == true { header.removeLast() }
            let rows = all[(headerIndex + 1)...].filter { !$0.isBlank }
            return .success(CSVTable(file: file, header: header, headerLine: all[headerIndex].line, rows: Array(rows)))
        }
    }
}

/// A CSV file's header and the rows under it. Columns are found by name, never by position.
package struct CSVTable: Sendable {
    package let file: String
    /// The column names, trimmed; a trailing empty name (a header ending with a comma) is dropped.
    package let header: [String]
    package let headerLine: Int
    /// The non-blank records after the header.
    package var rows: [CSVReader.Record]
    /// Column name (trimmed, lower case) → index of its first column.
    private let indexes: [String: Int]

    package init(file: String, header: [String], headerLine: Int, rows: [CSVReader.Record]) {
        self.file = file
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
        var indexes: [String: Int] = [:]
        for (i, name) in header.enumerated() where indexes[Self.key(name)] == nil { indexes[Self.key(name)] = i }
        self.indexes = indexes
    }

    static func key(_ name: String) -> String { name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }

    /// The 0-based index of the first column with this name (any case), or nil.
    package func index(of name: String) -> Int? { indexes[Self.key(name)] }

    /// The fields of `row` past the header's last column that hold something, with their
    /// 0-based indexes: values the header has no name for.
    package func extraFields(of row: CSVReader.Record) -> [(index: Int, value: String)] {
        guard row.fields.count > header.count else { return [] }
        return (header.count..<row.fields.count).compactMap { i in
            let value = row.fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
            return value.isEmpty ? nil : (i, value)
        }
    }
}
