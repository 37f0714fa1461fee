@testable import CVBuild
import Foundation

/// Builds a `Profile` from fuzz bytes: any text in any field, any number of entries (a few per
/// section, so one input stays well under a second), any theme, locale, page size, page budget,
/// section order and titles, markup on or off.
///
/// It keeps to what the loader lets through, so whatever the renderers do with it is reachable
/// from a real profile file: there is a name that is not blank, every date is one `PartialDate.parse`
/// accepts, no entry ends before it starts, the section list has no duplicates, the page budget
/// is in `Settings.maxPagesRange`. Text is not restricted: YAML and JSON escapes can write any
/// scalar, NUL and controls included.
public enum ProfileMaker {
    public static func make(_ b: inout FuzzBytes, file: String = "fuzz.yaml") -> Profile {
        var p = Profile(sourceMap: SourceMap(file: file))
        p.settings = settings(&b)
        p.basics = basics(&b)
        for _ in 0..<b.pick(6) {
            var w = Work()
            w.name = b.optionalText(max: 80)
            w.position = b.optionalText(max: 80)
            w.location = b.optionalText(max: 60)
            w.url = url(&b)
            w.description = b.pick(3) == 0 ? b.text(max: 80) : nil
            (w.startDate, w.endDate) = span(&b)
            w.summary = b.optionalText(max: 400)
            w.highlights = b.texts(upTo: 7, max: 240)
            p.work.append(w)
        }
        for _ in 0..<b.pick(3) {
            var v = Volunteer()
            v.organization = b.optionalText(max: 80)
            v.position = b.optionalText(max: 80)
            v.url = url(&b)
            (v.startDate, v.endDate) = span(&b)
            v.summary = b.optionalText(max: 300)
            v.highlights = b.texts(upTo: 4, max: 200)
            p.volunteer.append(v)
        }
        for _ in 0..<b.pick(4) {
            var e = Education()
            e.institution = b.optionalText(max: 80)
            e.url = url(&b)
            e.area = b.optionalText(max: 80)
            e.studyType = b.optionalText(max: 40)
            (e.startDate, e.endDate) = span(&b)
            e.score = b.pick(3) == 0 ? b.text(max: 20) : nil
            e.courses = b.texts(upTo: 5, max: 60)
            e.location = b.pick(3) == 0 ? b.text(max: 60) : nil
            e.highlights = b.texts(upTo: 4, max: 200)
            p.education.append(e)
        }
        for _ in 0..<b.pick(3) {
            var a = Award()
            a.title = b.optionalText(max: 80)
            a.date = date(&b)
            a.awarder = b.optionalText(max: 60)
            a.summary = b.optionalText(max: 200)
            p.awards.append(a)
        }
        for _ in 0..<b.pick(4) {
            var c = Certificate()
            c.name = b.optionalText(max: 80)
            c.date = date(&b)
            c.url = url(&b)
            c.issuer = b.optionalText(max: 60)
            c.credentialID = b.pick(3) == 0 ? b.text(max: 30) : nil
            c.expiryDate = c.date.map { later(than: $0, &b) } ?? date(&b)
            if b.pick(3) == 0 { c.expiryDate = nil }
            p.certificates.append(c)
        }
        for _ in 0..<b.pick(3) {
            var x = Publication()
            x.name = b.optionalText(max: 120)
            x.publisher = b.optionalText(max: 60)
            x.releaseDate = date(&b)
            x.url = url(&b)
            x.summary = b.optionalText(max: 200)
            p.publications.append(x)
        }
        for _ in 0..<b.pick(7) {
            var s = Skill()
            s.name = b.optionalText(max: 40)
            s.level = b.pick(3) == 0 ? b.text(max: 20) : nil
            s.keywords = b.texts(upTo: 9, max: 30)
            p.skills.append(s)
        }
        for _ in 0..<b.pick(4) {
            var l = Language()
            l.language = b.optionalText(max: 30)
            l.fluency = b.optionalText(max: 30)
            p.languages.append(l)
        }
        for _ in 0..<b.pick(3) {
            var i = Interest()
            i.name = b.optionalText(max: 40)
            i.keywords = b.texts(upTo: 5, max: 30)
            p.interests.append(i)
        }
        for _ in 0..<b.pick(3) {
            var r = Reference()
            r.name = b.optionalText(max: 40)
            r.reference = b.optionalText(max: 200)
            p.references.append(r)
        }
        for _ in 0..<b.pick(4) {
            var x = Project()
            x.name = b.optionalText(max: 80)
            x.description = b.optionalText(max: 200)
            x.highlights = b.texts(upTo: 5, max: 200)
            x.keywords = b.texts(upTo: 5, max: 30)
            (x.startDate, x.endDate) = span(&b)
            x.url = url(&b)
            x.roles = b.texts(upTo: 3, max: 40)
            x.entity = b.pick(3) == 0 ? b.text(max: 40) : nil
            x.type = b.pick(3) == 0 ? b.text(max: 20) : nil
            p.projects.append(x)
        }
        return p
    }

    static func basics(_ b: inout FuzzBytes) -> Basics {
        var s = Basics()
        let name = b.text(max: 100)
        // The loader refuses a blank name; keep the fuzzed text but make it not blank.
        s.name = name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "N" + name : name
        s.label = b.optionalText(max: 100)
        s.image = b.pick(4) == 0 ? b.text(max: 60) : nil
        s.email = b.pick(2) == 0 ? nil : b.text(max: 60)
        s.phone = b.pick(2) == 0 ? nil : b.text(max: 30)
        s.url = url(&b)
        s.summary = b.optionalText(max: 800)
        if b.flag() {
            var l = Location()
            l.address = b.pick(3) == 0 ? b.text(max: 60) : nil
            l.postalCode = b.pick(3) == 0 ? b.text(max: 10) : nil
            l.city = b.optionalText(max: 40)
            let country = b.pick(8)
            l.countryCode = country == 7 ? b.text(max: 3) : [nil, "US", "DE", "CN", "FR", "GB", "ZZ"][country]
            l.region = b.optionalText(max: 40)
            s.location = l
        }
        for _ in 0..<b.pick(4) {
            var x = SocialProfile()
            let network = b.pick(6)
            x.network = network == 5 ? b.text(max: 20) : [nil, "LinkedIn", "GitHub", "Twitter", "Mastodon"][network]
            x.username = b.optionalText(max: 30)
            x.url = url(&b)
            s.profiles.append(x)
        }
        return s
    }

    static func settings(_ b: inout FuzzBytes) -> Settings {
        var s = Settings()
        let themes: [String?] = [nil] + ThemeCatalog.builtInNames.map { $0 }
        s.theme = b.element(of: themes) ?? nil
        s.locale = b.element(of: [nil, "en", "de", "fr", "es", "zh", "en-GB", "pt"]) ?? nil
        s.pageSize = b.element(of: [nil, .a4, .letter]) ?? nil
        let pages = b.pick(Settings.maxPagesRange.upperBound + 1)
        s.maxPages = pages == 0 ? nil : pages
        if b.flag() {
            var pool = SectionID.allCases
            var order: [SectionID] = []
            for _ in 0..<b.pick(pool.count + 1) where !pool.isEmpty {
                order.append(pool.remove(at: b.pick(pool.count)))
            }
            s.sections = order
        }
        for _ in 0..<b.pick(4) {
            if let id = b.element(of: SectionID.allCases) { s.sectionTitles[id] = b.text(max: 40) }
        }
        s.linkedinHeadline = b.pick(3) == 0 ? b.text(max: 250) : nil
        s.targetRole = b.pick(3) == 0 ? b.text(max: 60) : nil
        s.markup = b.flag() ? .inline : .none
        return s
    }

    static func url(_ b: inout FuzzBytes) -> String? {
        switch b.pick(4) {
        case 0: nil
        case 1: "https://example.com/" + b.text(max: 40)
        case 2: b.text(max: 60)
        default: b.element(of: ["https://example.com", "mailto:a@b.c", "javascript:alert(1)", "http://[::1]:80/a b", ""]) ?? nil
        }
    }

    /// A date `PartialDate.parse` accepts: a plausible year, a real month, a day every month has.
    static func date(_ b: inout FuzzBytes) -> PartialDate? {
        let precision = b.pick(4)
        guard precision > 0 else { return nil }
        let years = PartialDate.plausibleYears
        let year = years.lowerBound + b.pickWide(years.count)
        return PartialDate(year: year, month: precision >= 2 ? 1 + b.pick(12) : nil, day: precision == 3 ? 1 + b.pick(28) : nil)
    }

    /// The same date or one in a later year (the loader refuses an end before the start).
    static func later(than start: PartialDate, _ b: inout FuzzBytes) -> PartialDate {
        let year = min(PartialDate.plausibleYears.upperBound, start.year + b.pick(15))
        guard year > start.year else { return start }
        return PartialDate(year: year, month: b.flag() ? 1 + b.pick(12) : nil)
    }

    static func span(_ b: inout FuzzBytes) -> (PartialDate?, EndDate?) {
        let start = date(&b)
        switch b.pick(4) {
        case 0: return (start, nil)
        case 1: return (start, .present)
        default: return (start, (start.map { later(than: $0, &b) } ?? date(&b)).map { .date($0) })
        }
    }
}
