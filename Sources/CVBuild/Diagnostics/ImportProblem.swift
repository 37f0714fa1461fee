import Foundation

/// What an importer reports about a file written for another tool: a value it left out, changed or
/// placed by a guess, or why the file cannot be imported. One case per kind of message, so each
/// has a stable `id` in the JSON diagnostics; the wording is here, the call sites give the values.
public enum ImportProblem: Hashable, Sendable {
    // LinkedIn's export as a whole: the ZIP or the folder it unpacks to.
    case exportNotFound
    case exportUnreadable(isFolder: Bool, reason: String)
    case notAZIP
    case damagedZIP
    case damagedEntry(entry: String)
    case notALinkedInExport(fileNames: [String])
    case tooManyEntries(limit: Int, isFolder: Bool)
    /// `total` is nil for a folder, which is read only until it passes the limit.
    case exportTooLarge(total: Int?, limit: Int)
    case zipBomb(entry: String, ratio: Int, bytes: Int)
    case entryOverDeclaredSize(entry: String, declared: Int)
    /// `name` as found in the export, `file` the name LinkedIn gives that file.
    case exportFileTooLarge(name: String, file: String, bytes: Int, limit: Int)
    case exportFileUnreadable(name: String)
    case unsafeEntryName(entry: String)
    case duplicateExportFile(entry: String, first: String, fileName: String)
    // One CSV file of the export.
    case unclosedQuote(field: Int)
    case noHeaderRow(expected: [String])
    case emptyCSVFile
    case columnNotImported(value: String, column: String, more: Int, readColumns: [String])
    case extraFields(fields: Int, columns: Int, value: String, more: Int)
    // LinkedIn's values.
    case nameNotFound
    case dateWithoutYear(text: String)
    case dateNotImported(text: String, reason: String)
    case endDateBeforeStart(end: String, start: String)
    case webAddressNotImported(address: String, reason: String)
    case unknownCountry(name: String)
    case invalidTwitterHandle(handle: String)
    case columnSkipped(column: String, value: String)
    case extraProfileRows
    case emailNotImported(text: String)
    case extraPhoneNumber(number: String, kept: String)
    case coursesWithoutEducation(count: Int)
    case coursesAdded(count: Int, school: String?)
    // RenderCV's file.
    case unknownKeyNotImported(key: String, suggestion: String?, place: String, known: [String])
    case extraContact(what: String, value: String)
    case settingsNotImported(key: String)
    case localeCatalogNotImported
    case markupSetToInline
    case labelBesideHeadline
    /// `what` names the field: the photo, the custom connection, the url.
    case invalidAddress(what: String, address: String, reason: String)
    case photoImported
    case invalidProfileURL(username: String, url: String, reason: String)
    case unknownNetwork(network: String)
    case usernameNotInForm(network: String, username: String, form: String)
    case connectionWithoutURL(label: String)
    case connectionImported(name: String)
    case sectionsMerged(title: String, earlier: String, section: String)
    /// `placed` says where the entries went, one phrase per cvbuild section.
    case unknownSection(title: String, placed: [String])
    case entriesMoved(kinds: [String], section: String, into: [String])
    case customSection(title: String, shown: String)
    case unknownEntryType(keys: [String])
    /// `documented`: the key is one RenderCV documents for the entry type, not an extra key.
    case entryKeyNotImported(key: String, section: String, documented: Bool)
    case summaryBecameHighlight
    case invalidDOI(doi: String, reason: String)
    case urlBesideDOI
    case certificateTextNotImported(line: String)
    case linkWithoutPlace(link: String, section: String)
    case invalidLink(link: String, reason: String)
    /// `reason` is nil when the text is not written as a date at all.
    case entryDatesNotImported(text: String, reason: String?, kept: Bool)
    case rangeBesideDate(key: String)
    case secondDateNotImported(section: String)
    case themeNotSupported(name: String)
    case designNotImported(key: String, onPage: Bool)
    case pageSizeNotSupported(text: String)
    case localeNotImported(key: String)
    case languageNotSupported(name: String)

    public var id: String {
        switch self {
        case .exportNotFound: "export-not-found"
        case .exportUnreadable: "export-unreadable"
        case .notAZIP: "not-a-zip"
        case .damagedZIP: "damaged-zip"
        case .damagedEntry: "damaged-entry"
        case .notALinkedInExport: "not-a-linkedin-export"
        case .tooManyEntries: "too-many-entries"
        case .exportTooLarge: "export-too-large"
        case .zipBomb: "zip-bomb"
        case .entryOverDeclaredSize: "entry-over-declared-size"
        case .exportFileTooLarge: "export-file-too-large"
        case .exportFileUnreadable: "export-file-unreadable"
        case .unsafeEntryName: "unsafe-entry-name"
        case .duplicateExportFile: "duplicate-export-file"
        case .unclosedQuote: "unclosed-quote"
        case .noHeaderRow: "no-header-row"
        case .emptyCSVFile: "empty-csv-file"
        case .columnNotImported: "column-not-imported"
        case .extraFields: "extra-fields"
        case .nameNotFound: "name-not-found"
        case .dateWithoutYear: "date-without-year"
        case .dateNotImported: "date-not-imported"
        case .endDateBeforeStart: "end-date-before-start"
        case .webAddressNotImported: "web-address-not-imported"
        case .unknownCountry: "unknown-country"
        case .invalidTwitterHandle: "invalid-twitter-handle"
        case .columnSkipped: "column-skipped"
        case .extraProfileRows: "extra-profile-rows"
        case .emailNotImported: "email-not-imported"
        case .extraPhoneNumber: "extra-phone-number"
        case .coursesWithoutEducation: "courses-without-education"
        case .coursesAdded: "courses-added"
        case .unknownKeyNotImported: "unknown-key-not-imported"
        case .extraContact: "extra-contact"
        case .settingsNotImported: "settings-not-imported"
        case .localeCatalogNotImported: "locale-catalog-not-imported"
        case .markupSetToInline: "markup-set-to-inline"
        case .labelBesideHeadline: "label-beside-headline"
        case .invalidAddress: "invalid-address"
        case .photoImported: "photo-imported"
        case .invalidProfileURL: "invalid-profile-url"
        case .unknownNetwork: "unknown-network"
        case .usernameNotInForm: "username-not-in-form"
        case .connectionWithoutURL: "connection-without-url"
        case .connectionImported: "connection-imported"
        case .sectionsMerged: "sections-merged"
        case .unknownSection: "unknown-section"
        case .entriesMoved: "entries-moved"
        case .customSection: "custom-section"
        case .unknownEntryType: "unknown-entry-type"
        case .entryKeyNotImported: "entry-key-not-imported"
        case .summaryBecameHighlight: "summary-became-highlight"
        case .invalidDOI: "invalid-doi"
        case .urlBesideDOI: "url-beside-doi"
        case .certificateTextNotImported: "certificate-text-not-imported"
        case .linkWithoutPlace: "link-without-place"
        case .invalidLink: "invalid-link"
        case .entryDatesNotImported: "entry-dates-not-imported"
        case .rangeBesideDate: "range-beside-date"
        case .secondDateNotImported: "second-date-not-imported"
        case .themeNotSupported: "theme-not-supported"
        case .designNotImported: "design-not-imported"
        case .pageSizeNotSupported: "page-size-not-supported"
        case .localeNotImported: "locale-not-imported"
        case .languageNotSupported: "language-not-supported"
        }
    }

    public var summary: String {
        let size = Self.size
        let q = Self.quoted
        switch self {
        case .exportNotFound: return "no such file or folder"
        case .exportUnreadable(let isFolder, let reason): return "cannot read the \(isFolder ? "folder" : "file"): \(reason)"
        case .notAZIP: return "not a ZIP archive"
        case .damagedZIP: return "the ZIP archive is damaged or incomplete and cannot be opened"
        case .damagedEntry(let entry): return "the entry \"\(entry)\" is damaged and cannot be read"
        case .notALinkedInExport(let names): return "not a LinkedIn data export: none of \(names.joined(separator: ", ")) found"
        case .tooManyEntries(let limit, let isFolder):
            return isFolder ? "the folder has more than \(limit) files; refused" : "the archive has more than \(limit) entries; refused"
        case .exportTooLarge(let total?, let limit): return "the archive would expand to \(size(total)), over the \(size(limit)) limit: refused"
        case .exportTooLarge(nil, let limit): return "the files cvbuild reads add up to more than \(size(limit)): refused"
        case .zipBomb(let entry, let ratio, let bytes):
            return "the entry \"\(entry)\" would expand more than \(ratio) times, to \(size(bytes)): refused as a possible zip bomb"
        case .entryOverDeclaredSize(let entry, let declared):
            return "the entry \"\(entry)\" holds more than the \(size(declared)) the archive says: refused"
        case .exportFileTooLarge(let name, _, let bytes, let limit):
            return "\(name) is \(size(bytes)), over the \(size(limit)) limit for one file: refused"
        case .exportFileUnreadable(let name): return "\(name) cannot be read"
        case .unsafeEntryName(let entry): return "the entry \"\(entry)\" points outside the archive's folder; it was skipped"
        case .duplicateExportFile(let entry, let first, _): return "\(entry) was skipped: \(first) was already read"
        case .unclosedQuote(let field):
            return "field \(field) opens a quote here that is never closed, so the rest of the file cannot be read"
        case .noHeaderRow(let expected):
            let names = expected.map { "\"\($0)\"" }.joined(separator: ", ")
            return "no header row with the column\(expected.count == 1 ? "" : "s") \(names) was found; the file was skipped"
        case .emptyCSVFile: return "the file is empty; nothing was imported from it"
        case .columnNotImported(let value, let column, let more, _):
            return "\(q(value)) in the column \"\(column.isEmpty ? "(no name)" : column)\" was not imported"
                + (more > 0 ? " (nor \(more) more value\(more == 1 ? "" : "s") in that column)" : "")
        case .extraFields(let fields, let columns, let value, let more):
            return "this row has \(fields) fields but the header names \(columns); \(q(value))"
                + (more > 0 ? " and \(more) more" : "") + " was not imported"
        case .nameNotFound: return "no name was found: Profile.csv is missing or has no First Name and Last Name; the name is \"\(Basics.namePlaceholder)\" for now"
        case .dateWithoutYear(let text): return "the date \(q(text)) has no year; it was left out"
        case .dateNotImported(let text, let reason): return "the date \(q(text)) was left out: \(reason)"
        case .endDateBeforeStart(let end, let start): return "the end date \(end) is before the start date \(start); the end date was left out"
        case .webAddressNotImported(let address, let reason): return "the web address \(q(address)) was left out: \(reason)"
        case .unknownCountry(let name): return "the country \(q(name)) was not imported: cvbuild does not know its code"
        case .invalidTwitterHandle(let handle): return "the Twitter handle \(q(handle)) was not imported: it is not a handle"
        case .columnSkipped(let column, let value): return "\(column) \(q(value)) was not imported"
        case .extraProfileRows: return "Profile.csv has more than one row; only the first was imported"
        case .emailNotImported(let text): return "\(q(text)) is not an e-mail address; it was not imported"
        case .extraPhoneNumber(let number, _): return "the phone number \(q(number)) was not imported: a résumé shows one"
        case .coursesWithoutEducation(let count):
            return "\(Self.courses(count)) from Courses.csv \(count == 1 ? "was" : "were") not imported: "
                + "there is no education entry to add \(count == 1 ? "it" : "them") to"
        case .coursesAdded(let count, let school):
            return "\(Self.courses(count)) from Courses.csv \(count == 1 ? "was" : "were") added to the last education entry"
                + (school.map { ", \($0)" } ?? "")
        case .unknownKeyNotImported(let key, _, _, _): return "unknown key \"\(key)\" was not imported"
        case .extraContact(let what, let value): return "the \(what) \"\(value)\" was not imported: a profile has one"
        case .settingsNotImported(let key): return "RenderCV's \(key) were not imported"
        case .localeCatalogNotImported: return "RenderCV's locale_catalog was not imported"
        case .markupSetToInline:
            return "this text uses Markdown, so cvbuild.markup is set to inline: **bold**, *italic* and [links](…) render as in RenderCV"
        case .labelBesideHeadline: return "cv.label was not imported: cv.headline is the label"
        case .invalidAddress(let what, let address, let reason): return "the \(what) \"\(address)\" was not imported: \(reason)"
        case .photoImported: return "the photo was imported as basics.image; a file path stays relative to the profile's folder"
        case .invalidProfileURL(let username, let url, let reason):
            return "no profile URL was made from the username \"\(username)\": \"\(url)\" \(reason)"
        case .unknownNetwork(let network): return "no web address is known for the network \"\(network)\", so the profile has no URL"
        case .usernameNotInForm(let network, let username, let form):
            return "the \(network) username \"\(username)\" is not in the form \(form), so the profile has no URL"
        case .connectionWithoutURL(let label): return "the custom connection \"\(label)\" has no url and was not imported"
        case .connectionImported(let name): return "the custom connection \"\(name)\" was imported as a profile; its icon was not"
        case .sectionsMerged(let title, let earlier, let section):
            return "the entries of \"\(title)\" follow those of \"\(earlier)\": a profile has one \(section) section"
        case .unknownSection(let title, let placed):
            return "\"\(title)\" is not a section cvbuild knows; its entries were imported into \(placed.joined(separator: " and "))"
        case .customSection(let title, let shown):
            return "\"\(title)\" became a section of its own titled \"\(shown)\" (under cvbuild.customSections), every entry kept"
        case .entriesMoved(let kinds, let section, let into):
            return "\(kinds.joined(separator: ", ")) entries do not fit cvbuild's \(section) section; they were imported into "
                + into.joined(separator: " and ")
        case .unknownEntryType(let keys):
            return "this entry was not imported: its keys (\(keys.joined(separator: ", "))) match no RenderCV entry type"
        case .entryKeyNotImported(let key, let section, _):
            return "\"\(key)\" was not imported: cvbuild's \(section) entries have no place for it"
        case .summaryBecameHighlight: return "the summary became the entry's first highlight: cvbuild's education entries have no summary"
        case .invalidDOI(let doi, let reason): return "the DOI \"\(doi)\" does not make a web address (\(reason)) and was not imported"
        case .urlBesideDOI: return "the url was not imported: the publication links to its DOI, as in RenderCV"
        case .certificateTextNotImported(let line): return "\"\(line)\" was not imported: cvbuild's certificates have no summary or highlights"
        case .linkWithoutPlace(let link, let section): return "the link \"\(link)\" was not imported: cvbuild's \(section) have no URL"
        case .invalidLink(let link, let reason): return "the link \"\(link)\" was not imported: \(reason)"
        case .entryDatesNotImported(let text, let reason, let kept):
            let why = reason.map { " (\($0))" } ?? ""
            return "the date \"\(text)\" is not YYYY, YYYY-MM or YYYY-MM-DD\(why); "
                + (kept ? "it is shown as written (cvbuild.dates) and counts for no time when scoring" : "the entry was imported without dates")
        case .rangeBesideDate(let key): return "\(key) was not imported: RenderCV shows `date` when both are given"
        case .secondDateNotImported(let section): return "end_date was not imported: cvbuild's \(section) have one date, the start date"
        case .themeNotSupported(let name): return "the RenderCV theme \"\(name)\" has no cvbuild counterpart; the classic theme was chosen"
        case .designNotImported(let key, let onPage):
            return "\"\(key)\" was not imported: cvbuild's themes set their own \(onPage ? "margins and footers" : "look")"
        case .pageSizeNotSupported(let text): return "the page size \"\(text)\" was not imported: cvbuild prints on A4 or US Letter"
        case .localeNotImported(let key): return "\"\(key)\" was not imported: cvbuild's locales bring their own month names and words"
        case .languageNotSupported(let name):
            return "the language \"\(name)\" has no cvbuild locale, so the résumé's headings and dates will be in English"
        }
    }

    public var expected: String? {
        let downloadAgain = "was the download cut short? download the export from LinkedIn again"
        let theExport = "expected LinkedIn's data export (Basic_LinkedInDataExport_….zip) or the folder it unpacks to"
        let byHand = "add it to the summary by hand if it matters"
        let elsewhere = "check them, and move them in the profile if another section fits better"
        switch self {
        case .exportNotFound, .notAZIP: return theExport
        case .damagedZIP, .damagedEntry: return downloadAgain
        case .notALinkedInExport:
            return "expected the ZIP from LinkedIn's Settings › Data privacy › Get a copy of your data, or the folder it unpacks to"
        case .tooManyEntries(_, let isFolder):
            return isFolder ? "give the folder LinkedIn's export unpacks to, not a folder above it"
                : "LinkedIn's export has a few dozen files; is this the right archive?"
        case .exportTooLarge(let total, _):
            return total == nil ? "LinkedIn's CSV files are a few hundred kilobytes; is this the right folder?"
                : "the CSV files cvbuild reads are a few hundred kilobytes; is this the archive LinkedIn sent?"
        case .zipBomb: return "LinkedIn's CSV files are small and compress a few times at most; is this the archive LinkedIn sent?"
        case .entryOverDeclaredSize: return "the archive is damaged or was made to mislead; download the export again"
        case .exportFileTooLarge(_, let file, _, _): return "LinkedIn's \(file) is a few kilobytes; is this the right file?"
        case .exportFileUnreadable: return "check the file's permissions"
        case .unsafeEntryName: return "LinkedIn's exports never name files like this; was the archive changed after download?"
        case .duplicateExportFile(_, _, let fileName): return "an export has one \(fileName); remove the copy you do not want imported"
        case .unclosedQuote:
            return "every quoted value ends with a \"; was the file edited? download the export again, or add the missing quote"
        case .noHeaderRow: return "is this the file from LinkedIn's export, unchanged?"
        case .columnNotImported(_, _, _, let read):
            return "cvbuild reads the columns \(read.joined(separator: ", ")); copy anything you need by hand"
        case .extraFields: return "a value with a comma must be in quotes; check the row against LinkedIn's page"
        case .nameNotFound: return "pass --name \"Your Name\", or write it in basics.name; LinkedIn's full export has Profile.csv, so is this the whole export?"
        case .dateWithoutYear: return "add the date by hand as YYYY-MM or YYYY"
        case .dateNotImported: return "LinkedIn writes dates as \"Nov 2022\" or \"2019\"; check the date and add it by hand as YYYY-MM"
        case .endDateBeforeStart: return "check both dates on LinkedIn and add the right one by hand"
        case .webAddressNotImported: return "an absolute http:// or https:// address; fix it on LinkedIn or add it by hand"
        case .unknownCountry: return "add basics.location.countryCode by hand, as two capital letters such as DE"
        case .invalidTwitterHandle: return "letters, digits and _ only; add it under basics.profiles by hand"
        case .columnSkipped: return "a résumé has no field for it; add it by hand if you want it shown"
        case .extraProfileRows: return "LinkedIn writes one row; was the file edited?"
        case .emailNotImported: return "an address like name@example.com"
        case .extraPhoneNumber(_, let kept): return "basics.phone has \(kept); swap them by hand if you prefer this one"
        case .coursesWithoutEducation: return "add an education entry and list the courses under its courses"
        case .coursesAdded: return "LinkedIn does not say which school a course belongs to; move them if needed"
        case .unknownKeyNotImported(_, let suggestion, let place, let known):
            return suggestion.map { "did you mean \"\($0)\"?" } ?? "\(place) has \(known.joined(separator: ", "))"
        case .extraContact, .connectionWithoutURL: return byHand
        case .settingsNotImported: return "they set RenderCV's own output: dates, file names, bold keywords"
        case .localeCatalogNotImported: return "cvbuild's locales bring their own words; set cvbuild.locale"
        case .photoImported: return "copy the image beside the imported profile, or fix the path"
        case .invalidProfileURL: return "add the url to the profile by hand"
        case .unknownNetwork, .usernameNotInForm: return "add its url to the profile by hand"
        case .unknownSection, .entriesMoved: return elsewhere
        case .unknownEntryType: return "RenderCV knows an entry by keys such as company, institution, name, title, label or bullet"
        case .entryKeyNotImported(_, _, let documented):
            return documented ? "add it to a highlight by hand if it matters"
                : "RenderCV shows such extra keys only through a custom template; add it to a highlight by hand if it matters"
        case .certificateTextNotImported:
            return "\"Credential ID: …\" and \"Expires: YYYY-MM\" lines are read into the certificate's cvbuild extras"
        case .linkWithoutPlace, .invalidLink: return "the name keeps the link's text"
        case .entryDatesNotImported(_, _, let kept): return kept ? "write it as YYYY-MM to have it counted" : "add the dates to the entry by hand"
        case .themeNotSupported: return "cvbuild's themes are classic, modern and compact"
        case .designNotImported(_, let onPage):
            return onPage ? nil : "choose cvbuild's classic, modern or compact theme, or make a theme from a copy of one"
        case .pageSizeNotSupported: return "set cvbuild.pageSize to a4 or letter"
        case .languageNotSupported: return "cvbuild's locales are en, de, fr, es and zh"
        case .exportUnreadable, .emptyCSVFile, .markupSetToInline, .labelBesideHeadline, .invalidAddress, .connectionImported,
             .sectionsMerged, .summaryBecameHighlight, .invalidDOI, .urlBesideDOI, .rangeBesideDate, .secondDateNotImported,
             .localeNotImported, .customSection:
            return nil
        }
    }

    /// A value from a CSV file, short enough to quote in a message.
    static func quoted(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .trimmedSpaces
        return "\"" + (flat.count > 40 ? flat.prefix(39) + "…" : flat) + "\""
    }

    /// `1.5 MB`, `60 MB`, `300 KB`: sizes of an export and its files.
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        if bytes < 1_048_576 { return "\(max(1, Int((Double(bytes) / 1024).rounded()))) KB" }
        let mb = Double(bytes) / 1_048_576
        if mb >= 10 || mb == mb.rounded() { return "\(Int(mb.rounded())) MB" }
        return "\(Int(mb)).\(Int((mb * 10).rounded()) % 10) MB"
    }

    private static func courses(_ count: Int) -> String { "\(count) course\(count == 1 ? "" : "s")" }
}
