import ArgumentParser
import CVBuild
import Foundation

/// Writes what a job made: each file atomically (a temporary name, then renamed), never over
/// the input it was made from, saying where each went.
enum OutputWriter {
    /// Into `folder` (made if `make`), after checking that no output would replace `input`.
    static func write(_ files: [(name: String, data: Data, summary: String)], into folder: String, make: Bool, input: String) throws {
        if make, !FileManager.default.fileExists(atPath: folder) {
            do { try FileOutput.makeFolder(folder) } catch { throw Terminal.fail(error.description) }
        }
        let targets = files.map { (folder as NSString).appendingPathComponent($0.name) }
        for target in targets where FileOutput.sameFile(target, input) {
            throw Terminal.fail("the output \(target) would replace the profile itself; choose another --out")
        }
        for (file, target) in zip(files, targets) {
            try write(file.data, to: target, replace: true)
            print("Wrote \(target): \(file.summary)")
        }
    }

    /// `durable` for what a user goes on editing (a profile): flushed to disk before it is renamed into place.
    static func write(_ data: Data, to path: String, replace: Bool, durable: Bool = false) throws {
        do { try FileOutput.write(data, to: path, replace: replace, durable: durable) } catch { throw Terminal.fail(error.description) }
    }
}
