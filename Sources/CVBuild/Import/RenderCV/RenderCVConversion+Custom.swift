import Foundation

/// A RenderCV section that would otherwise be merged under another's heading ("Research
/// Experience" after "Experience", "Talks" after "Publications") becomes a custom section with
/// its own title, its entries in the generic shape.
extension RenderCVConversion {
    /// Sections whose items are lines of one list, where a merge reads naturally.
    static let mergeable: Set<SectionID> = [.summary, .skills, .languages, .interests]

    func custom(_ e: Entry) -> CustomEntry {
        var c = CustomEntry()
        guard !e.kind.isTextLike, let f = e.fields else {
            if e.kind == .text { c.summary = e.line } else { c.highlights = e.line.map { [$0] } ?? [] }
            return c
        }
        switch e.kind {
        case .oneLine:
            c.label = reader.scalarText(f, "label")
            c.summary = prose(f, "details")
            return c
        case .experience:
            (c.name, c.url) = linkedName(f, "position")
            c.subtitle = reader.scalarText(f, "company")
        case .education:
            (c.name, c.url) = linkedName(f, "institution")
            c.subtitle = [reader.scalarText(f, "degree"), reader.scalarText(f, "area")].compactMap { $0 }.joined(separator: ", ")
        case .publication:
            (c.name, c.url) = linkedName(f, "title")
            c.subtitle = reader.scalarText(f, "journal")
            let authors = proseList(f, "authors")
            if !authors.isEmpty { c.highlights.append(authors.joined(separator: ", ")) }
        default:
            (c.name, c.url) = linkedName(f, "name")
        }
        c.location = reader.scalarText(f, "location")
        let d = dates(f)
        (c.startDate, c.endDate) = range(d)
        c.datesText = d.text
        if c.summary == nil { c.summary = prose(f, "summary") }
        c.highlights += proseList(f, "highlights")
        return c
    }

    /// Adds the entry to the custom section titled `title`, made on first use; its key joins the order.
    func placeCustom(_ e: Entry, title: String) {
        let display = Self.displayTitle(title)
        let key = CustomSection.key(for: display)
        if !profile.customSections.contains(where: { $0.key == key }) {
            profile.customSections.append(CustomSection(title: display))
            order.append(.custom(key))
        }
        let index = profile.customSections.firstIndex { $0.key == key }!
        profile.customSections[index].entries.append(custom(e))
        record("cvbuild.customSections[\(index)].entries[\(profile.customSections[index].entries.count - 1)]", e.position)
    }
}
