import Foundation

/// What every rule of `cvbuild check` reads: the profile, its composed view, the word lists,
/// the bullets with the role they belong to, and the profile's own text, so a finding inside a
/// field points at the word, not only at the field.
package struct CheckContext: Sendable {
    package struct Bullet: Sendable {
        package var text: String
        package var path: String
        /// For a job's bullet: whether the job has ended (nil for projects and volunteering).
        package var ended: Bool?
        /// Whether it states a measurable result (see `MeasurableResultRule`), worked out once.
        package var hasResult = false
    }

    package var profile: Profile
    package var view: ResumeView
    package var words: CheckWords
    /// The profile file's lines, for columns inside a field; empty when it could not be read.
    package var lines: [Substring]
    package var bullets: [Bullet]
    /// What typesetting found; nil when the profile could not be typeset.
    package var rendering: CheckRendering?
    /// With `--posting`: the musts the profile does not show.
    package var posting: CheckPosting?

    package init(profile: Profile, view: ResumeView, words: CheckWords, sourceText: String?) {
        self.profile = profile
        self.view = view
        self.words = words
        lines = sourceText.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? []
        var bullets: [Bullet] = []
        for (i, w) in profile.work.enumerated() {
            let ended = w.endDate?.date != nil
            bullets += w.highlights.enumerated().map { Bullet(text: $1, path: "work[\(i)].highlights[\($0)]", ended: ended) }
        }
        for (i, p) in profile.projects.enumerated() {
            bullets += p.highlights.enumerated().map { Bullet(text: $1, path: "projects[\(i)].highlights[\($0)]", ended: nil) }
        }
        for (i, v) in profile.volunteer.enumerated() {
            bullets += v.highlights.enumerated().map { Bullet(text: $1, path: "volunteer[\(i)].highlights[\($0)]", ended: nil) }
        }
        self.bullets = bullets.map { b in
            var b = b
            b.hasResult = MeasurableResultRule.hasResult(b.text, words: words)
            return b
        }
    }

    package var file: SourceLocation { SourceLocation(file: profile.sourceMap.file) }

    /// Where a field is, moved `offset` characters into its text when the file shows the text
    /// there as written (a plain or quoted scalar on its line); else the field's start.
    package func location(_ path: String, offset: Int = 0, text: String = "") -> SourceLocation {
        guard let base = profile.sourceMap[path] else { return file }
        guard offset > 0, let at = base.position, at.line >= 1, at.line <= lines.count else { return base }
        let line = Array(lines[at.line - 1].unicodeScalars)
        let wanted = Array(text.unicodeScalars.prefix(offset))
        for skip in [0, 1] {
            let start = at.column - 1 + skip
            if start + wanted.count <= line.count, Array(line[start..<(start + wanted.count)]) == wanted {
                return SourceLocation(file: base.file, line: at.line, column: at.column + skip + offset)
            }
        }
        return base
    }

    package func finding(_ problem: CheckProblem, _ path: String?, offset: Int = 0, text: String = "") -> Diagnostic {
        Diagnostic(.warning, .check(problem), at: path.map { location($0, offset: offset, text: text) } ?? file, path: path)
    }
}

/// The must-haves of a posting that a profile does not show, each at the posting's line.
package struct CheckPosting: Sendable {
    package var file: String
    package var missing: [(skill: String, line: Int)]
}

/// One concern of `cvbuild check`: it reads the context and returns its findings.
package protocol CheckRuleRunner: Sendable {
    func findings(_ context: CheckContext) -> [Diagnostic]
}
