import Foundation

/// schema.org structured data for the page: a `ProfilePage` whose `mainEntity` is the `Person`.
/// Serialized by `JSONValue`, which escapes `<`, `>` and `&`, so nothing in it can close the
/// `<script>` element it sits in.
enum JSONLD {
    static func profilePage(_ prepared: PreparedProfile, dateModified: String?) -> JSONValue {
        let p = prepared.profile, b = p.basics
        var person: [(String, JSONValue)] = [("@type", .string("Person")), ("name", .string(b.name ?? ""))]
        func add(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { person.append((key, .string(value))) }
        }
        add("jobTitle", b.label)
        add("description", b.summary)
        add("email", b.email.flatMap { Address.isEmail($0) ? "mailto:" + $0 : nil })
        add("telephone", b.phone)
        add("url", b.url.flatMap(Composer.safeURL))
        add("image", b.image.flatMap(Composer.safeURL))
        let sameAs = b.profiles.compactMap { $0.url.flatMap(Composer.safeURL) }
        if !sameAs.isEmpty { person.append(("sameAs", .array(sameAs.map { .string($0) }))) }
        if let l = b.location {
            var address: [(String, JSONValue)] = [("@type", .string("PostalAddress"))]
            for (key, value) in [("streetAddress", l.address), ("postalCode", l.postalCode), ("addressLocality", l.city),
                                 ("addressRegion", l.region), ("addressCountry", l.countryCode)] {
                if let value, !value.isEmpty { address.append((key, .string(value))) }
            }
            if address.count > 1 { person.append(("address", .object(address))) }
        }
        let current = p.work.filter { $0.startDate != nil && ($0.endDate == nil || $0.endDate == .present) }
        if !current.isEmpty {
            person.append(("worksFor", .array(current.compactMap { w in
                guard let name = w.name, !name.isEmpty else { return nil }
                return organization(name, url: w.url)
            })))
        }
        let schools = p.education.compactMap { e -> JSONValue? in
            guard let name = e.institution, !name.isEmpty else { return nil }
            var o = organizationPairs(name, url: e.url)
            o[0] = ("@type", .string("EducationalOrganization"))
            return .object(o)
        }
        if !schools.isEmpty { person.append(("alumniOf", .array(schools))) }
        let skills = LinkedInProfile.unique(prepared.view.keywords)
        if !skills.isEmpty { person.append(("knowsAbout", .array(skills.map { .string($0) }))) }
        let languages = p.languages.compactMap(\.language).filter { !$0.isEmpty }
        if !languages.isEmpty { person.append(("knowsLanguage", .array(languages.map { .string($0) }))) }
        let awards = p.awards.compactMap(\.title).filter { !$0.isEmpty }
        if !awards.isEmpty { person.append(("award", .array(awards.map { .string($0) }))) }
        let credentials = p.certificates.compactMap { c -> JSONValue? in
            guard let name = c.name, !name.isEmpty else { return nil }
            var o: [(String, JSONValue)] = [("@type", .string("EducationalOccupationalCredential")), ("name", .string(name))]
            if let issuer = c.issuer, !issuer.isEmpty { o.append(("recognizedBy", organization(issuer, url: nil))) }
            if let date = c.date { o.append(("dateCreated", .string(date.description))) }
            if let expiry = c.expiryDate { o.append(("expires", .string(expiry.description))) }
            if let id = c.credentialID, !id.isEmpty { o.append(("identifier", .string(id))) }
            if let url = c.url.flatMap(Composer.safeURL) { o.append(("url", .string(url))) }
            return .object(o)
        }
        if !credentials.isEmpty { person.append(("hasCredential", .array(credentials))) }

        var page: [(String, JSONValue)] = [("@context", .string("https://schema.org")), ("@type", .string("ProfilePage"))]
        if let modified = dateModified { page.append(("dateModified", .string(modified))) }
        page.append(("mainEntity", .object(person)))
        // The same invisible direction controls the page drops (reported there) go here too.
        return JSONValue.object(page).mappingStrings { text in
            String(String.UnicodeScalarView(text.unicodeScalars.filter { !TextCleaner.removed.contains($0.value) }))
        }
    }

    private static func organizationPairs(_ name: String, url: String?) -> [(String, JSONValue)] {
        var o: [(String, JSONValue)] = [("@type", .string("Organization")), ("name", .string(name))]
        if let url = url.flatMap(Composer.safeURL) { o.append(("url", .string(url))) }
        return o
    }

    private static func organization(_ name: String, url: String?) -> JSONValue { .object(organizationPairs(name, url: url)) }
}
