import Foundation
import Testing
import ZIPFoundation
@testable import CVBuild

/// The LinkedIn importer: the CSV reader on every quirk LinkedIn's files have, both export
/// layouts field by field, and archives made to hurt.
@Suite("LinkedIn import")
struct LinkedInImportTests {
    // MARK: Helpers

    static let fixtures = CLI.packageRoot.appendingPathComponent("Tests/CVBuildTests/Fixtures/linkedin")
    static let folder2023 = fixtures.appendingPathComponent("export-2023")
    static let folder2018 = fixtures.appendingPathComponent("export-2018")
    static let zipFolder = "Basic_LinkedInDataExport_11-25-2026/"

    static func records(_ text: String) throws -> [CSVReader.Record] {
        try CSVReader(text, file: "t.csv").records().get()
    }

    static func table(_ text: String, _ expected: [String]) throws -> CSVTable {
        try CSVReader(text, file: "t.csv").table(expecting: expected).get()
    }

    /// Writes a ZIP of `entries` (name, bytes) at `url`, deflated.
    static func makeZip(at url: URL, _ entries: [(String, Data)]) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// The files of a fixture folder, as LinkedIn zips them: inside one folder.
    static func entries(of folder: URL, prefix: String = zipFolder) throws -> [(String, Data)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted().map {
            (prefix + $0, try Data(contentsOf: folder.appendingPathComponent($0)))
        }
    }

    static func headlines(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(DiagnosticFormatter.headline) }

    static func failure(_ result: Outcome<Profile>) -> [String] {
        guard result.failed else { return ["imported, but should have failed"] }
        return headlines(result.diagnostics)
    }

    static func contents(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    }

    static func date(_ text: String) -> PartialDate { try! PartialDate.parse(text).get() }

    // MARK: CSV reader

    @Test("LF or CRLF, with or without a final line end: the same records, each with its line")
    func lineEnds() throws {
        let expected = [CSVReader.Record(line: 1, fields: ["Name", "Url"]), CSVReader.Record(line: 2, fields: ["Go", "https://go.dev"])]
        #expect(try Self.records("Name,Url\nGo,https://go.dev") == expected)
        #expect(try Self.records("Name,Url\nGo,https://go.dev\n") == expected)
        #expect(try Self.records("Name,Url\r\nGo,https://go.dev\r\n") == expected)
        #expect(try Self.records("Name,Url\r\nGo,https://go.dev") == expected)
    }

    @Test("a UTF-8 byte-order mark is not part of the first column's name")
    func byteOrderMark() throws {
        let table = try Self.table("\u{FEFF}First Name,Last Name\nAda,Quinlan\n", ["First Name"])
        #expect(table.header == ["First Name", "Last Name"])
        #expect(table.index(of: "first name") == 0)
        #expect(table.rows.first?.fields == ["Ada", "Quinlan"])
    }

    @Test("a quoted field spans lines, CRLF inside it reads as \\n, and the next row keeps its true line")
    func multiLineField() throws {
        let rows = try Self.records("Title,Description\r\nA,\"one, two\r\n• three\r\n\r\nfour\"\r\nB,five\r\n")
        #expect(rows == [
            CSVReader.Record(line: 1, fields: ["Title", "Description"]),
            CSVReader.Record(line: 2, fields: ["A", "one, two\n• three\n\nfour"]),
            CSVReader.Record(line: 6, fields: ["B", "five"]),
        ])
    }

    @Test("doubled quotes are one quote; stray quotes are kept as text")
    func quotes() throws {
        let rows = try Self.records("\"She said \"\"hi\"\"\",\"\"\"\"\"\",\"\",5\" floppy,\"a \"b\" c\"\n")
        #expect(rows.first?.fields == ["She said \"hi\"", "\"\"", "", "5\" floppy", "a \"b\" c"])
    }

    @Test("a header ending with a comma has no empty column, and rows ending with one lose nothing")
    func trailingComma() throws {
        let table = try Self.table("Name,\nPython,\nGo\n", ["Name"])
        #expect(table.header == ["Name"])
        #expect(table.rows.map { $0[0] } == ["Python", "Go"])
        #expect(table.rows.allSatisfy { table.extraFields(of: $0).isEmpty })
    }

    @Test("fields past the header are reported with their index; missing fields read as empty")
    func ragged() throws {
        let table = try Self.table("A,B,C\n1,2,3,extra,,more\n1\n", ["A"])
        let long = table.rows[0], short = table.rows[1]
        #expect(table.extraFields(of: long).map(\.index) == [3, 5])
        #expect(table.extraFields(of: long).map(\.value) == ["extra", "more"])
        #expect(short.fields == ["1"])
        #expect([short[0], short[1], short[2]] == ["1", "", ""])
    }

    @Test("a Notes: line, a quoted paragraph and a blank line before the header are skipped")
    func preamble() throws {
        let text = """
            Notes:
            "When exporting, some values may be missing, such as e-mail addresses
            of people who chose to hide them. ""Name"" is the column you want."

            Name,Number
            Information Retrieval,CS-276

            Compilers,
            """
        let table = try Self.table(text, ["Name"])
        #expect(table.headerLine == 5)
        #expect(table.header == ["Name", "Number"])
        #expect(table.rows.map(\.line) == [6, 8])
        #expect(table.rows.map { $0[0] } == ["Information Retrieval", "Compilers"])
    }

    @Test("a quote that never closes is an error at the line and column where the field started")
    func unclosedQuote() throws {
        let reader = CSVReader("Name,Url\nGo,https://go.dev\nSwift,\"https://swift.org\nRust,https://rust-lang.org\n", file: "Skills.csv")
        #expect(reader.records() == .failure(.unclosedQuote(line: 3, column: 7, field: 2)))
        guard case .failure(let failure) = reader.table(expecting: ["Name"]) else {
            Issue.record("the unclosed quote was not reported")
            return
        }
        #expect(DiagnosticFormatter.headline(failure.diagnostic(file: "Skills.csv"))
                == "Skills.csv:3:7: error: field 2 opens a quote here that is never closed, so the rest of the file cannot be read (every quoted value ends with a \"; was the file edited? download the export again, or add the missing quote)")
    }

    @Test("no row with the expected column names: no table")
    func noHeader() throws {
        #expect(throws: CSVReader.Failure.noHeader(expected: ["Company Name", "Title"])) {
            try CSVReader("Name,Url\nGo,x\n", file: "Positions.csv").table(expecting: ["Company Name", "Title"]).get()
        }
    }

    // MARK: Text and dates

    @Test("LinkedIn's date forms", arguments: [
        ("Nov 2022", "2022-11"), ("01 Oct 2021", "2021-10-01"), ("Oct 1, 2021", "2021-10-01"), ("2021-03", "2021-03"),
        ("2019", "2019"), ("September 2019", "2019-09"), ("2023-01-10 17:42 UTC", "2023-01-10"), ("  Jun 2018 ", "2018-06"),
    ])
    func dates(text: String, expected: String) {
        #expect(LinkedInText.date(text) == .date(Self.date(expected)))
    }

    @Test("dates without a year, and dates that are not dates, are told apart")
    func badDates() {
        #expect(LinkedInText.date("Apr 22") == .noYear)
        #expect(LinkedInText.date("22 Apr") == .noYear)
        #expect(LinkedInText.date("Q3 2020") == .invalid(reason: "not a date cvbuild can read"))
        #expect(LinkedInText.date("31 Feb 2021") == .invalid(reason: "day 31 is not 1-28 in that month"))
        #expect(LinkedInText.date("Jan 1850") == .invalid(reason: "year 1850 is outside 1900-2100"))
    }

    @Test("HTML tags and entities become plain text; text that only looks like a tag stays")
    func html() {
        #expect(LinkedInText.clean("Led <em>search</em> &amp; <b>ranking</b>.<br>Owned &#39;evals&#39; &#x2014; daily", html: true)
                == "Led search & ranking.\nOwned 'evals' — daily")
        #expect(LinkedInText.clean("<ul><li>One</li><li>Two</li></ul>", html: true) == "• One\n• Two")
        #expect(LinkedInText.clean("if x<y and y>z, &unknown; stays", html: true) == "if x<y and y>z, &unknown; stays")
        #expect(LinkedInText.clean("  \r\n \t ") == nil)
    }

    @Test("bullet lines become highlights, the rest stays as text")
    func bullets() {
        let split = LinkedInText.splitBullets("Ran the team.\n• Shipped A\n- Shipped B\n* Shipped C\n-5% costs is not a bullet")
        #expect(split.text == "Ran the team.\n-5% costs is not a bullet")
        #expect(split.bullets == ["Shipped A", "Shipped B", "Shipped C"])
    }

    @Test("Geo Location to city, region and country code, best effort", arguments: [
        ("Berlin, Germany", "Berlin", nil, "DE"), ("Austin, Texas, United States", "Austin", "Texas", "US"),
        ("San Jose, CA", "San Jose", "CA", nil), ("Greater Seattle Area", "Greater Seattle Area", nil, nil),
        ("Shanghai, China", "Shanghai", nil, "CN"), ("Netherlands", nil, nil, "NL"),
    ] as [(String, String?, String?, String?)])
    func geoLocation(geo: String, city: String?, region: String?, country: String?) {
        var location = Location()
        LinkedInImporter.Builder.readGeoLocation(geo, into: &location)
        #expect(location.city == city)
        #expect(location.region == region)
        #expect(location.countryCode == country)
    }

    // MARK: The 2023 export

    static func import2023() throws -> Imported {
        try LinkedInImporter.load(path: folder2023.path).imported()
    }

    @Test("2023 export: who, how to reach them, where they are")
    func basics2023() throws {
        let b = try Self.import2023().profile.basics
        #expect(b.name == "Ada Quinlan")
        #expect(b.label == "Machine Learning Engineer & Search Tinkerer")
        #expect(b.summary == "I build ranking systems & evaluation tooling.\nPreviously: search quality at a fictional bookshop.")
        #expect(b.email == "ada.quinlan@example.com")  // the Primary one, not the first
        #expect(b.phone == "+49 30 5550 1234")
        #expect(b.url == "https://ada-quinlan.example.com")
        #expect(b.location?.city == "Berlin")
        #expect(b.location?.countryCode == "DE")
        #expect(b.location?.region == nil)
        #expect(b.location?.postalCode == "10115")
        #expect(b.profiles.map(\.network) == ["GitHub", "Twitter"])
        #expect(b.profiles.map(\.username) == ["ada-quinlan-example", "adaq_dev"])
        #expect(b.profiles.map(\.url) == ["https://github.com/ada-quinlan-example", "https://twitter.com/adaq_dev"])
    }

    @Test("2023 export: jobs, with the current one open-ended, HTML gone and bullets as highlights")
    func work2023() throws {
        let work = try Self.import2023().profile.work
        #expect(work.map(\.name) == ["Fernhill Analytics", "Lumen & Vale Books", "Quarry Labs"])
        #expect(work.map(\.position) == ["Senior Machine Learning Engineer", "Machine Learning Engineer", "Data Science Intern"])
        #expect(work.map(\.location) == ["Berlin, Germany", "Hamburg, Germany", "Hamburg"])
        #expect(work.map(\.startDate) == [Self.date("2022-11"), Self.date("2019-03"), Self.date("2018-06")])
        #expect(work.map(\.endDate) == [nil, .date(Self.date("2022-10")), .date(Self.date("2018-09"))])
        #expect(work[0].summary == "Lead the ranking team for product search.")
        #expect(work[0].highlights == ["Cut p95 latency from 180 ms to 60 ms", "Shipped learning-to-rank & A/B tooling", "Mentored four engineers"])
        #expect(work[1].summary == "Built the recommendation service.\nOwned the feature store.")
        #expect(work[1].highlights.isEmpty)
        #expect(work[2].summary == nil)
        #expect(work.allSatisfy { $0.description == nil })
    }

    @Test("2023 export: degrees split into type and field, notes as highlights, courses on the last school")
    func education2023() throws {
        let education = try Self.import2023().profile.education
        #expect(education.map(\.institution) == ["Northbridge University", "Lakeside Institute of Technology"])
        #expect(education.map(\.studyType) == ["Master of Science - MS", "Master of Computer Applications - MCA"])
        #expect(education.map(\.area) == ["Computer Science", nil])
        #expect(education.map(\.startDate) == [Self.date("2016"), Self.date("2013-09")])
        #expect(education.map(\.endDate) == [.date(Self.date("2018")), .date(Self.date("2016-06"))])
        #expect(education[0].highlights == [
            "Thesis: neural ranking for long documents", "Graduated with distinction",
            "Teaching assistant, Information Retrieval", "Activities and societies: Chess club; Debating society",
        ])
        #expect(education[0].courses.isEmpty)
        #expect(education[1].courses == ["Information Retrieval (CS-276)", "Probabilistic Graphical Models"])
    }

    @Test("2023 export: skills, certificates (one without a URL), projects, languages, awards, publications, volunteering")
    func sections2023() throws {
        let p = try Self.import2023().profile
        #expect(p.skills.map(\.name) == ["Skills"])
        #expect(p.skills.first?.keywords == ["Python", "Learning to Rank", "PyTorch", "Elasticsearch"])

        #expect(p.certificates.map(\.name) == ["Certified Search Relevance Engineer", "Applied Statistics for Product Teams"])
        #expect(p.certificates.map(\.url) == [nil, "https://certs.example.org/verify/77613"])
        #expect(p.certificates.map(\.issuer) == ["Open Relevance Guild", "Example Learning Co."])
        #expect(p.certificates.map(\.date) == [Self.date("2021-01"), Self.date("2020-08")])
        #expect(p.certificates.map(\.expiryDate) == [Self.date("2024-01"), nil])
        #expect(p.certificates.map(\.credentialID) == ["ORG-2021-0042", nil])

        #expect(p.projects.map(\.name) == ["Shelfmark", "Tiny Tokenizer"])
        #expect(p.projects[0].description == "An open-source evaluation harness for search 'judgement lists'.")
        #expect(p.projects[0].highlights == ["Runs offline NDCG and MRR reports", "Used by three fictional teams"])
        #expect(p.projects.map(\.url) == ["https://github.com/ada-quinlan-example/shelfmark", nil])
        #expect(p.projects.map(\.startDate) == [Self.date("2021-02"), Self.date("2020-03")])
        #expect(p.projects.map(\.endDate) == [nil, .date(Self.date("2020-06"))])

        #expect(p.languages.map(\.language) == ["English", "German", "普通话 (Mandarin Chinese)"])
        #expect(p.languages.map(\.fluency) == ["Native or bilingual proficiency", "Professional working proficiency", "Elementary proficiency"])

        #expect(p.awards.map(\.title) == ["Best Demo Award"])
        #expect(p.awards.first?.summary == "Internal hack week & demo day.")
        #expect(p.awards.first?.date == Self.date("2021-06"))

        #expect(p.publications.first?.name == "Judging the Judges: Cheap Relevance Labels")
        #expect(p.publications.first?.releaseDate == Self.date("2022-03"))
        #expect(p.publications.first?.summary == "A short paper on label noise in search evaluation.")
        #expect(p.publications.first?.publisher == "Proceedings of the Fictional Workshop on Search")
        #expect(p.publications.first?.url == "https://papers.example.org/judging-the-judges")

        #expect(p.volunteer.first?.organization == "Kiezcode Club")
        #expect(p.volunteer.first?.position == "Volunteer Tutor")
        #expect(p.volunteer.first?.summary == "Weekly coding club for kids aged 9 to 13.")
        #expect(p.volunteer.first?.highlights == ["Cause: Education", "Wrote a beginner Python worksheet series"])
        #expect(p.volunteer.first?.startDate == Self.date("2019-09"))
        #expect(p.volunteer.first?.endDate == nil)
    }

    @Test("2023 export: what was left out is reported at FILE:ROW:FIELD")
    func diagnostics2023() throws {
        #expect(Self.headlines(try Self.import2023().diagnostics) == [
            #"Positions.csv:6:7: warning: this row has 7 fields but the header names 6; "Remote" was not imported (a value with a comma must be in quotes; check the row against LinkedIn's page)"#,
            #"Profile.csv:2:5: note: Birth Date "Apr 22" was not imported (a résumé has no field for it; add it by hand if you want it shown)"#,
            #"Profile.csv:2:8: note: Industry "Software Development" was not imported (a résumé has no field for it; add it by hand if you want it shown)"#,
            #"Courses.csv:2:1: note: education[1].courses: 2 courses from Courses.csv were added to the last education entry, Lakeside Institute of Technology (LinkedIn does not say which school a course belongs to; move them if needed)"#,
        ])
    }

    @Test("the ZIP imports exactly as its unpacked folder does, files inside a subfolder included")
    func zipMatchesFolder() throws {
        let folder = try TemporaryFolder()
        let zip = folder.url.appendingPathComponent("Basic_LinkedInDataExport_11-25-2026.zip")
        try Self.makeZip(at: zip, try Self.entries(of: Self.folder2023))
        let fromZip = try LinkedInImporter.load(path: zip.path).imported()
        let fromFolder = try Self.import2023()
        var a = fromZip.profile, b = fromFolder.profile
        a.sourceMap = SourceMap(file: "")
        b.sourceMap = SourceMap(file: "")
        #expect(a == b)
        #expect(Self.headlines(fromZip.diagnostics) == Self.headlines(fromFolder.diagnostics))
        #expect(try Self.contents(folder) == ["Basic_LinkedInDataExport_11-25-2026.zip"])
    }

    @Test("the imported profile is written as YAML that loads back valid and unchanged", arguments: ["export-2023", "export-2018"])
    func writesValidProfile(fixture: String) throws {
        var imported = try LinkedInImporter.load(path: Self.fixtures.appendingPathComponent(fixture).path).imported().profile
        let yaml = ProfileYAMLWriter.yaml(imported, header: ["imported"])
        let loaded = ProfileLoader.inspect(SourceText(path: "profile.yaml", text: yaml), strict: true)
        #expect(loaded.isValid)
        #expect(Self.headlines(loaded.diagnostics) == [])
        var back = try #require(loaded.profile)
        back.sourceMap = SourceMap(file: "")
        imported.sourceMap = SourceMap(file: "")
        #expect(back == imported)
    }

    // MARK: The 2018 export

    @Test("2018 export: old header names, Phone Numbers.csv and PORTFOLIO: websites")
    func export2018() throws {
        let result = try LinkedInImporter.load(path: Self.folder2018.path).imported()
        let p = result.profile
        #expect(p.basics.name == "Tomasz Brightwater")
        #expect(p.basics.label == "Backend Developer at Orchard Systems")
        #expect(p.basics.summary == "Backend developer who likes boring technology.")
        #expect(p.basics.url == "http://tomasz-brightwater.example.net")
        #expect(p.basics.profiles.map(\.network) == ["Blog"])
        #expect(p.basics.profiles.map(\.url) == ["http://blog.tomasz-brightwater.example.net"])
        #expect(p.basics.location?.countryCode == "PL")
        #expect(p.basics.location?.postalCode == "00-950")
        #expect(p.basics.phone == "+48 22 555 0199 ext. 12")
        #expect(p.basics.email == "tomasz@example.net")  // no Primary: the first

        // Positions.csv has its columns in another order: read by name.
        #expect(p.work.map(\.name) == ["Orchard Systems", "Kestrel Web Studio"])
        #expect(p.work.map(\.location) == ["Warsaw, Poland", "Kraków"])
        #expect(p.work.map(\.summary) == ["Keeps the billing API running.", nil])
        #expect(p.work.map(\.startDate) == [Self.date("2016-04"), Self.date("2014-07")])
        #expect(p.work.map(\.endDate) == [nil, .date(Self.date("2016-03"))])

        #expect(p.education.first?.institution == "Vistula Polytechnic")
        #expect(p.education.first?.studyType == "Bachelor of Engineering - BE")
        #expect(p.education.first?.area == "Computer Engineering")

        #expect(p.projects.first?.name == "Ledgerline")
        #expect(p.projects.first?.startDate == Self.date("2017-01"))
        #expect(p.projects.first?.endDate == .date(Self.date("2017-12")))
        #expect(p.projects.first?.url == "http://ledgerline.example.net")

        #expect(p.awards.first?.title == "Employee of the Quarter")
        #expect(p.awards.first?.awarder == "Orchard Systems")
        #expect(p.awards.first?.date == Self.date("2017-10"))
        #expect(p.skills.first?.keywords == ["Go", "PostgreSQL"])
        #expect(p.languages.map(\.language) == ["Polish", "English"])

        #expect(Self.headlines(result.diagnostics) == [
            #"Profile.csv:2:6: note: Contact Instructions "Message me on LinkedIn" was not imported (a résumé has no field for it; add it by hand if you want it shown)"#,
            #"Profile.csv:2:9: note: Industry "Computer Software" was not imported (a résumé has no field for it; add it by hand if you want it shown)"#,
            #"Phone Numbers.csv:3:1: note: basics.phone: the phone number "+48 600 555 010" was not imported: a résumé shows one (basics.phone has +48 22 555 0199 ext. 12; swap them by hand if you prefer this one)"#,
        ])
    }

    // MARK: Values that cannot be used

    @Test("unknown columns, unreadable dates, impossible ranges and bad addresses are reported where they are")
    func unusableValues() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("export"), withIntermediateDirectories: true)
        try folder.write("export/Profile.csv", "First Name,Last Name,Websites\nLee,Ortega,[PERSONAL:not a url]\n")
        try folder.write("export/Positions.csv", """
            Company Name,Title,Employment Type,Started On,Finished On
            Acme,Engineer,Full-time,Q3 2020,
            Beta,Lead,Contract,Mar 2021,Jan 2020
            Gamma,Dev,,Apr 22,2019

            """)
        try folder.write("export/Email Addresses.csv", "Email Address,Primary\nlee at example.com,Yes\nlee@example.com,No\n")
        try folder.write("export/Skills.csv", "Skill\nGo\n")
        try folder.write("export/Honors.csv", "")
        let result = try LinkedInImporter.load(path: folder.path("export")).imported()
        #expect(Self.headlines(result.diagnostics) == [
            #"Positions.csv:2:3: warning: "Full-time" in the column "Employment Type" was not imported (nor 1 more value in that column) (cvbuild reads the columns Company Name, Title, Description, Location, Started On, Start Date, Finished On, End Date; copy anything you need by hand)"#,
            #"Skills.csv: warning: no header row with the column "Name" was found; the file was skipped (is this the file from LinkedIn's export, unchanged?)"#,
            #"Honors.csv: note: the file is empty; nothing was imported from it"#,
            #"Profile.csv:2:3: warning: basics.url: the web address "not a url" was left out: it contains a space (an absolute http:// or https:// address; fix it on LinkedIn or add it by hand)"#,
            #"Email Addresses.csv:2:1: warning: basics.email: "lee at example.com" is not an e-mail address; it was not imported (an address like name@example.com)"#,
            #"Positions.csv:2:4: warning: work[0].startDate: the date "Q3 2020" was left out: not a date cvbuild can read (LinkedIn writes dates as "Nov 2022" or "2019"; check the date and add it by hand as YYYY-MM)"#,
            #"Positions.csv:3:5: warning: work[1].endDate: the end date 2020-01 is before the start date 2021-03; the end date was left out (check both dates on LinkedIn and add the right one by hand)"#,
            #"Positions.csv:4:4: warning: work[2].startDate: the date "Apr 22" has no year; it was left out (add the date by hand as YYYY-MM or YYYY)"#,
        ])
        let p = result.profile
        #expect(p.basics.url == nil)
        #expect(p.basics.email == "lee@example.com")
        #expect(p.work.map(\.startDate) == [nil, Self.date("2021-03"), nil])
        #expect(p.work.map(\.endDate) == [nil, nil, .date(Self.date("2019"))])
        // What was imported still makes a valid profile.
        #expect(ProfileLoader.inspect(SourceText(path: "p.yaml", text: ProfileYAMLWriter.yaml(p, header: []))).isValid)
        #expect(try Self.contents(folder) == ["export"])
    }

    // MARK: Archives made to hurt

    @Test("bytes that are not a ZIP: a clear error, nothing written")
    func notAZip() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("export.zip", "First Name,Last Name\nnot,a zip\n")
        #expect(Self.failure(LinkedInImporter.load(path: path)) == [
            "\(path): error: not a ZIP archive (expected LinkedIn's data export (Basic_LinkedInDataExport_….zip) or the folder it unpacks to)",
        ])
        #expect(try Self.contents(folder) == ["export.zip"])
    }

    @Test("a ZIP cut short: a clear error, nothing written")
    func truncatedZip() throws {
        let folder = try TemporaryFolder()
        let whole = folder.url.appendingPathComponent("whole.zip")
        try Self.makeZip(at: whole, try Self.entries(of: Self.folder2023))
        let bytes = try Data(contentsOf: whole)
        let path = try folder.write("export.zip", bytes.prefix(bytes.count / 2))
        try FileManager.default.removeItem(at: whole)
        #expect(Self.failure(LinkedInImporter.load(path: path)) == [
            "\(path): error: the ZIP archive is damaged or incomplete and cannot be opened (was the download cut short? download the export from LinkedIn again)",
        ])
        #expect(try Self.contents(folder) == ["export.zip"])
    }

    @Test("a ZIP without LinkedIn's files: says which files it looked for")
    func noLinkedInFiles() throws {
        let folder = try TemporaryFolder()
        let zip = folder.url.appendingPathComponent("photos.zip")
        try Self.makeZip(at: zip, [("holiday/notes.txt", Data("sunny".utf8)), ("Connections.csv", Data("First Name\nX\n".utf8))])
        #expect(Self.failure(LinkedInImporter.load(path: zip.path)) == [
            "\(zip.path): error: not a LinkedIn data export: none of Profile.csv, Positions.csv, Education.csv, Skills.csv, Certifications.csv, Projects.csv, Languages.csv, Courses.csv, Email Addresses.csv, PhoneNumbers.csv, Phone Numbers.csv, Honors.csv, Publications.csv, Volunteering.csv found (expected the ZIP from LinkedIn's Settings › Data privacy › Get a copy of your data, or the folder it unpacks to)",
        ])
        #expect(try Self.contents(folder) == ["photos.zip"])
    }

    @Test("a zip bomb (60 MB of zeros in a few kilobytes) is refused before it is expanded")
    func zipBomb() throws {
        let folder = try TemporaryFolder()
        let zip = folder.url.appendingPathComponent("export.zip")
        let size = 60 * 1_048_576
        do {
            // Its own scope: the archive is finished and closed before it is read.
            let archive = try Archive(url: zip, accessMode: .create)
            try archive.addEntry(with: Self.zipFolder + "Positions.csv", type: .file, uncompressedSize: Int64(size),
                                 compressionMethod: .deflate) { _, chunk in Data(count: chunk) }
        }
        let packed = try #require(try FileManager.default.attributesOfItem(atPath: zip.path)[.size] as? Int)
        #expect(packed < 1_048_576)
        #expect(Self.failure(LinkedInImporter.load(path: zip.path)) == [
            "\(zip.path): error: the entry \"\(Self.zipFolder)Positions.csv\" would expand more than 200 times, to 60 MB: refused as a possible zip bomb (LinkedIn's CSV files are small and compress a few times at most; is this the archive LinkedIn sent?)",
        ])
        #expect(try Self.contents(folder) == ["export.zip"])
    }

    @Test("files to read over the total limit, or one over the per-file limit, are refused; large unread files are not")
    func sizeLimits() throws {
        let folder = try TemporaryFolder()
        let zip = folder.url.appendingPathComponent("export.zip")
        // Random bytes do not compress, so no ratio check fires: only the sizes.
        var generator = SystemRandomNumberGenerator()
        let noise = Data((0..<300_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try Self.makeZip(at: zip, [("Profile.csv", Data("First Name,Last Name\nAda,Quinlan\n".utf8)),
                                   ("Positions.csv", noise), ("Projects.csv", noise)])
        var limits = LinkedInArchive.Limits()
        limits.total = 500_000
        #expect(Self.failure(LinkedInImporter.load(path: zip.path, limits: limits)) == [
            "\(zip.path): error: the archive would expand to 586 KB, over the 488 KB limit: refused (the CSV files cvbuild reads are a few hundred kilobytes; is this the archive LinkedIn sent?)",
        ])
        // A full export's message and media files are never unpacked, so their size does not count.
        let full = folder.url.appendingPathComponent("full.zip")
        try Self.makeZip(at: full, [("Profile.csv", Data("First Name,Last Name\nAda,Quinlan\n".utf8)),
                                    ("messages.csv", noise), ("Rich_Media.csv", noise)])
        let failure = LinkedInImporter.load(path: full.path, limits: limits)
        if failure.failed {
            Issue.record("a large unread file refused the import: \(failure.diagnostics.map(DiagnosticFormatter.headline))")
        }
        try FileManager.default.removeItem(at: full)
        // A 150 KB Profile.csv against a 100 KB limit for one file.
        let head = "First Name,Last Name,Summary\nAda,Quinlan,"
        let big = Data((head + String(repeating: "x", count: 153_600 - head.utf8.count)).utf8)
        let zip2 = folder.url.appendingPathComponent("big.zip")
        try Self.makeZip(at: zip2, [("Profile.csv", big)])
        limits = LinkedInArchive.Limits()
        limits.perFile = 102_400
        #expect(Self.failure(LinkedInImporter.load(path: zip2.path, limits: limits)) == [
            "\(zip2.path): error: Profile.csv is 150 KB, over the 100 KB limit for one file: refused (LinkedIn's Profile.csv is a few kilobytes; is this the right file?)",
        ])
        // The same limit holds for an unpacked folder.
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("unpacked"), withIntermediateDirectories: true)
        try folder.write("unpacked/Profile.csv", big)
        #expect(Self.failure(LinkedInImporter.load(path: folder.path("unpacked"), limits: limits)) == [
            "\(folder.path("unpacked")): error: Profile.csv is 150 KB, over the 100 KB limit for one file: refused (LinkedIn's Profile.csv is a few kilobytes; is this the right file?)",
        ])
        #expect(try Self.contents(folder) == ["big.zip", "export.zip", "unpacked"])
    }

    @Test("an entry that holds more than its declared size is stopped as soon as it passes it")
    func lyingSize() throws {
        let folder = try TemporaryFolder()
        let zip = folder.url.appendingPathComponent("export.zip")
        let profile = "First Name,Last Name,Summary\nAda,Quinlan,\"" + String(repeating: "Builds search. ", count: 400) + "\"\n"
        try Self.makeZip(at: zip, [("Profile.csv", Data(profile.utf8))])
        // Rewrite the uncompressed size in the local header (offset 22) and the central directory (offset 24) to 100.
        var bytes = [UInt8](try Data(contentsOf: zip))
        func put(_ value: UInt32, at offset: Int) { for k in 0..<4 { bytes[offset + k] = UInt8((value >> (8 * UInt32(k))) & 0xFF) } }
        put(100, at: 22)
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let found = (0..<(bytes.count - 4)).first { Array(bytes[$0..<$0 + 4]) == signature }
        let central = try #require(found)
        put(100, at: central + 24)
        try Data(bytes).write(to: zip)
        #expect(Self.failure(LinkedInImporter.load(path: zip.path)) == [
            "\(zip.path): error: the entry \"Profile.csv\" holds more than the 100 bytes the archive says: refused (the archive is damaged or was made to mislead; download the export again)",
        ])
        #expect(try Self.contents(folder) == ["export.zip"])
    }

    @Test("an entry named ../../evil/Positions.csv is skipped with a warning and nothing lands outside")
    func pathTraversal() throws {
        let folder = try TemporaryFolder()
        let zip = folder.url.appendingPathComponent("export.zip")
        let evil = Data("Company Name,Title\nEvil Corp,Owner\n".utf8)
        try Self.makeZip(at: zip, [("Profile.csv", Data("First Name,Last Name\nAda,Quinlan\n".utf8)),
                                   ("../../evil/Positions.csv", evil), ("/tmp/evil/Skills.csv", Data("Name\nEvil\n".utf8))])
        let result = try LinkedInImporter.load(path: zip.path).imported()
        #expect(Self.headlines(result.diagnostics) == [
            "\(zip.path): warning: the entry \"../../evil/Positions.csv\" points outside the archive's folder; it was skipped (LinkedIn's exports never name files like this; was the archive changed after download?)",
            "\(zip.path): warning: the entry \"/tmp/evil/Skills.csv\" points outside the archive's folder; it was skipped (LinkedIn's exports never name files like this; was the archive changed after download?)",
        ])
        #expect(result.profile.basics.name == "Ada Quinlan")
        #expect(result.profile.work.isEmpty)
        #expect(result.profile.skills.isEmpty)
        #expect(try Self.contents(folder) == ["export.zip"])
        for place in ["../evil", "../../evil"] {
            #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(place).standardizedFileURL.path))
        }

        // With only the hostile entry, there is nothing to import.
        let only = folder.url.appendingPathComponent("only.zip")
        try Self.makeZip(at: only, [("../../evil/Positions.csv", evil)])
        let lines = Self.failure(LinkedInImporter.load(path: only.path))
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("\(only.path): warning: the entry \"../../evil/Positions.csv\" points outside") == true)
        #expect(lines.last?.hasPrefix("\(only.path): error: not a LinkedIn data export: none of Profile.csv") == true)
    }

    @Test("a CSV with an unbalanced quote stops the import at the quote, nothing written")
    func unbalancedQuote() throws {
        let folder = try TemporaryFolder()
        let zip = folder.url.appendingPathComponent("export.zip")
        try Self.makeZip(at: zip, [
            (Self.zipFolder + "Profile.csv", Data("First Name,Last Name\nAda,Quinlan\n".utf8)),
            (Self.zipFolder + "Positions.csv", Data("Company Name,Title,Description\nAcme,Engineer,Fine\nBeta,Lead,\"Never closed\nGamma,Dev,x\n".utf8)),
        ])
        #expect(Self.failure(LinkedInImporter.load(path: zip.path)) == [
            "Positions.csv:3:11: error: field 3 opens a quote here that is never closed, so the rest of the file cannot be read (every quoted value ends with a \"; was the file edited? download the export again, or add the missing quote)",
        ])
        #expect(try Self.contents(folder) == ["export.zip"])
    }

    @Test("a path that does not exist: no such file")
    func missingPath() throws {
        let folder = try TemporaryFolder()
        #expect(Self.failure(LinkedInImporter.load(path: folder.path("nowhere.zip"))) == [
            "\(folder.path("nowhere.zip")): error: no such file or folder (expected LinkedIn's data export (Basic_LinkedInDataExport_….zip) or the folder it unpacks to)",
        ])
        #expect(try Self.contents(folder) == [])
    }
}

@Suite("import linkedin, end to end")
struct LinkedInEndToEndTests {
    @Test("import a LinkedIn archive, then render it: PDF, page and LinkedIn text")
    func importThenRender() throws {
        let folder = try TemporaryFolder()
        let zip = folder.url.appendingPathComponent("Basic_LinkedInDataExport_11-25-2026.zip")
        let files = try FileManager.default.contentsOfDirectory(atPath: LinkedInImportTests.folder2023.path).sorted()
        try LinkedInImportTests.makeZip(at: zip, try files.map {
            (LinkedInImportTests.zipFolder + $0, try Data(contentsOf: LinkedInImportTests.folder2023.appendingPathComponent($0)))
        })
        let imported = try CLI.run(["import", "linkedin", zip.lastPathComponent, "-o", "me.yaml"], in: folder.url)
        #expect(imported.status == 0)
        #expect(imported.stdout.hasPrefix("Wrote me.yaml: "))
        #expect(try String(contentsOfFile: folder.path("me.yaml"), encoding: .utf8).hasPrefix("# cvbuild profile imported from a LinkedIn data export"))
        #expect(try CLI.run(["validate", "--strict", "me.yaml"], in: folder.url).status == 0)
        let rendered = try CLI.run(["render", "me.yaml", "--format", "pdf,html,linkedin"], in: folder.url)
        #expect(rendered.status == 0)
        let profile = try #require(ProfileLoader.inspect(path: folder.path("me.yaml")).profile)
        let name = try #require(profile.basics.name)
        #expect(try Poppler.text(folder.path("me.pdf")).contains(name))
        #expect(try String(contentsOfFile: folder.path("me.html"), encoding: .utf8).contains("<h1>\(name)</h1>"))
        #expect(try String(contentsOfFile: folder.path("me.linkedin.txt"), encoding: .utf8).contains("==== Experience ===="))
    }
}

@Suite("import linkedin, bad archives at the command line")
struct LinkedInBadArchiveCLITests {
    @Test("not a ZIP, a truncated ZIP, a ZIP with no LinkedIn files: exit 1, a clear error, nothing written")
    func badArchives() throws {
        let folder = try TemporaryFolder()
        try folder.write("notzip.zip", Data("this is not a zip file\n".utf8))
        let good = folder.url.appendingPathComponent("good.zip")
        try LinkedInImportTests.makeZip(at: good, [("Profile.csv", Data("First Name,Last Name\nAda,Quinlan\n".utf8)),
                                                   ("Skills.csv", Data("Name\nPython\n".utf8))])
        let bytes = try Data(contentsOf: good)
        try folder.write("truncated.zip", bytes.prefix(bytes.count / 2))
        let other = folder.url.appendingPathComponent("other.zip")
        try LinkedInImportTests.makeZip(at: other, [("notes.txt", Data("hello\n".utf8))])
        for name in ["notzip.zip", "truncated.zip", "other.zip"] {
            let out = try CLI.run(["import", "linkedin", name, "-o", "p.yaml"], in: folder.url)
            #expect(out.status == 1, "\(name)")
            #expect(out.stderr.contains("\(name): error: "), "\(name): \(out.stderr)")
            #expect(out.stderr.hasSuffix("cvbuild: error: nothing was written: \(name) could not be imported\n"))
            #expect(!FileManager.default.fileExists(atPath: folder.path("p.yaml")))
        }
    }
}

@Suite("LinkedIn import: regressions found by fuzzing")
struct LinkedInFuzzRegressionTests {
    @Test("an '&' at the very end of a field (\"R&\") is kept as text, not a crash", arguments: ["R&", "&", "a&b", "x &#", "&;", "&amp"])
    func ampersandAtEnd(text: String) {
        #expect(LinkedInText.decodeEntities(text) == text)
    }

    @Test("the fuzzer's reproducer imports cleanly at the command line")
    func reproducer() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("export"), withIntermediateDirectories: true)
        try folder.write("export/Profile.csv", "First Name,Last Name\nAda,Quinlan\n")
        try folder.write("export/Skills.csv", "Name\nR&\n")
        let out = try CLI.run(["import", "linkedin", "export", "-o", "p.yaml"], in: folder.url)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try String(contentsOfFile: folder.path("p.yaml"), encoding: .utf8).contains("R&"))
    }
}
