/// Which version of a profile a job works on: a named variant and extra tags (all empty: the whole profile).
public struct VariantChoice: Sendable, Hashable {
    public var name: String?
    public var only: [String]
    public var exclude: [String]

    public init(name: String? = nil, only: [String] = [], exclude: [String] = []) {
        self.name = name
        self.only = only
        self.exclude = exclude
    }

    public init(_ options: RenderOptions) {
        self.init(name: options.variant, only: options.only, exclude: options.exclude)
    }

    var isEmpty: Bool { name == nil && only.isEmpty && exclude.isEmpty }

    /// Whether an entry with these tags is in this version.
    func keeps(_ tags: [String]) -> Bool {
        let set = Set(tags)
        return (only.isEmpty || set.isEmpty || !set.isDisjoint(with: only)) && set.isDisjoint(with: exclude)
    }

    /// A highlight's tag text: "research" or "research, teaching"; "" for none.
    func keeps(highlightTags text: String) -> Bool {
        keeps(text.split(separator: ",").map { $0.trimmedSpaces }.filter { !$0.isEmpty })
    }
}

/// One version of a profile, by tags: `render --only research`, `--exclude teaching`, or a named
/// variant from `cvbuild.variants`. Untagged entries and highlights are in every version; a
/// tagged one is kept when it has one of the `only` tags (or `only` is empty) and none of the
/// `exclude` tags. The source map follows the entries that stay, so every warning still points at
/// the line the entry is written on.
package enum VariantFilter {
    /// The profile with the named variant's settings and tags applied (`--only`/`--exclude` add to
    /// the variant's); an unknown variant is an error, an unused tag a warning, at the option.
    package static func apply(_ profile: Profile, _ choice: VariantChoice) -> Outcome<Profile> {
        var profile = profile
        var selection = choice
        selection.name = nil
        let at = SourceLocation(file: choice.name != nil ? "--variant" : choice.only.isEmpty ? "--exclude" : "--only")
        if let name = choice.name {
            guard let variant = profile.settings.variants[name] else {
                let names = profile.settings.variants.keys.sorted()
                return .failure(Diagnostic(.error, .invalidChoice(text: name, choices: names.isEmpty ? ["(the profile has no cvbuild.variants)"] : names,
                                                                  suggestion: Suggestion.closest(to: name, in: names)), at: at))
            }
            selection.only += variant.only
            selection.exclude += variant.exclude
            if let sections = variant.sections { profile.settings.sections = sections }
            if let pages = variant.maxPages { profile.settings.maxPages = pages }
            if let theme = variant.theme { profile.settings.theme = theme }
        }
        guard !selection.isEmpty else { return .success(profile) }
        let used = Set(tags(of: profile))
        let unused = (selection.only + selection.exclude).filter { !used.contains($0) }
        var map = profile.sourceMap
        profile.work = filter(profile.work, "work", selection, &map)
        profile.volunteer = filter(profile.volunteer, "volunteer", selection, &map)
        profile.education = filter(profile.education, "education", selection, &map)
        profile.projects = filter(profile.projects, "projects", selection, &map)
        profile.certificates = filter(profile.certificates, "certificates", selection, &map)
        for i in profile.customSections.indices {
            profile.customSections[i].entries = filter(profile.customSections[i].entries, "cvbuild.customSections[\(i)].entries", selection, &map)
        }
        profile.sourceMap = map
        let warnings = unused.map { tag in
            Diagnostic(.warning, .unusedTag(tag: tag, used: used.sorted()), at: at)
        }
        return .success(profile, warnings: warnings)
    }

    /// Every tag the profile uses, on entries and highlights.
    static func tags(of p: Profile) -> [String] {
        func all(_ entries: [any Taggable]) -> [String] {
            entries.flatMap { e in e.tags + e.highlightTags.flatMap { $0.split(separator: ",").map { $0.trimmedSpaces } } }
        }
        var out = all(p.work)
        out += all(p.volunteer)
        out += all(p.education)
        out += all(p.projects)
        out += all(p.certificates)
        out += all(p.customSections.flatMap(\.entries))
        return out.filter { !$0.isEmpty }
    }

    private static func filter<E: Taggable>(_ entries: [E], _ key: String, _ selection: VariantChoice, _ map: inout SourceMap) -> [E] {
        var kept: [E] = []
        var moves: [(from: String, to: String)] = []
        for (i, entry) in entries.enumerated() where selection.keeps(entry.tags) {
            var entry = entry
            let to = "\(key)[\(kept.count)]"
            moves.append(("\(key)[\(i)]", to))
            if !entry.highlightTags.isEmpty {
                var highlights: [String] = []
                for (j, text) in entry.highlights.enumerated() {
                    let tag = j < entry.highlightTags.count ? entry.highlightTags[j] : ""
                    guard selection.keeps(highlightTags: tag) else { continue }
                    moves.append(("\(key)[\(i)].highlights[\(j)]", "\(to).highlights[\(highlights.count)]"))
                    highlights.append(text)
                }
                entry.highlights = highlights
                entry.highlightTags = []
            }
            kept.append(entry)
        }
        map.move(moves, under: key)
        return kept
    }
}

/// An entry that can carry variant tags.
package protocol Taggable {
    var tags: [String] { get }
    var highlights: [String] { get set }
    var highlightTags: [String] { get set }
}

extension Work: Taggable {}
extension Volunteer: Taggable {}
extension Education: Taggable {}
extension Project: Taggable {}
extension CustomEntry: Taggable {}
extension Certificate: Taggable {
    package var highlights: [String] { get { [] } set {} }
    package var highlightTags: [String] { get { [] } set {} }
}
