/// The skills cvbuild recognises: ids from the shared vocabulary, the label people write, a
/// category, other spellings, and the rules that keep ambiguous words ("R", "Go", "Excel")
/// from counting where they are not skills. Loaded from `Data/taxonomy.yaml`.
public struct Taxonomy: Sendable {
    public struct Skill: Hashable, Sendable {
        public var id: String
        public var label: String
        public var category: String
        public var aliases: [String]
        /// Chinese names and common Chinese phrasings ("机器学习", "特征工程"), matched character by character.
        public var zh: [String] = []
        /// Counts only when written in the label's (or an alias's) own case.
        public var exactCase: Bool
        /// An ambiguous word: counts only in a skill context (near another skill, or after "experience with", …).
        public var context: String?
        /// Reported as this other skill when found (a narrower name folded into a broader one).
        public var foldedInto: String?
        /// Skills that work with this one shows indirectly (PyTorch → deep learning).
        public var implies: [String] = []
        /// Word stems that, in this order within five words, name the skill ("deploy" … "model").
        public var near: [[String]] = []
    }

    public var skills: [Skill]
    public var byID: [String: Skill]

    init(skills: [Skill]) {
        self.skills = skills
        byID = Dictionary(skills.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The built-in taxonomy: `Data/taxonomy.yaml`, compiled into values at build time (see
    /// EmbedDataPlugin), so no run parses it. `TaxonomyDecoder` still validates the file, and a
    /// test checks that it reads the same skills.
    public static let builtIn: Outcome<Taxonomy> = .success(Taxonomy(skills: compiledSkills))

    /// The file as `TaxonomyDecoder` reads it, with every diagnostic: what the compiled form must equal.
    package static var decodedFromFile: Outcome<Taxonomy> {
        guard let text = DataFiles.text("Data/taxonomy.yaml") else {
            return .failure(Diagnostic(.error, .missingField(name: "Data/taxonomy.yaml", reason: "cvbuild was built without it"),
                                       at: SourceLocation(file: "Data/taxonomy.yaml")))
        }
        return TaxonomyDecoder.decode(SourceText(path: "Data/taxonomy.yaml", text: text))
    }
}
