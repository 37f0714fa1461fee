import Foundation

/// `cv`'s header fields: name, headline, contact details, photo, social networks and RenderCV 2.x's
/// custom connections, into `basics`.
extension RenderCVConversion {
    func header(_ cv: FieldReader.Fields) {
        var b = Basics()
        if let node = cv.take("name"), let name = reader.scalarText(node, path: "cv.name") {
            b.name = name
            record("basics.name", node.position)
        } else {
            reader.report(.error, .missingField(name: "the name", reason: "a résumé needs a name at the top: add cv.name"),
                   at: cv.pair("name")?.keyPosition ?? cv.position, path: "cv.name")
        }
        let headline = reader.scalarText(cv, "headline")
        if let labelPair = cv.pair("label"), let label = reader.scalarText(cv, "label") {
            if headline == nil {
                b.label = label
            } else {
                warn(.labelBesideHeadline, at: labelPair.keyPosition, path: "cv.label")
            }
        }
        if b.label == nil { b.label = headline }
        if let node = cv.take("location"), let place = reader.scalarText(node, path: "cv.location") {
            b.location = Self.location(place)
            record("basics.location", node.position)
        }
        if case let (email, at)? = firstText(cv, "email", what: "e-mail address") {
            if Address.isEmail(email) { b.email = email } else { reader.report(.error, .invalidEmail(text: email), at: at, path: "cv.email") }
        }
        b.phone = firstText(cv, "phone", what: "phone number")?.0
        if case let (url, at)? = firstText(cv, "website", what: "website") {
            if let reason = Address.urlProblem(url) {
                reader.report(.error, .invalidURL(text: url, reason: reason), at: at, path: "cv.website")
            } else {
                b.url = url
            }
        }
        if let node = cv.take("photo"), let photo = reader.scalarText(node, path: "cv.photo") {
            if photo.contains("://"), let reason = Address.urlProblem(photo) {
                warn(.invalidAddress(what: "photo", address: photo, reason: reason), at: node.position, path: "cv.photo")
            } else {
                b.image = photo
                inform(.photoImported, at: node.position, path: "cv.photo")
            }
        }
        profile.basics = b
        if let node = cv.take("social_networks") { socialNetworks(node) }
        if let node = cv.take("custom_connections") { customConnections(node) }
    }

    /// "Seattle, WA" → city and region; anything else is the city as written.
    static func location(_ text: String) -> Location {
        var location = Location()
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmedSpaces }
        if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
            location.city = parts[0]
            location.region = parts[1]
        } else {
            location.city = text
        }
        return location
    }

    private func socialNetworks(_ node: SourceNode) {
        guard case .sequence(let items) = node.content else {
            return reader.wrongType(node, expected: "a list of social networks", path: "cv.social_networks")
        }
        for (i, item) in items.enumerated() {
            guard let f = reader.fields(of: item, path: "cv.social_networks[\(i)]") else { continue }
            let networkNode = f.take("network"), usernameNode = f.take("username")
            let network = networkNode.flatMap { reader.scalarText($0, path: f.child("network")) }
            let username = usernameNode.flatMap { reader.scalarText($0, path: f.child("username")) }
            for pair in f.untaken { unknownKey(pair, in: f, known: ["network", "username"], place: "a social network") }
            guard network != nil || username != nil else { continue }
            var p = SocialProfile()
            p.network = network
            p.username = username
            if let network, let username, let networkNode, let usernameNode {
                switch Self.profileURL(network: network, username: username) {
                case .url(let url):
                    if let reason = Address.urlProblem(url) {
                        warn(.invalidProfileURL(username: username, url: url, reason: reason),
                             at: usernameNode.position, path: f.child("username"))
                    } else {
                        p.url = url
                    }
                case .unknownNetwork:
                    warn(.unknownNetwork(network: network), at: networkNode.position, path: f.child("network"))
                case .badUsername(let form):
                    warn(.usernameNotInForm(network: network, username: username, form: form),
                         at: usernameNode.position, path: f.child("username"))
                }
            }
            profile.basics.profiles.append(p)
            record("basics.profiles[\(profile.basics.profiles.count - 1)]", item.position)
        }
    }

    enum ProfileURL: Equatable {
        case url(String), unknownNetwork, badUsername(String)
    }

    /// The web address RenderCV links a social network's username to.
    static func profileURL(network: String, username: String) -> ProfileURL {
        let key = network.lowercased().filter { $0.isLetter || $0.isNumber }
        let user = username.hasPrefix("@") && key != "mastodon" ? String(username.dropFirst()) : username
        switch key {
        case "linkedin": return .url("https://www.linkedin.com/in/\(user)")
        case "github": return .url("https://github.com/\(user)")
        case "gitlab": return .url("https://gitlab.com/\(user)")
        case "x": return .url("https://x.com/\(user)")
        case "twitter": return .url("https://twitter.com/\(user)")
        case "mastodon":
            // "@name@host" → https://host/@name
            let parts = username.drop { $0 == "@" }.split(separator: "@", omittingEmptySubsequences: false)
            guard username.hasPrefix("@"), parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                return .badUsername("@name@server")
            }
            return .url("https://\(parts[1])/@\(parts[0])")
        case "stackoverflow":
            let parts = user.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), !parts[1].isEmpty else {
                return .badUsername("user_id/name")
            }
            return .url("https://stackoverflow.com/users/\(user)")
        case "researchgate": return .url("https://www.researchgate.net/profile/\(user)")
        case "youtube": return .url("https://www.youtube.com/@\(user)")
        case "orcid": return .url("https://orcid.org/\(user)")
        case "googlescholar": return .url("https://scholar.google.com/citations?user=\(user)")
        case "imdb": return .url("https://www.imdb.com/name/\(user)")
        case "instagram": return .url("https://www.instagram.com/\(user)")
        case "telegram": return .url("https://t.me/\(user)")
        case "leetcode": return .url("https://leetcode.com/u/\(user)")
        default: return .unknownNetwork
        }
    }

    /// RenderCV 2.x's extra header links: a profile each, named by their placeholder.
    private func customConnections(_ node: SourceNode) {
        guard case .sequence(let items) = node.content else {
            return reader.wrongType(node, expected: "a list of connections", path: "cv.custom_connections")
        }
        for (i, item) in items.enumerated() {
            guard let f = reader.fields(of: item, path: "cv.custom_connections[\(i)]") else { continue }
            let label = reader.scalarText(f, "placeholder")
            let urlNode = f.take("url")
            let url = urlNode.flatMap { reader.scalarText($0, path: f.child("url")) }
            _ = f.take("fontawesome_icon")
            for pair in f.untaken {
                unknownKey(pair, in: f, known: ["placeholder", "url", "fontawesome_icon"], place: "a custom connection")
            }
            guard let url, let urlNode else {
                if let label {
                    warn(.connectionWithoutURL(label: label), at: item.position, path: f.path)
                }
                continue
            }
            if let reason = Address.urlProblem(url) {
                warn(.invalidAddress(what: "custom connection", address: url, reason: reason), at: urlNode.position, path: f.child("url"))
                continue
            }
            var p = SocialProfile()
            p.network = label
            p.url = url
            profile.basics.profiles.append(p)
            inform(.connectionImported(name: label ?? url), at: item.position, path: f.path)
        }
    }
}
