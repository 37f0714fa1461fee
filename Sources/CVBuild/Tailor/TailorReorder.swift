/// The reordering half of `tailor`: skills by what the posting asks, each entry's highlights by
/// relevance, projects by relevance, and the sections after the summary and experience by what
/// they show. Never a word changed, added or removed.
enum TailorReorder {
    static func apply(_ p: inout Profile, relevance r: TailorRelevance, sectionOrder: [SectionRef], changes: inout [TailorChange]) {
        func reorder<T>(_ items: inout [T], path: String, what: String, _ text: (T) -> String, name: (T) -> String) {
            let order = r.order(items, text)
            guard order != Array(items.indices) else { return }
            items = order.map { items[$0] }
            let first = order[0] != 0 ? "; now first: \(name(items[0]))" : ""
            changes.append(TailorChange(kind: .reordered, path: path, detail: "\(what) by relevance" + first))
        }
        func short(_ s: String) -> String { s.count > 60 ? String(s.prefix(57)) + "…" : s }
        for i in p.skills.indices {
            reorder(&p.skills[i].keywords, path: "skills[\(i)].keywords", what: "keywords", { $0 }, name: { $0 })
        }
        reorder(&p.skills, path: "skills", what: "skill groups", { ([$0.name ?? ""] + $0.keywords).joined(separator: ", ") },
                name: { $0.name ?? "" })
        for i in p.work.indices {
            reorder(&p.work[i].highlights, path: "work[\(i)].highlights", what: "highlights", { $0 }, name: short)
        }
        for i in p.projects.indices {
            reorder(&p.projects[i].highlights, path: "projects[\(i)].highlights", what: "highlights", { $0 }, name: short)
        }
        reorder(&p.projects, path: "projects", what: "projects",
                { ([$0.name ?? "", $0.description ?? ""] + $0.highlights + $0.keywords).joined(separator: " ") }, name: { $0.name ?? "" })
        let sections = order(sectionOrder, p, r)
        if sections != sectionOrder {
            p.settings.sections = sections
            changes.append(TailorChange(kind: .reordered, path: "cvbuild.sections",
                                        detail: "sections: " + sections.map(\.rawValue).joined(separator: ", ")))
        }
    }

    /// Summary and experience stay first; the other sections follow by the asked skills they show.
    private static func order(_ current: [SectionRef], _ p: Profile, _ r: TailorRelevance) -> [SectionRef] {
        let fixed: [SectionRef] = [.standard(.summary), .standard(.work)]
        let head = current.filter { fixed.contains($0) }
        let rest = current.filter { !fixed.contains($0) }
        let scores = rest.map { r.score(texts(of: $0, p)) }
        return head + rest.indices.sorted { (scores[$1], $0) < (scores[$0], $1) }.map { rest[$0] }
    }

    private static func texts(of section: SectionRef, _ p: Profile) -> [String] {
        switch section {
        case .standard(.projects): p.projects.flatMap { [$0.name ?? "", $0.description ?? ""] + $0.highlights + $0.keywords }
        case .standard(.skills): p.skills.flatMap { [$0.name ?? ""] + $0.keywords }
        case .standard(.education): p.education.flatMap { [$0.area ?? ""] + $0.courses + $0.highlights }
        case .standard(.certificates): p.certificates.map { $0.name ?? "" }
        case .standard(.publications): p.publications.flatMap { [$0.name ?? "", $0.summary ?? ""] }
        case .standard(.volunteer): p.volunteer.flatMap { [$0.summary ?? ""] + $0.highlights }
        case .standard(.awards): p.awards.map { $0.summary ?? "" }
        case .custom(let key):
            p.customSections.filter { $0.key == key }.flatMap(\.entries).flatMap { [$0.name ?? "", $0.summary ?? ""] + $0.highlights + $0.keywords }
        default: []
        }
    }
}
