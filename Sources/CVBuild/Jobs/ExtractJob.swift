/// `extract` as a job: the skills one posting asks for, or an evaluation against answer keys.
public enum ExtractJob {
    /// The posting's analysis, with warnings about what could not be read.
    public static func run(posting path: String) -> Outcome<PostingAnalysis> {
        extractor().flatMap { extractor in PostingReader.read(path: path).map(extractor.analyse) }
    }

    /// Every NAME.txt (and NAME.html) with a NAME.expected.txt in `folder`, scored against its key.
    public static func evaluate(folder: String) -> Outcome<ExtractionEvaluation> {
        extractor().flatMap { extractor in
            let result = ExtractionEvaluation.run(folder: folder, extractor: extractor)
            return result.postings.isEmpty
                ? .failure(Diagnostic(.error, .noPostings, at: SourceLocation(file: folder)))
                : .success(result)
        }
    }

    static func extractor() -> Outcome<SkillExtractor> {
        Taxonomy.builtIn.flatMap { taxonomy in
            PostingCues.builtIn.map { SkillExtractor(matcher: SkillMatcher(taxonomy: taxonomy), cues: $0) }
        }
    }
}
