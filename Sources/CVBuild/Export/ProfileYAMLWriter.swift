/// Writes a `Profile` as a commented cvbuild YAML profile: JSON Resume's field order, values
/// quoted only where YAML would read them as something else, a comment above each section.
/// The output loads back to the same profile (tests check the round trip).
package enum ProfileYAMLWriter {
    package static func yaml(_ p: Profile, header: [String]) -> String {
        let w = Writer()
        for line in header { w.comment(line) }
        w.blank()
        w.field("$schema", p.schema)
        let b = p.basics
        w.section("basics", "Who you are: the top of the résumé and of the web page.")
        w.indent {
            w.field("name", b.name); w.field("label", b.label); w.field("image", b.image); w.field("email", b.email)
            w.field("phone", b.phone); w.field("url", b.url); w.block("summary", b.summary)
            if let l = b.location {
                w.key("location")
                w.indent {
                    w.field("address", l.address); w.field("postalCode", l.postalCode); w.field("city", l.city)
                    w.field("countryCode", l.countryCode); w.field("region", l.region)
                }
            }
            w.list("profiles", b.profiles) { pr in w.field("network", pr.network); w.field("username", pr.username); w.field("url", pr.url) }
        }
        w.topList("work", "Jobs, newest first. No endDate (or `present`) means you work there now.", p.work) { x in
            w.field("name", x.name); w.field("position", x.position); w.field("location", x.location); w.field("url", x.url)
            w.date("startDate", x.startDate); w.end("endDate", x.endDate); w.block("description", x.description)
            w.block("summary", x.summary); w.strings("highlights", x.highlights)
        }
        w.topList("volunteer", "Volunteering.", p.volunteer) { x in
            w.field("organization", x.organization); w.field("position", x.position); w.field("url", x.url)
            w.date("startDate", x.startDate); w.end("endDate", x.endDate); w.block("summary", x.summary); w.strings("highlights", x.highlights)
        }
        w.topList("education", "Degrees, bootcamps and courses of study.", p.education) { x in
            w.field("institution", x.institution); w.field("url", x.url); w.field("area", x.area); w.field("studyType", x.studyType)
            w.date("startDate", x.startDate); w.end("endDate", x.endDate); w.field("score", x.score); w.strings("courses", x.courses)
            if x.location != nil || !x.highlights.isEmpty {
                w.key("cvbuild")
                w.indent { w.field("location", x.location); w.strings("highlights", x.highlights) }
            }
        }
        w.topList("awards", "Awards and honours.", p.awards) { x in
            w.field("title", x.title); w.date("date", x.date); w.field("awarder", x.awarder); w.block("summary", x.summary)
        }
        w.topList("certificates", "Certificates and licences; credential ID and expiry go under `cvbuild`.", p.certificates) { x in
            w.field("name", x.name); w.date("date", x.date); w.field("issuer", x.issuer); w.field("url", x.url)
            if x.credentialID != nil || x.expiryDate != nil {
                w.key("cvbuild")
                w.indent { w.field("credentialId", x.credentialID); w.date("expiryDate", x.expiryDate) }
            }
        }
        w.topList("publications", "Papers, articles, talks.", p.publications) { x in
            w.field("name", x.name); w.field("publisher", x.publisher); w.date("releaseDate", x.releaseDate)
            w.field("url", x.url); w.block("summary", x.summary)
        }
        w.topList("skills", "Skills in groups; keywords are what scoring and ATS searches look for.", p.skills) { x in
            w.field("name", x.name); w.field("level", x.level); w.strings("keywords", x.keywords)
        }
        w.topList("languages", "Spoken languages.", p.languages) { x in w.field("language", x.language); w.field("fluency", x.fluency) }
        w.topList("interests", "Interests.", p.interests) { x in w.field("name", x.name); w.strings("keywords", x.keywords) }
        w.topList("references", "References.", p.references) { x in w.field("name", x.name); w.block("reference", x.reference) }
        w.topList("projects", "Portfolio and open-source projects.", p.projects) { x in
            w.field("name", x.name); w.field("url", x.url); w.date("startDate", x.startDate); w.end("endDate", x.endDate)
            w.block("description", x.description); w.strings("highlights", x.highlights); w.strings("keywords", x.keywords)
            w.strings("roles", x.roles); w.field("entity", x.entity); w.field("type", x.type)
        }
        if let m = p.meta, m.canonical != nil || m.version != nil || m.lastModified != nil {
            w.blank()
            w.key("meta")
            w.indent { w.field("canonical", m.canonical); w.field("version", m.version); w.field("lastModified", m.lastModified) }
        }
        let s = p.settings
        w.blank()
        w.comment("cvbuild's settings; every key is optional.")
        w.key("cvbuild")
        w.indent {
            // Unset settings are shown as comments: suggestions, not values the source never had.
            if let theme = s.theme { w.field("theme", theme) } else { w.comment("theme: classic        # classic, modern or compact") }
            if let locale = s.locale { w.field("locale", locale) } else { w.comment("locale: en            # en, de, fr, es or zh") }
            w.field("pageSize", s.pageSize?.rawValue)
            if let maxPages = s.maxPages { w.raw("maxPages: \(maxPages)") }
            if let sections = s.sections { w.strings("sections", sections.map(\.rawValue)) }
            if !s.sectionTitles.isEmpty {
                w.key("sectionTitles")
                w.indent { for id in SectionID.allCases { w.field(id.rawValue, s.sectionTitles[id]) } }
            }
            if let headline = s.linkedinHeadline { w.key("linkedin"); w.indent { w.field("headline", headline) } }
            w.field("targetRole", s.targetRole)
            if s.markup != .none { w.field("markup", s.markup.rawValue) }
        }
        return w.text
    }

    /// A YAML scalar for `text`: plain when YAML reads it back as the same text, else double-quoted.
    static func scalar(_ text: String) -> String {
        if isPlainSafe(text) { return text }
        var out = "\""
        for u in text.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if mustEscape(u) {
                    out += "\\u" + String(u.value, radix: 16).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    private static func isPlainSafe(_ t: String) -> Bool {
        guard let first = t.unicodeScalars.first, let last = t.unicodeScalars.last else { return false }
        if first == " " || last == " " || ScalarClassifier.kind(of: t) != .text { return false }
        if "-?:,[]{}#&*!|>'\"%@`~".unicodeScalars.contains(first) { return false }
        if t.contains(": ") || t.contains(" #") || t.hasSuffix(":") { return false }
        // Brackets and braces are text inside a plain scalar, but quoting them reads more plainly.
        if t.contains(where: { "[]{}".contains($0) }) { return false }
        if PartialDate.parse(t).isSuccess || t.lowercased() == "present" { return false }
        return !t.unicodeScalars.contains(where: mustEscape)
    }

    /// Characters YAML cannot carry as they are: those outside its printable set (C0 and C1
    /// controls, DEL, U+FFFE, U+FFFF), the byte-order mark, and the ones libyaml reads as line
    /// breaks (NEL, U+2028, U+2029), which would end a plain scalar or a literal block's line.
    static func mustEscape(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || u.value == 0xFEFF
            || u.value == 0x2028 || u.value == 0x2029 || u.value == 0xFFFE || u.value == 0xFFFF
    }

    /// Builds the text line by line with the current indentation (a local builder, so the
    /// nested closures above can all write to it).
    private final class Writer {
        var text = ""
        var depth = 0
        var pad: String { String(repeating: "  ", count: depth) }

        func raw(_ line: String) { text += pad + line + "\n" }
        func blank() { if !text.isEmpty, !text.hasSuffix("\n\n") { text += "\n" } }
        func comment(_ line: String) { raw("# " + line) }
        func key(_ name: String) { raw(name + ":") }
        func indent(_ body: () -> Void) { depth += 1; body(); depth -= 1 }

        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            raw("\(name): \(ProfileYAMLWriter.scalar(value))")
        }
        func date(_ name: String, _ value: PartialDate?) {
            if let value { raw("\(name): \"\(value)\"") }
        }
        func end(_ name: String, _ value: EndDate?) {
            switch value {
            case .present: raw("\(name): present")
            case .date(let d): raw("\(name): \"\(d)\"")
            case nil: break
            }
        }
        /// Multi-line text as a literal block, so it stays readable and exact; else a scalar.
        func block(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
            // YAML takes a block's indentation from its first non-empty line: a line that starts with
            // white space, or an empty first line, would read back differently (found by fuzzing).
            let literal = value.contains("\n") && !value.hasSuffix("\n") && !(lines.first?.isEmpty ?? true)
                && lines.allSatisfy { !$0.hasSuffix(" ") && !$0.hasSuffix("\t") && !$0.hasPrefix(" ") && !$0.hasPrefix("\t") }
                && !value.unicodeScalars.contains { $0 != "\n" && ProfileYAMLWriter.mustEscape($0) }
            guard literal else { return field(name, value) }
            raw("\(name): |-")
            depth += 1
            for line in lines { if line.isEmpty { text += "\n" } else { raw(String(line)) } }
            depth -= 1
        }
        func strings(_ name: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            raw(name + ":")
            for value in values { raw("  - " + ProfileYAMLWriter.scalar(value)) }
        }
        func list<T>(_ name: String, _ items: [T], _ body: (T) -> Void) {
            guard !items.isEmpty else { return }
            raw(name + ":")
            for item in items { entry { body(item) } }
        }
        func topList<T>(_ name: String, _ about: String, _ items: [T], _ body: (T) -> Void) {
            guard !items.isEmpty else { return }
            blank()
            comment(about)
            list(name, items, body)
        }
        func section(_ name: String, _ about: String) {
            comment(about)
            key(name)
        }
        /// One list item: its body is written apart, then its first line goes after "- " and
        /// the others line up under it.
        private func entry(_ body: () -> Void) {
            let (outer, outerDepth) = (text, depth)
            text = ""
            depth = 0
            body()
            let inner = text
            text = outer
            depth = outerDepth
            // An entry with no fields is still an entry: written as {} so the count survives a round trip.
            if inner.isEmpty {
                raw("  - {}")
                return
            }
            for (i, line) in inner.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
                if line.isEmpty { text += "\n"; continue }
                text += pad + (i == 0 ? "  - " : "    ") + line + "\n"
            }
        }
    }
}

extension Result {
    var isSuccess: Bool { if case .success = self { true } else { false } }
}
