import Foundation

/// Reads LinkedIn's "Get a copy of your data" export (the ZIP, or the folder it unpacks to) into
/// a profile. Columns are found by their header names, never by position, so the 2018 and the
/// 2023 layouts both work. Every value that could not be used is reported at `FILE.csv:ROW:COL`
/// (COL is the field's 1-based index in its row), with what to check.
package enum LinkedInImporter {
    /// The profile with a note for every value that could not be used, or why nothing could be imported.
    package static func load(path: String) -> Outcome<Profile> {
        load(path: path, limits: .standard)
    }

    static func load(path: String, limits: LinkedInArchive.Limits) -> Outcome<Profile> {
        LinkedInArchive.read(path: path, limits: limits).flatMap { archive in build(archive, path: path) }
    }

    private static func build(_ archive: LinkedInArchive, path: String) -> Outcome<Profile> {
        let builder = Builder(archive: path)
        var sheets: [LinkedInArchive.Kind: Sheet] = [:]
        for kind in LinkedInArchive.Kind.allCases {
            guard let file = archive.files[kind] else { continue }
            if let sheet = builder.sheet(file) { sheets[kind] = sheet }
        }
        if builder.notes.hasErrors { return .failure(builder.notes) }
        builder.build(sheets)
        return .checking(builder.profile, builder.notes)
    }

    /// One value from a CSV row, and where it sits.
    struct Cell {
        var raw: String
        var file: String
        var line: Int
        /// The field's 1-based index in its row.
        var column: Int

        var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
        var isEmpty: Bool { raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// A parsed file: its table, read by column name.
    struct Sheet {
        var table: CSVTable
        var kind: LinkedInArchive.Kind
        var file: String { table.file }

        /// The cell of the first of `names` the header has, or nil when it has none of them.
        func cell(_ row: CSVReader.Record, _ names: String...) -> Cell? {
            for name in names {
                if let index = table.index(of: name) {
                    return Cell(raw: row[index], file: file, line: row.line, column: index + 1)
                }
            }
            return nil
        }
    }
}
