// The stages are `package` declarations of CVBuild: `@testable` reaches them from this package
// (Tests/Fuzz/run builds with -enable-testing).
@testable import CVBuild
import Foundation

/// What every harness shares: formatting diagnostics as the CLI does, a scratch folder, and
/// the checks that make a wrong answer (not only a crash) stop the fuzzer.
public enum FuzzSupport {
    /// Formats each diagnostic as `cvbuild validate` prints it, source line and caret included,
    /// and as `--format json` does: both walk positions into the text.
    public static func format(_ diagnostics: [Diagnostic], source: SourceText?) {
        let plain = DiagnosticFormatter(colour: false, showSource: true)
        let colour = DiagnosticFormatter(colour: true, showSource: true)
        for d in diagnostics {
            let line = d.location.position.flatMap { source?.line($0.line) }
            _ = plain.format(d, sourceLine: line)
            _ = colour.format(d, sourceLine: line)
            _ = DiagnosticFormatter.json(d).serialized(pretty: false)
        }
    }

    /// A file of the repository this harness was built from (the harnesses are in Tests/Fuzz/Sources/FuzzHarnesses).
    public static func repositoryFile(_ relative: String, source: String = #filePath) -> String {
        var url = URL(fileURLWithPath: source)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url.appendingPathComponent(relative).path
    }

    /// The checks of answers (not crashes) named in CVBUILD_FUZZ_SKIP (comma-separated: `reload`,
    /// `roundtrip`, `pages`, `score`; `all`) are not made: to go on fuzzing past a known wrong answer until
    /// it is fixed. A known crash can be stepped past the same way, with a filter in the harness
    /// that returns early, under a name of its own, for inputs of the crash's shape.
    static let skipped = Set((ProcessInfo.processInfo.environment["CVBUILD_FUZZ_SKIP"] ?? "")
        .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })

    public static func checking(_ name: String) -> Bool { !skipped.contains(name) && !skipped.contains("all") }

    /// A failed check: says what and why on stderr, then aborts so libFuzzer saves the input.
    public static func fail(_ what: String, _ details: String) -> Never {
        FileHandle.standardError.write(Data("\n==cvbuild-fuzz== CHECK FAILED: \(what)\n\(details)\n".utf8))
        abort()
    }

    /// The writers' output must load again: `cvbuild import` writes a YAML profile the user then
    /// renders, and ProfileYAMLWriter promises the round trip. A syntax error here is a bug.
    public static func checkReloads(_ profile: Profile, what: String) {
        guard checking("reload") else { return }
        let yaml = ProfileYAMLWriter.yaml(profile, header: ["fuzz"])
        let written = SourceText(path: "written.yaml", text: yaml)
        let parsed = ProfileLoader.parse(written)
        if parsed.failed {
            fail("\(what): ProfileYAMLWriter wrote YAML that does not parse",
                 parsed.errors.map { DiagnosticFormatter().format($0, sourceLine: written.line($0.location.position?.line ?? 0)) }
                    .joined(separator: "\n") + "\n--- written.yaml ---\n" + yaml)
        }
        let json = JSONResumeWriter.json(profile).serialized(pretty: true)
        let parsedJSON = ProfileLoader.parse(SourceText(path: "written.json", text: json))
        if parsedJSON.failed {
            fail("\(what): JSONResumeWriter wrote JSON that does not parse",
                 parsedJSON.errors.map { DiagnosticFormatter().format($0) }.joined(separator: "\n") + "\n--- written.json ---\n" + json)
        }
    }
}

/// A folder of this process's own under the system's temporary folder, removed at exit.
public enum ScratchFolder {
    nonisolated(unsafe) public private(set) static var path = ""

    public static func create() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("cvbuild-fuzz-\(getpid())").path
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: ScratchFolder.path) }
    }

    /// An empty folder `name` inside the scratch folder.
    public static func empty(_ name: String) -> String {
        let folder = (path as NSString).appendingPathComponent(name)
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
