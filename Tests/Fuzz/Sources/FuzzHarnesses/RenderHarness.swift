@testable import CVBuild
import Foundation

/// The renderers on profiles built from fuzz bytes (see ProfileMaker): the page layout engine
/// (line breaking, pagination, fitting to the page budget) with the built-in themes' real fonts,
/// and the HTML and LinkedIn renderers and the exporters.
public enum RenderHarness {
    /// Each built-in theme's fonts, loaded once: reading TrueType files is not what is fuzzed.
    nonisolated(unsafe) static var fonts: [String: FontBook] = [:]

    public static func setUpFonts() {
        let here = SourceLocation(file: "fuzz")
        // As the CLI looks for fonts: also under HOME and CVBUILD_FONT_DIR.
        let locator = FontLocator(environment: ProcessInfo.processInfo.environment)
        for name in ThemeCatalog.builtInNames {
            guard let theme = ThemeCatalog.resolve(name, requestedAt: here).value else {
                fatalError("built-in theme \(name) does not resolve")
            }
            let loaded = ThemeFonts.load(theme, locator: locator, themeLocation: here)
            guard let book = loaded.value?.book else {
                fatalError("fonts of theme \(name): " + loaded.errors.map(DiagnosticFormatter.headline).joined(separator: "; ")
                           + " (run .ci/setup --deps-only)")
            }
            fonts[theme.name] = book
        }
    }

    /// With CVBUILD_FUZZ_DUMP=FILE, each input's profile is also written to FILE as a YAML
    /// profile, to reproduce a finding with `cvbuild render FILE` (run it on one input).
    static let dumpPath = ProcessInfo.processInfo.environment["CVBUILD_FUZZ_DUMP"].flatMap { $0.isEmpty ? nil : $0 }

    static func profile(from data: Data) -> (Profile, FuzzBytes) {
        var bytes = FuzzBytes(data)
        let profile = ProfileMaker.make(&bytes)
        if let dumpPath {
            _ = FileManager.default.createFile(atPath: dumpPath, contents: Data(ProfileYAMLWriter.yaml(profile, header: ["from a fuzz input"]).utf8))
        }
        return (profile, bytes)
    }

    public static func layout(_ data: Data) {
        let (profile, _) = profile(from: data)
        guard let prepared = PreparedProfile.prepare(profile, options: RenderOptions()).value else { return }
        let theme = prepared.theme
        guard let book = fonts[theme.name] else { fatalError("no fonts loaded for theme \(theme.name)") }
        // As PDFRenderer.render does with default options.
        let pageSize = profile.settings.pageSize ?? theme.pageSize
        switch DocumentLayouter(theme: theme, fonts: book, pageSize: pageSize).layout(prepared.view, maxPages: profile.settings.maxPages) {
        case .failure(let overflow):
            _ = overflow.longestSections.map { "\($0.title) (\($0.lines) lines)" }
        case .success(let layout):
            for w in layout.warnings {
                _ = "U+" + String(w.scalar.value, radix: 16, uppercase: true)
                _ = String(Character(w.scalar))
            }
            if FuzzSupport.checking("pages"), let budget = profile.settings.maxPages, layout.pages.count > budget {
                FuzzSupport.fail("layout has \(layout.pages.count) pages", "maxPages is \(budget), yet layout() succeeded")
            }
        }
    }

    public static func html(_ data: Data) {
        var (profile, bytes) = profile(from: data)
        let pdfName = bytes.flag() ? "résumé \"x\".pdf" : nil
        if let prepared = PreparedProfile.prepare(profile, options: RenderOptions()).value {
            FuzzSupport.format(HTMLRenderer.render(prepared, pdfFileName: pdfName, date: nil).diagnostics, source: nil)
            let linkedin = LinkedInProfile.build(from: prepared.view, settings: profile.settings)
            FuzzSupport.format(LinkedInWriter.warnings(linkedin, sourceMap: profile.sourceMap), source: nil)
            _ = LinkedInWriter.text(linkedin, version: "fuzz")
            _ = LinkedInWriter.json(linkedin, version: "fuzz").serialized(pretty: true)
        }
        FuzzSupport.checkReloads(profile, what: "a generated profile")
    }
}
