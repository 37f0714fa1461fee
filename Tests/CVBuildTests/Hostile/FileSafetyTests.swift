import Foundation
import Testing

/// Runs cvbuild as a user without root's right to read and write every file: as `nobody` through
/// setpriv when the tests run as root (as in CI containers), directly otherwise. Permission bits
/// mean nothing to root, so this is the only way "unreadable" and "not writable" can be tested.
enum Unprivileged {
    static let setpriv = "/usr/bin/setpriv"

    /// Whether `nobody` can reach and run the built binary (every folder above it searchable).
    static var available: Bool {
        if getuid() != 0 { return true }
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return false }
        var url = CLI.binary.resolvingSymlinksInPath()
        while url.path != "/" {
            guard let mode = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions] as? Int,
                  mode & 0o001 != 0 else { return false }
            url.deleteLastPathComponent()
        }
        return true
    }

    static func run(_ arguments: [String], in folder: URL) throws -> CLI.Output {
        guard getuid() == 0 else { return try CLI.run(arguments, in: folder) }
        return try CLI.run(["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path] + arguments,
                           in: folder, via: setpriv)
    }
}

@Suite("files: unreadable inputs, unwritable outputs, outputs over inputs")
struct FileSafetyTests {
    /// A test folder `nobody` may enter and read, holding the senior sample as `p.yaml`.
    static func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path)
        try folder.write("p.yaml", try Data(contentsOf: URL(fileURLWithPath: CLI.sample("senior-ml-engineer.yaml"))))
        return folder
    }

    static func chmod(_ path: String, _ mode: Int) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    @Test("an unreadable input gets `cannot read the file: permission denied` from every command",
          .enabled(if: Unprivileged.available, "needs setpriv to drop root, and a build folder others can enter"))
    func unreadableInputs() throws {
        let folder = try Self.folder()
        try folder.write("posting.txt", "## Requirements\n- Python\n")
        try folder.write("resume.json", try Data(contentsOf: URL(fileURLWithPath: CLI.sample("resume.json"))))
        let export = try FileManager.default.contentsOfDirectory(atPath: CLI.fixture("linkedin")).sorted().first { !$0.hasPrefix(".") }
        try FileManager.default.copyItem(atPath: CLI.fixture("linkedin/\(try #require(export))"), toPath: folder.path("export"))
        for name in ["p.yaml", "posting.txt", "resume.json"] { try Self.chmod(folder.path(name), 0) }
        try Self.chmod(folder.path("export"), 0)
        defer { try? Self.chmod(folder.path("export"), 0o755) }

        let cases: [([String], String)] = [
            (["validate", "p.yaml"], "p.yaml: error: cannot read the file: permission denied"),
            (["render", "p.yaml", "--format", "pdf,html,linkedin"], "p.yaml: error: cannot read the file: permission denied"),
            (["score", "p.yaml", "--role", "ml-engineer"], "p.yaml: error: cannot read the file: permission denied"),
            (["export", "jsonresume", "p.yaml", "-o", "out.json"], "p.yaml: error: cannot read the file: permission denied"),
            (["extract", "posting.txt"], "posting.txt: error: cannot read the file: permission denied"),
            (["import", "jsonresume", "resume.json", "-o", "out.yaml"], "resume.json: error: cannot read the file: permission denied"),
            (["import", "rendercv", "resume.json", "-o", "out.yaml"], "resume.json: error: cannot read the file: permission denied"),
            (["import", "linkedin", "export", "-o", "out.yaml"], "export: error: cannot read the folder: permission denied"),
        ]
        for (arguments, message) in cases {
            let out = try Unprivileged.run(arguments, in: folder.url)
            #expect(out.status == 1, "\(arguments): exit \(out.status)")
            #expect(out.diagnosticLines.first == message, "\(arguments): \(out.stderr)")
            #expect(!out.stderr.contains("crashed"))
        }
        try Self.chmod(folder.path("p.yaml"), 0o644)
        let score = try Unprivileged.run(["score", "p.yaml", "--posting", "posting.txt"], in: folder.url)
        #expect(score.status == 1)
        #expect(score.diagnosticLines.first == "posting.txt: error: cannot read the file: permission denied")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(left == ["export", "p.yaml", "posting.txt", "resume.json"])
    }

    @Test("an output folder that cannot be written: a clear message, exit 1, nothing left behind",
          .enabled(if: Unprivileged.available, "needs setpriv to drop root, and a build folder others can enter"))
    func unwritableOutputs() throws {
        let folder = try Self.folder()
        try FileManager.default.createDirectory(atPath: folder.path("locked"), withIntermediateDirectories: false)
        try Self.chmod(folder.path("locked"), 0o555)
        defer { try? Self.chmod(folder.path("locked"), 0o755) }
        let cases: [([String], String)] = [
            (["render", "p.yaml", "--out", "locked", "--format", "pdf,html,linkedin"], "cvbuild: error: cannot write locked/p.pdf: permission denied"),
            (["render", "p.yaml", "--out", "locked/sub"], "cvbuild: error: cannot create the folder locked/sub: permission denied"),
            (["export", "jsonresume", "p.yaml", "-o", "locked/resume.json"], "cvbuild: error: cannot write locked/resume.json: permission denied"),
            (["import", "jsonresume", CLI.sample("resume.json"), "-o", "locked/p.yaml"], "cvbuild: error: cannot write locked/p.yaml: permission denied"),
            (["init", "locked/new.yaml"], "cvbuild: error: cannot write locked/new.yaml: permission denied"),
        ]
        for (arguments, message) in cases {
            let out = try Unprivileged.run(arguments, in: folder.url)
            #expect(out.status == 1, "\(arguments): exit \(out.status)")
            #expect(out.diagnosticLines.last == message, "\(arguments): \(out.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("locked")).isEmpty)
        }
    }

    @Test("an output that is the input, by name, hard link or symbolic link, is refused and the input kept")
    func outputOverInput() throws {
        let folder = try Self.folder()
        let original = try Data(contentsOf: URL(fileURLWithPath: CLI.sample("resume.json")))
        try folder.write("resume.json", original)
        try FileManager.default.linkItem(atPath: folder.path("p.yaml"), toPath: folder.path("hard.yaml"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("soft.json"), withDestinationPath: "resume.json")
        let profile = try Data(contentsOf: folder.url.appendingPathComponent("p.yaml"))
        let cases: [([String], String)] = [
            (["import", "rendercv", "p.yaml", "-o", "./p.yaml", "--force"], "cvbuild: error: the output ./p.yaml is the file being imported; choose another -o"),
            (["import", "rendercv", "p.yaml", "-o", "hard.yaml", "--force"], "cvbuild: error: the output hard.yaml is the file being imported; choose another -o"),
            (["export", "jsonresume", "resume.json", "-o", "soft.json", "--force"], "cvbuild: error: the output soft.json is the profile itself; choose another -o"),
            (["export", "jsonresume", "resume.json", "-o", "resume.json", "--force"], "cvbuild: error: the output resume.json is the profile itself; choose another -o"),
        ]
        for (arguments, message) in cases {
            let out = try CLI.run(arguments, in: folder.url)
            #expect(out.status == 1, "\(arguments): exit \(out.status)")
            #expect(out.diagnosticLines.last == message, "\(arguments): \(out.stderr)")
        }
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("resume.json")) == original)
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("p.yaml")) == profile)
        try folder.write("cv.pdf", profile)
        let render = try CLI.run(["render", "cv.pdf"], in: folder.url)
        #expect(render.status == 1)
        #expect(render.diagnosticLines.last == "cvbuild: error: the output ./cv.pdf would replace the profile itself; choose another --out")
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("cv.pdf")) == profile)
    }

    @Test("import writes YAML and export writes JSON: another extension is a usage error, before anything is read")
    func outputExtensions() throws {
        let folder = try Self.folder()
        let cases: [([String], String)] = [
            (["import", "jsonresume", CLI.sample("resume.json"), "-o", "p.json"], "Error: import writes a YAML profile: name the output .yaml or .yml"),
            (["export", "jsonresume", "p.yaml", "-o", "resume.yaml"], "Error: export jsonresume writes JSON: name the output .json"),
        ]
        for (arguments, start) in cases {
            let out = try CLI.run(arguments, in: folder.url)
            #expect(out.status == 2, "\(arguments): exit \(out.status)")
            #expect(out.stderr.hasPrefix(start), "\(arguments): \(out.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["p.yaml"])
    }

    @Test("one-character paths (Foundation traps on them on Linux) work for init, render and its --out")
    func shortPaths() throws {
        let folder = try Self.folder()
        #expect(try CLI.run(["init", "a"], in: folder.url).status == 0)
        let render = try CLI.run(["render", "a", "--out", "b", "--format", "html"], in: folder.url)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path("b/a.html")))
        let nested = try CLI.run(["render", "p.yaml", "--out", "c/d/e", "--format", "html"], in: folder.url)
        #expect(nested.status == 0, "\(nested.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path("c/d/e/p.html")))
        let blocked = try CLI.run(["render", "p.yaml", "--out", "p.yaml/sub"], in: folder.url)
        #expect(blocked.diagnosticLines.last == "cvbuild: error: cannot create the folder p.yaml: a file of that name is in the way")
    }

    @Test("a missing file says what was expected: a profile, a posting, a theme, another tool's file")
    func missingFiles() throws {
        let folder = try Self.folder()
        let cases: [([String], String)] = [
            (["validate", "none.yaml"], "none.yaml: error: no such file (expected a profile file (.yaml, .yml or .json))"),
            (["extract", "none.txt"], "none.txt: error: no such file (expected a job posting saved as .txt, .md or .html)"),
            (["extract", "."], ".: error: is a folder, not a file (expected a job posting saved as .txt, .md or .html)"),
            (["render", "p.yaml", "--theme", "./none"], "./none/theme.yaml: error: no such file (expected a theme folder holding a theme.yaml; copy one from Themes/ to start)"),
            (["import", "jsonresume", "none.json"], "none.json: error: no such file (expected a JSON Resume file (resume.json))"),
            (["import", "rendercv", "none.yaml"], "none.yaml: error: no such file (expected a RenderCV YAML file (with a cv: section))"),
        ]
        for (arguments, message) in cases {
            let out = try CLI.run(arguments, in: folder.url)
            #expect(out.status == 1, "\(arguments): exit \(out.status)")
            #expect(out.diagnosticLines.first == message, "\(arguments): \(out.stderr)")
        }
        try folder.write("empty.txt", "  \n")
        let empty = try CLI.run(["extract", "empty.txt"], in: folder.url)
        #expect(empty.diagnosticLines.first == "empty.txt:1:1: error: the file is empty (expected the text of a job posting)")
    }
    @Test("endless inputs (/dev/zero, /dev/urandom) are refused after one byte past the limit, not read forever")
    func endlessInputs() throws {
        let cases: [([String], String)] = [
            (["validate", "/dev/urandom"], "/dev/urandom: error: the file is over the 10 MB limit (a profile is a few kilobytes; is this the right file?)"),
            (["render", "/dev/zero"], "/dev/zero: error: the file is over the 10 MB limit (a profile is a few kilobytes; is this the right file?)"),
            (["extract", "/dev/zero"], "/dev/zero: error: the posting is over 5 MB (a job posting is a few kilobytes; save just the posting's page or text)"),
        ]
        for (arguments, message) in cases {
            let started = Date()
            let out = try CLI.run(arguments, timeout: 20)
            #expect(out.status == 1, "\(arguments)")
            #expect(out.diagnosticLines.first == message, "\(arguments): \(out.stderr)")
            #expect(Date().timeIntervalSince(started) < 10)
        }
    }
}
