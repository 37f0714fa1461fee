import CLibXML2

/// The HTML parser the posting reader uses (libxml2); only the posting reader touches it.
package enum HTMLEngine {
    package static var version: String {
        // The loaded library's version as a number: "20914" for 2.9.14.
        guard let raw = cvbuild_xmlVersion().map({ String(cString: $0) }), let n = Int(raw) else { return "unknown" }
        return "\(n / 10000).\(n / 100 % 100).\(n % 100)"
    }
}
