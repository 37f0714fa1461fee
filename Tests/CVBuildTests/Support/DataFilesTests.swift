import Foundation
import Testing

@testable import CVBuild

/// The data files in the repository are the source; the binary must carry exactly them.
@Suite struct DataFilesTests {
    /// Tests/CVBuildTests/Support/DataFilesTests.swift → the repository root, four levels up.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folders EmbedDataPlugin embeds, with the key prefix each gets.
    static let roots: [(folder: String, prefix: String)] = [("Themes", "Themes/"), ("Sources/CVBuild/Data", "Data/")]

    /// Keys the plugin should have embedded for `folder`, mapped to the files' paths: every
    /// regular file except hidden ones, README.md files and files over 2 MB.
    static func expectedFiles(folder: String, prefix: String) throws -> [String: String] {
        let base = repositoryRoot.appendingPathComponent(folder).path
        guard FileManager.default.fileExists(atPath: base) else { return [:] }
        var expected: [String: String] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: base) {
            let components = relative.split(separator: "/")
            if components.last == "README.md" || components.contains(where: { $0.hasPrefix(".") }) { continue }
            if let name = components.last, [".png", ".jpg", ".jpeg", ".gif", ".svg"].contains(where: { name.lowercased().hasSuffix($0) }) { continue }
            let path = base + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            guard attributes[.type] as? FileAttributeType == .typeRegular,
                let size = (attributes[.size] as? NSNumber)?.intValue, size <= 2 * 1024 * 1024
            else { continue }
            expected[prefix + components.joined(separator: "/")] = path
        }
        return expected
    }

    @Test(arguments: roots.map(\.prefix))
    func everyFileIsEmbeddedByteForByte(prefix: String) throws {
        let root = try #require(Self.roots.first { $0.prefix == prefix })
        let expected = try Self.expectedFiles(folder: root.folder, prefix: root.prefix)
        #expect(DataFiles.keys(under: prefix) == expected.keys.sorted())
        for (key, path) in expected.sorted(by: { $0.key < $1.key }) {
            let onDisk = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(DataFiles.data(key) == onDisk, "\(key) differs from \(path)")
            #expect(DataFiles.text(key) == String(decoding: onDisk, as: UTF8.self))
        }
    }

    @Test("the word lists that tell a text's language read cleanly, eight languages")
    func textLanguagesDecode() {
        #expect(TextLanguage.decoded.diagnostics.isEmpty, "\(TextLanguage.decoded.diagnostics)")
        #expect(TextLanguage.words.keys.sorted() == ["de", "en", "es", "fr", "it", "nl", "pl", "pt"])
        #expect(TextLanguage.words["es"]?.contains("y") == true)
    }

    @Test func fixtureReadsAsText() {
        #expect(DataFiles.text("Data/embed-check.txt") == "embedded data files are compiled into cvbuild\n")
        #expect(DataFiles.keys(under: "Data/").contains("Data/embed-check.txt"))
    }

    @Test func readmesAndUnknownKeysAreAbsent() {
        #expect(DataFiles.text("Data/README.md") == nil)
        #expect(DataFiles.text("Themes/README.md") == nil)
        #expect(DataFiles.data("Themes/classic/preview.png") == nil)
        #expect(DataFiles.data("Data/no-such-file.txt") == nil)
        #expect(DataFiles.text("no-such-key") == nil)
        #expect(DataFiles.keys(under: "Nowhere/").isEmpty)
    }

    @Test func keysAreSortedAndPrefixed() {
        let all = DataFiles.keys(under: "")
        #expect(all == all.sorted())
        #expect(all.allSatisfy { $0.hasPrefix("Themes/") || $0.hasPrefix("Data/") })
        #expect(!all.contains { $0.contains("\\") || $0.contains("//") })
        #expect(DataFiles.keys(under: "Data/locales/").allSatisfy { $0.hasPrefix("Data/locales/") })
    }

    @Test func concurrentFirstUseIsSafe() async {
        let results = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<16 { group.addTask { DataFiles.text("Data/embed-check.txt") } }
            return await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(Set(results).count == 1)
        #expect(results.first??.isEmpty == false)
    }
}
