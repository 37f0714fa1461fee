/// Writes a `Profile` as a commented cvbuild YAML profile: JSON Resume's field order, values
/// quoted only where YAML would read them as something else, a comment above each section.
/// The output loads back to the same profile (tests check the round trip).
package enum ProfileYAMLWriter {
    package static func yaml(_ p: Profile, header: [String]) -> String {
        let w = Writer()
        for line in header { w.comment(line) }
        w.blank()
        w.field("$schema", p.schema)
        typealias S = JSONResumeSchema
        w.section(S.basics.key, "Who you are: the top of the résumé and of the web page.")
        w.indent {
            w.fields(p.basics, S.basics)
            if let l = p.basics.location {
                w.key(S.location.key)
                w.indent { w.fields(l, S.location) }
            }
            w.list(S.profile.key, p.basics.profiles) { w.fields($0, S.profile) }
        }
        w.topList(S.work, "Jobs, newest first. No endDate (or `present`) means you work there now.", p.work)
        w.topList(S.volunteer, "Volunteering.", p.volunteer)
        w.topList(S.education, "Degrees, bootcamps and courses of study.", p.education)
        w.topList(S.award, "Awards and honours.", p.awards)
        w.topList(S.certificate, "Certificates and licences; credential ID and expiry go under `cvbuild`.", p.certificates)
        w.topList(S.publication, "Papers, articles, talks.", p.publications)
        w.topList(S.skill, "Skills in groups; keywords are what scoring and ATS searches look for.", p.skills)
        w.topList(S.language, "Spoken languages.", p.languages)
        w.topList(S.interest, "Interests.", p.interests)
        w.topList(S.reference, "References.", p.references)
        w.topList(S.project, "Portfolio and open-source projects.", p.projects)
        if let m = p.meta, m.canonical != nil || m.version != nil || m.lastModified != nil {
            w.blank()
            w.key(S.meta.key)
            w.indent { w.fields(m, S.meta) }
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
            w.list("letters", s.letters) { letter in
                w.field("name", letter.name)
                for (key, value) in [("date", letter.date), ("recipient", letter.recipient), ("company", letter.company),
                                     ("role", letter.role), ("greeting", letter.greeting)] { w.field(key, value) }
                if !letter.body.isEmpty { w.strings("body", letter.body) }
                w.field("closing", letter.closing)
            }
            w.list("customSections", p.customSections) { section in
                w.field("title", section.title)
                w.list(S.customEntry.key, section.entries) { w.fields($0, S.customEntry) }
            }
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
        func topList<E>(_ entry: JSONResumeEntry<E>, _ about: String, _ items: [E]) {
            guard !items.isEmpty else { return }
            blank()
            comment(about)
            list(entry.key, items) { fields($0, entry) }
        }
        /// The entry's fields in reading order, then its extras under `cvbuild` when it has any.
        func fields<E>(_ value: E, _ entry: JSONResumeEntry<E>) {
            for field in entry.yamlFields { write(field, of: value) }
            guard entry.extras.contains(where: { $0.isSet(in: value) }) else { return }
            key("cvbuild")
            indent { for field in entry.extras { write(field, of: value) } }
        }
        func write<E>(_ field: JSONResumeField<E>, of value: E) {
            switch field {
            case .text(let key, let path), .email(let key, let path), .url(let key, let path), .image(let key, let path):
                self.field(key, value[keyPath: path])
            case .paragraph(let key, let path): block(key, value[keyPath: path])
            case .date(let key, let path): date(key, value[keyPath: path])
            case .endDate(let key, let path): end(key, value[keyPath: path])
            case .list(let key, let path): strings(key, value[keyPath: path])
            }
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
