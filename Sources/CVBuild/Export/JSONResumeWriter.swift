/// Writes a profile as a JSON Resume 1.0 `resume.json`: the schema's field names, dates as
/// ISO 8601 text. cvbuild's settings go under `meta.cvbuild`, and entry extras stay under each
/// entry's `cvbuild` key (the schema allows extra properties on entries), so a round trip
/// through JSON Resume loses nothing.
package enum JSONResumeWriter {
    package static func json(_ p: Profile) -> JSONValue {
        var top: [(String, JSONValue)] = [("$schema", .string(p.schema ?? "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"))]
        let b = p.basics
        var basics = fields([("name", b.name), ("label", b.label), ("image", b.image), ("email", b.email), ("phone", b.phone),
                             ("url", b.url), ("summary", b.summary)])
        if let l = b.location {
            basics.append(("location", .object(fields([("address", l.address), ("postalCode", l.postalCode), ("city", l.city),
                                                      ("countryCode", l.countryCode), ("region", l.region)]))))
        }
        if !b.profiles.isEmpty {
            basics.append(("profiles", .array(b.profiles.map { .object(fields([("network", $0.network), ("username", $0.username), ("url", $0.url)])) })))
        }
        top.append(("basics", .object(basics)))
        func section<T>(_ name: String, _ items: [T], _ body: (T) -> [(String, JSONValue)]) {
            top.append((name, .array(items.map { .object(body($0)) })))
        }
        section("work", p.work) { w in
            fields([("name", w.name), ("location", w.location), ("description", w.description), ("position", w.position), ("url", w.url),
                    ("startDate", w.startDate?.description), ("endDate", w.endDate?.date?.description), ("summary", w.summary)])
                + strings("highlights", w.highlights)
        }
        section("volunteer", p.volunteer) { v in
            fields([("organization", v.organization), ("position", v.position), ("url", v.url), ("startDate", v.startDate?.description),
                    ("endDate", v.endDate?.date?.description), ("summary", v.summary)]) + strings("highlights", v.highlights)
        }
        section("education", p.education) { e in
            var o = fields([("institution", e.institution), ("url", e.url), ("area", e.area), ("studyType", e.studyType),
                            ("startDate", e.startDate?.description), ("endDate", e.endDate?.date?.description), ("score", e.score)])
                + strings("courses", e.courses)
            let extras = fields([("location", e.location)]) + strings("highlights", e.highlights)
            if !extras.isEmpty { o.append(("cvbuild", .object(extras))) }
            return o
        }
        section("awards", p.awards) { a in
            fields([("title", a.title), ("date", a.date?.description), ("awarder", a.awarder), ("summary", a.summary)])
        }
        section("certificates", p.certificates) { c in
            var o = fields([("name", c.name), ("date", c.date?.description), ("url", c.url), ("issuer", c.issuer)])
            let extras = fields([("credentialId", c.credentialID), ("expiryDate", c.expiryDate?.description)])
            if !extras.isEmpty { o.append(("cvbuild", .object(extras))) }
            return o
        }
        section("publications", p.publications) { x in
            fields([("name", x.name), ("publisher", x.publisher), ("releaseDate", x.releaseDate?.description), ("url", x.url), ("summary", x.summary)])
        }
        section("skills", p.skills) { s in fields([("name", s.name), ("level", s.level)]) + strings("keywords", s.keywords) }
        section("languages", p.languages) { l in fields([("language", l.language), ("fluency", l.fluency)]) }
        section("interests", p.interests) { i in fields([("name", i.name)]) + strings("keywords", i.keywords) }
        section("references", p.references) { r in fields([("name", r.name), ("reference", r.reference)]) }
        section("projects", p.projects) { x in
            fields([("name", x.name), ("description", x.description)]) + strings("highlights", x.highlights) + strings("keywords", x.keywords)
                + fields([("startDate", x.startDate?.description), ("endDate", x.endDate?.date?.description), ("url", x.url)])
                + strings("roles", x.roles) + fields([("entity", x.entity), ("type", x.type)])
        }
        var meta = fields([("canonical", p.meta?.canonical), ("version", p.meta?.version), ("lastModified", p.meta?.lastModified)])
        let settings = SettingsJSON.json(p.settings)
        if case .object(let pairs) = settings, !pairs.isEmpty { meta.append(("cvbuild", settings)) }
        if !meta.isEmpty { top.append(("meta", .object(meta))) }
        return .object(top)
    }

    private static func fields(_ pairs: [(String, String?)]) -> [(String, JSONValue)] {
        pairs.compactMap { key, value in value.map { (key, .string($0)) } }
    }

    private static func strings(_ key: String, _ values: [String]) -> [(String, JSONValue)] {
        values.isEmpty ? [] : [(key, .array(values.map { .string($0) }))]
    }
}

/// The `cvbuild` settings as JSON, with the same keys as in a YAML profile.
enum SettingsJSON {
    static func json(_ s: Settings) -> JSONValue {
        var o: [(String, JSONValue)] = []
        if let v = s.theme { o.append(("theme", .string(v))) }
        if let v = s.locale { o.append(("locale", .string(v))) }
        if let v = s.pageSize { o.append(("pageSize", .string(v.rawValue))) }
        if let v = s.maxPages { o.append(("maxPages", .int(v))) }
        if let v = s.sections { o.append(("sections", .array(v.map { .string($0.rawValue) }))) }
        if !s.sectionTitles.isEmpty {
            o.append(("sectionTitles", .object(SectionID.allCases.compactMap { id in s.sectionTitles[id].map { (id.rawValue, .string($0)) } })))
        }
        if let v = s.linkedinHeadline { o.append(("linkedin", .object([("headline", .string(v))]))) }
        if let v = s.targetRole { o.append(("targetRole", .string(v))) }
        if s.markup != .none { o.append(("markup", .string(s.markup.rawValue))) }
        return .object(o)
    }
}
