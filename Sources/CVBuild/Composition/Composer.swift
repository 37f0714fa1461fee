/// Builds the `ResumeView` of a profile for a theme and a locale.
package enum Composer {
    package static func compose(_ profile: Profile, theme: Theme, locale: LocaleData) -> ResumeView {
        let sections: [SectionView] = order(profile, theme: theme).compactMap { ref in
            let (title, raw): (String, [SectionItem])
            switch ref {
            case .standard(let id):
                title = profile.settings.sectionTitles[id] ?? locale.sectionTitles[id] ?? id.rawValue
                raw = Self.items(of: id, profile: profile, theme: theme, locale: locale)
            case .custom(let key):
                guard let index = profile.customSections.firstIndex(where: { $0.key == key }) else { return nil }
                title = profile.customSections[index].title ?? key
                raw = CustomSectionItems.items(profile.customSections[index], path: "cvbuild.customSections[\(index)]",
                                               locale: locale, style: theme.dateStyle)
            }
            let items = raw.map { withEndTexts($0, locale: locale, style: theme.dateStyle) }
            return items.isEmpty ? nil : SectionView(id: ref, title: title, items: items)
        }
        let b = profile.basics
        return ResumeView(
            name: TextRef(b.name ?? "", path: "basics.name"),
            headline: b.label.map { TextRef($0, path: "basics.label") },
            contacts: contacts(b),
            sections: sections,
            locale: locale,
            keywords: profile.skills.flatMap { $0.keywords.isEmpty ? [$0.name].compactMap { $0 } : $0.keywords },
            markup: profile.settings.markup == .inline)
    }

    /// The profile's order (or the theme's), then any custom section it does not name: a section
    /// the person wrote is never silently left out.
    static func order(_ profile: Profile, theme: Theme) -> [SectionRef] {
        var order = profile.settings.sections ?? theme.sections.map(SectionRef.standard)
        for section in profile.customSections where !order.contains(.custom(section.key)) { order.append(.custom(section.key)) }
        return order
    }

    /// Fills each entry's start and end texts from its dates, with the same rules as `dates`.
    static func withEndTexts(_ item: SectionItem, locale: LocaleData, style: LocaleData.DateStyle) -> SectionItem {
        guard case .entry(var e) = item else { return item }
        e.startText = e.start.map { locale.format($0, style: style) }
        if e.start != nil || e.end != nil {
            switch e.end {
            case .present: e.endText = locale.present
            case .date(let d): e.endText = locale.format(d, style: style)
            case nil: e.endText = e.start != nil && e.dates != e.startText ? locale.present : nil
            }
        }
        if e.endText == e.startText { e.endText = nil }
        return .entry(e)
    }

    // MARK: Contacts

    static func contacts(_ b: Basics) -> [Contact] {
        var list: [Contact] = []
        if let l = b.location {
            let place = [l.city, l.region].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            if !place.isEmpty { list.append(Contact(kind: .location, text: TextRef(place, path: "basics.location"), url: nil)) }
        }
        if let email = b.email, !email.isEmpty {
            list.append(Contact(kind: .email, text: TextRef(email, path: "basics.email"),
                                url: Address.isEmail(email) ? "mailto:" + email : nil))
        }
        if let phone = b.phone, !phone.isEmpty {
            let dial = phone.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
            list.append(Contact(kind: .phone, text: TextRef(phone, path: "basics.phone"), url: dial.count >= 3 ? "tel:" + dial : nil))
        }
        if let url = b.url, !url.isEmpty {
            list.append(Contact(kind: .website, text: TextRef(displayURL(url), path: "basics.url"), url: safeURL(url)))
        }
        for (i, p) in b.profiles.enumerated() {
            let path = "basics.profiles[\(i)]"
            if let url = p.url, !url.isEmpty {
                list.append(Contact(kind: .profile, text: TextRef(displayURL(url), path: path + ".url"), url: safeURL(url)))
            } else if let user = p.username, !user.isEmpty {
                let text = [p.network, user].compactMap { $0 }.joined(separator: ": ")
                list.append(Contact(kind: .profile, text: TextRef(text, path: path + ".username"), url: nil))
            }
        }
        return list
    }

    /// Only absolute http(s) URLs become links; anything else stays plain text.
    static func safeURL(_ text: String) -> String? { Address.urlProblem(text) == nil ? text : nil }

    /// "https://www.github.com/ann/" → "github.com/ann": shorter, and what people type.
    static func displayURL(_ url: String) -> String {
        var text = Substring(url)
        for prefix in ["https://", "http://"] where text.lowercased().hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        if text.lowercased().hasPrefix("www.") { text = text.dropFirst(4) }
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }

    // MARK: Sections

    static func items(of id: SectionID, profile p: Profile, theme: Theme, locale: LocaleData) -> [SectionItem] {
        let style = theme.dateStyle
        func ref(_ text: String?, _ path: String) -> TextRef? { TextRef.nonBlank(text, path: path) }
        func refs(_ texts: [String], _ path: String) -> [TextRef] {
            texts.enumerated().compactMap { ref($1, "\(path)[\($0)]") }
        }
        switch id {
        case .summary:
            return ref(p.basics.summary, "basics.summary").map { [.paragraph($0)] } ?? []
        case .work:
            return p.work.enumerated().map { i, w in
                let path = "work[\(i)]"
                return .entry(EntryView(
                    title: ref(w.position, path + ".position") ?? ref(w.name, path + ".name"), titleURL: w.url.flatMap(safeURL),
                    dates: w.datesText ?? locale.format(start: w.startDate, end: w.endDate, style: style), start: w.startDate, end: w.endDate,
                    subtitle: w.position == nil ? nil : ref(w.name, path + ".name"), location: ref(w.location, path + ".location"),
                    paragraphs: [ref(w.description, path + ".description"), ref(w.summary, path + ".summary")].compactMap { $0 },
                    bullets: refs(w.highlights, path + ".highlights")))
            }
        case .volunteer:
            return p.volunteer.enumerated().map { i, v in
                let path = "volunteer[\(i)]"
                return .entry(EntryView(
                    title: ref(v.position, path + ".position") ?? ref(v.organization, path + ".organization"),
                    titleURL: nil, dates: v.datesText ?? locale.format(start: v.startDate, end: v.endDate, style: style),
                    start: v.startDate, end: v.endDate,
                    subtitle: v.position == nil ? nil : ref(v.organization, path + ".organization"), location: nil,
                    paragraphs: [ref(v.summary, path + ".summary")].compactMap { $0 },
                    bullets: refs(v.highlights, path + ".highlights")))
            }
        case .projects:
            return p.projects.enumerated().map { i, pr in
                let path = "projects[\(i)]"
                let keywords = pr.keywords.joined(separator: ", ")
                return .entry(EntryView(
                    title: ref(pr.name, path + ".name"), titleURL: pr.url.flatMap(safeURL),
                    dates: pr.datesText ?? locale.format(start: pr.startDate, end: pr.endDate, style: style), start: pr.startDate, end: pr.endDate,
                    // Who it was for, the person's roles in it, and what kind of project it was.
                    subtitle: ref([pr.entity, pr.roles.isEmpty ? nil : pr.roles.joined(separator: ", "), pr.type]
                        .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · "), path + (pr.entity != nil ? ".entity" : ".roles")),
                    location: nil,
                    paragraphs: [ref(pr.description, path + ".description")].compactMap { $0 },
                    bullets: refs(pr.highlights, path + ".highlights"),
                    note: ref(keywords, path + ".keywords")))
            }
        case .education:
            return p.education.enumerated().map { i, e in
                let path = "education[\(i)]"
                let degree = [e.studyType, e.area].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
                let scored = [degree, e.score ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
                return .entry(EntryView(
                    title: ref(e.institution, path + ".institution"), titleURL: nil,
                    dates: e.datesText ?? locale.format(start: e.startDate, end: e.endDate, style: style), start: e.startDate, end: e.endDate,
                    subtitle: ref(scored, path + ".studyType"), location: ref(e.location, path + ".cvbuild.location"),
                    bullets: refs(e.highlights, path + ".cvbuild.highlights"),
                    note: ref(e.courses.joined(separator: ", "), path + ".courses")))
            }
        case .certificates:
            return p.certificates.enumerated().map { i, c in
                let path = "certificates[\(i)]"
                var note: [String] = []
                if let id = c.credentialID, !id.isEmpty { note.append(LocaleData.fill(locale.credential, ["id": id])) }
                if let expiry = c.expiryDate { note.append(LocaleData.fill(locale.expires, ["date": locale.format(expiry, style: style)])) }
                return .entry(EntryView(
                    title: ref(c.name, path + ".name"), titleURL: c.url.flatMap(safeURL),
                    dates: c.date.map { locale.format($0, style: style) }, start: c.date, end: nil,
                    subtitle: ref(c.issuer, path + ".issuer"), location: nil,
                    note: ref(note.joined(separator: " · "), path + ".cvbuild"),
                    credentialID: ref(c.credentialID, path + ".cvbuild.credentialId"),
                    expires: c.expiryDate.map { locale.format($0, style: style) }))
            }
        case .skills:
            return p.skills.enumerated().compactMap { i, s in
                let path = "skills[\(i)]"
                let text = s.keywords.isEmpty ? s.level : s.keywords.joined(separator: ", ")
                guard let body = ref(text, path + (s.keywords.isEmpty ? ".level" : ".keywords")) else {
                    return ref(s.name, path + ".name").map { .labeled(label: nil, text: $0) }
                }
                // A level beside keywords goes with the group's name: "Python (expert): NumPy, pandas".
                let label = s.keywords.isEmpty || (s.level ?? "").isEmpty ? s.name : s.name.map { "\($0) (\(s.level!))" }
                return .labeled(label: ref(label, path + ".name"), text: body)
            }
        case .languages:
            let text = p.languages.compactMap { l -> String? in
                guard let name = l.language, !name.isEmpty else { return nil }
                return l.fluency.map { "\(name) (\($0))" } ?? name
            }.joined(separator: ", ")
            return ref(text, "languages").map { [.labeled(label: nil, text: $0)] } ?? []
        case .interests:
            return p.interests.enumerated().compactMap { i, interest in
                let path = "interests[\(i)]"
                let words = ref(interest.keywords.joined(separator: ", "), path + ".keywords")
                guard let name = ref(interest.name, path + ".name") else { return words.map { .labeled(label: nil, text: $0) } }
                return words.map { .labeled(label: name, text: $0) } ?? .labeled(label: nil, text: name)
            }
        case .awards:
            return p.awards.enumerated().map { i, a in
                let path = "awards[\(i)]"
                return .entry(EntryView(
                    title: ref(a.title, path + ".title"), titleURL: nil, dates: a.date.map { locale.format($0, style: style) },
                    start: a.date, end: nil, subtitle: ref(a.awarder, path + ".awarder"), location: nil,
                    paragraphs: [ref(a.summary, path + ".summary")].compactMap { $0 }))
            }
        case .publications:
            return p.publications.enumerated().map { i, pub in
                let path = "publications[\(i)]"
                return .entry(EntryView(
                    title: ref(pub.name, path + ".name"), titleURL: pub.url.flatMap(safeURL),
                    dates: pub.releaseDate.map { locale.format($0, style: style) }, start: pub.releaseDate, end: nil,
                    subtitle: ref(pub.publisher, path + ".publisher"), location: nil,
                    paragraphs: [ref(pub.summary, path + ".summary")].compactMap { $0 }))
            }
        case .references:
            return p.references.enumerated().map { i, r in
                let path = "references[\(i)]"
                return .entry(EntryView(
                    title: ref(r.name, path + ".name"), titleURL: nil, dates: nil, start: nil, end: nil, subtitle: nil,
                    location: nil, paragraphs: [ref(r.reference, path + ".reference")].compactMap { $0 }))
            }
        }
    }
}
