import Foundation
import Testing

/// The mechanical rules of ARCHITECTURE.md, read off the source tree: a change that breaks one
/// fails here, naming the file.
@Suite("architecture")
struct ArchitectureTests {
    static let sources = CLI.packageRoot.appendingPathComponent("Sources")

    /// Every Swift file under `folder`, as (path relative to Sources/, text).
    static func files(under folder: String) throws -> [(path: String, text: String)] {
        let root = sources.appendingPathComponent(folder)
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".swift") }.sorted()
        return try paths.map { ("\(folder)/\($0)", try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
    }

    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    @Test("no source file is over 400 lines, and no command file over 60")
    func fileSizes() throws {
        for file in try Self.files(under: "CVBuild") + Self.files(under: "cvbuild") {
            let count = Self.lines(file.text).count - (file.text.hasSuffix("\n") ? 1 : 0)
            #expect(count <= 400, "\(file.path) has \(count) lines")
            if file.path.hasPrefix("cvbuild/Commands/") { #expect(count <= 60, "\(file.path) has \(count) lines") }
        }
    }

    @Test("libharu only in Render/PDF, libxml2 only in Postings")
    func systemLibraries() throws {
        for file in try Self.files(under: "CVBuild") + Self.files(under: "cvbuild") {
            let imports = Self.lines(file.text).filter { $0.hasPrefix("import ") }
            if imports.contains("import CHaru") { #expect(file.path.hasPrefix("CVBuild/Render/PDF/"), "\(file.path) imports libharu") }
            if imports.contains("import CLibXML2") { #expect(file.path.hasPrefix("CVBuild/Postings/"), "\(file.path) imports libxml2") }
        }
    }

    @Test("the library never prints, exits or reads the process's environment or clock")
    func noHiddenOutputsOrInputs() throws {
        let forbidden = ["print(", "exit(", "ProcessInfo.processInfo", "Date()", "FileHandle.standardError", "FileHandle.standardOutput"]
        for file in try Self.files(under: "CVBuild") {
            for (number, line) in Self.lines(file.text).enumerated() {
                let code = line.components(separatedBy: "//").first ?? ""
                for word in forbidden where code.contains(word) {
                    Issue.record("\(file.path):\(number + 1) uses \(word)")
                }
            }
        }
    }

    @Test("the command line holds no shared mutable state or locks, and results have one shape")
    func commandLineIsThin() throws {
        for file in try Self.files(under: "cvbuild") {
            for word in ["nonisolated(unsafe)", "NSLock", "concurrentPerform", "Result<"] {
                #expect(!file.text.contains(word), "\(file.path) uses \(word)")
            }
        }
        let failures = try (Self.files(under: "CVBuild") + Self.files(under: "cvbuild")).map { $0.text.components(separatedBy: "case .failure(let").count - 1 }
        #expect(failures.reduce(0, +) <= 5, "\(failures.reduce(0, +)) `case .failure(let` in Sources/")
    }
}
