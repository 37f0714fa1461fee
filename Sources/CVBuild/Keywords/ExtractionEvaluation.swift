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
    }

    public var postings: [PostingResult]

    public var precision: Double { ratio(postings.map(\.truePositives).reduce(0, +), postings.map { $0.truePositives + $0.falsePositives.count }.reduce(0, +)) }
    public var recall: Double { ratio(postings.map(\.truePositives).reduce(0, +), postings.map { $0.truePositives + $0.falseNegatives.count }.reduce(0, +)) }
    public var agreement: Double { ratio(postings.map(\.levelAgreements).reduce(0, +), postings.map(\.truePositives).reduce(0, +)) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

    /// Evaluates every `*.txt` with an `.expected.txt` in `folder` (and its `.html` twin, if any).
    package static func run(folder: String, extractor: SkillExtractor, includeHTML: Bool = true) -> ExtractionEvaluation {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
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
                let agree = hits.filter { got[$0] == expected[$0] }
                results.append(PostingResult(
                    name: base + "." + ext, truePositives: hits.count,
                    falsePositives: got.keys.filter { expected[$0] == nil }.sorted(),
                    falseNegatives: expected.keys.filter { got[$0] == nil }.sorted(),
                    levelAgreements: agree.count,
                    levelDisagreements: hits.filter { got[$0] != expected[$0] }.sorted().map { "\($0) (said \(got[$0]!.rawValue), key \(expected[$0]!.rawValue))" }))
            }
        }
        return ExtractionEvaluation(postings: results)
    }
}
