/// What `cvbuild check` finds in a résumé, worded once, each with the stable id of its rule
/// (the ids `cvbuild.check.ignore` takes and `--format json` reports).
public enum CheckProblem: Hashable, Sendable {
    case noMeasurableResult
    case weakOpening(phrase: String)
    case firstPerson(word: String)
    case cliche(phrase: String)
    case longBullet(lines: Int, width: String)
    case tense(word: String, expected: String)
    case unreadableDate(text: String)
    case inconsistentDates(written: String, usual: String, count: Int)
    case employmentGap(months: Int, after: String)
    case missingContact(what: String)
    case sectionTitle(title: String, suggestion: String?)
    case overPageBudget(needed: Int, budget: Int, linesOver: Int)
    /// What a parser read back from the PDF for a field, nil when it found nothing.
    case atsRoundTrip(field: String, expected: String, read: String?)
    case missingMust(skill: String)

    public var rule: CheckRule {
        switch self {
        case .noMeasurableResult: .noMeasurableResult
        case .weakOpening: .weakOpening
        case .firstPerson: .firstPerson
        case .cliche: .cliche
        case .longBullet: .longBullet
        case .tense: .tense
        case .unreadableDate: .unreadableDate
        case .inconsistentDates: .inconsistentDates
        case .employmentGap: .employmentGap
        case .missingContact: .missingContact
        case .sectionTitle: .sectionTitle
        case .overPageBudget: .overPageBudget
        case .atsRoundTrip: .atsRoundTrip
        case .missingMust: .missingMust
        }
    }

    public var id: String { rule.rawValue }

    public var summary: String {
        switch self {
        case .noMeasurableResult: "this bullet has no measurable result"
        case .weakOpening(let phrase): "the bullet opens with \"\(phrase)\", a duty rather than an achievement"
        case .firstPerson(let word): "\"\(word)\": résumés leave out the first person"
        case .cliche(let phrase): "\"\(phrase)\" is a cliché every résumé claims"
        case .longBullet(let lines, let width): "the bullet takes \(lines) lines at the theme's width (\(width))"
        case .tense(let word, let expected): "\"\(word)\" is not in the \(expected) tense"
        case .unreadableDate(let text): "\"\(text)\" is not a date a parser can read"
        case .inconsistentDates(let written, let usual, let count):
            "the date is written as \(written), but \(count) other\(count == 1 ? " is" : "s are") written as \(usual)"
        case .employmentGap(let months, let after): "a gap of \(months) months after \(after)"
        case .missingContact(let what): "the profile has no \(what)"
        case .sectionTitle(let title, _): "\"\(title)\" is not a section title applicant tracking systems recognise"
        case .overPageBudget(let needed, let budget, let over):
            "the résumé needs \(needed) pages but the budget is \(budget) (about \(over) line\(over == 1 ? "" : "s") too many at the tightest spacing)"
        case .atsRoundTrip(let field, let expected, let read):
            read.map { "a parser reading the PDF finds the \(field) \"\($0)\" where the profile has \"\(expected)\"" }
                ?? "a parser reading the PDF does not find the \(field) \"\(expected)\""
        case .missingMust(let skill): "the posting asks for \(skill) as a must; the profile does not show it"
        }
    }

    public var expected: String? {
        switch self {
        case .noMeasurableResult: "a number: how much, how many, how fast (\"cut latency by 40%\")"
        case .weakOpening: "open with what you did: a verb such as led, built, cut"
        case .firstPerson: "start with the verb: \"Led …\", not \"I led …\""
        case .cliche: "show it with an example instead, or remove it"
        case .longBullet: "at most two lines: keep the result, cut the detail"
        case .tense(_, let expected): expected == "past" ? "the past tense for a role that has ended (\"led\")" : "the present tense for your current role (\"lead\")"
        case .unreadableDate: "YYYY-MM, as in startDate: 2021-03"
        case .inconsistentDates(_, let usual, _): "one precision throughout: \(usual)"
        case .employmentGap: "if it was study, a career break or freelance work, say so; recruiters ask about unexplained gaps"
        case .missingContact(let what): "add your \(what): recruiters and parsers look for it at the top"
        case .sectionTitle(_, let suggestion): suggestion.map { "a standard title such as \"\($0)\"" } ?? "a standard title such as Experience or Projects"
        case .overPageBudget: "shorten the longest sections, or raise cvbuild.maxPages"
        case .atsRoundTrip: "text a parser reads back as written: plain characters, no text in images"
        case .missingMust: "add it only if true, in a bullet of the job or project where you used it"
        }
    }
}

/// The rules of `cvbuild check`, by their stable ids.
public enum CheckRule: String, Hashable, Sendable, CaseIterable {
    case noMeasurableResult = "no-measurable-result"
    case weakOpening = "weak-opening"
    case firstPerson = "first-person"
    case cliche = "cliche"
    case longBullet = "long-bullet"
    case tense = "tense"
    case unreadableDate = "unreadable-date"
    case inconsistentDates = "inconsistent-dates"
    case employmentGap = "employment-gap"
    case missingContact = "missing-contact"
    case sectionTitle = "section-title"
    case overPageBudget = "over-page-budget"
    case atsRoundTrip = "ats-round-trip"
    case missingMust = "missing-must"
}
