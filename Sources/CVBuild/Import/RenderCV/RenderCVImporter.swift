import Foundation

/// Reads a RenderCV input file (RenderCV 2.x, and the 1.x names still around: `cv.label`,
/// `design.page_size`, `rendercv_settings`) into a profile.
///
/// A RenderCV file names no entry types: like RenderCV, the importer recognises each entry by
/// its keys (`company` → ExperienceEntry, `institution` → EducationEntry, a plain string →
/// TextEntry, …), then places it by the title of its section (`experience` → work,
/// `certifications` → certificates, …). Whatever has no place in a profile — design details,
/// RenderCV's settings, free-text dates, extra keys — is reported at its line and column, never
/// dropped silently.
package enum RenderCVImporter {
    /// The profile with a note for everything left out or changed, or why nothing could be imported.
    package static func load(path: String) -> Outcome<Profile> {
        SourceReader.read(path: path, kind: .renderCV).flatMap { source in
            ProfileLoader.parse(source).flatMap { root in
                let conversion = RenderCVConversion(source: source)
                let profile = conversion.convert(root)
                return .checking(profile, conversion.diagnostics.sortedByPosition())
            }
        }
    }
}

/// One conversion of a RenderCV node tree: the profile being built and every diagnostic met.
final class RenderCVConversion {
    let source: SourceText
    private(set) var diagnostics: [Diagnostic] = []
    private var profile: Profile
    /// TextEntries of summary-like sections, one paragraph each.
    private var summaryParts: [String] = []
    /// cvbuild sections in the order their RenderCV sections appear (RenderCV renders in file order).
    private var order: [SectionID] = []
    /// The RenderCV section whose entries first went into each cvbuild section.
    private var filledBy: [SectionID: String] = [:]
    private var pageSizeGiven = false
    /// Where Markdown first appears in a description or highlight, if anywhere.
    private var markupAt: TextPosition?

    init(source: SourceText) {
        self.source = source
        profile = Profile(sourceMap: SourceMap(file: source.path))
    }

    // MARK: Tables

    static let topKeys = ["cv", "design", "locale", "settings", "rendercv_settings", "locale_catalog"]
    static let cvKeys = ["name", "headline", "label", "location", "email", "phone", "website", "photo",
                         "social_networks", "custom_connections", "sections"]

    /// RenderCV's entry types, each with the keys that only it has, in the order RenderCV tries them.
    enum EntryKind: String, CaseIterable {
        case oneLine = "OneLineEntry", normal = "NormalEntry", experience = "ExperienceEntry"
        case education = "EducationEntry", publication = "PublicationEntry", bullet = "BulletEntry"
        case numbered = "NumberedEntry", reversedNumbered = "ReversedNumberedEntry", text = "TextEntry"

        var characteristicKeys: Set<String> {
            switch self {
            case .oneLine: ["label", "details"]
            case .normal: ["name"]
            case .experience: ["company", "position"]
            case .education: ["institution", "area", "degree"]
            case .publication: ["title", "authors", "doi", "journal"]
            case .bullet: ["bullet"]
            case .numbered: ["number"]
            case .reversedNumbered: ["reversed_number"]
            case .text: []
            }
        }

        /// The key holding the whole text of the one-line kinds.
        var textKey: String? {
            switch self {
            case .bullet: "bullet"
            case .numbered: "number"
            case .reversedNumbered: "reversed_number"
            default: nil
            }
        }

        var isTextLike: Bool { self == .text || textKey != nil }

        /// Every key RenderCV documents for the type (any other key is one of its "arbitrary keys").
        var documentedKeys: Set<String> {
            let dated: Set<String> = ["date", "start_date", "end_date", "location", "summary", "highlights"]
            switch self {
            case .normal, .experience, .education: return characteristicKeys.union(dated)
            case .publication: return characteristicKeys.union(["url", "date", "summary"])
            default: return characteristicKeys
            }
        }
    }

    /// Section titles (lowercased, `_` and `-` as spaces) → the cvbuild section they are.
    static let sectionAliases: [String: SectionID] = [
        "summary": .summary, "about": .summary, "about me": .summary, "profile": .summary,
        "professional summary": .summary,
        "experience": .work, "work": .work, "employment": .work, "work experience": .work,
        "professional experience": .work, "employment history": .work, "work history": .work,
        "education": .education,
        "projects": .projects, "personal projects": .projects, "side projects": .projects,
        "publications": .publications, "papers": .publications, "selected publications": .publications,
        "certificates": .certificates, "certifications": .certificates, "licenses and certifications": .certificates,
        "skills": .skills, "technologies": .skills, "technical skills": .skills,
        "awards": .awards, "honors": .awards, "honours": .awards, "awards and honors": .awards,
        "honors and awards": .awards, "awards and honours": .awards, "honours and awards": .awards,
        "languages": .languages,
        "volunteer": .volunteer, "volunteering": .volunteer, "volunteer experience": .volunteer,
        "volunteer work": .volunteer,
        "interests": .interests, "hobbies": .interests,
        "references": .references,
    ]

    /// Titles that say no more than cvbuild's own (localized) heading; any other title a user
    /// gave a section is kept in `cvbuild.sectionTitles`.
    static let plainTitles: Set<String> = [
        "summary", "experience", "work", "education", "projects", "publications", "certificates",
        "certifications", "skills", "awards", "languages", "volunteer", "volunteering", "interests", "references",
    ]

    static let themes = ["classic": "classic", "sb2nov": "classic", "engineeringresumes": "classic",
                         "engineeringclassic": "classic", "moderncv": "modern"]

    static let languages = [
        "english": "en", "en": "en", "german": "de", "deutsch": "de", "de": "de",
        "french": "fr", "français": "fr", "francais": "fr", "fr": "fr",
        "spanish": "es", "español": "es", "espanol": "es", "es": "es",
        "chinese": "zh", "mandarin": "zh", "mandarin chinese": "zh", "mandarin chineese": "zh", "zh": "zh",
    ]

    // MARK: Diagnostics

    func report(_ severity: Diagnostic.Severity, _ problem: Problem, at position: TextPosition, path: String?) {
        diagnostics.append(Diagnostic(severity, problem, at: source.location(position), path: path))
    }

    /// Something the user must check: a value not imported, or placed by a guess.
    func warn(_ message: String, hint: String? = nil, at position: TextPosition, path: String?) {
        report(.warning, .importNote(message: message, hint: hint), at: position, path: path)
    }

    /// Something done that the user should know about, with nothing lost.
    func inform(_ message: String, hint: String? = nil, at position: TextPosition, path: String?) {
        report(.note, .importNote(message: message, hint: hint), at: position, path: path)
    }

    private func wrongType(_ node: SourceNode, expected: String, path: String) {
        report(.warning, .wrongType(expected: expected, found: node.kindDescription, hint: "it was not imported"),
               at: node.position, path: path)
    }

    private func unknownKey(_ pair: SourceNode.Pair, in f: Fields, known: [String], place: String) {
        let hint = Suggestion.closest(to: pair.key, in: known).map { "did you mean \"\($0)\"?" }
            ?? "\(place) has \(known.joined(separator: ", "))"
        warn("unknown key \"\(pair.key)\" was not imported", hint: hint, at: pair.keyPosition, path: f.child(pair.key))
    }

    private func record(_ path: String, _ position: TextPosition) { profile.sourceMap.record(path, position) }

    // MARK: Reading nodes

    /// A mapping's keys in file order, each read at most once; what is never read is reported.
    final class Fields {
        let path: String
        let position: TextPosition
        let pairs: [SourceNode.Pair]
        private var taken: Set<String> = []

        init(path: String, position: TextPosition, pairs: [SourceNode.Pair]) {
            self.path = path
            self.position = position
            self.pairs = pairs
        }

        func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
        func pair(_ key: String) -> SourceNode.Pair? { pairs.first { $0.key == key } }

        /// The value at `key`, marked as read; nil when absent or null.
        func take(_ key: String) -> SourceNode? {
            taken.insert(key)
            guard let value = pair(key)?.value, !value.isNull else { return nil }
            return value
        }

        /// The keys never read that hold something.
        var untaken: [SourceNode.Pair] { pairs.filter { !taken.contains($0.key) && !$0.value.isNull } }
    }

    func fields(_ node: SourceNode, path: String, expected: String = "a mapping of keys to values") -> Fields? {
        guard case .mapping(let pairs) = node.content else {
            wrongType(node, expected: expected, path: path)
            return nil
        }
        var first: [String: TextPosition] = [:]
        var unique: [SourceNode.Pair] = []
        for pair in pairs {
            if let earlier = first[pair.key] {
                report(.warning, .duplicateKey(key: pair.key, first: earlier), at: pair.keyPosition,
                       path: path.isEmpty ? pair.key : "\(path).\(pair.key)")
                continue
            }
            first[pair.key] = pair.keyPosition
            unique.append(pair)
        }
        return Fields(path: path, position: node.position, pairs: unique)
    }

    /// A scalar as text (RenderCV reads `2024` or `+14155551234` as text too); nil when empty.
    func text(_ node: SourceNode, path: String) -> String? {
        guard case .scalar(let scalar) = node.content else {
            wrongType(node, expected: "text", path: path)
            return nil
        }
        guard scalar.kind != .null else { return nil }
        let trimmed = scalar.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    func text(_ f: Fields, _ key: String) -> String? {
        f.take(key).flatMap { text($0, path: f.child(key)) }
    }

    /// Text that RenderCV renders as Markdown (summaries, highlights): noted when it uses any.
    func prose(_ node: SourceNode, path: String) -> String? {
        let value = text(node, path: path)
        if let value, markupAt == nil, Self.hasMarkup(value) { markupAt = node.position }
        return value
    }

    func prose(_ f: Fields, _ key: String) -> String? {
        f.take(key).flatMap { prose($0, path: f.child(key)) }
    }

    /// A list of texts; a single text counts as a list of one.
    func proseList(_ f: Fields, _ key: String) -> [String] {
        items(f, key).compactMap { node, path in prose(node, path: path) }
    }

    /// The items of the list at `key` with their paths.
    func items(_ f: Fields, _ key: String) -> [(SourceNode, String)] {
        guard let node = f.take(key) else { return [] }
        let path = f.child(key)
        switch node.content {
        case .sequence(let items): return items.enumerated().map { ($1, "\(path)[\($0)]") }
        case .scalar: return [(node, path)]
        case .mapping:
            wrongType(node, expected: "a list of texts", path: path)
            return []
        }
    }

    /// RenderCV 2.x allows a list for `email`, `phone` and `website`; a profile has one of each.
    func firstText(_ f: Fields, _ key: String, what: String) -> (String, TextPosition)? {
        let all = items(f, key)
        for (node, path) in all.dropFirst() {
            if let extra = text(node, path: path) {
                warn("the \(what) \"\(extra)\" was not imported: a profile has one", hint: "add it to the summary by hand if it matters",
                     at: node.position, path: path)
            }
        }
        guard case let (node, path)? = all.first, let value = text(node, path: path) else { return nil }
        return (value, node.position)
    }

    // MARK: The file

    func convert(_ root: SourceNode) -> Profile? {
        guard case .mapping = root.content, let top = fields(root, path: "") else {
            report(.error, .wrongType(expected: "a mapping with `cv:` at the top level", found: root.kindDescription,
                                      hint: "a RenderCV file starts with `cv:`"),
                   at: root.position, path: nil)
            return nil
        }
        guard let cvPair = top.pair("cv") else {
            report(.error, .missingField(name: "cv", reason: "a RenderCV file keeps the résumé under `cv:`; is this a RenderCV file?"),
                   at: root.position, path: nil)
            return nil
        }
        let cvNode = top.take("cv") ?? cvPair.value
        guard case .mapping = cvNode.content, let cv = fields(cvNode, path: "cv") else {
            report(.error, .wrongType(expected: "a mapping of keys to values", found: cvNode.kindDescription,
                                      hint: "RenderCV's cv holds name, headline, sections and the other header fields"),
                   at: cvNode.position, path: "cv")
            return nil
        }
        header(cv)
        if let node = cv.take("sections") { sections(node) }
        for pair in cv.untaken { unknownKey(pair, in: cv, known: Self.cvKeys, place: "RenderCV's cv") }

        if let node = top.take("design") { design(node) }
        if let node = top.take("locale") { locale(node) }
        for key in ["settings", "rendercv_settings"] {
            guard let pair = top.pair(key), top.take(key) != nil else { continue }
            warn("RenderCV's \(key) were not imported", hint: "they set RenderCV's own output: dates, file names, bold keywords",
                 at: pair.keyPosition, path: key)
        }
        if let pair = top.pair("locale_catalog"), top.take("locale_catalog") != nil {
            warn("RenderCV's locale_catalog was not imported", hint: "cvbuild's locales bring their own words; set cvbuild.locale",
                 at: pair.keyPosition, path: "locale_catalog")
        }
        for pair in top.untaken { unknownKey(pair, in: top, known: Self.topKeys, place: "a RenderCV file") }

        finish()
        return profile
    }

    private func finish() {
        if !summaryParts.isEmpty { profile.basics.summary = summaryParts.joined(separator: "\n\n") }
        if !order.isEmpty { profile.settings.sections = order }
        // RenderCV prints on US Letter unless told otherwise; cvbuild's themes default to A4.
        if !pageSizeGiven { profile.settings.pageSize = .letter }
        if let at = markupAt {
            profile.settings.markup = .inline
            inform("this text uses Markdown, so cvbuild.markup is set to inline: **bold**, *italic* and [links](…) render as in RenderCV",
                   at: at, path: nil)
        }
    }

    // MARK: Header

    private func header(_ cv: Fields) {
        var b = Basics()
        if let node = cv.take("name"), let name = text(node, path: "cv.name") {
            b.name = name
            record("basics.name", node.position)
        } else {
            report(.error, .missingField(name: "the name", reason: "a résumé needs a name at the top: add cv.name"),
                   at: cv.pair("name")?.keyPosition ?? cv.position, path: "cv.name")
        }
        let headline = text(cv, "headline")
        if let labelPair = cv.pair("label"), let label = text(cv, "label") {
            if headline == nil {
                b.label = label
            } else {
                warn("cv.label was not imported: cv.headline is the label", at: labelPair.keyPosition, path: "cv.label")
            }
        }
        if b.label == nil { b.label = headline }
        if let node = cv.take("location"), let place = text(node, path: "cv.location") {
            b.location = Self.location(place)
            record("basics.location", node.position)
        }
        if case let (email, at)? = firstText(cv, "email", what: "e-mail address") {
            if Address.isEmail(email) { b.email = email } else { report(.error, .invalidEmail(text: email), at: at, path: "cv.email") }
        }
        b.phone = firstText(cv, "phone", what: "phone number")?.0
        if case let (url, at)? = firstText(cv, "website", what: "website") {
            if let reason = Address.urlProblem(url) {
                report(.error, .invalidURL(text: url, reason: reason), at: at, path: "cv.website")
            } else {
                b.url = url
            }
        }
        if let node = cv.take("photo"), let photo = text(node, path: "cv.photo") {
            if photo.contains("://"), let reason = Address.urlProblem(photo) {
                warn("the photo \"\(photo)\" was not imported: \(reason)", at: node.position, path: "cv.photo")
            } else {
                b.image = photo
                inform("the photo was imported as basics.image; a file path stays relative to the profile's folder",
                       hint: "copy the image beside the imported profile, or fix the path", at: node.position, path: "cv.photo")
            }
        }
        profile.basics = b
        if let node = cv.take("social_networks") { socialNetworks(node) }
        if let node = cv.take("custom_connections") { customConnections(node) }
    }

    /// "Seattle, WA" → city and region; anything else is the city as written.
    static func location(_ text: String) -> Location {
        var location = Location()
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
            location.city = parts[0]
            location.region = parts[1]
        } else {
            location.city = text
        }
        return location
    }

    private func socialNetworks(_ node: SourceNode) {
        guard case .sequence(let items) = node.content else {
            return wrongType(node, expected: "a list of social networks", path: "cv.social_networks")
        }
        for (i, item) in items.enumerated() {
            guard let f = fields(item, path: "cv.social_networks[\(i)]") else { continue }
            let networkNode = f.take("network"), usernameNode = f.take("username")
            let network = networkNode.flatMap { text($0, path: f.child("network")) }
            let username = usernameNode.flatMap { text($0, path: f.child("username")) }
            for pair in f.untaken { unknownKey(pair, in: f, known: ["network", "username"], place: "a social network") }
            guard network != nil || username != nil else { continue }
            var p = SocialProfile()
            p.network = network
            p.username = username
            if let network, let username, let networkNode, let usernameNode {
                switch Self.profileURL(network: network, username: username) {
                case .url(let url):
                    if let reason = Address.urlProblem(url) {
                        warn("no profile URL was made from the username \"\(username)\": \"\(url)\" \(reason)",
                             hint: "add the url to the profile by hand", at: usernameNode.position, path: f.child("username"))
                    } else {
                        p.url = url
                    }
                case .unknownNetwork:
                    warn("no web address is known for the network \"\(network)\", so the profile has no URL",
                         hint: "add its url to the profile by hand", at: networkNode.position, path: f.child("network"))
                case .badUsername(let form):
                    warn("the \(network) username \"\(username)\" is not in the form \(form), so the profile has no URL",
                         hint: "add its url to the profile by hand", at: usernameNode.position, path: f.child("username"))
                }
            }
            profile.basics.profiles.append(p)
            record("basics.profiles[\(profile.basics.profiles.count - 1)]", item.position)
        }
    }

    enum ProfileURL: Equatable {
        case url(String), unknownNetwork, badUsername(String)
    }

    /// The web address RenderCV links a social network's username to.
    static func profileURL(network: String, username: String) -> ProfileURL {
        let key = network.lowercased().filter { $0.isLetter || $0.isNumber }
        let user = username.hasPrefix("@") && key != "mastodon" ? String(username.dropFirst()) : username
        switch key {
        case "linkedin": return .url("https://www.linkedin.com/in/\(user)")
        case "github": return .url("https://github.com/\(user)")
        case "gitlab": return .url("https://gitlab.com/\(user)")
        case "x": return .url("https://x.com/\(user)")
        case "twitter": return .url("https://twitter.com/\(user)")
        case "mastodon":
            // "@name@host" → https://host/@name
            let parts = username.drop { $0 == "@" }.split(separator: "@", omittingEmptySubsequences: false)
            guard username.hasPrefix("@"), parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                return .badUsername("@name@server")
            }
            return .url("https://\(parts[1])/@\(parts[0])")
        case "stackoverflow":
            let parts = user.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), !parts[1].isEmpty else {
                return .badUsername("user_id/name")
            }
            return .url("https://stackoverflow.com/users/\(user)")
        case "researchgate": return .url("https://www.researchgate.net/profile/\(user)")
        case "youtube": return .url("https://www.youtube.com/@\(user)")
        case "orcid": return .url("https://orcid.org/\(user)")
        case "googlescholar": return .url("https://scholar.google.com/citations?user=\(user)")
        case "imdb": return .url("https://www.imdb.com/name/\(user)")
        case "instagram": return .url("https://www.instagram.com/\(user)")
        case "telegram": return .url("https://t.me/\(user)")
        case "leetcode": return .url("https://leetcode.com/u/\(user)")
        default: return .unknownNetwork
        }
    }

    /// RenderCV 2.x's extra header links: a profile each, named by their placeholder.
    private func customConnections(_ node: SourceNode) {
        guard case .sequence(let items) = node.content else {
            return wrongType(node, expected: "a list of connections", path: "cv.custom_connections")
        }
        for (i, item) in items.enumerated() {
            guard let f = fields(item, path: "cv.custom_connections[\(i)]") else { continue }
            let label = text(f, "placeholder")
            let urlNode = f.take("url")
            let url = urlNode.flatMap { text($0, path: f.child("url")) }
            _ = f.take("fontawesome_icon")
            for pair in f.untaken {
                unknownKey(pair, in: f, known: ["placeholder", "url", "fontawesome_icon"], place: "a custom connection")
            }
            guard let url, let urlNode else {
                if let label {
                    warn("the custom connection \"\(label)\" has no url and was not imported",
                         hint: "add it to the summary by hand if it matters", at: item.position, path: f.path)
                }
                continue
            }
            if let reason = Address.urlProblem(url) {
                warn("the custom connection \"\(url)\" was not imported: \(reason)", at: urlNode.position, path: f.child("url"))
                continue
            }
            var p = SocialProfile()
            p.network = label
            p.url = url
            profile.basics.profiles.append(p)
            inform("the custom connection \"\(label ?? url)\" was imported as a profile; its icon was not",
                   at: item.position, path: f.path)
        }
    }

    // MARK: Sections

    private func sections(_ node: SourceNode) {
        guard let f = fields(node, path: "cv.sections", expected: "a mapping of section titles to lists of entries") else { return }
        for pair in f.pairs { section(pair) }
    }

    static func normalizedTitle(_ title: String) -> String {
        let spaced = title.lowercased().map { $0 == "_" || $0 == "-" ? " " : String($0) }.joined()
            .replacingOccurrences(of: "&", with: " and ")
        return spaced.split(separator: " ").joined(separator: " ")
    }

    /// The heading RenderCV shows for a section key: `open_source_work` → "Open Source Work";
    /// a key with a space or a capital letter is shown as written.
    static func displayTitle(_ key: String) -> String {
        if key.contains(" ") || key.contains(where: { $0.isUppercase }) { return key }
        let small: Set<String> = ["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor",
                                  "of", "on", "or", "over", "the", "to", "upon", "with"]
        return key.split(separator: "_").enumerated().map { i, word in
            let w = String(word)
            return i > 0 && small.contains(w) ? w : w.prefix(1).uppercased() + w.dropFirst()
        }.joined(separator: " ")
    }

    /// Whether cvbuild's section `id` can hold an entry of `kind`.
    static func fits(_ kind: EntryKind, in id: SectionID) -> Bool {
        switch id {
        case .summary: kind.isTextLike || kind == .oneLine
        case .work, .volunteer: kind == .experience || kind == .normal || kind.isTextLike
        case .education: kind == .education || kind == .normal || kind.isTextLike
        case .projects: kind == .normal || kind == .experience || kind == .oneLine || kind.isTextLike
        case .publications: kind == .publication || kind == .normal || kind.isTextLike
        case .certificates: kind == .normal || kind.isTextLike
        case .skills, .languages: kind == .oneLine || kind.isTextLike
        case .awards, .interests, .references: kind == .normal || kind == .oneLine || kind.isTextLike
        }
    }

    /// Where an entry goes when its section's title says nothing cvbuild knows: by its shape.
    static func placeByShape(_ kind: EntryKind) -> SectionID {
        switch kind {
        case .experience: .work
        case .education: .education
        case .publication: .publications
        default: .projects
        }
    }

    private func section(_ pair: SourceNode.Pair) {
        let title = pair.key
        let path = "cv.sections.\(title)"
        let normalized = Self.normalizedTitle(title)
        let known = Self.sectionAliases[normalized]
        let entries: [SourceNode]
        switch pair.value.content {
        case .sequence(let items): entries = items
        case .scalar(let s) where s.kind == .null: return
        default: return wrongType(pair.value, expected: "a list of entries", path: path)
        }
        var destinations: [SectionID] = []
        var misfits: [EntryKind] = []
        for (i, node) in entries.enumerated() {
            guard let entry = entry(node, path: "\(path)[\(i)]") else { continue }
            let target: SectionID
            if let known, Self.fits(entry.kind, in: known) {
                target = known
            } else {
                target = Self.placeByShape(entry.kind)
                if known != nil, !misfits.contains(entry.kind) { misfits.append(entry.kind) }
            }
            guard place(entry, into: target) else { continue }
            reportUntaken(entry, in: target)
            if !destinations.contains(target) { destinations.append(target) }
        }

        // Headings: the first RenderCV section to fill a cvbuild section names it, unless its
        // title is the plain word cvbuild's locale already uses.
        var placed: [String] = []
        for target in destinations {
            if !order.contains(target) { order.append(target) }
            var words = target.rawValue
            if let earlier = filledBy[target] {
                words += ", after those of \"\(earlier)\""
                if known == target {
                    inform("the entries of \"\(title)\" follow those of \"\(earlier)\": a profile has one \(target.rawValue) section",
                           at: pair.keyPosition, path: path)
                }
            } else {
                filledBy[target] = title
                if !Self.plainTitles.contains(normalized), known == nil || known == target {
                    profile.settings.sectionTitles[target] = Self.displayTitle(title)
                    words += ", titled \"\(Self.displayTitle(title))\""
                }
            }
            placed.append(words)
        }
        guard !destinations.isEmpty else { return }
        if known == nil {
            warn("\"\(title)\" is not a section cvbuild knows; its entries were imported into \(placed.joined(separator: " and "))",
                 hint: "check them, and move them in the profile if another section fits better",
                 at: pair.keyPosition, path: path)
        } else if let known, !misfits.isEmpty {
            let kinds = misfits.map(\.rawValue).joined(separator: ", ")
            warn("\(kinds) entries do not fit cvbuild's \(known.rawValue) section; they were imported into "
                 + destinations.filter { $0 != known }.map(\.rawValue).joined(separator: " and "),
                 hint: "check them, and move them in the profile if another section fits better",
                 at: pair.keyPosition, path: path)
        }
    }

    struct Entry {
        let kind: EntryKind
        let path: String
        let position: TextPosition
        /// The keys of a mapping entry; nil for a TextEntry.
        let fields: Fields?
        /// The whole text of a TextEntry, BulletEntry or numbered entry.
        let line: String?
    }

    /// Recognises an entry's type as RenderCV does: a string is a TextEntry, a mapping is the
    /// first type one of whose own keys it has.
    private func entry(_ node: SourceNode, path: String) -> Entry? {
        switch node.content {
        case .scalar:
            guard let line = prose(node, path: path) else { return nil }
            return Entry(kind: .text, path: path, position: node.position, fields: nil, line: line)
        case .sequence:
            wrongType(node, expected: "an entry (text, or a mapping of keys)", path: path)
            return nil
        case .mapping(let pairs):
            let keys = Set(pairs.map(\.key))
            guard let kind = EntryKind.allCases.first(where: { !$0.characteristicKeys.isDisjoint(with: keys) }),
                  let f = fields(node, path: path) else {
                warn("this entry was not imported: its keys (\(pairs.map(\.key).joined(separator: ", "))) match no RenderCV entry type",
                     hint: "RenderCV knows an entry by keys such as company, institution, name, title, label or bullet",
                     at: node.position, path: path)
                return nil
            }
            var line: String?
            if let key = kind.textKey {
                line = prose(f, key)
                if line == nil { return nil }
            }
            return Entry(kind: kind, path: path, position: node.position, fields: f, line: line)
        }
    }

    private func reportUntaken(_ e: Entry, in id: SectionID) {
        guard let f = e.fields else { return }
        for pair in f.untaken {
            let documented = e.kind.documentedKeys.contains(pair.key)
            warn("\"\(pair.key)\" was not imported: cvbuild's \(id.rawValue) entries have no place for it",
                 hint: documented ? "add it to a highlight by hand if it matters"
                    : "RenderCV shows such extra keys only through a custom template; add it to a highlight by hand if it matters",
                 at: pair.keyPosition, path: f.child(pair.key))
        }
    }

    /// Adds the entry to section `id`; false when it held nothing to add.
    private func place(_ e: Entry, into id: SectionID) -> Bool {
        let index: Int
        switch id {
        case .summary: return addSummary(e)
        case .work: profile.work.append(work(e)); index = profile.work.count
        case .volunteer: profile.volunteer.append(volunteer(e)); index = profile.volunteer.count
        case .education: profile.education.append(education(e)); index = profile.education.count
        case .projects: profile.projects.append(project(e)); index = profile.projects.count
        case .publications: profile.publications.append(publication(e)); index = profile.publications.count
        case .certificates: profile.certificates.append(certificate(e)); index = profile.certificates.count
        case .skills: profile.skills.append(skill(e)); index = profile.skills.count
        case .awards: profile.awards.append(award(e)); index = profile.awards.count
        case .languages: profile.languages.append(language(e)); index = profile.languages.count
        case .interests: profile.interests.append(interest(e)); index = profile.interests.count
        case .references: profile.references.append(reference(e)); index = profile.references.count
        }
        record("\(id.rawValue)[\(index - 1)]", e.position)
        return true
    }

    // MARK: Entries

    private func addSummary(_ e: Entry) -> Bool {
        var paragraph = e.line
        if e.kind == .oneLine, let f = e.fields {
            let parts = [text(f, "label"), prose(f, "details")].compactMap { $0 }
            paragraph = parts.isEmpty ? nil : parts.joined(separator: ": ")
        }
        guard let paragraph else { return false }
        summaryParts.append(paragraph)
        return true
    }

    private func work(_ e: Entry) -> Work {
        var w = Work()
        guard !e.kind.isTextLike, let f = e.fields else {
            if e.kind == .text { w.summary = e.line } else { w.highlights = e.line.map { [$0] } ?? [] }
            return w
        }
        (w.name, w.url) = linkedName(f, e.kind == .experience ? "company" : "name")
        if e.kind == .experience { w.position = text(f, "position") }
        w.location = text(f, "location")
        (w.startDate, w.endDate) = range(dates(f))
        w.summary = prose(f, "summary")
        w.highlights = proseList(f, "highlights")
        return w
    }

    private func volunteer(_ e: Entry) -> Volunteer {
        var v = Volunteer()
        guard !e.kind.isTextLike, let f = e.fields else {
            if e.kind == .text { v.summary = e.line } else { v.highlights = e.line.map { [$0] } ?? [] }
            return v
        }
        (v.organization, v.url) = linkedName(f, e.kind == .experience ? "company" : "name")
        if e.kind == .experience { v.position = text(f, "position") }
        (v.startDate, v.endDate) = range(dates(f))
        v.summary = prose(f, "summary")
        v.highlights = proseList(f, "highlights")
        return v
    }

    private func education(_ e: Entry) -> Education {
        var ed = Education()
        guard !e.kind.isTextLike, let f = e.fields else {
            ed.highlights = e.line.map { [$0] } ?? []
            return ed
        }
        (ed.institution, ed.url) = linkedName(f, e.kind == .education ? "institution" : "name")
        if e.kind == .education {
            ed.area = text(f, "area")
            ed.studyType = text(f, "degree")
        }
        (ed.startDate, ed.endDate) = range(dates(f))
        ed.location = text(f, "location")
        ed.highlights = proseList(f, "highlights")
        if let node = f.take("summary"), let summary = prose(node, path: f.child("summary")) {
            ed.highlights.insert(summary, at: 0)
            inform("the summary became the entry's first highlight: cvbuild's education entries have no summary",
                   at: node.position, path: f.child("summary"))
        }
        return ed
    }

    private func project(_ e: Entry) -> Project {
        var p = Project()
        guard !e.kind.isTextLike, let f = e.fields else {
            if e.kind == .text { p.description = e.line } else { p.highlights = e.line.map { [$0] } ?? [] }
            return p
        }
        if e.kind == .oneLine {
            p.name = text(f, "label")
            p.description = prose(f, "details")
            return p
        }
        (p.name, p.url) = linkedName(f, e.kind == .experience ? "company" : "name")
        if e.kind == .experience, let role = text(f, "position") { p.roles = [role] }
        (p.startDate, p.endDate) = range(dates(f))
        p.description = prose(f, "summary")
        p.highlights = proseList(f, "highlights")
        return p
    }

    private func publication(_ e: Entry) -> Publication {
        var pub = Publication()
        guard !e.kind.isTextLike, let f = e.fields else {
            pub.name = e.line
            return pub
        }
        if e.kind == .normal {
            (pub.name, pub.url) = linkedName(f, "name")
            pub.publisher = text(f, "location")
            pub.releaseDate = oneDate(dates(f), f, what: "publications")
            pub.summary = prose(f, "summary")
            return pub
        }
        (pub.name, pub.url) = linkedName(f, "title")
        // JSON Resume has no authors: they open the summary, as RenderCV prints them under the title.
        let authors = proseList(f, "authors")
        let parts = [authors.isEmpty ? nil : authors.joined(separator: ", "), prose(f, "summary")].compactMap { $0 }
        pub.summary = parts.isEmpty ? nil : parts.joined(separator: "\n")
        pub.publisher = text(f, "journal")
        pub.releaseDate = oneDate(dates(f), f, what: "publications")
        // RenderCV links the DOI when there is one and ignores `url`; so does the importer.
        if let node = f.take("doi"), let doi = text(node, path: f.child("doi")) {
            let link = "https://doi.org/\(doi)"
            if let reason = Address.urlProblem(link) {
                warn("the DOI \"\(doi)\" does not make a web address (\(reason)) and was not imported",
                     at: node.position, path: f.child("doi"))
            } else {
                pub.url = link
            }
        }
        if let node = f.take("url"), let url = text(node, path: f.child("url")) {
            if pub.url != nil {
                warn("the url was not imported: the publication links to its DOI, as in RenderCV", at: node.position, path: f.child("url"))
            } else if let reason = Address.urlProblem(url) {
                warn("the url \"\(url)\" was not imported: \(reason)", at: node.position, path: f.child("url"))
            } else {
                pub.url = url
            }
        }
        return pub
    }

    private func certificate(_ e: Entry) -> Certificate {
        var c = Certificate()
        guard !e.kind.isTextLike, let f = e.fields else {
            c.name = e.line
            return c
        }
        (c.name, c.url) = linkedName(f, "name")
        let d = dates(f)
        if let single = d.single {
            c.date = single
        } else {
            c.date = d.start
            c.expiryDate = d.end?.date
        }
        c.issuer = text(f, "location")
        // A certificate has no text of its own: "Credential ID: …" and "Expires: …" lines go to
        // the cvbuild extras; anything else is reported.
        var lines: [(String, SourceNode, String)] = []
        if let node = f.take("summary"), let summary = text(node, path: f.child("summary")) { lines.append((summary, node, f.child("summary"))) }
        for (node, path) in items(f, "highlights") {
            if let line = text(node, path: path) { lines.append((line, node, path)) }
        }
        for (line, node, path) in lines {
            if c.credentialID == nil, let id = Self.labelledValue(line, labels: ["credential id", "credential", "id", "license number", "licence number"]) {
                c.credentialID = id
            } else if c.expiryDate == nil,
                      let raw = Self.labelledValue(line, labels: ["expires", "expiry", "expiry date", "expiration", "expiration date", "valid until"]),
                      case .success(let expiry) = PartialDate.parse(raw), !(c.date.map { expiry.isCertainlyBefore($0) } ?? false) {
                c.expiryDate = expiry
            } else {
                warn("\"\(line)\" was not imported: cvbuild's certificates have no summary or highlights",
                     hint: "\"Credential ID: …\" and \"Expires: YYYY-MM\" lines are read into the certificate's cvbuild extras",
                     at: node.position, path: path)
            }
        }
        return c
    }

    private func skill(_ e: Entry) -> Skill {
        var s = Skill()
        if e.kind == .oneLine, let f = e.fields {
            s.name = text(f, "label")
            s.keywords = text(f, "details").map(Self.keywords) ?? []
        } else if let line = e.line {
            if case let (label, rest)? = Self.labelled(line) {
                s.name = label
                s.keywords = Self.keywords(rest)
            } else {
                s.name = line
            }
        }
        return s
    }

    private func award(_ e: Entry) -> Award {
        var a = Award()
        guard !e.kind.isTextLike, let f = e.fields else {
            a.title = e.line
            return a
        }
        if e.kind == .oneLine {
            a.title = text(f, "label")
            a.summary = prose(f, "details")
            return a
        }
        a.title = linkedName(f, "name", keepsURL: false, what: "awards").0
        a.date = oneDate(dates(f), f, what: "awards")
        a.awarder = text(f, "location")
        let parts = [prose(f, "summary")].compactMap { $0 } + proseList(f, "highlights")
        a.summary = parts.isEmpty ? nil : parts.joined(separator: "\n")
        return a
    }

    private func language(_ e: Entry) -> Language {
        var l = Language()
        if e.kind == .oneLine, let f = e.fields {
            l.language = text(f, "label")
            l.fluency = text(f, "details")
        } else if let line = e.line {
            if case let (name, fluency)? = Self.labelled(line) ?? Self.parenthesised(line) {
                l.language = name
                l.fluency = fluency
            } else {
                l.language = line
            }
        }
        return l
    }

    private func interest(_ e: Entry) -> Interest {
        var i = Interest()
        guard !e.kind.isTextLike, let f = e.fields else {
            if let line = e.line, case let (name, rest)? = Self.labelled(line) {
                i.name = name
                i.keywords = Self.keywords(rest)
            } else {
                i.name = e.line
            }
            return i
        }
        if e.kind == .oneLine {
            i.name = text(f, "label")
            i.keywords = text(f, "details").map(Self.keywords) ?? []
        } else {
            i.name = linkedName(f, "name", keepsURL: false, what: "interests").0
            i.keywords = proseList(f, "highlights")
        }
        return i
    }

    private func reference(_ e: Entry) -> Reference {
        var r = Reference()
        guard !e.kind.isTextLike, let f = e.fields else {
            r.reference = e.line
            return r
        }
        if e.kind == .oneLine {
            r.name = text(f, "label")
            r.reference = prose(f, "details")
        } else {
            r.name = linkedName(f, "name", keepsURL: false, what: "references").0
            let parts = [prose(f, "summary")].compactMap { $0 } + proseList(f, "highlights")
            r.reference = parts.isEmpty ? nil : parts.joined(separator: "\n")
        }
        return r
    }

    // MARK: Names and links

    /// A name that may hold a Markdown link, `[tabular-drift](https://…)`: its text, and the URL.
    private func linkedName(_ f: Fields, _ key: String, keepsURL: Bool = true, what: String = "") -> (String?, String?) {
        guard let node = f.take(key), let raw = text(node, path: f.child(key)) else { return (nil, nil) }
        let (plain, link) = Self.unlink(raw)
        let name = plain.isEmpty ? nil : plain
        guard let link else { return (name, nil) }
        if !keepsURL {
            warn("the link \"\(link)\" was not imported: cvbuild's \(what) have no URL", hint: "the name keeps the link's text",
                 at: node.position, path: f.child(key))
            return (name, nil)
        }
        if let reason = Address.urlProblem(link) {
            warn("the link \"\(link)\" was not imported: \(reason)", hint: "the name keeps the link's text",
                 at: node.position, path: f.child(key))
            return (name, nil)
        }
        return (name, link)
    }

    /// The text with each `[label](target)` replaced by its label, and the first target.
    static func unlink(_ text: String) -> (text: String, url: String?) {
        let c = Array(text)
        var out = ""
        var url: String?
        var i = 0
        while i < c.count {
            if c[i] == "[", let close = c[(i + 1)...].firstIndex(of: "]"), close + 1 < c.count, c[close + 1] == "(",
               let end = c[(close + 2)...].firstIndex(of: ")"), end > close + 2,
               !c[(close + 2)..<end].contains(where: { $0.isWhitespace }) {
                out += String(c[(i + 1)..<close])
                if url == nil { url = String(c[(close + 2)..<end]) }
                i = end + 1
                continue
            }
            out.append(c[i])
            i += 1
        }
        return (out.trimmingCharacters(in: .whitespaces), url)
    }

    static func hasMarkup(_ text: String) -> Bool {
        InlineMarkup.runs(text, enabled: true) != [InlineRun(text: text)]
    }

    /// Keywords from RenderCV's `details`: split at ", " (and the CJK commas and semicolon),
    /// never inside brackets, so "Python (pandas, NumPy)" stays one keyword.
    static func keywords(_ text: String) -> [String] {
        let c = Array(text)
        var items: [String] = []
        var current = ""
        var depth = 0
        for (i, ch) in c.enumerated() {
            switch ch {
            case "(", "（", "[": depth += 1
            case ")", "）", "]": depth = max(0, depth - 1)
            default: break
            }
            let splits = depth == 0 && ((ch == "," && i + 1 < c.count && c[i + 1] == " ") || ch == "，" || ch == "；" || ch == "、")
            if splits {
                items.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        items.append(current)
        return items.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// "English: native" → ("English", "native").
    static func labelled(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = text[..<colon].trimmingCharacters(in: .whitespaces)
        let rest = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, !rest.isEmpty, !label.contains("://"), !rest.hasPrefix("//") else { return nil }
        return (label, rest)
    }

    /// "English (fluent)" → ("English", "fluent").
    static func parenthesised(_ text: String) -> (String, String)? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let name = text[..<open].trimmingCharacters(in: .whitespaces)
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !inner.isEmpty else { return nil }
        return (name, inner)
    }

    /// The value of a "Label: value" line whose label (any case) is one of `labels`.
    static func labelledValue(_ text: String, labels: Set<String>) -> String? {
        guard case let (label, value)? = labelled(text), labels.contains(label.lowercased()) else { return nil }
        return value
    }

    // MARK: Dates

    struct EntryDates {
        var start: PartialDate?
        var end: EndDate?
        /// RenderCV's single `date` (or a lone `end_date`, which RenderCV reads the same way).
        var single: PartialDate?
    }

    private enum ReadDate {
        case date(PartialDate), present, unusable
    }

    /// A RenderCV date: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or (for end dates) `present`. RenderCV
    /// also takes free text in `date` ("Fall 2021"); that has no place in a profile and is reported.
    private func readDate(_ node: SourceNode, path: String, allowPresent: Bool) -> ReadDate {
        guard case .scalar(let scalar) = node.content else {
            wrongType(node, expected: "a date", path: path)
            return .unusable
        }
        let raw = scalar.text.trimmingCharacters(in: .whitespaces)
        if allowPresent, raw.lowercased() == "present" { return .present }
        switch PartialDate.parse(raw) {
        case .success(let date):
            return .date(date)
        case .failure(let error):
            let why = error == .format ? "" : " (\(error.reason))"
            warn("the date \"\(raw)\" is not YYYY, YYYY-MM or YYYY-MM-DD\(why); the entry was imported without dates",
                 hint: "add the dates to the entry by hand", at: node.position, path: path)
            return .unusable
        }
    }

    private func dates(_ f: Fields) -> EntryDates {
        let dateNode = f.take("date"), startNode = f.take("start_date"), endNode = f.take("end_date")
        var out = EntryDates()
        if let dateNode {
            // RenderCV shows `date` and ignores start_date and end_date when all are given.
            for key in ["start_date", "end_date"] {
                if let pair = f.pair(key), !pair.value.isNull {
                    warn("\(key) was not imported: RenderCV shows `date` when both are given", at: pair.keyPosition, path: f.child(key))
                }
            }
            if case .date(let d) = readDate(dateNode, path: f.child("date"), allowPresent: false) { out.single = d }
            return out
        }
        guard let startNode else {
            if let endNode {
                switch readDate(endNode, path: f.child("end_date"), allowPresent: true) {
                case .date(let d): out.single = d
                case .present: out.end = .present
                case .unusable: break
                }
            }
            return out
        }
        let start = readDate(startNode, path: f.child("start_date"), allowPresent: false)
        let end = endNode.map { readDate($0, path: f.child("end_date"), allowPresent: true) }
        // One unusable date makes the range unusable: a start alone would read as "ongoing".
        if case .unusable = start { return EntryDates() }
        if case .unusable? = end { return EntryDates() }
        if case .date(let d) = start { out.start = d }
        switch end {
        case .date(let d)?: out.end = .date(d)
        case .present?: out.end = .present
        default: break
        }
        if let s = out.start, let e = out.end?.date, e.isCertainlyBefore(s), let endNode {
            report(.error, .endBeforeStart(end: e.description, start: s.description), at: endNode.position, path: f.child("end_date"))
        }
        return out
    }

    /// A start and end, for work, education, volunteering and projects; a single date is both.
    private func range(_ d: EntryDates) -> (PartialDate?, EndDate?) {
        if let single = d.single { return (single, .date(single)) }
        return (d.start, d.end)
    }

    /// One date, for entries that have only one (awards, publications).
    private func oneDate(_ d: EntryDates, _ f: Fields, what: String) -> PartialDate? {
        if let single = d.single { return single }
        if let start = d.start, let end = d.end?.date, end != start, let pair = f.pair("end_date") {
            warn("end_date was not imported: cvbuild's \(what) have one date, the start date", at: pair.keyPosition, path: f.child("end_date"))
        }
        return d.start ?? d.end?.date
    }

    // MARK: Design and locale

    private func design(_ node: SourceNode) {
        guard let f = fields(node, path: "design") else { return }
        if let t = f.take("theme"), let name = text(t, path: "design.theme") {
            if let theme = Self.themes[name.lowercased()] {
                profile.settings.theme = theme
            } else {
                profile.settings.theme = "classic"
                warn("the RenderCV theme \"\(name)\" has no cvbuild counterpart; the classic theme was chosen",
                     hint: "cvbuild's themes are classic, modern and compact", at: t.position, path: "design.theme")
            }
        }
        if let page = f.take("page"), let p = fields(page, path: "design.page") {
            if let size = p.take("size") { pageSize(size, path: "design.page.size") }
            for pair in p.untaken {
                warn("\"\(pair.key)\" was not imported: cvbuild's themes set their own margins and footers",
                     at: pair.keyPosition, path: p.child(pair.key))
            }
        }
        if let size = f.take("page_size") { pageSize(size, path: "design.page_size") }
        for pair in f.untaken {
            warn("\"\(pair.key)\" was not imported: cvbuild's themes set their own look",
                 hint: "choose cvbuild's classic, modern or compact theme, or make a theme from a copy of one",
                 at: pair.keyPosition, path: f.child(pair.key))
        }
    }

    private func pageSize(_ node: SourceNode, path: String) {
        guard let raw = text(node, path: path) else { return }
        pageSizeGiven = true
        switch raw.lowercased() {
        case "us-letter", "letter", "letterpaper", "us letter": profile.settings.pageSize = .letter
        case "a4", "a4paper": profile.settings.pageSize = .a4
        default:
            warn("the page size \"\(raw)\" was not imported: cvbuild prints on A4 or US Letter",
                 hint: "set cvbuild.pageSize to a4 or letter", at: node.position, path: path)
        }
    }

    private func locale(_ node: SourceNode) {
        // A bare `locale: german` is read as the language.
        if case .scalar = node.content { return language(node, path: "locale") }
        guard let f = fields(node, path: "locale") else { return }
        if let language = f.take("language") { self.language(language, path: "locale.language") }
        for pair in f.untaken {
            warn("\"\(pair.key)\" was not imported: cvbuild's locales bring their own month names and words",
                 at: pair.keyPosition, path: f.child(pair.key))
        }
    }

    private func language(_ node: SourceNode, path: String) {
        guard let raw = text(node, path: path) else { return }
        let key = raw.lowercased().replacingOccurrences(of: "_", with: " ")
        if let code = Self.languages[key] {
            profile.settings.locale = code
        } else {
            warn("the language \"\(raw)\" has no cvbuild locale, so the résumé's headings and dates will be in English",
                 hint: "cvbuild's locales are en, de, fr, es and zh", at: node.position, path: path)
        }
    }
}
