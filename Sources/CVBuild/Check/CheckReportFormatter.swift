import Foundation

/// The summary line of `check` for people, and the whole report as JSON for tools.
public enum CheckReportFormatter {
    /// "profile.yaml: 7 findings; 4 of 10 bullets (40%) show a measurable result; 2 pages (budget 2); …"
    public static func summary(_ r: CheckJob.Report, file: String) -> String {
        let findings = r.findings?.value ?? []
        var parts = [findings.isEmpty ? "no findings" : "\(findings.count) finding\(findings.count == 1 ? "" : "s")"]
        if r.bullets > 0 {
            parts.append("\(r.bulletsWithResult) of \(r.bullets) bullets (\(share(r))%) show a measurable result")
        }
        if let pages = r.pages { parts.append("\(pages) page\(pages == 1 ? "" : "s") (budget \(r.budget))") }
        if let source = r.pdfSource {
            let trip = findings.filter { $0.id == CheckRule.atsRoundTrip.rawValue }.count
            parts.append(trip == 0 ? "ATS round trip: \(source) reads back as the profile"
                                   : "ATS round trip: \(trip) field\(trip == 1 ? "" : "s") of \(source) read back differently")
        }
        if !r.ignored.isEmpty { parts.append("ignored: \(r.ignored.joined(separator: ", "))") }
        return "\(file): " + parts.joined(separator: "; ")
    }

    private static func share(_ r: CheckJob.Report) -> Int {
        r.bullets == 0 ? 0 : Int((100 * Double(r.bulletsWithResult) / Double(r.bullets)).rounded())
    }

    public static func json(_ r: CheckJob.Report, file: String) -> JSONValue {
        let diagnostics = r.profile.diagnostics + (r.findings?.diagnostics ?? [])
        return .object([
            ("file", .string(file)),
            ("checked", .bool(r.findings?.value != nil)),
            ("findings", .array((r.findings?.value ?? []).map(DiagnosticFormatter.json))),
            ("diagnostics", .array(diagnostics.map(DiagnosticFormatter.json))),
            ("bullets", .int(r.bullets)), ("bulletsWithResult", .int(r.bulletsWithResult)), ("resultShare", .int(share(r))),
            ("pages", r.pages.map { .int($0) } ?? .null), ("budget", .int(r.budget)),
            ("pdf", .optional(r.pdfSource)), ("ignored", .array(r.ignored.map { .string($0) })),
        ])
    }
}
