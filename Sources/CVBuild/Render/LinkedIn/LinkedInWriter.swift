/// Writes the LinkedIn sections as plain text to paste field by field, or as JSON for tools.
/// Nothing is cut: a field over its limit is written whole and reported as a warning.
package enum LinkedInWriter {
    /// One warning per field over LinkedIn's reported limit, at the line the field came from.
    package static func warnings(_ profile: LinkedInProfile, sourceMap: SourceMap) -> [Diagnostic] {
        profile.allFields.compactMap { field in
            guard field.isOver, let limit = field.limit else { return nil }
            let at = field.path.flatMap { sourceMap[$0] } ?? SourceLocation(file: sourceMap.file)
            return Diagnostic(.warning, .overLinkedInLimit(field: field.name, length: field.length, limit: limit.characters, note: limit.note),
                              at: at, path: field.path)
        }
    }

    /// Headers carry the counts; the lines under a header are the value exactly as it is pasted.
    package static func text(_ profile: LinkedInProfile, version: String) -> String {
        var out = "LinkedIn sections for \(profile.person), in the order LinkedIn's editor asks for them.\n"
        out += "Each [field] shows its length / LinkedIn's reported limit (characters as you see them);\n"
        out += "paste the lines under it as they are. Made by cvbuild \(version).\n"
        if let language = profile.otherLanguage {
            out += "This is your profile in \(language.name) (\(language.code)): on LinkedIn, open your profile, choose\n"
            out += "\"Add profile in another language\", pick \(language.name) and paste these sections there.\n"
        }
        for section in profile.sections {
            out += "\n==== \(section.name) ====\n"
            for entry in section.entries {
                if !entry.heading.isEmpty { out += "\n---- \(entry.heading) ----\n" }
                for field in entry.fields {
                    out += "[\(field.name) · \(count(field))]\n\(field.value)\n"
                }
            }
        }
        if !profile.skillsLeftOut.isEmpty {
            out += "\n==== Not included ====\n"
            out += "[Skills over LinkedIn's limit of \(LinkedInLimit.skillCount) · \(profile.skillsLeftOut.count) left out]\n"
            out += profile.skillsLeftOut.joined(separator: "\n") + "\n"
        }
        return out
    }

    /// "1,874/2,600", "74/100 (over by 12)", or "12 (no limit known)".
    static func count(_ field: LinkedInProfile.Field) -> String {
        let length = NumberText.grouped(field.length)
        guard let limit = field.limit else { return "\(length), no limit known" }
        let base = "\(length)/\(NumberText.grouped(limit.characters))"
        return field.isOver ? base + " — OVER by \(NumberText.grouped(field.length - limit.characters))" : base
    }

    package static func json(_ profile: LinkedInProfile, version: String) -> JSONValue {
        // Only a profile in another language says which: the main one's JSON stays as it was.
        let language: [(String, JSONValue)] = profile.otherLanguage.map { [("language", .string($0.code))] } ?? []
        return .object(language + [
            ("person", .string(profile.person)),
            ("generator", .string("cvbuild \(version)")),
            ("sections", .array(profile.sections.map { section in
                .object([
                    ("name", .string(section.name)),
                    ("entries", .array(section.entries.map { entry in
                        .object([
                            ("heading", .string(entry.heading)),
                            ("fields", .array(entry.fields.map { field in
                                .object([
                                    ("name", .string(field.name)),
                                    ("value", .string(field.value)),
                                    ("length", .int(field.length)),
                                    ("limit", field.limit.map { .int($0.characters) } ?? .null),
                                    ("over", .bool(field.isOver)),
                                    ("source", .optional(field.path)),
                                ])
                            })),
                        ])
                    })),
                ])
            })),
            ("skillsLeftOut", .array(profile.skillsLeftOut.map { .string($0) })),
        ])
    }
}
