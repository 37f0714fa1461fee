import Foundation

/// Scores `extract` against hand-made answer keys (`NAME.expected.txt`: `must skill` / `nice skill`
/// lines beside `NAME.txt`): precision, recall and must/nice agreement, pooled over all postings.
public struct ExtractionEvaluation: Sendable {
    public struct PostingResult: Sendable {
        public var name: String
        public var truePositives: Int
        public var falsePositives: [String]
        public var falseNegatives: [String]
        public var levelAgreements: Int
        public var levelDisagreements: [String]
        /// Asks of the key where an either/or group (from the folder's README) counts once: met
        /// when any member is found. `askCount` of them, `asksFound` found.
        public var askCount: Int
        public var asksFound: Int
    }

    public var postings: [PostingResult]

    public var precision: Double { ratio(postings.map(\.truePositives).reduce(0, +), postings.map { $0.truePositives + $0.falsePositives.count }.reduce(0, +)) }
    public var recall: Double { ratio(postings.map(\.truePositives).reduce(0, +), postings.map { $0.truePositives + $0.falseNegatives.count }.reduce(0, +)) }
    public var agreement: Double { ratio(postings.map(\.levelAgreements).reduce(0, +), postings.map(\.truePositives).reduce(0, +)) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    /// Recall over asks: a group of the key is found when any one member is (what scoring needs).
    public var groupAwareRecall: Double { ratio(postings.map(\.asksFound).reduce(0, +), postings.map(\.askCount).reduce(0, +)) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

    /// Evaluates every `*.txt` with an `.expected.txt` in `folder` (and its `.html` twin, if any).
    package static func run(folder: String, extractor: SkillExtractor, includeHTML: Bool = true) -> ExtractionEvaluation {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let keyGroups = (try? String(contentsOfFile: folder + "/README.md", encoding: .utf8)).map(groups(inReadme:)) ?? [:]
        var results: [PostingResult] = []
        for key in files.filter({ $0.hasSuffix(".expected.txt") }).sorted() {
            let base = String(key.dropLast(".expected.txt".count))
            guard let expectedText = try? String(contentsOfFile: folder + "/" + key, encoding: .utf8) else { continue }
            var expected: [String: PostingAnalysis.Level] = [:]
            for line in expectedText.split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { continue }
                expected[String(parts[1])] = parts[0] == "must" ? .must : .nice
            }
            for ext in ["txt"] + (includeHTML ? ["html"] : []) {
                let path = folder + "/" + base + "." + ext
                guard FileManager.default.fileExists(atPath: path), var posting = PostingReader.read(path: path).value else { continue }
                if ext == "html", let text = PostingReader.read(path: folder + "/" + base + ".txt").value {
                    posting.title = text.title   // the HTML fragments carry no title; the .txt header has it
                }
                let found = extractor.analyse(posting).skills
                var got: [String: PostingAnalysis.Level] = [:]
                for s in found { got[s.skill.id] = s.level }
                let hits = got.keys.filter { expected[$0] != nil }
                // Asks: the key's groups for this posting, then every skill in none of them.
                let number = base.prefix { $0 != "_" }
                let groups = (keyGroups[String(number)] ?? []).map { $0.filter { expected[$0] != nil } }.filter { !$0.isEmpty }
                let inGroups = Set(groups.flatMap { $0 })
                let singles = expected.keys.filter { !inGroups.contains($0) }
                let asksFound = singles.filter { got[$0] != nil }.count + groups.filter { $0.contains { got[$0] != nil } }.count
                let agree = hits.filter { got[$0] == expected[$0] }
                results.append(PostingResult(
                    name: base + "." + ext, truePositives: hits.count,
                    falsePositives: got.keys.filter { expected[$0] == nil }.sorted(),
                    falseNegatives: expected.keys.filter { got[$0] == nil }.sorted(),
                    levelAgreements: agree.count,
                    levelDisagreements: hits.filter { got[$0] != expected[$0] }.sorted().map { "\($0) (said \(got[$0]!.rawValue), key \(expected[$0]!.rawValue))" },
                    askCount: singles.count + groups.count, asksFound: asksFound))
            }
        }
        return ExtractionEvaluation(postings: results)
    }

    /// The any-of groups a labelled folder's README lists: lines such as
    /// "- 03 {tensorflow, pytorch} (examples); nice {aws, azure}" (continued on indented lines),
    /// by posting number ("03", "zh03").
    static func groups(inReadme text: String) -> [String: [[String]]] {
        var out: [String: [[String]]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("- ") {
                let number = line.dropFirst(2).prefix { $0.isLetter || $0.isNumber }
                current = number.contains(where: \.isNumber) && number.count <= 4 ? String(number) : nil
            } else if !line.hasPrefix("  ") {
                current = nil
            }
            guard let current else { continue }
            var rest = line[...]
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                let members = rest[rest.index(after: open)..<close].split(separator: ",").map { $0.trimmedSpaces }
                if members.count >= 2 { out[current, default: []].append(members) }
                rest = rest[rest.index(after: close)...]
            }
        }
        return out
    }
}
