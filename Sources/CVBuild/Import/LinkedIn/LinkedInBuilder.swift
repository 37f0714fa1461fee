import Foundation

extension LinkedInImporter {
    /// One import's profile as it is built from the export's files, and every note met on the way;
    /// the readers of each file are in `LinkedInBuilder+Profile` and `LinkedInBuilder+Sections`.
    final class Builder {
        let archive: String
        var notes: [Diagnostic] = []
        var profile: Profile

        // The readers extend Builder in other files, outside LinkedInImporter's scope.
        typealias Sheet = LinkedInImporter.Sheet
        typealias Cell = LinkedInImporter.Cell
        typealias Countries = LinkedInImporter.Countries

        init(archive: String) {
            self.archive = archive
            profile = Profile(sourceMap: SourceMap(file: archive))
        }

        // MARK: Reporting

        func note(_ severity: Diagnostic.Severity, _ problem: ImportProblem, at location: SourceLocation, path: String? = nil) {
            notes.append(Diagnostic(severity, .importing(problem), at: location, path: path))
        }

        // MARK: Files

        /// Decodes and parses one file, reporting columns and fields that will not be read.
        func sheet(_ file: LinkedInArchive.File) -> Sheet? {
            if file.data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                note(.note, .emptyCSVFile, at: SourceLocation(file: file.name))
                return nil
            }
            let decoded = SourceReader.decode(file.data, path: file.name)
            notes += decoded.diagnostics
            guard let text = decoded.value else { return nil }
            let columns = LinkedInImporter.columns(file.kind)
            let table: CSVTable
            do {
                table = try CSVReader(text.text, file: file.name).table(expecting: columns.required).get()
            } catch {
                notes.append(error.diagnostic(file: file.name))
                return nil
            }
            let known = Set((columns.read + columns.skipped).map(CSVTable.key))
            for (index, name) in table.header.enumerated() where !known.contains(CSVTable.key(name)) {
                let values = table.rows.filter { !$0[index].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
                guard let first = values.first else { continue }
                note(.warning, .columnNotImported(value: first[index], column: name, more: values.count - 1, readColumns: columns.read),
                     at: SourceLocation(file: file.name, line: first.line, column: index + 1))
            }
            for row in table.rows {
                let extra = table.extraFields(of: row)
                guard let first = extra.first else { continue }
                note(.warning, .extraFields(fields: row.fields.count, columns: table.header.count, value: first.value, more: extra.count - 1),
                     at: SourceLocation(file: file.name, line: row.line, column: first.index + 1))
            }
            return Sheet(table: table, kind: file.kind)
        }

        func build(_ sheets: [LinkedInArchive.Kind: Sheet]) {
            if let s = sheets[.profile] { readProfile(s) }
            if let s = sheets[.emailAddresses] { readEmail(s) }
            if let s = sheets[.phoneNumbers] { readPhone(s) }
            if let s = sheets[.positions] { readPositions(s) }
            if let s = sheets[.education] { readEducation(s) }
            if let s = sheets[.courses] { readCourses(s) }
            if let s = sheets[.skills] { readSkills(s) }
            if let s = sheets[.certifications] { readCertifications(s) }
            if let s = sheets[.projects] { readProjects(s) }
            if let s = sheets[.languages] { readLanguages(s) }
            if let s = sheets[.honors] { readHonors(s) }
            if let s = sheets[.publications] { readPublications(s) }
            if let s = sheets[.volunteering] { readVolunteering(s) }
            if profile.basics.name == nil {
                // A partial export (Positions.csv alone) still imports: the name is a marked
                // placeholder, which validate keeps pointing at until it is replaced.
                note(.warning, .nameNotFound, at: SourceLocation(file: archive), path: "basics.name")
                profile.basics.name = Basics.namePlaceholder
            }
        }

        // MARK: Values

        func text(_ cell: Cell?, html: Bool = false) -> String? {
            cell.flatMap { LinkedInText.clean($0.raw, html: html) }
        }

        /// Free text with HTML removed, split into the plain part and the bullet lines.
        func described(_ cell: Cell?) -> (text: String?, bullets: [String]) {
            LinkedInText.splitBullets(text(cell, html: true))
        }

        func date(_ cell: Cell?, path: String) -> PartialDate? {
            guard let cell, let raw = LinkedInText.clean(cell.raw) else { return nil }
            switch LinkedInText.date(raw) {
            case .date(let date):
                return date
            case .noYear:
                note(.warning, .dateWithoutYear(text: raw), at: cell.location, path: path)
            case .invalid(let reason):
                note(.warning, .dateNotImported(text: raw, reason: reason), at: cell.location, path: path)
            }
            return nil
        }

        /// An end date that is not before the start; one that is, is reported and left out.
        func endDate(_ cell: Cell?, start: PartialDate?, path: String) -> PartialDate? {
            guard let end = date(cell, path: path) else { return nil }
            if let start, end.isCertainlyBefore(start), let cell {
                note(.warning, .endDateBeforeStart(end: end.description, start: start.description), at: cell.location, path: path)
                return nil
            }
            return end
        }

        /// An http(s) address; one without a scheme gets https://, anything else is reported.
        func url(_ raw: String?, at cell: Cell?, path: String) -> String? {
            guard var value = raw.flatMap({ LinkedInText.clean($0) }) else { return nil }
            if !value.contains("://"), !value.contains(" "), value.contains("."), Address.unsafeScheme(value) == nil,
               !value.lowercased().hasPrefix("mailto:") {
                value = "https://" + value
            }
            guard let problem = Address.urlProblem(value) else { return value }
            if let cell {
                note(.warning, .webAddressNotImported(address: value, reason: problem), at: cell.location, path: path)
            }
            return nil
        }

        func url(_ cell: Cell?, path: String) -> String? { url(cell?.raw, at: cell, path: path) }
    }
}
