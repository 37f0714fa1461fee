import Foundation

/// Profile.csv and the contact files (e-mail addresses, phone numbers) into `basics`: LinkedIn's
/// free-text location, website lists and handles split into a profile's fields.
extension LinkedInImporter.Builder {
    // MARK: Profile.csv

    func readProfile(_ s: Sheet) {
        guard let row = s.table.rows.first else { return }
        var b = profile.basics
        let name = [text(s.cell(row, "First Name")), text(s.cell(row, "Last Name"))].compactMap { $0 }.joined(separator: " ")
        b.name = name.isEmpty ? nil : name
        b.label = text(s.cell(row, "Headline"), html: true)?.replacingOccurrences(of: "\n", with: " ")
        b.summary = text(s.cell(row, "Summary"), html: true)
        var location = Location()
        location.address = text(s.cell(row, "Address"))?.replacingOccurrences(of: "\n", with: ", ")
        location.postalCode = text(s.cell(row, "Zip Code"))
        if let geo = text(s.cell(row, "Geo Location")) { Self.readGeoLocation(geo, into: &location) }
        if let countryCell = s.cell(row, "Country"), let country = text(countryCell), location.countryCode == nil {
            if let code = Countries.code(country, codes: true) {
                location.countryCode = code
            } else {
                note(.warning, .unknownCountry(name: country), at: countryCell.location, path: "basics.location.countryCode")
            }
        }
        if location != Location() { b.location = location }
        var links: [(type: String?, url: String)] = []
        if let cell = s.cell(row, "Websites") {
            for (type, raw) in Self.websites(cell.raw) {
                if let url = url(raw, at: cell, path: "basics.url"), !links.contains(where: { $0.url == url }) {
                    links.append((type, url))
                }
            }
        }
        if let first = links.first {
            b.url = first.url
            b.profiles += links.dropFirst().map { Self.socialProfile(url: $0.url, type: $0.type) }
        }
        if let cell = s.cell(row, "Twitter Handles") {
            for handle in Self.listItems(cell.raw) {
                let name = handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
                guard !name.isEmpty, name.count <= 30, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                    note(.warning, .invalidTwitterHandle(handle: handle), at: cell.location, path: "basics.profiles")
                    continue
                }
                var p = SocialProfile()
                p.network = "Twitter"
                p.username = name
                p.url = "https://twitter.com/\(name)"
                b.profiles.append(p)
            }
        }
        let skipped = LinkedInImporter.columns(.profile).skipped.compactMap { column in
            s.cell(row, column).map { (column, $0) }
        }
        for (column, cell) in skipped.sorted(by: { $0.1.column < $1.1.column }) {
            guard let value = text(cell) else { continue }
            note(.note, .columnSkipped(column: column, value: value), at: cell.location)
        }
        profile.basics = b
        if s.table.rows.count > 1 {
            let extra = s.table.rows[1]
            note(.warning, .extraProfileRows, at: SourceLocation(file: s.file, line: extra.line, column: 1))
        }
    }

    /// "Berlin, Germany", "Austin, Texas, United States", "San Jose, CA", "Greater Seattle Area":
    /// the first part is the city, a known country at the end its code, what is between the region.
    static func readGeoLocation(_ geo: String, into location: inout Location) {
        var parts = geo.replacingOccurrences(of: "\n", with: ",").split(separator: ",")
            .map { $0.trimmedSpaces }.filter { !$0.isEmpty }
        if let last = parts.last, let code = Countries.code(last) {
            location.countryCode = code
            parts.removeLast()
        }
        if let city = parts.first { location.city = city }
        if parts.count > 1 { location.region = parts.dropFirst().joined(separator: ", ") }
    }

    /// `[PERSONAL:https://a.example,OTHER:https://b.example]` (2023) and
    /// `PORTFOLIO:http://a.example, http://b.example` (2018): each address with its type, if any.
    static func websites(_ raw: String) -> [(String?, String)] {
        listItems(raw).map { item in
            if let colon = item.firstIndex(of: ":") {
                let type = item[..<colon]
                let rest = item[item.index(after: colon)...]
                if !type.isEmpty, !rest.hasPrefix("//"), type.allSatisfy({ $0.isLetter || $0 == "_" }),
                   !["http", "https"].contains(type.lowercased()) {
                    return (String(type), rest.trimmedSpaces)
                }
            }
            return (nil, item)
        }
    }

    /// The comma-separated items of a list LinkedIn may wrap in brackets: `[a, b]`, `a,b`.
    static func listItems(_ raw: String) -> [String] {
        raw.split(whereSeparator: { $0 == "," || $0 == "\n" })
            .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "[]"))) }
            .filter { !$0.isEmpty }
    }

    static func socialProfile(url: String, type: String?) -> SocialProfile {
        var p = SocialProfile()
        p.url = url
        let known: [(host: String, network: String)] = [
            ("github.com", "GitHub"), ("gitlab.com", "GitLab"), ("twitter.com", "Twitter"), ("x.com", "X"),
            ("medium.com", "Medium"), ("stackoverflow.com", "Stack Overflow"), ("kaggle.com", "Kaggle"),
            ("huggingface.co", "Hugging Face"), ("dribbble.com", "Dribbble"), ("behance.net", "Behance"),
            ("youtube.com", "YouTube"), ("scholar.google.com", "Google Scholar"), ("orcid.org", "ORCID"),
        ]
        let afterScheme = url.components(separatedBy: "://").last ?? url
        let host = (afterScheme.split(separator: "/").first.map(String.init) ?? "").lowercased()
        let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        if let match = known.first(where: { $0.host == bare }) {
            p.network = match.network
            let path = afterScheme.split(separator: "/").dropFirst()
            if match.network != "Google Scholar", let user = path.first, path.count == 1 {
                p.username = user.hasPrefix("@") ? String(user.dropFirst()) : String(user)
            }
            return p
        }
        switch type?.uppercased() {
        case "PORTFOLIO": p.network = "Portfolio"
        case "BLOG": p.network = "Blog"
        case "COMPANY": p.network = "Company"
        case "RSS": p.network = "RSS"
        default: p.network = "Website"
        }
        return p
    }

    // MARK: Contact files

    func readEmail(_ s: Sheet) {
        var candidates: [(cell: Cell, primary: Bool)] = []
        for row in s.table.rows {
            guard let cell = s.cell(row, "Email Address"), !cell.isEmpty else { continue }
            let primary = text(s.cell(row, "Primary"))?.lowercased() == "yes"
            candidates.append((cell, primary))
        }
        let ordered = candidates.filter(\.primary) + candidates.filter { !$0.primary }
        for candidate in ordered {
            guard let address = text(candidate.cell) else { continue }
            if Address.isEmail(address) {
                profile.basics.email = address
                return
            }
            note(.warning, .emailNotImported(text: address), at: candidate.cell.location, path: "basics.email")
        }
    }

    func readPhone(_ s: Sheet) {
        for row in s.table.rows {
            guard let cell = s.cell(row, "Number"), let number = text(cell) else { continue }
            var phone = number
            if let ext = text(s.cell(row, "Extension")) { phone += " ext. \(ext)" }
            if profile.basics.phone == nil {
                profile.basics.phone = phone
            } else {
                note(.note, .extraPhoneNumber(number: phone, kept: profile.basics.phone!), at: cell.location, path: "basics.phone")
            }
        }
    }
}
