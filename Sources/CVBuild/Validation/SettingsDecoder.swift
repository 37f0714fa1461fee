/// Decodes the top-level `cvbuild` key: theme, locale, page size and budget, section order and titles.
struct SettingsDecoder {
    let reader: FieldReader
    /// The keys of the profile's custom sections, which `sections` may name.
    var customKeys: [String] = []

    static let keys = ["theme", "locale", "pageSize", "maxPages", "sections", "sectionTitles", "linkedin", "targetRole", "markup",
                       "customSections", "letters"]

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
        s.letters = LetterDecoder(reader: reader).decode(f)
        return s
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
