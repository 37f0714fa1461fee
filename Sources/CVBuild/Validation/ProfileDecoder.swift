/// Decodes a profile's node tree into a `Profile`, reporting every problem it meets:
/// wrong types, unknown or duplicate keys, bad dates, e-mails and URLs. Cross-field rules
/// (end before start, a name to render) run afterwards in `ProfileRules`.
struct ProfileDecoder {
    let reader: FieldReader

    static let topKeys = [
        "$schema", "basics", "work", "volunteer", "education", "awards", "certificates", "publications",
        "skills", "languages", "interests", "references", "projects", "meta", "cvbuild",
    ]

    func decode(_ root: SourceNode) -> Profile? {
        guard let top = reader.fields(of: root, path: "", known: Self.topKeys) else { return nil }
        var profile = Profile()
        profile.schema = reader.text(top, "$schema")
        if let node = top["basics"], !node.isNull { profile.basics = basics(node, path: "basics") ?? Basics() }
        profile.work = reader.list(top, "work", work)
        profile.volunteer = reader.list(top, "volunteer", volunteer)
        profile.education = reader.list(top, "education", education)
        profile.awards = reader.list(top, "awards", award)
        profile.certificates = reader.list(top, "certificates", certificate)
        profile.publications = reader.list(top, "publications", publication)
        profile.skills = reader.list(top, "skills", skill)
        profile.languages = reader.list(top, "languages", language)
        profile.interests = reader.list(top, "interests", interest)
        profile.references = reader.list(top, "references", reference)
        profile.projects = reader.list(top, "projects", project)
        var settingsNode = top["cvbuild"].map { ($0, "cvbuild") }
        if let node = top["meta"], !node.isNull {
            let (meta, cvbuild) = meta(node, path: "meta")
            profile.meta = meta
            // A resume.json exported by cvbuild keeps the settings under meta.cvbuild.
            if settingsNode == nil, let cvbuild { settingsNode = (cvbuild, "meta.cvbuild") }
        }
        if let (node, path) = settingsNode, !node.isNull {
            profile.settings = SettingsDecoder(reader: reader).decode(node, path: path) ?? Settings()
        }
        return profile
    }

    // MARK: Entries

    private func basics(_ node: SourceNode, path: String) -> Basics? {
        let known = ["name", "label", "image", "email", "phone", "url", "summary", "location", "profiles"]
        guard let f = reader.fields(of: node, path: path, known: known) else { return nil }
        var b = Basics()
        b.name = reader.text(f, "name")
        b.label = reader.text(f, "label")
        b.image = imageReference(f, "image")
        b.email = email(f, "email")
        b.phone = reader.text(f, "phone")
        b.url = url(f, "url")
        b.summary = reader.text(f, "summary")
        if let node = f["location"], !node.isNull { b.location = location(node, path: f.child("location")) }
        b.profiles = reader.list(f, "profiles", socialProfile)
        return b
    }

    private func location(_ node: SourceNode, path: String) -> Location? {
        guard let f = reader.fields(of: node, path: path,
                                    known: ["address", "postalCode", "city", "countryCode", "region"]) else { return nil }
        var l = Location()
        l.address = reader.text(f, "address")
        l.postalCode = reader.text(f, "postalCode")
        l.city = reader.text(f, "city")
        l.region = reader.text(f, "region")
        l.countryCode = reader.text(f, "countryCode")
        if let code = l.countryCode, !(code.count == 2 && code.allSatisfy({ $0.isASCII && $0.isUppercase })),
           let node = f["countryCode"] {
            reader.report(.warning, .invalidCountryCode(text: code), at: node.position, path: f.child("countryCode"))
        }
        return l
    }

    private func socialProfile(_ node: SourceNode, path: String) -> SocialProfile? {
        guard let f = reader.fields(of: node, path: path, known: ["network", "username", "url"]) else { return nil }
        var p = SocialProfile()
        p.network = reader.text(f, "network")
        p.username = reader.text(f, "username")
        p.url = url(f, "url")
        return p
    }

    private func work(_ node: SourceNode, path: String) -> Work? {
        let known = ["name", "location", "description", "position", "url", "startDate", "endDate", "summary", "highlights"]
        guard let f = reader.fields(of: node, path: path, known: known) else { return nil }
        var w = Work()
        w.name = reader.text(f, "name")
        w.location = reader.text(f, "location")
        w.description = reader.text(f, "description")
        w.position = reader.text(f, "position")
        w.url = url(f, "url")
        w.startDate = reader.date(f, "startDate")
        w.endDate = reader.endDate(f, "endDate")
        w.summary = reader.text(f, "summary")
        w.highlights = reader.textList(f, "highlights")
        return w
    }

    private func volunteer(_ node: SourceNode, path: String) -> Volunteer? {
        let known = ["organization", "position", "url", "startDate", "endDate", "summary", "highlights"]
        guard let f = reader.fields(of: node, path: path, known: known) else { return nil }
        var v = Volunteer()
        v.organization = reader.text(f, "organization")
        v.position = reader.text(f, "position")
        v.url = url(f, "url")
        v.startDate = reader.date(f, "startDate")
        v.endDate = reader.endDate(f, "endDate")
        v.summary = reader.text(f, "summary")
        v.highlights = reader.textList(f, "highlights")
        return v
    }

    private func education(_ node: SourceNode, path: String) -> Education? {
        let known = ["institution", "url", "area", "studyType", "startDate", "endDate", "score", "courses", "cvbuild"]
        guard let f = reader.fields(of: node, path: path, known: known) else { return nil }
        var e = Education()
        e.institution = reader.text(f, "institution")
        e.url = url(f, "url")
        e.area = reader.text(f, "area")
        e.studyType = reader.text(f, "studyType")
        e.startDate = reader.date(f, "startDate")
        e.endDate = reader.endDate(f, "endDate")
        e.score = reader.text(f, "score")
        e.courses = reader.textList(f, "courses")
        if let node = f["cvbuild"], !node.isNull,
           let extras = reader.fields(of: node, path: f.child("cvbuild"), known: ["location", "highlights"]) {
            e.location = reader.text(extras, "location")
            e.highlights = reader.textList(extras, "highlights")
        }
        return e
    }

    private func certificate(_ node: SourceNode, path: String) -> Certificate? {
        guard let f = reader.fields(of: node, path: path, known: ["name", "date", "url", "issuer", "cvbuild"]) else { return nil }
        var c = Certificate()
        c.name = reader.text(f, "name")
        c.date = reader.date(f, "date")
        c.url = url(f, "url")
        c.issuer = reader.text(f, "issuer")
        if let node = f["cvbuild"], !node.isNull,
           let extras = reader.fields(of: node, path: f.child("cvbuild"), known: ["credentialId", "expiryDate"]) {
            c.credentialID = reader.text(extras, "credentialId")
            c.expiryDate = reader.date(extras, "expiryDate")
        }
        return c
    }

    private func award(_ node: SourceNode, path: String) -> Award? {
        guard let f = reader.fields(of: node, path: path, known: ["title", "date", "awarder", "summary"]) else { return nil }
        var a = Award()
        a.title = reader.text(f, "title")
        a.date = reader.date(f, "date")
        a.awarder = reader.text(f, "awarder")
        a.summary = reader.text(f, "summary")
        return a
    }

    private func publication(_ node: SourceNode, path: String) -> Publication? {
        let known = ["name", "publisher", "releaseDate", "url", "summary"]
        guard let f = reader.fields(of: node, path: path, known: known) else { return nil }
        var p = Publication()
        p.name = reader.text(f, "name")
        p.publisher = reader.text(f, "publisher")
        p.releaseDate = reader.date(f, "releaseDate")
        p.url = url(f, "url")
        p.summary = reader.text(f, "summary")
        return p
    }

    private func skill(_ node: SourceNode, path: String) -> Skill? {
        guard let f = reader.fields(of: node, path: path, known: ["name", "level", "keywords"]) else { return nil }
        var s = Skill()
        s.name = reader.text(f, "name")
        s.level = reader.text(f, "level")
        s.keywords = reader.textList(f, "keywords")
        return s
    }

    private func language(_ node: SourceNode, path: String) -> Language? {
        guard let f = reader.fields(of: node, path: path, known: ["language", "fluency"]) else { return nil }
        var l = Language()
        l.language = reader.text(f, "language")
        l.fluency = reader.text(f, "fluency")
        return l
    }

    private func interest(_ node: SourceNode, path: String) -> Interest? {
        guard let f = reader.fields(of: node, path: path, known: ["name", "keywords"]) else { return nil }
        var i = Interest()
        i.name = reader.text(f, "name")
        i.keywords = reader.textList(f, "keywords")
        return i
    }

    private func reference(_ node: SourceNode, path: String) -> Reference? {
        guard let f = reader.fields(of: node, path: path, known: ["name", "reference"]) else { return nil }
        var r = Reference()
        r.name = reader.text(f, "name")
        r.reference = reader.text(f, "reference")
        return r
    }

    private func project(_ node: SourceNode, path: String) -> Project? {
        let known = ["name", "description", "highlights", "keywords", "startDate", "endDate", "url", "roles", "entity", "type"]
        guard let f = reader.fields(of: node, path: path, known: known) else { return nil }
        var p = Project()
        p.name = reader.text(f, "name")
        p.description = reader.text(f, "description")
        p.highlights = reader.textList(f, "highlights")
        p.keywords = reader.textList(f, "keywords")
        p.startDate = reader.date(f, "startDate")
        p.endDate = reader.endDate(f, "endDate")
        p.url = url(f, "url")
        p.roles = reader.textList(f, "roles")
        p.entity = reader.text(f, "entity")
        p.type = reader.text(f, "type")
        return p
    }

    private func meta(_ node: SourceNode, path: String) -> (Meta?, SourceNode?) {
        guard let f = reader.fields(of: node, path: path, known: ["canonical", "version", "lastModified", "cvbuild"]) else { return (nil, nil) }
        var m = Meta()
        m.canonical = url(f, "canonical")
        m.version = reader.text(f, "version")
        m.lastModified = reader.text(f, "lastModified")
        let empty = m.canonical == nil && m.version == nil && m.lastModified == nil
        return (empty && f["cvbuild"] != nil ? nil : m, f["cvbuild"])
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
