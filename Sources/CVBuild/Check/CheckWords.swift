/// The word lists of `cvbuild check` for one language (`Data/check/<code>.yaml`), read with the
/// data-file decoder so a mistake in them gets its line and column. Lists are lower case.
package struct CheckWords: Sendable {
    package var weakOpenings: [String] = []
    package var pronouns: Set<String> = []
    package var cliches: [String] = []
    package var resultWords: [String] = []
    package var pastVerbs: Set<String> = []
    package var presentVerbs: Set<String> = []
    package var sectionTitles: Set<String> = []

    static let keys = ["weakOpenings", "pronouns", "cliches", "resultWords", "pastVerbs", "presentVerbs", "sectionTitles"]

    /// The languages with lists: `Data/check/<code>.yaml`.
    package static var codes: [String] { DataFiles.names(in: "Data/check/") }

    package static func decode(_ source: SourceText) -> Outcome<CheckWords> {
        DataFileDecoding.decode(source) { reader, root in
            guard let f = reader.fields(of: root, path: "", known: keys) else { return nil }
            func list(_ key: String) -> [String] { reader.textList(f, key).map { $0.lowercased() } }
            return CheckWords(weakOpenings: list("weakOpenings"), pronouns: Set(list("pronouns")), cliches: list("cliches"),
                              resultWords: list("resultWords"), pastVerbs: Set(list("pastVerbs")),
                              presentVerbs: Set(list("presentVerbs")), sectionTitles: Set(list("sectionTitles")))
        }
    }

    package static func builtIn(_ code: String) -> Outcome<CheckWords> {
        let key = "Data/check/\(code).yaml"
        guard let text = DataFiles.text(key) else {
            return .failure(Diagnostic(.error, .missingField(name: key, reason: "cvbuild was built without it"), at: SourceLocation(file: key)))
        }
        return decode(SourceText(path: key, text: text))
    }

    /// English, and the résumé's own language when it has lists: Chinese résumés mix in English.
    package static func forLanguage(_ code: String?) -> Outcome<CheckWords> {
        let language = code.map { String($0.prefix { $0 != "-" }).lowercased() }
        return builtIn("en").flatMap { en in
            guard let language, language != "en", codes.contains(language) else { return .success(en) }
            return builtIn(language).map { en.merged($0) }
        }
    }

    func merged(_ other: CheckWords) -> CheckWords {
        CheckWords(weakOpenings: weakOpenings + other.weakOpenings, pronouns: pronouns.union(other.pronouns),
                   cliches: cliches + other.cliches, resultWords: resultWords + other.resultWords,
                   pastVerbs: pastVerbs.union(other.pastVerbs), presentVerbs: presentVerbs.union(other.presentVerbs),
                   sectionTitles: sectionTitles.union(other.sectionTitles))
    }
}
