import Foundation

/// Placing each RenderCV section's entries into a cvbuild section: by its title when cvbuild knows
/// it and the entries fit, else by the entries' shape; and keeping the titles users gave.
extension RenderCVConversion {
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

    // MARK: Placing entries

    func sections(_ node: SourceNode) {
        guard let f = reader.fields(of: node, path: "cv.sections", expected: "a mapping of section titles to lists of entries") else { return }
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
        // A school written as an ExperienceEntry (company: the school, position: the degree) is a school.
        case .education: kind == .education || kind == .experience || kind == .normal || kind.isTextLike
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
        default: return reader.wrongType(pair.value, expected: "a list of entries", path: path)
        }
        var destinations: [SectionID] = []
        var misfits: [EntryKind] = []
        var ownSection = false
        for (i, node) in entries.enumerated() {
            guard let entry = entry(node, path: "\(path)[\(i)]") else { continue }
            let target: SectionID
            if let known, Self.fits(entry.kind, in: known) {
                target = known
            } else {
                target = Self.placeByShape(entry.kind)
                if known != nil, !misfits.contains(entry.kind) { misfits.append(entry.kind) }
            }
            // A second section bound for the same place keeps its own heading instead of merging;
            // so do entries of a title cvbuild does not know that no section of its own suits.
            let unsuited = known == nil && target == .projects && entry.kind != .experience
            if unsuited || (filledBy[target].map { $0 != title } ?? false && !Self.mergeable.contains(target)) {
                placeCustom(entry, title: title)
                reportUntaken(entry, in: "custom")
                ownSection = true
                continue
            }
            guard place(entry, into: target) else { continue }
            reportUntaken(entry, in: target.rawValue)
            if !destinations.contains(target) { destinations.append(target) }
            if filledBy[target] == nil { filledBy[target] = title }
        }

        // Headings: the first RenderCV section to fill a cvbuild section names it, unless its
        // title is the plain word cvbuild's locale already uses.
        var placed: [String] = ownSection ? ["a section of its own titled \"\(Self.displayTitle(title))\""] : []
        for target in destinations {
            if !order.contains(.standard(target)) { order.append(.standard(target)) }
            var words = target.rawValue
            if filledBy[target] != title, let earlier = filledBy[target] {
                words += ", after those of \"\(earlier)\""
                if known == target {
                    inform(.sectionsMerged(title: title, earlier: earlier, section: target.rawValue), at: pair.keyPosition, path: path)
                }
            } else if !Self.plainTitles.contains(normalized), known == nil || known == target {
                profile.settings.sectionTitles[target] = Self.displayTitle(title)
                words += ", titled \"\(Self.displayTitle(title))\""
            }
            placed.append(words)
        }
        guard !placed.isEmpty else { return }
        if ownSection, destinations.isEmpty, misfits.isEmpty {
            inform(.customSection(title: title, shown: Self.displayTitle(title)), at: pair.keyPosition, path: path)
        } else if known == nil {
            warn(.unknownSection(title: title, placed: placed), at: pair.keyPosition, path: path)
        } else if let known, !misfits.isEmpty {
            warn(.entriesMoved(kinds: misfits.map(\.rawValue), section: known.rawValue,
                               into: destinations.filter { $0 != known }.map(\.rawValue) + (ownSection ? ["custom"] : [])),
                 at: pair.keyPosition, path: path)
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
}
