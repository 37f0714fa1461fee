/// Decodes a profile's node tree into a `Profile`, reporting every problem it meets:
/// wrong types, unknown or duplicate keys, bad dates, e-mails and URLs. Cross-field rules
/// (end before start, a name to render) run afterwards in `ProfileRules`.
struct ProfileDecoder {
    let reader: FieldReader

    func decode(_ root: SourceNode) -> Profile? {
        typealias S = JSONResumeSchema
        guard let top = reader.fields(of: root, path: "", known: S.topKeys) else { return nil }
        var profile = Profile()
        profile.schema = reader.text(top, "$schema")
        if let node = top[S.basics.key], !node.isNull { profile.basics = basics(node, path: S.basics.key) ?? Basics() }
        profile.work = list(top, S.work, Work())
        profile.volunteer = list(top, S.volunteer, Volunteer())
        profile.education = list(top, S.education, Education())
        profile.awards = list(top, S.award, Award())
        profile.certificates = list(top, S.certificate, Certificate())
        profile.publications = list(top, S.publication, Publication())
        profile.skills = list(top, S.skill, Skill())
        profile.languages = list(top, S.language, Language())
        profile.interests = list(top, S.interest, Interest())
        profile.references = list(top, S.reference, Reference())
        profile.projects = list(top, S.project, Project())
        var settingsNode = top["cvbuild"].map { ($0, "cvbuild") }
        if let node = top[S.meta.key], !node.isNull {
            let (meta, cvbuild) = meta(node, path: S.meta.key)
            profile.meta = meta
            // A resume.json exported by cvbuild keeps the settings under meta.cvbuild.
            if settingsNode == nil, let cvbuild { settingsNode = (cvbuild, "meta.cvbuild") }
        }
        if let (node, path) = settingsNode, !node.isNull {
            // Read before the settings, whose section order may name them.
            if case .mapping(let pairs) = node.content, let custom = pairs.first(where: { $0.key == "customSections" })?.value,
               !custom.isNull {
                profile.customSections = customSections(custom, path: path + ".customSections")
            }
            profile.settings = SettingsDecoder(reader: reader, customKeys: profile.customSections.map(\.key))
                .decode(node, path: path) ?? Settings()
        }
        return profile
    }

    // MARK: Entries, by the schema table

    /// `cvbuild.customSections`: each a title and its entries (in the generic entry shape).
    private func customSections(_ node: SourceNode, path: String) -> [CustomSection] {
        guard case .sequence(let items) = node.content else {
            reader.wrongType(node, expected: "a list of sections, each with a title and entries", path: path)
            return []
        }
        reader.record(path, node.position)
        var seen: [String: TextPosition] = [:]
        return items.enumerated().compactMap { i, item in
            let itemPath = "\(path)[\(i)]"
            guard let f = reader.fields(of: item, path: itemPath, known: ["title", "entries"]) else { return nil }
            var section = CustomSection(title: reader.text(f, "title"))
            guard let title = section.title, !title.trimmedSpaces.isEmpty else {
                reader.report(.error, .missingField(name: "the title", reason: "a custom section is shown under its title"),
                              at: item.position, path: itemPath + ".title")
                return nil
            }
            if let first = seen[section.key], let node = f["title"] {
                reader.report(.error, .duplicateEntry(text: title, first: first), at: node.position, path: itemPath + ".title")
            }
            seen[section.key] = f["title"]?.position ?? item.position
            section.entries = list(f, JSONResumeSchema.customEntry, CustomEntry())
            return section
        }
    }

    private func list<E>(_ top: FieldReader.Fields, _ entry: JSONResumeEntry<E>, _ empty: E) -> [E] {
        reader.list(top, entry.key) { node, path in
            // interests: ["Chess", "Go"]: a plain text where an entry belongs is the entry's name.
            if let name = entry.fields.first, case .text(_, let keyPath) = name, let scalar = node.scalar, scalar.kind == .text,
               !scalar.text.isEmpty, entry.key == "interests" || entry.key == "skills" || entry.key == "languages" {
                reader.report(reader.strict ? .error : .warning, .textReadAsEntry(field: name.key), at: node.position, path: path)
                var value = empty
                value[keyPath: keyPath] = scalar.text
                return value
            }
            return self.entry(node, path: path, entry, empty)
        }
    }

    /// One entry, or nil when it is not a mapping.
    private func entry<E>(_ node: SourceNode, path: String, _ entry: JSONResumeEntry<E>, _ empty: E) -> E? {
        reader.fields(of: node, path: path, known: entry.knownKeys).map { read($0, entry, empty) }
    }

    /// An entry's fields, then its extras under `cvbuild`.
    private func read<E>(_ f: FieldReader.Fields, _ entry: JSONResumeEntry<E>, _ empty: E) -> E {
        var value = empty
        read(f, entry.fields, into: &value)
        if !entry.extras.isEmpty, let node = f["cvbuild"], !node.isNull,
           let extras = reader.fields(of: node, path: f.child("cvbuild"), known: entry.extras.map(\.key)) {
            read(extras, entry.extras, into: &value)
        }
        return value
    }

    private func read<E>(_ f: FieldReader.Fields, _ fields: [JSONResumeField<E>], into value: inout E) {
        for field in fields {
            switch field {
            case .text(let key, let path), .paragraph(let key, let path): value[keyPath: path] = withoutHTML(reader.text(f, key), f, key)
            case .email(let key, let path): value[keyPath: path] = email(f, key)
            case .url(let key, let path): value[keyPath: path] = url(f, key)
            case .image(let key, let path): value[keyPath: path] = imageReference(f, key)
            case .date(let key, let path): value[keyPath: path] = reader.date(f, key)
            case .endDate(let key, let path): value[keyPath: path] = reader.endDate(f, key)
            case .list(let key, let path):
                if let node = f[key], let scalar = node.scalar, scalar.kind == .text {
                    // keywords: "Python, SQL, Go": one text where a list belongs is split at its commas.
                    let items = scalar.text.split(separator: ",").map { $0.trimmedSpaces }.filter { !$0.isEmpty }
                    reader.report(reader.strict ? .error : .warning, .textReadAsList(count: items.count), at: node.position, path: f.child(key))
                    value[keyPath: path] = items
                    continue
                }
                value[keyPath: path] = reader.textList(f, key).enumerated().map { i, text in withoutHTML(text, f, key, index: i) ?? text }
            }
        }
    }

    private func basics(_ node: SourceNode, path: String) -> Basics? {
        guard let f = reader.fields(of: node, path: path, known: JSONResumeSchema.basics.knownKeys) else { return nil }
        var b = read(f, JSONResumeSchema.basics, Basics())
        if let node = f["location"], !node.isNull { b.location = location(node, path: f.child("location")) }
        b.profiles = list(f, JSONResumeSchema.profile, SocialProfile())
        return b
    }

    private func location(_ node: SourceNode, path: String) -> Location? {
        guard let f = reader.fields(of: node, path: path, known: JSONResumeSchema.location.knownKeys) else { return nil }
        let l = read(f, JSONResumeSchema.location, Location())
        if let code = l.countryCode, !(code.count == 2 && code.allSatisfy({ $0.isASCII && $0.isUppercase })), let node = f["countryCode"] {
            reader.report(.warning, .invalidCountryCode(text: code), at: node.position, path: f.child("countryCode"))
        }
        return l
    }

    private func meta(_ node: SourceNode, path: String) -> (Meta?, SourceNode?) {
        guard let f = reader.fields(of: node, path: path, known: JSONResumeSchema.meta.knownKeys) else { return (nil, nil) }
        var m = Meta()
        read(f, JSONResumeSchema.meta.fields, into: &m)
        let empty = m.canonical == nil && m.version == nil && m.lastModified == nil
        return (empty && f["cvbuild"] != nil ? nil : m, f["cvbuild"])
    }

    /// Text with inline HTML removed (see `InlineHTML`), warned at the field.
    private func withoutHTML(_ text: String?, _ f: FieldReader.Fields, _ key: String, index: Int? = nil) -> String? {
        guard let text, let (plain, removed) = InlineHTML.stripped(text), let node = f[key] else { return text }
        var at = node.position
        if let index, case .sequence(let items) = node.content, index < items.count { at = items[index].position }
        let path = f.child(key) + (index.map { "[\($0)]" } ?? "")
        reader.report(reader.strict ? .error : .warning, .inlineHTMLRemoved(tags: removed), at: at, path: path)
        return plain
    }

    // MARK: Checked text

    // Empty texts are absent values (JSON Resume files in the wild leave unused fields as ""),
    // so only non-empty addresses are checked.
    private func email(_ f: FieldReader.Fields, _ key: String) -> String? {
        guard let value = reader.text(f, key), !value.isEmpty else { return nil }
        if !Address.isEmail(value), let node = f[key] {
            reader.report(.error, .invalidEmail(text: value), at: node.position, path: f.child(key))
        }
        return value
    }

    private func url(_ f: FieldReader.Fields, _ key: String) -> String? {
        guard let value = reader.text(f, key), !value.isEmpty else { return nil }
        // A dangerous scheme is kept as text and never linked: a warning, so the rest still renders.
        if let scheme = Address.unsafeScheme(value), let node = f[key] {
            reader.report(.warning, .unsafeLink(text: value, scheme: scheme), at: node.position, path: f.child(key))
            return value
        }
        if let reason = Address.urlProblem(value), let node = f[key] {
            // "linkedin.com/in/ana": a web address without its scheme gets https://, with a warning.
            let fixed = "https://" + value
            if !value.contains("://"), !value.contains(" "), value.split(separator: "/").first?.contains(".") == true,
               Address.urlProblem(fixed) == nil {
                reader.report(reader.strict ? .error : .warning, .urlSchemeAdded(text: value, fixed: fixed), at: node.position, path: f.child(key))
                return fixed
            }
            reader.report(.error, .invalidURL(text: value, reason: reason), at: node.position, path: f.child(key))
        }
        return value
    }

    /// `basics.image` may be a web address or a path to a local file beside the profile.
    private func imageReference(_ f: FieldReader.Fields, _ key: String) -> String? {
        guard let value = reader.text(f, key), !value.isEmpty else { return nil }
        if let scheme = Address.unsafeScheme(value), let node = f[key] {
            reader.report(.warning, .unsafeLink(text: value, scheme: scheme), at: node.position, path: f.child(key))
            return value
        }
        if value.contains("://"), let reason = Address.urlProblem(value), let node = f[key] {
            reader.report(.error, .invalidURL(text: value, reason: reason), at: node.position, path: f.child(key))
        }
        return value
    }
}
