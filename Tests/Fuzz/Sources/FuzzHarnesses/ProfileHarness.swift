@testable import CVBuild
import Foundation

/// The profile loader on raw bytes, as `cvbuild validate FILE` and `render FILE` meet them:
/// SourceReader.decode (byte-order marks, invalid UTF-8, NUL bytes), then YAML or JSON parsing,
/// decoding and the rules; every diagnostic formatted with its source line. A profile that
/// loads is also composed and rendered to HTML and LinkedIn text, as `render` would.
public enum ProfileHarness {
    public static func yaml(_ data: Data) { run(data, path: "f.yaml") }
    public static func json(_ data: Data) { run(data, path: "f.json") }

    static func run(_ data: Data, path: String) {
        let decoded = SourceReader.decode(data, path: path)
        FuzzSupport.format(decoded.diagnostics, source: nil)
        // When decoding refuses the bytes, the same bytes, repaired, still reach the parser: the
        // fuzzer need not learn UTF-8.
        let source = decoded.value ?? SourceText(path: path, text: String(decoding: data, as: UTF8.self))
        // Strict mode (unknown keys are errors) for inputs whose last byte is odd.
        let result = ProfileLoader.load(source, strict: (data.last ?? 0) & 1 == 1)
        FuzzSupport.format(result.diagnostics, source: source)
        guard let profile = result.value else { return }
        let prepared = PreparedProfile.prepare(profile, options: RenderOptions())
        FuzzSupport.format(prepared.diagnostics, source: source)
        if let prepared = prepared.value {
            FuzzSupport.format(HTMLRenderer.render(prepared, pdfFileName: "f.pdf", date: nil).diagnostics, source: source)
            let linkedin = LinkedInProfile.build(from: prepared.view, settings: profile.settings)
            FuzzSupport.format(LinkedInWriter.warnings(linkedin, sourceMap: profile.sourceMap), source: source)
            _ = LinkedInWriter.text(linkedin, version: "fuzz")
        }
        FuzzSupport.checkReloads(profile, what: "a profile that loaded")
        checkRoundTrip(profile, strict: (data.last ?? 0) & 1 == 1)
    }

    /// The profile without its source map, and without entries that hold nothing (`- {}` or
    /// an entry of unknown keys only): the writer leaves those out, which loses nothing.
    static func comparable(_ profile: Profile) -> Profile {
        var p = profile
        p.sourceMap = SourceMap(file: "")
        p.basics.profiles.removeAll { $0 == SocialProfile() }
        if p.basics.location == Location() { p.basics.location = nil }
        p.work.removeAll { $0 == Work() }
        p.volunteer.removeAll { $0 == Volunteer() }
        p.education.removeAll { $0 == Education() }
        p.awards.removeAll { $0 == Award() }
        p.certificates.removeAll { $0 == Certificate() }
        p.publications.removeAll { $0 == Publication() }
        p.skills.removeAll { $0 == Skill() }
        p.languages.removeAll { $0 == Language() }
        p.interests.removeAll { $0 == Interest() }
        p.references.removeAll { $0 == Reference() }
        p.projects.removeAll { $0 == Project() }
        if p.meta == Meta() { p.meta = nil }
        return p
    }

    /// `roundtrip`: ProfileYAMLWriter promises that what it writes "loads back to the same
    /// profile". A profile the loader made is already in the loader's terms, so writing and
    /// loading it again must give it back, field for field, and still valid.
    static func checkRoundTrip(_ profile: Profile, strict: Bool) {
        guard FuzzSupport.checking("roundtrip") else { return }
        let yaml = ProfileYAMLWriter.yaml(profile, header: [])
        let again = ProfileLoader.load(SourceText(path: "written.yaml", text: yaml), strict: strict)
        guard var reloaded = again.value else {
            let problems = again.diagnostics.map { DiagnosticFormatter.headline($0) }.joined(separator: "\n")
            FuzzSupport.fail("roundtrip: the written profile does not load", problems + "\n--- written.yaml ---\n" + yaml)
        }
        let original = comparable(profile)
        reloaded = comparable(reloaded)
        guard original != reloaded else { return }
        // Name the first field that changed, by the JSON Resume both would export.
        let before = JSONResumeWriter.json(original).serialized(pretty: true).split(separator: "\n")
        let after = JSONResumeWriter.json(reloaded).serialized(pretty: true).split(separator: "\n")
        let first = zip(before, after).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(before.count, after.count)
        let detail = before == after
            ? "the JSON Resume export is the same; a field it does not carry (cvbuild settings) differs:\n"
                + "before: \(original.settings)\nafter:  \(reloaded.settings)"
            : "before: \(first < before.count ? String(before[first]) : "(end)")\nafter:  \(first < after.count ? String(after[first]) : "(end)")"
        FuzzSupport.fail("roundtrip: the written profile loads back different", detail + "\n--- written.yaml ---\n" + yaml)
    }
}

/// CSVReader on raw bytes, decoded as the LinkedIn importer decodes a file (lossily when the
/// bytes are not UTF-8, since CSVReader takes any String), then every header the importer
/// looks for, and each table's rows and extra fields.
public enum CSVHarness {
    static let headers: [[String]] = [
        ["First Name", "Last Name"], ["Company Name", "Title"], ["School Name"], ["Name"], ["Title"],
        ["Email Address"], ["Number"], ["Role"],
    ]

    public static func run(_ data: Data) {
        let text = SourceReader.decode(data, path: "f.csv").value?.text ?? String(decoding: data, as: UTF8.self)
        let reader = CSVReader(text, file: "f.csv")
        switch reader.records() {
        case .failure(let failure):
            FuzzSupport.format([failure.diagnostic(file: "f.csv")], source: SourceText(path: "f.csv", text: text))
            return
        case .success(let records):
            for r in records { _ = r.isBlank; _ = r[r.fields.count]; _ = r[0] }
        }
        for expected in headers {
            switch reader.table(expecting: expected) {
            case .failure(let failure):
                FuzzSupport.format([failure.diagnostic(file: "f.csv")], source: nil)
            case .success(let table):
                let columns = table.header.map { table.index(of: $0) }
                for row in table.rows {
                    for case let i? in columns { _ = row[i] }
                    _ = table.extraFields(of: row)
                }
            }
        }
    }
}
