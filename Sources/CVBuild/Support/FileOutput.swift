import Foundation

/// Writes output files so that a user's file is never left half-written or silently replaced:
/// the bytes go to a temporary file in the target folder, then take the final name in one step.
public enum FileOutput {
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case exists(String)
        case folderMissing(String)
        case cannotWrite(String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): "\(path) already exists (use --force to replace it)"
            case .folderMissing(let path): "the folder \(path) does not exist"
            case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
            }
        }
    }

    /// With `replace` false, an existing file is refused, checked atomically by `link(2)`.
    public static func write(_ data: Data, to path: String, replace: Bool) throws(Failure) {
        // The folder as the user wrote it, so messages name the path they typed.
        let name = (path as NSString).lastPathComponent
        let written = (path as NSString).deletingLastPathComponent
        let folder = written.isEmpty ? "." : written
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .folderMissing(folder)
        }
        if !replace, FileManager.default.fileExists(atPath: path) { throw .exists(path) }
        let temporary = folder + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw .cannotWrite(path, reason: String(cString: strerror(errno)).lowercased())
        }
        defer { unlink(temporary) }
        if replace {
            guard rename(temporary, path) == 0 else {
                throw .cannotWrite(path, reason: String(cString: strerror(errno)).lowercased())
            }
        } else {
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw .exists(path) }
                throw .cannotWrite(path, reason: String(cString: strerror(errno)).lowercased())
            }
        }
    }
}
