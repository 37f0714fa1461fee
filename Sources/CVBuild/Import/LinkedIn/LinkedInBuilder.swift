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

        func note(_ severity: Diagnostic.Severity, _ message: String, hint: String?, at location: SourceLocation, path: String? = nil) {
            notes.append(Diagnostic(severity, .importNote(message: message, hint: hint), at: location, path: path))
        }

        /// A value short enough to quote in a message.
        static func quoted(_ text: String) -> String {
            let flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
                .trimmingCharacters(in: .whitespaces)
            return "\"" + (flat.count > 40 ? flat.prefix(39) + "…" : flat) + "\""
        }

        // MARK: Files

        /// Decodes and parses one file, reporting columns and fields that will not be read.
        func sheet(_ file: LinkedInArchive.File) -> Sheet? {
            if file.data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                note(.note, "the file is empty; nothing was imported from it", hint: nil, at: SourceLocation(file: file.name))
                return nil
            }
            let text: SourceText
            let decoded = SourceReader.decode(file.data, path: file.name)
            notes += decoded.diagnostics
            guard let value = decoded.value else { return nil }
            text = value
            let columns = LinkedInImporter.columns(file.kind)
            let table: CSVTable
            switch CSVReader(text.text, file: file.name).table(expecting: columns.required) {
            case .failure(let failure):
                notes.append(failure.diagnostic(file: file.name))
                return nil
            case .success(let parsed): table = parsed
            }
            let known = Set((columns.read + columns.skipped).map(CSVTable.key))
            for (index, name) in table.header.enumerated() where !known.contains(CSVTable.key(name)) {
                let values = table.rows.filter { !$0[index].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
                guard let first = values.first else { continue }
                let more = values.count - 1
                note(.warning,
                     "\(Self.quoted(first[index])) in the column \"\(name.isEmpty ? "(no name)" : name)\" was not imported"
                        + (more > 0 ? " (nor \(more) more value\(more == 1 ? "" : "s") in that column)" : ""),
                     hint: "cvbuild reads the columns \(columns.read.joined(separator: ", ")); copy anything you need by hand",
                     at: SourceLocation(file: file.name, line: first.line, column: index + 1))
            }
            for row in table.rows {
                let extra = table.extraFields(of: row)
                guard let first = extra.first else { continue }
                let more = extra.count - 1
                note(.warning,
                     "this row has \(row.fields.count) fields but the header names \(table.header.count); \(Self.quoted(first.value))"
                        + (more > 0 ? " and \(more) more" : "") + " was not imported",
                     hint: "a value with a comma must be in quotes; check the row against LinkedIn's page",
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
                note(.warning, "no name was found: Profile.csv is missing or has no First Name and Last Name",
                     hint: "a résumé needs a name; LinkedIn's export always has Profile.csv, so is this the whole export?",
                     at: SourceLocation(file: archive), path: "basics.name")
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
                note(.warning, "the date \(Self.quoted(raw)) has no year; it was left out",
                     hint: "add the date by hand as YYYY-MM or YYYY", at: cell.location, path: path)
            case .invalid(let reason):
                note(.warning, "the date \(Self.quoted(raw)) was left out: \(reason)",
                     hint: "LinkedIn writes dates as \"Nov 2022\" or \"2019\"; check the date and add it by hand as YYYY-MM",
                     at: cell.location, path: path)
            }
            return nil
        }

        /// An end date that is not before the start; one that is, is reported and left out.
        func endDate(_ cell: Cell?, start: PartialDate?, path: String) -> PartialDate? {
            guard let end = date(cell, path: path) else { return nil }
            if let start, end.isCertainlyBefore(start), let cell {
                note(.warning, "the end date \(end) is before the start date \(start); the end date was left out",
                     hint: "check both dates on LinkedIn and add the right one by hand", at: cell.location, path: path)
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
                note(.warning, "the web address \(Self.quoted(value)) was left out: \(problem)",
                     hint: "an absolute http:// or https:// address; fix it on LinkedIn or add it by hand", at: cell.location, path: path)
            }
            return nil
        }

        func url(_ cell: Cell?, path: String) -> String? { url(cell?.raw, at: cell, path: path) }
    }
}
