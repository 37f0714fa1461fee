/// Writes a profile as a JSON Resume 1.0 `resume.json`: the schema's field names, dates as
/// ISO 8601 text. cvbuild's settings go under `meta.cvbuild`, and entry extras stay under each
/// entry's `cvbuild` key (the schema allows extra properties on entries), so a round trip
/// through JSON Resume loses nothing.
package enum JSONResumeWriter {
    package static func json(_ p: Profile) -> JSONValue {
        typealias S = JSONResumeSchema
        var top: [(String, JSONValue)] = [("$schema", .string(p.schema ?? "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"))]
        var basics = fields(p.basics, S.basics)
        if let l = p.basics.location { basics.append((S.location.key, .object(fields(l, S.location)))) }
        if !p.basics.profiles.isEmpty { basics.append((S.profile.key, .array(p.basics.profiles.map { .object(fields($0, S.profile)) }))) }
        top.append((S.basics.key, .object(basics)))
        func section<E>(_ items: [E], _ entry: JSONResumeEntry<E>) {
            top.append((entry.key, .array(items.map { .object(fields($0, entry)) })))
        }
        section(p.work, S.work)
        section(p.volunteer, S.volunteer)
        section(p.education, S.education)
        section(p.awards, S.award)
        section(p.certificates, S.certificate)
        section(p.publications, S.publication)
        section(p.skills, S.skill)
        section(p.languages, S.language)
        section(p.interests, S.interest)
        section(p.references, S.reference)
        section(p.projects, S.project)
        var meta = p.meta.map { fields($0, S.meta) } ?? []
        var settings = SettingsJSON.json(p.settings)
        if case .object(var pairs) = settings, !p.customSections.isEmpty {
            pairs.append(("customSections", .array(p.customSections.map { section in
                .object([("title", .string(section.title ?? "")),
                         (S.customEntry.key, .array(section.entries.map { .object(fields($0, S.customEntry)) }))])
            })))
            settings = .object(pairs)
        }
        if case .object(let pairs) = settings, !pairs.isEmpty { meta.append(("cvbuild", settings)) }
        if !meta.isEmpty { top.append((S.meta.key, .object(meta))) }
        return .object(top)
    }

    /// The entry's fields in the schema's order, then its extras under `cvbuild`; unset fields are left out.
    private static func fields<E>(_ value: E, _ entry: JSONResumeEntry<E>) -> [(String, JSONValue)] {
        var o = entry.fields.compactMap { json($0, of: value) }
        let extras = entry.extras.compactMap { json($0, of: value) }
        if !extras.isEmpty { o.append(("cvbuild", .object(extras))) }
        return o
    }

    private static func json<E>(_ field: JSONResumeField<E>, of value: E) -> (String, JSONValue)? {
        switch field {
        case .text(let key, let path), .paragraph(let key, let path), .email(let key, let path), .url(let key, let path), .image(let key, let path):
            value[keyPath: path].map { (key, .string($0)) }
        case .date(let key, let path): value[keyPath: path].map { (key, .string($0.description)) }
        case .endDate(let key, let path): value[keyPath: path]?.date.map { (key, .string($0.description)) }
        case .list(let key, let path): value[keyPath: path].isEmpty ? nil : (key, .array(value[keyPath: path].map { .string($0) }))
        }
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
        if !s.letters.isEmpty { o.append(("letters", .array(s.letters.map(letter)))) }
        return .object(o)
    }

    private static func letter(_ l: Letter) -> JSONValue {
        let fields = [("name", l.name), ("date", l.date), ("recipient", l.recipient), ("company", l.company), ("role", l.role),
                      ("greeting", l.greeting)].compactMap { key, value in value.map { (key, JSONValue.string($0)) } }
        return .object(fields + (l.body.isEmpty ? [] : [("body", .array(l.body.map { .string($0) }))])
                       + (l.closing.map { [("closing", .string($0))] } ?? []))
    }
}
