/// The phrases `extract` reads a posting by (see `Data/posting-cues.yaml`).
package struct PostingCues: Sendable {
    package var mustHeadings, niceHeadings, ignoredHeadings, otherHeadings, niceMarkers, negations, contextCues: [String]
    package var ambiguousFollowers: [String: [String]]
    package var seniority: [(level: String, words: [String])]
    package var degrees: [(level: String, words: [String])]
    /// Words of a job title that make its years count as technical experience.
    package var technicalTitleWords: [String]
    package var requirementMarkers, primaryFocus, groupCues, choiceCues, degreeFields, notAsks: [String]

    /// Whether a job title names technical work: one of `technicalTitleWords` as a whole word
    /// (or phrase) of it, so "Data Engineer" counts and "Chemistry Teacher" does not.
    package func isTechnical(title: String) -> Bool {
        let words = " " + title.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.joined(separator: " ") + " "
        return technicalTitleWords.contains { words.contains(" \($0) ") }
    }

    package static let builtIn: Outcome<PostingCues> = {
        guard let text = DataFiles.text("Data/posting-cues.yaml") else {
            return .failure(Diagnostic(.error, .missingField(name: "Data/posting-cues.yaml", reason: "cvbuild was built without it"),
                                                       at: SourceLocation(file: "Data/posting-cues.yaml")))
        }
        return decode(SourceText(path: "Data/posting-cues.yaml", text: text))
    }()

    static func decode(_ source: SourceText) -> Outcome<PostingCues> {
        DataFileDecoding.decode(source) { reader, root in
            let keys = ["mustHeadings", "niceHeadings", "ignoredHeadings", "otherHeadings", "niceMarkers", "negations", "contextCues",
                        "ambiguousFollowers", "seniority", "degrees", "technicalTitleWords", "requirementMarkers", "primaryFocus",
                        "groupCues", "choiceCues", "degreeFields", "notAsks"]
            guard let f = reader.fields(of: root, path: "", known: keys) else { return nil }
            func levels(_ key: String) -> [(level: String, words: [String])] {
                reader.list(f, key) { node, path in
                    guard let item = reader.fields(of: node, path: path, known: ["level", "words"]),
                          let level = reader.requiredText(item, "level") else { return nil }
                    return (level, reader.textList(item, "words"))
                }
            }
            var followers: [String: [String]] = [:]
            if let node = f["ambiguousFollowers"], case .mapping(let pairs) = node.content {
                for pair in pairs {
                    followers[pair.key] = reader.list(FieldReader.Fields.single(pair.key, pair.value), pair.key) { n, p in reader.text(n, path: p) }
                }
            }
            return PostingCues(mustHeadings: reader.textList(f, "mustHeadings"), niceHeadings: reader.textList(f, "niceHeadings"),
                               ignoredHeadings: reader.textList(f, "ignoredHeadings"), otherHeadings: reader.textList(f, "otherHeadings"),
                               niceMarkers: reader.textList(f, "niceMarkers"),
                               negations: reader.textList(f, "negations"), contextCues: reader.textList(f, "contextCues"),
                               ambiguousFollowers: followers, seniority: levels("seniority"), degrees: levels("degrees"),
                               technicalTitleWords: reader.textList(f, "technicalTitleWords"),
                               requirementMarkers: reader.textList(f, "requirementMarkers"), primaryFocus: reader.textList(f, "primaryFocus"),
                               groupCues: reader.textList(f, "groupCues"), choiceCues: reader.textList(f, "choiceCues"), degreeFields: reader.textList(f, "degreeFields"), notAsks: reader.textList(f, "notAsks"))
        }
    }
}
