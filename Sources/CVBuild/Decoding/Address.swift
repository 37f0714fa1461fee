/// Checks for e-mail addresses and web addresses: strict enough to catch typos and
/// dangerous schemes, loose enough to accept every address a person really has.
package enum Address {
    package static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
              !local.isEmpty, local.count <= 64,
              !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" }),
              !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
        return isHostName(domain, requireDot: true)
    }

    /// Schemes that become links. Anything else (javascript:, data:, vbscript:, file:) never does.
    package static let linkSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The scheme of a URL that will not be made a link (`javascript`), or nil.
    package static func unsafeScheme(_ text: String) -> String? {
        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
        let squeezed = text.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)
        guard let colon = squeezed.firstIndex(of: ":") else { return nil }
        let scheme = String(squeezed[..<colon]).lowercased()
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
              scheme.first?.isLetter == true else { return nil }
        return linkSchemes.contains(scheme) ? nil : scheme
    }

    /// Why `text` is not an absolute http(s) URL, or nil when it is one.
    package static func urlProblem(_ text: String) -> String? {
        if text.contains(where: { $0.isWhitespace }) { return "it contains a space" }
        guard let colon = text.firstIndex(of: ":") else {
            return text.contains(".") ? "it has no scheme; write https://\(text)" : "it has no scheme"
        }
        let scheme = text[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else {
            return scheme.allSatisfy({ $0.isLetter }) ? "the scheme \"\(scheme):\" is not allowed" : "it has no scheme; write https://\(text)"
        }
        let rest = text[text.index(after: colon)...]
        guard rest.hasPrefix("//") else { return "\"\(scheme):\" must be followed by //" }
        let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        var host = Substring(hostAndPort)
        if let portColon = host.lastIndex(of: ":") {
            let port = host[host.index(after: portColon)...]
            guard !port.isEmpty, port.allSatisfy(\.isASCII), port.allSatisfy(\.isNumber) else { return "the port is not a number" }
            host = host[..<portColon]
        }
        guard !host.isEmpty else { return "it has no host name" }
        guard host == "localhost" || isHostName(host, requireDot: true) else { return "\"\(host)\" is not a host name" }
        return nil
    }

    private static func isHostName(_ host: Substring, requireDot: Bool) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard !requireDot || labels.count >= 2 else { return false }
        for label in labels {
            guard !label.isEmpty, label.count <= 63, !label.hasPrefix("-"), !label.hasSuffix("-"),
                  label.allSatisfy({ $0 == "-" || $0.isLetter || $0.isNumber }) else { return false }
        }
        return true
    }
}
