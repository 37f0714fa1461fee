import Foundation

/// What the page says about itself when the profile does not: its language from the script of
/// its text, and a canonical address that is the person's own.
enum PageLanguage {
    /// The page's language: by script or frequent words; nil for English or when unclear.
    static func of(_ view: ResumeView) -> String? {
        let code = TextLanguage.of(view)
        return code == "en" ? nil : code
    }

    /// `meta.canonical` when it is on the person's own site (the host of `basics.url`); a canonical
    /// copied from JSON Resume's sample (the schema's repository) would send search engines away.
    static func canonical(_ profile: Profile) -> String? {
        guard let own = profile.basics.url else { return nil }
        guard let canonical = profile.meta?.canonical else { return own }
        let host = { (url: String) in URL(string: url)?.host?.lowercased().replacingOccurrences(of: "www.", with: "") }
        return host(canonical) != nil && host(canonical) == host(own) ? canonical : own
    }
}
