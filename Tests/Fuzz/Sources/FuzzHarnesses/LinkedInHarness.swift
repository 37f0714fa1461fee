@testable import CVBuild
import Foundation

/// LinkedInImporter.load(path:) on a ZIP made of the fuzz bytes, and on a folder of CSV files cut
/// from them. The importer reads only from a path (its archive reader is internal and takes no
/// Data), so each input is written to this process's scratch folder first.
public enum LinkedInHarness {
    public static func setUp() { ScratchFolder.create() }

    /// The bytes are the ZIP file.
    public static func zip(_ data: Data) {
        let file = (ScratchFolder.path as NSString).appendingPathComponent("export.zip")
        guard FileManager.default.createFile(atPath: file, contents: data) else { fatalError("cannot write \(file)") }
        importAndCheck(file)
    }

    /// The bytes are files, each starting at a line `=== NAME` (NAME may have folders:
    /// `sub/Positions.csv`), the rest of it up to the next such line being the file's bytes.
    /// Names that would leave the folder are dropped; at most 24 files.
    public static func folder(_ data: Data) {
        let folder = ScratchFolder.empty("export")
        for (name, contents) in split(data).prefix(24) {
            let file = (folder as NSString).appendingPathComponent(name)
            try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: file, contents: contents)
        }
        importAndCheck(folder)
    }

    static func importAndCheck(_ path: String) {
        let imported = LinkedInImporter.load(path: path)
        FuzzSupport.format(imported.diagnostics, source: nil)
        // `cvbuild import linkedin` writes the profile as YAML for the user to edit and render.
        if let profile = imported.value { FuzzSupport.checkReloads(profile, what: "an imported LinkedIn export") }
    }

    static let marker = Array("=== ".utf8)

    static func split(_ data: Data) -> [(String, Data)] {
        let bytes = [UInt8](data)
        var starts: [Int] = []
        var i = 0
        while i + marker.count <= bytes.count {
            if (i == 0 || bytes[i - 1] == 0x0A) && bytes[i..<(i + marker.count)].elementsEqual(marker) { starts.append(i) }
            i += 1
        }
        var files: [(String, Data)] = []
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : bytes.count
            let nameStart = start + marker.count
            let nameEnd = bytes[nameStart..<end].firstIndex(of: 0x0A) ?? end
            let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let parts = name.split(separator: "/")
            guard !name.isEmpty, name.utf8.count < 200, !name.hasPrefix("/"), !name.contains("\0"),
                  !parts.contains(where: { $0 == ".." || $0 == "." }) else { continue }
            files.append((name, Data(bytes[min(nameEnd + 1, end)..<end])))
        }
        return files
    }
}
