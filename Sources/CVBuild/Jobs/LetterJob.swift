import Foundation

/// `letter` as a job: one of the profile's `cvbuild.letters`, its placeholders filled from the
/// profile and (with a posting) the posting and the asks the profile shows best, typeset under
/// the résumé's letterhead. Outputs come back as named bytes, like `RenderJob`'s.
public enum LetterJob {
    public static let formats: [OutputFormat] = [.pdf, .html, .docx, .txt]

    public struct Request: Sendable {
        public var profile: String
        /// The letter's `name`; nil makes the first.
        public var letter: String?
        public var posting: String?
        public var formats: [OutputFormat]
        public var options: RenderOptions
        /// "Today", for the years of experience the posting's fit is scored with.
        public var now: Date

        public init(profile: String, letter: String? = nil, posting: String? = nil, formats: [OutputFormat] = [.pdf],
                    options: RenderOptions = RenderOptions(), now: Date) {
            self.profile = profile
            self.letter = letter
            self.posting = posting
            self.formats = formats
            self.options = options
            self.now = now
        }
    }

    public static func run(_ request: Request) async -> RenderJob.Report {
        let loaded = ProfileInput.load(path: request.profile)
        guard var profile = loaded.value else { return RenderJob.Report(profile: loaded, files: nil) }
        // A letter is one page whatever the résumé's budget; going over is a warning, below.
        profile.settings.maxPages = nil
        let chosen = choose(request.letter, from: profile)
        guard let letter = chosen.value else { return RenderJob.Report(profile: loaded, files: .failure(chosen.diagnostics)) }
        let posting = await postingValues(request)
        guard let postingValues = posting.value else { return RenderJob.Report(profile: loaded, files: .failure(posting.diagnostics)) }
        let base = FileOutput.baseName(of: request.profile) + ".letter-" + fileSafe(letter.name)
        let files = PreparedProfile.prepare(profile, options: request.options).flatMap { prepared in
            var values = postingValues
            values["name"] = prepared.view.name.text
            values["company"] = letter.company
            values["role"] = letter.role
            values["recipient"] = letter.recipient
            return LetterComposer.fill(letter, values: values, sourceMap: profile.sourceMap, signature: prepared.view.name,
                                 postingGiven: request.posting != nil).flatMap { filled in
                LetterOutputs.make(filled, prepared: prepared, formats: request.formats, base: base, options: request.options)
            }
        }
        return RenderJob.Report(profile: loaded, files: files.after(posting.diagnostics))
    }

    private static func choose(_ name: String?, from profile: Profile) -> Outcome<Letter> {
        let letters = profile.settings.letters
        guard let first = letters.first else {
            return .failure(Diagnostic(.error, .missingField(name: "cvbuild.letters",
                reason: "add a letter under cvbuild.letters (name, greeting, body paragraphs, closing); see the README"),
                at: SourceLocation(file: profile.sourceMap.file)))
        }
        guard let name else { return .success(first) }
        if let letter = letters.first(where: { $0.name == name }) { return .success(letter) }
        let names = letters.map(\.name)
        return .failure(Diagnostic(.error, .unknownName(kind: "letter", name: name, choices: names,
                                                        suggestion: Suggestion.closest(to: name, in: names), extra: nil),
                                   at: SourceLocation(file: "--letter")))
    }

    /// `{postingTitle}`, `{postingCompany}` and `{topSkills}`: what the posting says, and the asks
    /// the profile shows best (strongest evidence of the most weighty asks), by the scorer's reading.
    private static func postingValues(_ request: Request) async -> Outcome<[String: String]> {
        guard let path = request.posting else { return .success([:]) }
        let read = PostingReader.read(path: path)
        guard let posting = read.value else { return .failure(read.diagnostics) }
        let report = await ScoreJob.run(ScoreJob.Request(profile: request.profile, target: .posting(path), now: request.now))
        var values: [String: String] = [:]
        values["postingTitle"] = posting.title
        values["postingCompany"] = posting.company
        if let fit = report.results?.value?.first?.value, let taxonomy = report.taxonomy {
            // Weighty asks with strong evidence first; ties in the posting's wording order, for stable output.
            func shown(_ l: FitReport.Line) -> Double { l.ask.weight * (l.evidence?.strength ?? 0) }
            let best = fit.lines.filter { $0.evidence != nil }.sorted { (shown($0), $1.ask.asked) > (shown($1), $0.ask.asked) }
            var names: [String] = []
            for line in best {
                guard let id = line.evidence?.skillID, let label = taxonomy.byID[id]?.label, !names.contains(label) else { continue }
                names.append(label)
                if names.count == 3 { break }
            }
            if !names.isEmpty { values["topSkills"] = names.joined(separator: ", ") }
        }
        return .success(values, warnings: read.diagnostics)
    }

    private static func fileSafe(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }
}
