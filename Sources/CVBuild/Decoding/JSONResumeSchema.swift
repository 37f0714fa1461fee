/// One field of a JSON Resume entry: its key, the kind of value it holds, and where the value
/// lives in the model. The kind decides how it is checked when read and how it is written.
package enum JSONResumeField<Entry> {
    /// Text on one line: a name, a phone number.
    case text(String, WritableKeyPath<Entry, String?>)
    /// Text that may run over several lines (a summary): a literal block in YAML.
    case paragraph(String, WritableKeyPath<Entry, String?>)
    case email(String, WritableKeyPath<Entry, String?>)
    case url(String, WritableKeyPath<Entry, String?>)
    /// A web address or a path to a local file (`basics.image`).
    case image(String, WritableKeyPath<Entry, String?>)
    case date(String, WritableKeyPath<Entry, PartialDate?>)
    /// A date or `present`.
    case endDate(String, WritableKeyPath<Entry, EndDate?>)
    case list(String, WritableKeyPath<Entry, [String]>)

    package var key: String {
        switch self {
        case .text(let key, _), .paragraph(let key, _), .email(let key, _), .url(let key, _), .image(let key, _),
             .date(let key, _), .endDate(let key, _), .list(let key, _): key
        }
    }

    /// Whether the entry has a value for this field (an empty list has none).
    package func isSet(in entry: Entry) -> Bool {
        switch self {
        case .text(_, let path), .paragraph(_, let path), .email(_, let path), .url(_, let path), .image(_, let path):
            entry[keyPath: path] != nil
        case .date(_, let path): entry[keyPath: path] != nil
        case .endDate(_, let path): entry[keyPath: path] != nil
        case .list(_, let path): !entry[keyPath: path].isEmpty
        }
    }
}

/// The fields of one kind of entry, in the schema's order (the order JSON is written in), the
/// order the YAML writer puts them in for reading, and cvbuild's extras kept under the entry's
/// own `cvbuild` key (the schema allows extra properties on entries).
package struct JSONResumeEntry<Entry> {
    /// The entry's list key at the top of a profile (`work`), or its own key (`basics`).
    package var key: String
    package var fields: [JSONResumeField<Entry>]
    package var extras: [JSONResumeField<Entry>] = []
    /// Keys of nested values read apart (basics' `location` and `profiles`), after `fields`.
    package var nested: [String] = []
    package var yamlOrder: [String]? = nil

    /// Every key the entry may have, for "unknown key" and "did you mean".
    package var knownKeys: [String] { fields.map(\.key) + nested + (extras.isEmpty ? [] : ["cvbuild"]) }

    /// The fields in the order a YAML profile shows them.
    package var yamlFields: [JSONResumeField<Entry>] {
        guard let yamlOrder else { return fields }
        return yamlOrder.compactMap { key in fields.first { $0.key == key } }
    }
}

/// JSON Resume 1.0's names, in one place: the decoder reads by this table and both writers
/// write by it, so a key is spelled once.
package enum JSONResumeSchema {
    package static let topKeys = [
        "$schema", "basics", "work", "volunteer", "education", "awards", "certificates", "publications",
        "skills", "languages", "interests", "references", "projects", "meta", "cvbuild",
    ]

    package static var basics: JSONResumeEntry<Basics> {
        JSONResumeEntry(key: "basics", fields: [
            .text("name", \.name), .text("label", \.label), .image("image", \.image), .email("email", \.email),
            .text("phone", \.phone), .url("url", \.url), .paragraph("summary", \.summary),
        ], nested: ["location", "profiles"])
    }

    package static var location: JSONResumeEntry<Location> {
        JSONResumeEntry(key: "location", fields: [
            .text("address", \.address), .text("postalCode", \.postalCode), .text("city", \.city),
            .text("countryCode", \.countryCode), .text("region", \.region),
        ])
    }

    package static var profile: JSONResumeEntry<SocialProfile> {
        JSONResumeEntry(key: "profiles", fields: [.text("network", \.network), .text("username", \.username), .url("url", \.url)])
    }

    package static var work: JSONResumeEntry<Work> {
        JSONResumeEntry(key: "work", fields: [
            .text("name", \.name), .text("location", \.location), .paragraph("description", \.description),
            .text("position", \.position), .url("url", \.url), .date("startDate", \.startDate), .endDate("endDate", \.endDate),
            .paragraph("summary", \.summary), .list("highlights", \.highlights),
        ], extras: [.text("dates", \.datesText), .list("tags", \.tags), .list("highlightTags", \.highlightTags)],
        yamlOrder: ["name", "position", "location", "url", "startDate", "endDate", "description", "summary", "highlights"])
    }

    package static var volunteer: JSONResumeEntry<Volunteer> {
        JSONResumeEntry(key: "volunteer", fields: [
            .text("organization", \.organization), .text("position", \.position), .url("url", \.url),
            .date("startDate", \.startDate), .endDate("endDate", \.endDate), .paragraph("summary", \.summary),
            .list("highlights", \.highlights),
        ], extras: [.text("dates", \.datesText), .list("tags", \.tags), .list("highlightTags", \.highlightTags)])
    }

    package static var education: JSONResumeEntry<Education> {
        JSONResumeEntry(key: "education", fields: [
            .text("institution", \.institution), .url("url", \.url), .text("area", \.area), .text("studyType", \.studyType),
            .date("startDate", \.startDate), .endDate("endDate", \.endDate), .text("score", \.score), .list("courses", \.courses),
        ], extras: [.text("location", \.location), .list("highlights", \.highlights), .text("dates", \.datesText), .list("tags", \.tags), .list("highlightTags", \.highlightTags)])
    }

    package static var award: JSONResumeEntry<Award> {
        JSONResumeEntry(key: "awards", fields: [
            .text("title", \.title), .date("date", \.date), .text("awarder", \.awarder), .paragraph("summary", \.summary),
        ])
    }

    package static var certificate: JSONResumeEntry<Certificate> {
        JSONResumeEntry(key: "certificates", fields: [
            .text("name", \.name), .date("date", \.date), .url("url", \.url), .text("issuer", \.issuer),
        ], extras: [.text("credentialId", \.credentialID), .date("expiryDate", \.expiryDate), .list("tags", \.tags)],
        yamlOrder: ["name", "date", "issuer", "url"])
    }

    package static var publication: JSONResumeEntry<Publication> {
        JSONResumeEntry(key: "publications", fields: [
            .text("name", \.name), .text("publisher", \.publisher), .date("releaseDate", \.releaseDate), .url("url", \.url),
            .paragraph("summary", \.summary),
        ])
    }

    package static var skill: JSONResumeEntry<Skill> {
        JSONResumeEntry(key: "skills", fields: [.text("name", \.name), .text("level", \.level), .list("keywords", \.keywords)])
    }

    package static var language: JSONResumeEntry<Language> {
        JSONResumeEntry(key: "languages", fields: [.text("language", \.language), .text("fluency", \.fluency)])
    }

    package static var interest: JSONResumeEntry<Interest> {
        JSONResumeEntry(key: "interests", fields: [.text("name", \.name), .list("keywords", \.keywords)])
    }

    package static var reference: JSONResumeEntry<Reference> {
        JSONResumeEntry(key: "references", fields: [.text("name", \.name), .paragraph("reference", \.reference)])
    }

    package static var project: JSONResumeEntry<Project> {
        JSONResumeEntry(key: "projects", fields: [
            .text("name", \.name), .paragraph("description", \.description), .list("highlights", \.highlights),
            .list("keywords", \.keywords), .date("startDate", \.startDate), .endDate("endDate", \.endDate), .url("url", \.url),
            .list("roles", \.roles), .text("entity", \.entity), .text("type", \.type),
        ], extras: [.text("dates", \.datesText), .list("tags", \.tags), .list("highlightTags", \.highlightTags)], yamlOrder: ["name", "url", "startDate", "endDate", "description", "highlights", "keywords", "roles", "entity", "type"])
    }

    /// `meta`; its `cvbuild` key holds cvbuild's settings in an exported resume.json.
    /// An entry of a section under `cvbuild.customSections` (not JSON Resume's: cvbuild's own).
    package static var customEntry: JSONResumeEntry<CustomEntry> {
        JSONResumeEntry(key: "entries", fields: [
            .text("name", \.name), .text("label", \.label), .text("subtitle", \.subtitle), .text("location", \.location),
            .url("url", \.url), .date("startDate", \.startDate), .endDate("endDate", \.endDate), .text("dates", \.datesText),
            .paragraph("summary", \.summary), .list("highlights", \.highlights), .list("keywords", \.keywords),
            .list("tags", \.tags), .list("highlightTags", \.highlightTags),
        ])
    }

    package static var meta: JSONResumeEntry<Meta> {
        JSONResumeEntry(key: "meta", fields: [.url("canonical", \.canonical), .text("version", \.version), .text("lastModified", \.lastModified)],
                        nested: ["cvbuild"])
    }
}
