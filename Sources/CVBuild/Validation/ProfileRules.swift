/// Rules that look at more than one field: every dated entry ends on or after its start, and
/// there is a name to put at the top of the résumé.
enum ProfileRules {
    static func check(_ profile: Profile, rootPosition: TextPosition, reader: FieldReader) {
        let map = profile.sourceMap
        if (profile.basics.name ?? "").isBlank {
            let at = map.positions["basics.name"] ?? map.positions["basics"] ?? rootPosition
            reader.report(.error, .missingField(name: "the name", reason: "a résumé needs a name at the top"),
                          at: at, path: "basics.name")
        }
        if profile.basics.name == Basics.namePlaceholder {
            reader.report(.warning, .missingField(name: "your name", reason: "replace the placeholder \"\(Basics.namePlaceholder)\" with your name"),
                          at: map.positions["basics.name"] ?? rootPosition, path: "basics.name")
        }
        func dates(_ section: String, _ entries: [(PartialDate?, EndDate?)]) {
            for (index, (start, end)) in entries.enumerated() {
                guard let start, let end = end?.date, end.isCertainlyBefore(start) else { continue }
                let path = "\(section)[\(index)].endDate"
                // Kept as written and flagged: the résumé still renders, the person sees the slip.
                reader.report(reader.strict ? .error : .warning, .endBeforeStart(end: end.description, start: start.description),
                              at: map.positions[path] ?? rootPosition, path: path)
            }
        }
        dates("work", profile.work.map { ($0.startDate, $0.endDate) })
        dates("volunteer", profile.volunteer.map { ($0.startDate, $0.endDate) })
        dates("education", profile.education.map { ($0.startDate, $0.endDate) })
        dates("projects", profile.projects.map { ($0.startDate, $0.endDate) })
        for (index, certificate) in profile.certificates.enumerated() {
            guard let date = certificate.date, let expiry = certificate.expiryDate, expiry.isCertainlyBefore(date) else { continue }
            let path = "certificates[\(index)].cvbuild.expiryDate"
            reader.report(.error, .endBeforeStart(end: expiry.description, start: date.description),
                          at: map.positions[path] ?? rootPosition, path: path)
        }
    }
}
