/// Locales compiled into cvbuild (`Data/locales/*.yaml`); `en-GB` falls back to `en`.
package enum LocaleCatalog {
    package static var codes: [String] { DataFiles.names(in: "Data/locales/") }

    package static func resolve(_ code: String, requestedAt: SourceLocation) -> Outcome<LocaleData> {
        let candidates = [code, String(code.prefix { $0 != "-" && $0 != "_" })].map { $0.lowercased() }
        for candidate in candidates {
            let key = "Data/locales/\(candidate).yaml"
            if let text = DataFiles.text(key) { return LocaleDecoder.decode(SourceText(path: key, text: text)) }
        }
        let all = codes
        return .failure(Diagnostic(.error, .unknownName(kind: "locale", name: code, choices: all,
                                                         suggestion: Suggestion.closest(to: code, in: all), extra: nil),
                                    at: requestedAt))
    }
}
