import CVBuild
import Foundation

/// The profile loader on raw bytes, as `cvbuild validate FILE` and `render FILE` meet them:
/// SourceReader.decode (byte-order marks, invalid UTF-8, NUL bytes), then YAML or JSON parsing,
/// decoding and the rules; every diagnostic formatted with its source line. A profile that
/// loads is also composed and rendered to HTML and LinkedIn text, as `render` would.
public enum ProfileHarness {
    public static func yaml(_ data: Data) { run(data, path: "f.yaml") }
    public static func json(_ data: Data) { run(data, path: "f.json") }

    static func run(_ data: Data, path: String) {
        let source: SourceText
        switch SourceReader.decode(data, path: path) {
        case .failure(let d):
            FuzzSupport.format([d], source: nil)
            // The same bytes, repaired, still reach the parser: the fuzzer need not learn UTF-8.
            source = SourceText(path: path, text: String(decoding: data, as: UTF8.self))
        case .success(let s):
            source = s
        }
        // Strict mode (unknown keys are errors) for inputs whose last byte is odd.
        let result = ProfileLoader.load(source, strict: (data.last ?? 0) & 1 == 1)
        FuzzSupport.format(result.diagnostics, source: source)
        guard result.isValid, let profile = result.profile else { return }
        switch PreparedProfile.prepare(profile, options: RenderOptions()) {
        case .failure(let list):
            FuzzSupport.format(list.items, source: source)
        case .success(let prepared):
            if case .success(let page) = HTMLRenderer.render(prepared, pdfFileName: "f.pdf", date: nil) {
                FuzzSupport.format(page.warnings, source: source)
            }
            let linkedin = LinkedInProfile.build(from: prepared.view, settings: profile.settings)
            FuzzSupport.format(LinkedInWriter.warnings(linkedin, sourceMap: profile.sourceMap), source: source)
            _ = LinkedInWriter.text(linkedin, version: "fuzz")
        }
        FuzzSupport.checkReloads(profile, what: "a profile that loaded")
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
        let text: String
        switch SourceReader.decode(data, path: "f.csv") {
        case .success(let s): text = s.text
        case .failure: text = String(decoding: data, as: UTF8.self)
        }
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
