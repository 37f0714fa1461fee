/// Where a profile shows each skill: the section, the entry, the field and its `FILE:LINE:COL`,
/// and how strongly it counts. Work in experience or projects counts most, a degree or a
/// certificate a little less, a bare skills-list entry least.
public struct ProfileEvidence: Sendable {
    public struct Item: Sendable, Hashable {
        public var skillID: String
        public var section: SectionID
        /// "Senior Machine Learning Engineer, Northwind Commerce"
        public var entry: String
        public var path: String
        public var location: SourceLocation?
        public var text: String
        public var strength: Double
    }

    package static let strengths: [SectionID: Double] = [
        .work: 1.0, .projects: 1.0, .volunteer: 0.9, .publications: 0.9, .education: 0.8, .certificates: 0.8,
        .awards: 0.7, .summary: 0.6, .skills: 0.5, .languages: 0.5, .interests: 0.3,
    ]

    package var items: [String: [Item]]

    /// The strongest piece of evidence for a skill.
    package func best(_ id: String) -> Item? { items[id]?.max { $0.strength < $1.strength } }

    package static func collect(_ p: Profile, matcher: SkillMatcher) -> ProfileEvidence {
        var items: [String: [Item]] = [:]
        func scan(_ text: String?, _ section: SectionID, _ entry: String, _ path: String) {
            guard let text, !text.isEmpty else { return }
            for m in matcher.matches(in: text, tokens: SkillTokenizer.tokens(text)) {
                items[m.skillID, default: []].append(Item(
                    skillID: m.skillID, section: section, entry: entry, path: path, location: p.sourceMap[path],
                    text: text, strength: strengths[section] ?? 0.5))
            }
        }
        func name(_ parts: String?...) -> String { parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ") }
        scan(p.basics.label, .summary, "your headline", "basics.label")
        scan(p.basics.summary, .summary, "your summary", "basics.summary")
        for (i, w) in p.work.enumerated() {
            let entry = name(w.position, w.name), base = "work[\(i)]"
            scan(w.position, .work, entry, base + ".position")
            scan(w.summary, .work, entry, base + ".summary")
            scan(w.description, .work, entry, base + ".description")
            for (j, h) in w.highlights.enumerated() { scan(h, .work, entry, "\(base).highlights[\(j)]") }
        }
        for (i, x) in p.projects.enumerated() {
            let entry = name(x.name), base = "projects[\(i)]"
            scan(x.name, .projects, entry, base + ".name")
            scan(x.description, .projects, entry, base + ".description")
            for (j, h) in x.highlights.enumerated() { scan(h, .projects, entry, "\(base).highlights[\(j)]") }
            for (j, k) in x.keywords.enumerated() { scan(k, .projects, entry, "\(base).keywords[\(j)]") }
        }
        for (i, v) in p.volunteer.enumerated() {
            let entry = name(v.position, v.organization), base = "volunteer[\(i)]"
            scan(v.summary, .volunteer, entry, base + ".summary")
            for (j, h) in v.highlights.enumerated() { scan(h, .volunteer, entry, "\(base).highlights[\(j)]") }
        }
        for (i, e) in p.education.enumerated() {
            let entry = name(e.studyType, e.area, e.institution), base = "education[\(i)]"
            scan(e.area, .education, entry, base + ".area")
            for (j, c) in e.courses.enumerated() { scan(c, .education, entry, "\(base).courses[\(j)]") }
            for (j, h) in e.highlights.enumerated() { scan(h, .education, entry, "\(base).cvbuild.highlights[\(j)]") }
        }
        // A certificate is evidence for its topics: "AWS Certified Machine Learning" shows AWS and ML.
        for (i, c) in p.certificates.enumerated() {
            scan(c.name, .certificates, name(c.name), "certificates[\(i)].name")
        }
        for (i, a) in p.awards.enumerated() { scan(a.summary, .awards, name(a.title), "awards[\(i)].summary") }
        for (i, x) in p.publications.enumerated() {
            scan(x.name, .publications, name(x.name), "publications[\(i)].name")
            scan(x.summary, .publications, name(x.name), "publications[\(i)].summary")
        }
        // Sections the person titled themselves ("Research Experience", "Open Source") count like projects.
        for (i, section) in p.customSections.enumerated() {
            for (j, e) in section.entries.enumerated() {
                let entry = name(e.name ?? e.label, section.title), base = "cvbuild.customSections[\(i)].entries[\(j)]"
                scan(e.name, .projects, entry, base + ".name")
                scan(e.summary, .projects, entry, base + ".summary")
                for (k, h) in e.highlights.enumerated() { scan(h, .projects, entry, "\(base).highlights[\(k)]") }
                for (k, w) in e.keywords.enumerated() { scan(w, .projects, entry, "\(base).keywords[\(k)]") }
            }
        }
        for (i, s) in p.skills.enumerated() {
            for (j, k) in s.keywords.enumerated() { scan(k, .skills, "your skills list", "skills[\(i)].keywords[\(j)]") }
            if s.keywords.isEmpty { scan(s.name, .skills, "your skills list", "skills[\(i)].name") }
        }
        return ProfileEvidence(items: items)
    }
}
