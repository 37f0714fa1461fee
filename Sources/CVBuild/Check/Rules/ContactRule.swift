/// The contact details recruiters and parsers look for at the top: e-mail, phone, location, LinkedIn.
struct ContactRule: CheckRuleRunner {
    func findings(_ context: CheckContext) -> [Diagnostic] {
        let b = context.profile.basics
        func blank(_ s: String?) -> Bool { (s ?? "").trimmedSpaces.isEmpty }
        var missing: [String] = []
        if blank(b.email) { missing.append("e-mail address") }
        if blank(b.phone) { missing.append("phone number") }
        if let l = b.location, !(blank(l.city) && blank(l.address) && blank(l.region) && blank(l.countryCode)) {} else { missing.append("location") }
        let linkedin = b.profiles.contains { p in
            (p.network ?? "").lowercased().contains("linkedin") || (p.url ?? "").lowercased().contains("linkedin.com")
        } || (b.url ?? "").lowercased().contains("linkedin.com")
        if !linkedin { missing.append("LinkedIn profile") }
        let at = context.profile.sourceMap["basics"] != nil ? "basics" : nil
        return missing.map { context.finding(.missingContact(what: $0), at) }
    }
}
