import CVBuild
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

    /// Off with CVBUILD_FUZZ_ORACLES=0: then only crashes, sanitizer reports and timeouts count.
    public static let oracles = ProcessInfo.processInfo.environment["CVBUILD_FUZZ_ORACLES"] != "0"

    /// A failed check: says what and why on stderr, then aborts so libFuzzer saves the input.
    public static func fail(_ what: String, _ details: String) -> Never {
        FileHandle.standardError.write(Data("\n==cvbuild-fuzz== CHECK FAILED: \(what)\n\(details)\n".utf8))
        abort()
    }

    /// The writers' output must load again: `cvbuild import` writes a YAML profile the user then
    /// renders, and ProfileYAMLWriter promises the round trip. A syntax error here is a bug.
    public static func checkReloads(_ profile: Profile, what: String) {
        guard oracles else { return }
        let yaml = ProfileYAMLWriter.yaml(profile, header: ["fuzz"])
        if case .failure(let d) = ProfileLoader.parse(SourceText(path: "written.yaml", text: yaml)) {
            fail("\(what): ProfileYAMLWriter wrote YAML that does not parse",
                 DiagnosticFormatter().format(d, sourceLine: SourceText(path: "", text: yaml).line(d.location.position?.line ?? 0))
                    + "\n--- written.yaml ---\n" + yaml)
        }
        let json = JSONResumeWriter.json(profile).serialized(pretty: true)
        if case .failure(let d) = ProfileLoader.parse(SourceText(path: "written.json", text: json)) {
            fail("\(what): JSONResumeWriter wrote JSON that does not parse",
                 DiagnosticFormatter().format(d) + "\n--- written.json ---\n" + json)
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
