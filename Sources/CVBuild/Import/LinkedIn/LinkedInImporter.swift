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

    /// Each file's columns: those whose presence marks the header row, those cvbuild reads (with
    /// the 2018 and 2023 names of a column side by side: Started On, Start Date), and those it
    /// knows and leaves out on purpose. Any other column with values is reported.
    static func columns(_ kind: LinkedInArchive.Kind) -> (required: [String], read: [String], skipped: [String]) {
        switch kind {
        case .profile:
            (["First Name", "Last Name"],
             ["First Name", "Last Name", "Headline", "Summary", "Geo Location", "Address", "Zip Code", "Country",
              "Websites", "Twitter Handles"],
             ["Maiden Name", "Birth Date", "Industry", "Instant Messengers", "Contact Instructions"])
        case .positions:
            (["Company Name", "Title"],
             ["Company Name", "Title", "Description", "Location", "Started On", "Start Date", "Finished On", "End Date"], [])
        case .education:
            (["School Name"],
             ["School Name", "Start Date", "Started On", "End Date", "Finished On", "Notes", "Degree Name", "Activities"], [])
        case .skills:
            (["Name"], ["Name"], [])
        case .certifications:
            (["Name"], ["Name", "Url", "Authority", "Started On", "Start Date", "Finished On", "End Date", "License Number"], [])
        case .projects:
            (["Title"], ["Title", "Description", "Url", "Started On", "Start Date", "Finished On", "End Date"], [])
        case .languages:
            (["Name"], ["Name", "Proficiency"], [])
        case .courses:
            (["Name"], ["Name", "Number"], [])
        case .emailAddresses:
            (["Email Address"], ["Email Address", "Primary"], ["Confirmed", "Updated On"])
        case .phoneNumbers:
            (["Number"], ["Number", "Extension"], ["Type"])
        case .honors:
            (["Title"], ["Title", "Description", "Issued On", "Issue Date", "Issuer"], [])
        case .publications:
            (["Name"], ["Name", "Published On", "Description", "Publisher", "Url"], [])
        case .volunteering:
            (["Role"], ["Company Name", "Role", "Cause", "Started On", "Start Date", "Finished On", "End Date", "Description"], [])
        }
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

    final class Builder {
        let archive: String
        var notes: [Diagnostic] = []
        var profile: Profile

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

        // MARK: Profile.csv

        func readProfile(_ s: Sheet) {
            guard let row = s.table.rows.first else { return }
            var b = profile.basics
            let name = [text(s.cell(row, "First Name")), text(s.cell(row, "Last Name"))].compactMap { $0 }.joined(separator: " ")
            b.name = name.isEmpty ? nil : name
            b.label = text(s.cell(row, "Headline"), html: true)?.replacingOccurrences(of: "\n", with: " ")
            b.summary = text(s.cell(row, "Summary"), html: true)
            var location = Location()
            location.address = text(s.cell(row, "Address"))?.replacingOccurrences(of: "\n", with: ", ")
            location.postalCode = text(s.cell(row, "Zip Code"))
            if let geo = text(s.cell(row, "Geo Location")) { Self.readGeoLocation(geo, into: &location) }
            if let countryCell = s.cell(row, "Country"), let country = text(countryCell), location.countryCode == nil {
                if let code = Countries.code(country, codes: true) {
                    location.countryCode = code
                } else {
                    note(.warning, "the country \(Self.quoted(country)) was not imported: cvbuild does not know its code",
                         hint: "add basics.location.countryCode by hand, as two capital letters such as DE",
                         at: countryCell.location, path: "basics.location.countryCode")
                }
            }
            if location != Location() { b.location = location }
            var links: [(type: String?, url: String)] = []
            if let cell = s.cell(row, "Websites") {
                for (type, raw) in Self.websites(cell.raw) {
                    if let url = url(raw, at: cell, path: "basics.url"), !links.contains(where: { $0.url == url }) {
                        links.append((type, url))
                    }
                }
            }
            if let first = links.first {
                b.url = first.url
                b.profiles += links.dropFirst().map { Self.socialProfile(url: $0.url, type: $0.type) }
            }
            if let cell = s.cell(row, "Twitter Handles") {
                for handle in Self.listItems(cell.raw) {
                    let name = handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
                    guard !name.isEmpty, name.count <= 30, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                        note(.warning, "the Twitter handle \(Self.quoted(handle)) was not imported: it is not a handle",
                             hint: "letters, digits and _ only; add it under basics.profiles by hand", at: cell.location,
                             path: "basics.profiles")
                        continue
                    }
                    var p = SocialProfile()
                    p.network = "Twitter"
                    p.username = name
                    p.url = "https://twitter.com/\(name)"
                    b.profiles.append(p)
                }
            }
            let skipped = LinkedInImporter.columns(.profile).skipped.compactMap { column in
                s.cell(row, column).map { (column, $0) }
            }
            for (column, cell) in skipped.sorted(by: { $0.1.column < $1.1.column }) {
                guard let value = text(cell) else { continue }
                note(.note, "\(column) \(Self.quoted(value)) was not imported",
                     hint: "a résumé has no field for it; add it by hand if you want it shown", at: cell.location)
            }
            profile.basics = b
            if s.table.rows.count > 1 {
                let extra = s.table.rows[1]
                note(.warning, "Profile.csv has more than one row; only the first was imported",
                     hint: "LinkedIn writes one row; was the file edited?", at: SourceLocation(file: s.file, line: extra.line, column: 1))
            }
        }

        /// "Berlin, Germany", "Austin, Texas, United States", "San Jose, CA", "Greater Seattle Area":
        /// the first part is the city, a known country at the end its code, what is between the region.
        static func readGeoLocation(_ geo: String, into location: inout Location) {
            var parts = geo.replacingOccurrences(of: "\n", with: ",").split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if let last = parts.last, let code = Countries.code(last) {
                location.countryCode = code
                parts.removeLast()
            }
            if let city = parts.first { location.city = city }
            if parts.count > 1 { location.region = parts.dropFirst().joined(separator: ", ") }
        }

        /// `[PERSONAL:https://a.example,OTHER:https://b.example]` (2023) and
        /// `PORTFOLIO:http://a.example, http://b.example` (2018): each address with its type, if any.
        static func websites(_ raw: String) -> [(String?, String)] {
            listItems(raw).map { item in
                if let colon = item.firstIndex(of: ":") {
                    let type = item[..<colon]
                    let rest = item[item.index(after: colon)...]
                    if !type.isEmpty, !rest.hasPrefix("//"), type.allSatisfy({ $0.isLetter || $0 == "_" }),
                       !["http", "https"].contains(type.lowercased()) {
                        return (String(type), rest.trimmingCharacters(in: .whitespaces))
                    }
                }
                return (nil, item)
            }
        }

        /// The comma-separated items of a list LinkedIn may wrap in brackets: `[a, b]`, `a,b`.
        static func listItems(_ raw: String) -> [String] {
            raw.split(whereSeparator: { $0 == "," || $0 == "\n" })
                .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "[]"))) }
                .filter { !$0.isEmpty }
        }

        static func socialProfile(url: String, type: String?) -> SocialProfile {
            var p = SocialProfile()
            p.url = url
            let known: [(host: String, network: String)] = [
                ("github.com", "GitHub"), ("gitlab.com", "GitLab"), ("twitter.com", "Twitter"), ("x.com", "X"),
                ("medium.com", "Medium"), ("stackoverflow.com", "Stack Overflow"), ("kaggle.com", "Kaggle"),
                ("huggingface.co", "Hugging Face"), ("dribbble.com", "Dribbble"), ("behance.net", "Behance"),
                ("youtube.com", "YouTube"), ("scholar.google.com", "Google Scholar"), ("orcid.org", "ORCID"),
            ]
            let afterScheme = url.components(separatedBy: "://").last ?? url
            let host = (afterScheme.split(separator: "/").first.map(String.init) ?? "").lowercased()
            let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
            if let match = known.first(where: { $0.host == bare }) {
                p.network = match.network
                let path = afterScheme.split(separator: "/").dropFirst()
                if match.network != "Google Scholar", let user = path.first, path.count == 1 {
                    p.username = user.hasPrefix("@") ? String(user.dropFirst()) : String(user)
                }
                return p
            }
            switch type?.uppercased() {
            case "PORTFOLIO": p.network = "Portfolio"
            case "BLOG": p.network = "Blog"
            case "COMPANY": p.network = "Company"
            case "RSS": p.network = "RSS"
            default: p.network = "Website"
            }
            return p
        }

        // MARK: Contact files

        func readEmail(_ s: Sheet) {
            var candidates: [(cell: Cell, primary: Bool)] = []
            for row in s.table.rows {
                guard let cell = s.cell(row, "Email Address"), !cell.isEmpty else { continue }
                let primary = text(s.cell(row, "Primary"))?.lowercased() == "yes"
                candidates.append((cell, primary))
            }
            let ordered = candidates.filter(\.primary) + candidates.filter { !$0.primary }
            for candidate in ordered {
                guard let address = text(candidate.cell) else { continue }
                if Address.isEmail(address) {
                    profile.basics.email = address
                    return
                }
                note(.warning, "\(Self.quoted(address)) is not an e-mail address; it was not imported",
                     hint: "an address like name@example.com", at: candidate.cell.location, path: "basics.email")
            }
        }

        func readPhone(_ s: Sheet) {
            for row in s.table.rows {
                guard let cell = s.cell(row, "Number"), let number = text(cell) else { continue }
                var phone = number
                if let ext = text(s.cell(row, "Extension")) { phone += " ext. \(ext)" }
                if profile.basics.phone == nil {
                    profile.basics.phone = phone
                } else {
                    note(.note, "the phone number \(Self.quoted(phone)) was not imported: a résumé shows one",
                         hint: "basics.phone has \(profile.basics.phone!); swap them by hand if you prefer this one",
                         at: cell.location, path: "basics.phone")
                }
            }
        }

        // MARK: Sections

        func readPositions(_ s: Sheet) {
            for row in s.table.rows {
                let path = "work[\(profile.work.count)]"
                var w = Work()
                w.name = text(s.cell(row, "Company Name"))
                w.position = text(s.cell(row, "Title"))
                w.location = text(s.cell(row, "Location"))
                (w.summary, w.highlights) = described(s.cell(row, "Description"))
                w.startDate = date(s.cell(row, "Started On", "Start Date"), path: "\(path).startDate")
                // An empty Finished On is a current job: no end date.
                w.endDate = endDate(s.cell(row, "Finished On", "End Date"), start: w.startDate, path: "\(path).endDate").map { .date($0) }
                if w != Work() { profile.work.append(w) }
            }
        }

        func readEducation(_ s: Sheet) {
            for row in s.table.rows {
                let path = "education[\(profile.education.count)]"
                var e = Education()
                e.institution = text(s.cell(row, "School Name"))
                if let degree = text(s.cell(row, "Degree Name"))?.replacingOccurrences(of: "\n", with: " ") {
                    (e.studyType, e.area) = Self.splitDegree(degree)
                }
                e.startDate = date(s.cell(row, "Start Date", "Started On"), path: "\(path).startDate")
                e.endDate = endDate(s.cell(row, "End Date", "Finished On"), start: e.startDate, path: "\(path).endDate").map { .date($0) }
                let notes = described(s.cell(row, "Notes"))
                e.highlights = (notes.text.map { [$0] } ?? []) + notes.bullets
                if let activities = text(s.cell(row, "Activities"), html: true) {
                    e.highlights.append("Activities and societies: " + activities.replacingOccurrences(of: "\n", with: "; "))
                }
                if e != Education() { profile.education.append(e) }
            }
        }

        /// "Master of Science - MS, Computer Science" → ("Master of Science - MS", "Computer Science");
        /// "Master of Computer Applications - MCA" has no field of study after a comma.
        static func splitDegree(_ degree: String) -> (studyType: String?, area: String?) {
            guard let comma = degree.firstIndex(of: ",") else { return (degree, nil) }
            let type = degree[..<comma].trimmingCharacters(in: .whitespaces)
            let area = degree[degree.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            return (type.isEmpty ? nil : type, area.isEmpty ? nil : area)
        }

        func readCourses(_ s: Sheet) {
            var courses: [String] = []
            var first: Cell?
            for row in s.table.rows {
                guard let cell = s.cell(row, "Name"), let name = text(cell) else { continue }
                first = first ?? cell
                if let number = text(s.cell(row, "Number")) { courses.append("\(name) (\(number))") } else { courses.append(name) }
            }
            guard let first, !courses.isEmpty else { return }
            let count = "\(courses.count) course\(courses.count == 1 ? "" : "s")"
            guard !profile.education.isEmpty else {
                note(.warning, "\(count) from Courses.csv \(courses.count == 1 ? "was" : "were") not imported: there is no education entry to add \(courses.count == 1 ? "it" : "them") to",
                     hint: "add an education entry and list the courses under its courses", at: first.location)
                return
            }
            let index = profile.education.count - 1
            profile.education[index].courses += courses
            let school = profile.education[index].institution.map { ", \($0)" } ?? ""
            note(.note, "\(count) from Courses.csv \(courses.count == 1 ? "was" : "were") added to the last education entry\(school)",
                 hint: "LinkedIn does not say which school a course belongs to; move them if needed",
                 at: first.location, path: "education[\(index)].courses")
        }

        func readSkills(_ s: Sheet) {
            var keywords: [String] = []
            for row in s.table.rows {
                guard let name = text(s.cell(row, "Name"))?.replacingOccurrences(of: "\n", with: " ") else { continue }
                if !keywords.contains(where: { $0.lowercased() == name.lowercased() }) { keywords.append(name) }
            }
            guard !keywords.isEmpty else { return }
            var skill = Skill()
            skill.name = "Skills"
            skill.keywords = keywords
            profile.skills.append(skill)
        }

        func readCertifications(_ s: Sheet) {
            for row in s.table.rows {
                let path = "certificates[\(profile.certificates.count)]"
                var c = Certificate()
                c.name = text(s.cell(row, "Name"))
                // Often empty: no URL is no problem.
                c.url = url(s.cell(row, "Url"), path: "\(path).url")
                c.issuer = text(s.cell(row, "Authority"))
                c.credentialID = text(s.cell(row, "License Number"))
                c.date = date(s.cell(row, "Started On", "Start Date"), path: "\(path).date")
                c.expiryDate = endDate(s.cell(row, "Finished On", "End Date"), start: c.date, path: "\(path).cvbuild.expiryDate")
                if c != Certificate() { profile.certificates.append(c) }
            }
        }

        func readProjects(_ s: Sheet) {
            for row in s.table.rows {
                let path = "projects[\(profile.projects.count)]"
                var p = Project()
                p.name = text(s.cell(row, "Title"))
                (p.description, p.highlights) = described(s.cell(row, "Description"))
                p.url = url(s.cell(row, "Url"), path: "\(path).url")
                p.startDate = date(s.cell(row, "Started On", "Start Date"), path: "\(path).startDate")
                p.endDate = endDate(s.cell(row, "Finished On", "End Date"), start: p.startDate, path: "\(path).endDate").map { .date($0) }
                if p != Project() { profile.projects.append(p) }
            }
        }

        func readLanguages(_ s: Sheet) {
            for row in s.table.rows {
                var l = Language()
                l.language = text(s.cell(row, "Name"))
                l.fluency = text(s.cell(row, "Proficiency"))
                if l != Language() { profile.languages.append(l) }
            }
        }

        func readHonors(_ s: Sheet) {
            for row in s.table.rows {
                let path = "awards[\(profile.awards.count)]"
                var a = Award()
                a.title = text(s.cell(row, "Title"))
                a.summary = text(s.cell(row, "Description"), html: true)
                a.awarder = text(s.cell(row, "Issuer"))
                a.date = date(s.cell(row, "Issued On", "Issue Date"), path: "\(path).date")
                if a != Award() { profile.awards.append(a) }
            }
        }

        func readPublications(_ s: Sheet) {
            for row in s.table.rows {
                let path = "publications[\(profile.publications.count)]"
                var p = Publication()
                p.name = text(s.cell(row, "Name"))
                p.publisher = text(s.cell(row, "Publisher"))
                p.summary = text(s.cell(row, "Description"), html: true)
                p.url = url(s.cell(row, "Url"), path: "\(path).url")
                p.releaseDate = date(s.cell(row, "Published On"), path: "\(path).releaseDate")
                if p != Publication() { profile.publications.append(p) }
            }
        }

        func readVolunteering(_ s: Sheet) {
            for row in s.table.rows {
                let path = "volunteer[\(profile.volunteer.count)]"
                var v = Volunteer()
                v.organization = text(s.cell(row, "Company Name"))
                v.position = text(s.cell(row, "Role"))
                (v.summary, v.highlights) = described(s.cell(row, "Description"))
                if let cause = text(s.cell(row, "Cause")) { v.highlights.insert("Cause: \(cause)", at: 0) }
                v.startDate = date(s.cell(row, "Started On", "Start Date"), path: "\(path).startDate")
                v.endDate = endDate(s.cell(row, "Finished On", "End Date"), start: v.startDate, path: "\(path).endDate").map { .date($0) }
                if v != Volunteer() { profile.volunteer.append(v) }
            }
        }
    }

    /// Country names as LinkedIn writes them in Geo Location, to ISO 3166-1 codes.
    enum Countries {
        /// `codes` also accepts two-letter codes ("pl"); not for Geo Location, where "CA" is California.
        static func code(_ name: String, codes: Bool = false) -> String? {
            let key = name.trimmingCharacters(in: .whitespaces)
            if codes, key.count == 2, key.allSatisfy({ $0.isASCII && $0.isLetter }), names.values.contains(key.uppercased()) {
                return key.uppercased()
            }
            return names[key.lowercased()]
        }

        static let names: [String: String] = [
            "argentina": "AR", "australia": "AU", "austria": "AT", "bangladesh": "BD", "belgium": "BE", "brazil": "BR",
            "bulgaria": "BG", "canada": "CA", "chile": "CL", "china": "CN", "中国": "CN", "colombia": "CO", "croatia": "HR",
            "czechia": "CZ", "czech republic": "CZ", "denmark": "DK", "egypt": "EG", "estonia": "EE", "finland": "FI",
            "france": "FR", "germany": "DE", "deutschland": "DE", "ghana": "GH", "greece": "GR", "hong kong": "HK",
            "hong kong sar": "HK", "hungary": "HU", "iceland": "IS", "india": "IN", "indonesia": "ID", "ireland": "IE",
            "israel": "IL", "italy": "IT", "japan": "JP", "kenya": "KE", "latvia": "LV", "lithuania": "LT",
            "luxembourg": "LU", "malaysia": "MY", "mexico": "MX", "morocco": "MA", "netherlands": "NL",
            "the netherlands": "NL", "new zealand": "NZ", "nigeria": "NG", "norway": "NO", "pakistan": "PK", "peru": "PE",
            "philippines": "PH", "poland": "PL", "portugal": "PT", "romania": "RO", "saudi arabia": "SA", "serbia": "RS",
            "singapore": "SG", "slovakia": "SK", "slovenia": "SI", "south africa": "ZA", "south korea": "KR",
            "korea": "KR", "spain": "ES", "españa": "ES", "sri lanka": "LK", "sweden": "SE", "switzerland": "CH",
            "taiwan": "TW", "thailand": "TH", "turkey": "TR", "türkiye": "TR", "ukraine": "UA",
            "united arab emirates": "AE", "united kingdom": "GB", "uk": "GB", "united states": "US", "usa": "US",
            "united states of america": "US", "uruguay": "UY", "vietnam": "VN", "viet nam": "VN",
        ]
    }
}
