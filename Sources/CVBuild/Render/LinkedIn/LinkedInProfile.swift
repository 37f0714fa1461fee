/// The profile as LinkedIn's editor asks for it, section by section and field by field, each
/// with its length and LinkedIn's reported limit. Built from the composed view, so dates and
/// wording match the PDF and the page.
package struct LinkedInProfile: Sendable {
    package struct Field: Sendable, Hashable {
        package var name: String
        package var value: String
        package var limit: LinkedInLimit?
        /// The profile field it came from, for warnings.
        package var path: String?

        package var length: Int { LinkedInCount.length(value) }
        package var isOver: Bool { limit.map { length > $0.characters } ?? false }
    }

    package struct Entry: Sendable, Hashable {
        package var heading: String
        package var fields: [Field]
    }

    package struct Section: Sendable, Hashable {
        package var name: String
        package var entries: [Entry]
    }

    package var person: String
    /// Set when these are the sections of a profile in another language (from a translation):
    /// LinkedIn keeps those apart ("Add profile in another language").
    package var otherLanguage: (code: String, name: String)?
    package var sections: [Section]
    package var skillsLeftOut: [String]

    package var allFields: [Field] { sections.flatMap { $0.entries.flatMap(\.fields) } }

    /// Skills a composed headline names: enough to be found, few enough to be read.
    static let headlineSkills = 5

    /// The headline: the profile's own, or "label | skill · skill · …" with the first skills that fit.
    static func headline(label: String?, own: String?, skills: [String]) -> String? {
        if let own, !own.isEmpty { return own }
        guard let label, !label.isEmpty else { return skills.isEmpty ? nil : skills.prefix(6).joined(separator: " · ") }
        var text = label
        var separator = " | "
        for skill in skills.prefix(headlineSkills) {
            let next = text + separator + skill
            if LinkedInCount.length(next) > LinkedInLimit.headline.characters { break }
            text = next
            separator = " · "
        }
        return text
    }

    /// `skillOrder` puts the skills in the order to list them (by the target role); nil keeps the profile's.
    package static func build(from view: ResumeView, settings: Settings, skillOrder: (([String]) -> [String])? = nil) -> LinkedInProfile {
        var sections: [Section] = []
        let skills = skillOrder.map { $0(unique(view.keywords)) } ?? unique(view.keywords)
        if let headline = headline(label: view.headline?.text, own: settings.linkedinHeadline, skills: skills) {
            let path = settings.linkedinHeadline == nil ? view.headline?.path : "cvbuild.linkedin.headline"
            sections.append(Section(name: "Headline", entries: [Entry(heading: "", fields: [
                Field(name: "Headline", value: headline, limit: .headline, path: path)])]))
        }
        func section(_ id: SectionID) -> SectionView? { view.sections.first { $0.id == .standard(id) } }
        func entries(_ id: SectionID) -> [EntryView] {
            section(id)?.items.compactMap { if case .entry(let e) = $0 { e } else { nil } } ?? []
        }
        if case .paragraph(let about)? = section(.summary)?.items.first {
            sections.append(Section(name: "About", entries: [Entry(heading: "", fields: [
                Field(name: "About", value: view.plain(about), limit: .about, path: about.path)])]))
        }
        let work = entries(.work).enumerated().map { i, e in
            Entry(heading: "Position \(i + 1)", fields: [
                Field(name: "Title", value: e.title?.text ?? "", limit: .positionTitle, path: e.title?.path),
                Field(name: "Company name", value: e.subtitle?.text ?? "", limit: .companyName, path: e.subtitle?.path),
                Field(name: "Employment dates", value: e.dates ?? "", limit: nil, path: nil),
                Field(name: "Location", value: e.location?.text ?? "", limit: nil, path: e.location?.path),
                Field(name: "Description", value: description(e, view), limit: .positionDescription,
                      path: (e.paragraphs.first ?? e.bullets.first)?.path),
            ].filter { !$0.value.isEmpty })
        }
        if !work.isEmpty { sections.append(Section(name: "Experience", entries: work)) }
        let education = entries(.education).enumerated().map { i, e in
            Entry(heading: "Education \(i + 1)", fields: [
                Field(name: "School", value: e.title?.text ?? "", limit: nil, path: e.title?.path),
                Field(name: "Degree and field of study", value: e.subtitle?.text ?? "", limit: nil, path: e.subtitle?.path),
                Field(name: "Dates", value: e.dates ?? "", limit: nil, path: nil),
                Field(name: "Description", value: description(e, view), limit: .educationDescription, path: e.bullets.first?.path),
            ].filter { !$0.value.isEmpty })
        }
        if !education.isEmpty { sections.append(Section(name: "Education", entries: education)) }
        let certificates = entries(.certificates).enumerated().map { i, e in
            Entry(heading: "License or certification \(i + 1)", fields: [
                Field(name: "Name", value: e.title?.text ?? "", limit: nil, path: e.title?.path),
                Field(name: "Issuing organization", value: e.subtitle?.text ?? "", limit: nil, path: e.subtitle?.path),
                Field(name: "Issue date", value: e.dates ?? "", limit: nil, path: nil),
                Field(name: "Expiration date", value: e.expires ?? "", limit: nil, path: nil),
                Field(name: "Credential ID", value: e.credentialID?.text ?? "", limit: nil, path: e.credentialID?.path),
                Field(name: "Credential URL", value: e.titleURL ?? "", limit: .websiteURL, path: e.title?.path),
            ].filter { !$0.value.isEmpty })
        }
        if !certificates.isEmpty { sections.append(Section(name: "Licenses & certifications", entries: certificates)) }
        let projects = entries(.projects).enumerated().map { i, e in
            Entry(heading: "Project \(i + 1)", fields: [
                Field(name: "Project name", value: e.title?.text ?? "", limit: nil, path: e.title?.path),
                Field(name: "Dates", value: e.dates ?? "", limit: nil, path: nil),
                Field(name: "Description", value: description(e, view), limit: nil, path: (e.paragraphs.first ?? e.bullets.first)?.path),
                Field(name: "Project URL", value: e.titleURL ?? "", limit: .websiteURL, path: e.title?.path),
            ].filter { !$0.value.isEmpty })
        }
        if !projects.isEmpty { sections.append(Section(name: "Projects", entries: projects)) }
        let included = Array(skills.prefix(LinkedInLimit.skillCount))
        if !included.isEmpty {
            sections.append(Section(name: "Skills", entries: [Entry(heading: "", fields: included.enumerated().map { i, skill in
                Field(name: "Skill \(i + 1)", value: skill, limit: .skill, path: nil)
            })]))
        }
        if case .labeled(_, let languages)? = section(.languages)?.items.first {
            sections.append(Section(name: "Languages", entries: [Entry(heading: "", fields: languages.text
                .components(separatedBy: ", ").map { Field(name: "Language", value: $0, limit: nil, path: languages.path) })]))
        }
        return LinkedInProfile(person: view.name.text, sections: sections,
                               skillsLeftOut: Array(skills.dropFirst(LinkedInLimit.skillCount)))
    }

    /// Paragraphs, then highlights as "• " lines: plain text, as LinkedIn shows it.
    static func description(_ e: EntryView, _ view: ResumeView) -> String {
        (e.paragraphs.map(view.plain) + e.bullets.map { "• " + view.plain($0) } + (e.note.map { [$0.text] } ?? []))
            .joined(separator: "\n")
    }

    /// The same skill twice (any case) is listed once, first place kept.
    static func unique(_ skills: [String]) -> [String] {
        var seen = Set<String>()
        return skills.filter { seen.insert($0.lowercased()).inserted }
    }
}
