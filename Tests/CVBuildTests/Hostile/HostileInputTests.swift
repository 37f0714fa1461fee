import Foundation
import Testing

/// Every command against a table of bad inputs: a clear message, the exit code, bounded time and
/// memory, and no partial output left behind.
@Suite("hostile input, every command")
struct HostileInputTests {
    /// A peak memory that /usr/bin/time did not report: the run was not measured, so no limit can pass.
    struct Unmeasured: Error, CustomStringConvertible {
        var arguments: [String]
        var report: String?
        var description: String {
            "cvbuild \(arguments.joined(separator: " ")): no peak memory from /usr/bin/time -f %M; its report was "
                + (report.map { "\"\($0)\"" } ?? "not written")
        }
    }

    /// Runs cvbuild under /usr/bin/time, so the peak memory of the run is known; throws (failing
    /// the test) when /usr/bin/time's figure cannot be read, rather than passing unmeasured.
    static func measured(_ arguments: [String], in folder: URL) throws -> (CLI.Output, peakMiB: Double, seconds: Double) {
        let report = folder.appendingPathComponent(".time-\(UUID().uuidString)").path
        let start = Date()
        var out = try CLI.run(["-f", "%M", "-o", report, CLI.binary.path] + arguments, in: folder, via: "/usr/bin/time")
        let seconds = Date().timeIntervalSince(start)
        let text = try? String(contentsOfFile: report, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: report)
        // The figure is the report's last line; a line before it says how a failed command exited.
        let last = text?.split(separator: "\n").last.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let kib = last.flatMap(Double.init), kib > 0 else { throw Unmeasured(arguments: arguments, report: text) }
        out.stderr = out.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("Command exited with non-zero status") }.joined(separator: "\n")
        return (out, kib / 1024, seconds)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var make: @Sendable () -> Data
        var testDescription: String { name }
    }

    static let fifty = 50 * 1_048_576
    static let cases: [Case] = [
        Case(name: "binary", file: "in.yaml") { Data((0..<4096).map { UInt8($0 % 256) }) },
        Case(name: "invalid UTF-8", file: "in.yaml") { Data("basics:\n  name: A".utf8) + Data([0xC3, 0x28]) },
        Case(name: "empty", file: "in.yaml") { Data() },
        Case(name: "50 MB", file: "in.yaml") { Data(repeating: UInt8(ascii: "a"), count: fifty) },
        Case(name: "deeply nested YAML", file: "in.yaml") { Data(("a: " + String(repeating: "[", count: 100_000)).utf8) },
        Case(name: "alias bomb", file: "in.yaml") {
            var y = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            for (p, c) in zip("abcdefgh", "bcdefghi") { y += "\(c): &\(c) [" + Array(repeating: "*\(p)", count: 10).joined(separator: ", ") + "]\n" }
            return Data(y.utf8)
        },
        Case(name: "NUL bytes", file: "in.yaml") { Data("basics:\n  name: A\u{0}B\n".utf8) },
    ]

    @Test("validate, render, score, export and imports reject bad files clearly and quickly", arguments: cases)
    func badFiles(c: Case) throws {
        let folder = try TemporaryFolder()
        try folder.write(c.file, c.make())
        let commands: [[String]] = [
            ["validate", c.file], ["render", c.file, "--format", "pdf,html,linkedin"], ["score", c.file, "--role", "ml-engineer"],
            ["export", "jsonresume", c.file, "-o", "out.json"], ["import", "jsonresume", c.file, "-o", "out.yaml"],
            ["import", "rendercv", c.file, "-o", "out.yaml"],
        ]
        for command in commands {
            let (out, peak, seconds) = try Self.measured(command, in: folder.url)
            #expect(out.status == 1, "\(command): exit \(out.status)")
            #expect(out.stderr.contains("error:"), "\(command): \(out.stderr.prefix(300))")
            #expect(!out.stderr.contains("Fatal error") && !out.stderr.contains("Stack dump"), "\(command) crashed")
            #expect(seconds < 10, "\(command) took \(seconds) s")
            #expect(peak < 400, "\(command) peaked at \(peak) MiB")
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0 != c.file }
            #expect(left.isEmpty, "\(command) left \(left)")
        }
    }

    @Test("extract rejects binary, empty and 50 MB postings; invalid UTF-8 is read with a warning", arguments: [
        ("bin.txt", Data((0..<4096).map { UInt8($0 % 256) }), Int32(1)),
        ("empty.txt", Data(), Int32(1)),
        ("big.txt", Data(repeating: UInt8(ascii: "a"), count: 50 * 1_048_576), Int32(1)),
        ("bad.txt", Data("## Requirements\n* Python \u{E9}".utf8) + Data([0xFF]) + Data(" SQL\n".utf8), Int32(0)),
    ])
    func badPostings(name: String, data: Data, status: Int32) throws {
        let folder = try TemporaryFolder()
        try folder.write(name, data)
        let (out, peak, seconds) = try Self.measured(["extract", name], in: folder.url)
        #expect(out.status == status)
        #expect(out.stderr.contains(status == 0 ? "warning:" : "error:"))
        #expect(seconds < 10 && peak < 400)
    }

    @Test("strange but valid text: bidi and zero-width characters, 100,000-character words and lines, far dates, 10,000 entries")
    func strangeButValid() throws {
        let folder = try TemporaryFolder()
        let word = String(repeating: "x", count: 100_000)
        var yaml = "basics:\n  name: \"Eve \\u202Eevil\\u200B\"\n  summary: \(word)\nwork:\n"
        yaml += "  - {name: Old, startDate: \"1900-01\", endDate: \"2100-12\", highlights: [\"a\\u200Db \\u2066c\\u2069\"]}\n"
        for i in 0..<10_000 { yaml += "  - {name: Job \(i), position: Engineer, startDate: \"2020\"}\n" }
        try folder.write("p.yaml", yaml)
        let (out, peak, seconds) = try Self.measured(["render", "p.yaml", "--format", "pdf,html,linkedin"], in: folder.url)
        #expect(out.status == 0, "\(out.stderr.prefix(500))")
        #expect(out.stderr.contains("U+202E was removed"))
        #expect(seconds < 60, "took \(seconds) s")
        #expect(peak < 1024, "peaked at \(peak) MiB")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.path)) == ["p.yaml", "p.pdf", "p.html", "p.linkedin.txt"])
        let (score, _, scoreSeconds) = try Self.measured(["score", "p.yaml", "--role", "ml-engineer"], in: folder.url)
        #expect(score.status == 0 && scoreSeconds < 30)
        let far = try folder.validate("far.yaml", "basics: {name: A}\nwork:\n  - {name: X, startDate: \"1066\"}\n")
        #expect(far.diagnosticLines.first == #"far.yaml:3:26: error: work[0].startDate: invalid date "1066": year 1066 is outside 1900-2100 (YYYY, YYYY-MM or YYYY-MM-DD)"#)
    }

    @Test("missing fonts, an output folder that is a file, output over the input, a folder as input")
    func environment() throws {
        let folder = try TemporaryFolder()
        let profile = try folder.write("p.yaml", "basics: {name: Ann}\n")
        try folder.write("notafolder", "x")
        let fonts = try CLI.run(["render", profile, "--out", folder.url.path], environment: ["CVBUILD_FONT_DIR": "/nonexistent"])
        #expect(fonts.status == 0, "the theme's fonts come from the system, so an extra empty folder changes nothing")
        let blocked = try CLI.run(["render", "p.yaml", "--out", "notafolder/sub"], in: folder.url)
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("cvbuild: error: cannot create the folder notafolder: a file of that name is in the way"))
        let over = try CLI.run(["import", "rendercv", "p.yaml", "-o", "p.yaml", "--force"], in: folder.url)
        #expect(over.status == 1)
        #expect(try String(contentsOfFile: profile, encoding: .utf8) == "basics: {name: Ann}\n")
        let dir = try CLI.run(["render", folder.url.path])
        #expect(dir.status == 1)
        #expect(dir.stderr.contains("is a folder, not a file"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}

@Suite("determinism and no network")
struct DeterminismTests {
    @Test("PDF, HTML and LinkedIn text are byte-identical across runs, with and without SOURCE_DATE_EPOCH")
    func identicalBytes() throws {
        for environment in [[:], ["SOURCE_DATE_EPOCH": "1767225600"]] {
            var outputs: [[Data]] = []
            for _ in 0..<2 {
                let folder = try TemporaryFolder()
                let out = try CLI.run(["render", CLI.sample("senior-ml-engineer.yaml"), "--format", "pdf,html,linkedin,json", "--out", folder.url.path],
                                      environment: environment)
                #expect(out.status == 0)
                outputs.append(try ["pdf", "html", "linkedin.txt", "linkedin.json"].map {
                    try Data(contentsOf: folder.url.appendingPathComponent("senior-ml-engineer.\($0)"))
                })
            }
            #expect(outputs[0] == outputs[1], "\(environment)")
        }
    }

    @Test("the PDF carries a document ID derived from its content: the same for the same input, another for another")
    func documentID() throws {
        func id(_ sample: String) throws -> String {
            let folder = try TemporaryFolder()
            #expect(try CLI.run(["render", CLI.sample(sample), "--out", folder.url.path]).status == 0)
            let base = (sample as NSString).deletingPathExtension
            let pdf = try Data(contentsOf: folder.url.appendingPathComponent(base + ".pdf"))
            let text = String(decoding: pdf.suffix(400), as: UTF8.self)
            let found = try #require(text.range(of: #"/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]"#, options: .regularExpression))
            #expect(try Poppler.info(folder.url.appendingPathComponent(base + ".pdf").path)["Pages"] != nil)
            return String(text[found])
        }
        let first = try id("senior-ml-engineer.yaml")
        #expect(try id("senior-ml-engineer.yaml") == first)
        #expect(try id("junior-ml-engineer.yaml") != first)
    }

    @Test("no command opens a network socket", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"), "needs strace; .ci/setup installs it"))
    func noSockets() throws {
        let folder = try TemporaryFolder()
        try folder.write("dtd.html", "<!DOCTYPE x [<!ENTITY e SYSTEM \"http://127.0.0.1:9/x\">]><html><body><h2>Requirements</h2><ul><li>Python &e;</li></ul><img src=\"http://127.0.0.1:9/i.png\"></body></html>")
        let runs: [[String]] = [
            ["render", CLI.sample("senior-ml-engineer.yaml"), "--format", "pdf,html,linkedin", "--out", folder.url.path],
            ["extract", folder.path("dtd.html")],
            ["score", CLI.sample("senior-ml-engineer.yaml"), "--posting", folder.path("dtd.html")],
            ["import", "jsonresume", CLI.sample("resume.json"), "-o", folder.path("i.yaml")],
        ]
        for arguments in runs {
            let trace = folder.path("trace-\(UUID().uuidString)")
            let out = try CLI.run(["-f", "-qq", "-e", "trace=socket", "-o", trace, CLI.binary.path] + arguments, via: "/usr/bin/strace")
            #expect(out.status == 0, "\(arguments)")
            let calls = try String(contentsOfFile: trace, encoding: .utf8)
            #expect(!calls.contains("AF_INET"), "\(arguments) opened a network socket:\n\(calls)")
        }
    }
}
