/// Decodes the top-level `cvbuild` key: theme, locale, page size and budget, section order and titles.
struct SettingsDecoder {
    let reader: FieldReader
    /// The keys of the profile's custom sections, which `sections` may name.
    var customKeys: [String] = []

    static let keys = ["theme", "locale", "pageSize", "maxPages", "sections", "sectionTitles", "linkedin", "targetRole", "markup",
                       "customSections", "variants", "translations", "check", "letters"]

    func decode(_ node: SourceNode, path: String) -> Settings? {
        guard let f = reader.fields(of: node, path: path, known: Self.keys) else { return nil }
        var s = Settings()
        s.theme = reader.text(f, "theme")
        s.locale = reader.text(f, "locale")
        if let locale = s.locale, !Self.isLocaleCode(locale), let n = f["locale"] {
            reader.report(.error, .invalidLocale(text: locale), at: n.position, path: f.child("locale"))
        }
        s.pageSize = reader.choice(f, "pageSize", as: PageSize.self)
        s.maxPages = reader.integer(f, "maxPages", in: Settings.maxPagesRange)
        if f["sections"] != nil { s.sections = sections(f) }
        if let node = f["sectionTitles"], !node.isNull { s.sectionTitles = titles(node, path: f.child("sectionTitles")) }
        if let node = f["linkedin"], !node.isNull,
           let linkedin = reader.fields(of: node, path: f.child("linkedin"), known: ["headline"]) {
            s.linkedinHeadline = reader.text(linkedin, "headline")
        }
        s.targetRole = reader.text(f, "targetRole")
        // The ids are the role files' names; the sets themselves are read only when scoring.
        let roles = DataFiles.names(in: DataFiles.rolesFolder)
        if let role = s.targetRole, !roles.contains(role), let node = f["targetRole"] {
            reader.report(.error, .unknownRole(name: role, roles: roles, suggestion: Suggestion.closest(to: role, in: roles)),
                          at: node.position, path: f.child("targetRole"))
        }
        s.markup = reader.choice(f, "markup", as: Markup.self) ?? .none
        if let node = f["variants"], !node.isNull, let variants = reader.fields(of: node, path: f.child("variants"), expected: "a mapping of variant names to their settings") {
            for name in variants.pairs.map(\.key) {
                guard let v = variants[name], let vf = reader.fields(of: v, path: variants.child(name), known: ["only", "exclude", "sections", "maxPages", "theme"])
                else { continue }
                var variant = Variant(only: reader.textList(vf, "only"), exclude: reader.textList(vf, "exclude"))
                if vf["sections"] != nil { variant.sections = sections(vf) }
                variant.maxPages = reader.integer(vf, "maxPages", in: Settings.maxPagesRange)
                variant.theme = reader.text(vf, "theme")
                s.variants[name] = variant
            }
        }
        if let node = f["translations"], !node.isNull, let t = reader.fields(of: node, path: f.child("translations"), expected: "a mapping of locale codes to overlay files") {
            for code in t.pairs.map(\.key) {
                if !Self.isLocaleCode(code), let n = t[code] {
                    reader.report(.error, .invalidLocale(text: code), at: n.position, path: t.child(code))
                }
                if let file = reader.text(t, code) { s.translations[code] = file }
            }
        }
        if let node = f["check"], !node.isNull { s.checkIgnore = checkIgnore(node, path: f.child("check")) }
        s.letters = LetterDecoder(reader: reader).decode(f)
        return s
    }

    /// `check: {ignore: [id, …]}`: each id one of `cvbuild check`'s rules, with "did you mean" for a typo.
    private func checkIgnore(_ node: SourceNode, path: String) -> [String] {
        guard let f = reader.fields(of: node, path: path, known: ["ignore"]) else { return [] }
        let ids = CheckRule.allCases.map(\.rawValue)
        return reader.list(f, "ignore") { node, path in
            guard let id = reader.text(node, path: path) else { return nil }
            guard ids.contains(id) else {
                reader.report(.error, .invalidChoice(text: id, choices: ids, suggestion: Suggestion.closest(to: id, in: ids)),
                              at: node.position, path: path)
                return nil
            }
            return id
        }
    }

    private func sections(_ f: FieldReader.Fields) -> [SectionRef] {
        var seen: [SectionRef: TextPosition] = [:]
        let names = SectionID.allCases.map(\.rawValue) + customKeys
        return reader.list(f, "sections") { node, path in
            guard let raw = reader.text(node, path: path) else { return nil }
            let id = SectionRef(raw)
            if case .custom(let key) = id, !customKeys.contains(key) {
                reader.report(.error, .invalidChoice(text: raw, choices: names, suggestion: Suggestion.closest(to: raw, in: names)),
                              at: node.position, path: path)
                return nil
            }
            if let first = seen[id] {
                reader.report(.error, .duplicateEntry(text: raw, first: first), at: node.position, path: path)
                return nil
            }
            seen[id] = node.position
            return id
        }
    }

    private func titles(_ node: SourceNode, path: String) -> [SectionID: String] {
        guard let f = reader.fields(of: node, path: path, known: SectionID.allCases.map(\.rawValue)) else { return [:] }
        var titles: [SectionID: String] = [:]
        for id in SectionID.allCases {
            if let title = reader.text(f, id.rawValue) { titles[id] = title }
        }
        return titles
    }

    /// BCP 47 in the small: a 2-3 letter language, then optional subtags (`en`, `en-GB`, `zh-Hans`).
    static func isLocaleCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
