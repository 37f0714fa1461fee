import Foundation
import Testing

/// Runs the built `cvbuild` binary as a user would, in a folder of the test's own.
struct CLI {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The first line of each diagnostic (the lines that editors jump to).
        var diagnosticLines: [String] { stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("    ") } }
    }

    /// The folder holding the binaries `swift build` made for this test run.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["CVBUILD_BIN"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("cvbuild")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/cvbuild")
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ name: String) -> String { packageRoot.appendingPathComponent("Samples/\(name)").path }
    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/CVBuildTests/Fixtures/\(name)").path
    }

    /// Runs `cvbuild ARGS` in `folder`, with colour off and a generous guard against hangs.
    @discardableResult
    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
                    timeout: TimeInterval = 60, via runner: String? = nil) throws -> Output {
        let process = Process()
        // `via` runs another program (time, strace) that itself runs cvbuild, named in `arguments`.
        process.executableURL = runner.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the process runs, so a large output cannot block it.
        nonisolated(unsafe) var outData = Data(), errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            Issue.record("cvbuild \(arguments.joined(separator: " ")) did not finish in \(Int(timeout)) s")
        }
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A fresh temporary folder, removed when the value is released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cvbuild-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` as `name` and runs `cvbuild validate name` inside the folder.
    func validate(_ name: String, _ text: String, _ extra: [String] = []) throws -> CLI.Output {
        try write(name, text)
        return try CLI.run(["validate", name] + extra, in: url)
    }
}
