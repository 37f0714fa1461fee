import Foundation

/// What an applicant tracking system reads back from the PDF: the name, e-mail, phone, the
/// section titles, and each job's title, company and dates, compared with the profile. The
/// text comes from the PDF's own bytes (`PDFTextReader`), as a parser gets it.
struct ATSRoundTripRule: CheckRuleRunner {
    func findings(_ context: CheckContext) -> [Diagnostic] {
        guard let lines = context.rendering?.pdfLines else { return [] }
        let text = Array(Self.normal(lines.joined(separator: " ")).utf8)
        let compact = text.filter { $0 != 32 }
        let p = context.profile, view = context.view
        var findings: [Diagnostic] = []
        func expect(_ field: String, _ value: String?, _ path: String, read: () -> String?) {
            guard let value, !value.trimmedSpaces.isEmpty else { return }
            let wanted = Array(Self.normal(value).utf8)
            // Lines wrap and parsers drop or add spaces at runs' edges: compare without spaces too.
            if Self.contains(text, wanted) || Self.contains(compact, wanted.filter { $0 != 32 }) { return }
            findings.append(context.finding(.atsRoundTrip(field: field, expected: value, read: read()), path))
        }
        expect("name", view.name.text, "basics.name") { lines.first }
        if let email = p.basics.email, !email.isEmpty {
            let found = Self.emails(in: lines.joined(separator: "\n"))
            if !found.contains(where: { $0.caseInsensitiveCompare(email) == .orderedSame }) {
                findings.append(context.finding(.atsRoundTrip(field: "e-mail", expected: email, read: found.first), "basics.email"))
            }
        }
        if let phone = p.basics.phone, case let digits = phone.filter(\.isNumber), digits.count >= 5,
           !lines.contains(where: { $0.filter(\.isNumber).contains(digits) }) {
            findings.append(context.finding(.atsRoundTrip(field: "phone", expected: phone, read: nil), "basics.phone"))
        }
        for section in view.sections {
            let at = section.items.compactMap { item -> String? in
                if case .entry(let e) = item { return e.title?.path ?? e.subtitle?.path }
                if case .paragraph(let t) = item { return t.path }
                return nil
            }.first
            expect("section title", section.title, at.map { String($0.prefix { $0 != "[" && $0 != "." }) } ?? "cvbuild.sections") { nil }
        }
        for section in view.sections where section.id == .standard(.work) {
            for case .entry(let e) in section.items {
                if let t = e.title, let path = t.path { expect("job title", t.text, path) { nil } }
                if let s = e.subtitle, let path = s.path { expect("company", s.text, path) { nil } }
                if let dates = e.dates, let path = e.title?.path { expect("dates", dates, Self.parent(of: path) + ".startDate") { nil } }
            }
        }
        return findings
    }

    /// Whether `needle` occurs in `haystack`, byte for byte (both UTF-8, so whole characters match).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// `work[0].position` → `work[0]`; a top-level path stays as it is.
    static func parent(of path: String) -> String {
        guard let dot = path.lastIndex(of: ".") else { return path }
        return String(path[..<dot])
    }

    /// One space between words, lower case, typographic dashes as written by parsers.
    static func normal(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Addresses as parsers find them: a run of address characters around one "@", with a dot after it.
    static func emails(in text: String) -> [String] {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-@")
        return text.split { !allowed.contains($0) }.compactMap { word in
            let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
            let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix(".") else { return nil }
            return trimmed
        }
    }
}
