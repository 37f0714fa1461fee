import Foundation

/// Writes output files so that a user's file is never left half-written or silently replaced:
/// the bytes go to a temporary file in the target folder, then take the final name in one step.
package enum FileOutput {
    package enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case exists(String)
        case folderMissing(String)
        case notAFolder(String)
        case cannotWrite(String, reason: String)
        case cannotCreateFolder(String, reason: String)

        package var description: String {
            switch self {
            case .exists(let path): "\(path) already exists (use --force to replace it)"
            case .folderMissing(let path): "the folder \(path) does not exist"
            case .notAFolder(let path): "\(path) is a file, not a folder"
            case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
            case .cannotCreateFolder(let path, let reason): "cannot create the folder \(path): \(reason)"
            }
        }
    }

    /// Whether two paths name the same file: the same device and inode when both exist (hard
    /// links, symbolic links, `./a` and `a`), else the same resolved path.
    package static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        if stat(a, &sa) == 0, stat(b, &sb) == 0 { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
        let resolved = { (p: String) in URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        return resolved(a) == resolved(b)
    }

    /// The folder part of a path as the user typed it (`out` for `out/cv.pdf`, `.` for `cv.pdf`).
    /// By the last slash: Foundation's deletingLastPathComponent traps on a one-character path
    /// ("a", ".") on Linux with Swift 6.3.
    package static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }

    package static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The file name without its folder and extension: the base of the names outputs get (`cv` for `in/cv.yaml`).
    package static func baseName(of path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// Makes `path` and any missing folders above it, naming the system's reason when it cannot
    /// (Foundation's own message on Linux is "The operation could not be completed").
    package static func makeFolder(_ path: String) throws(Failure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw .cannotCreateFolder(path, reason: "a file of that name is in the way")
        }
        let parent = folder(of: path)
        if parent != ".", parent != "/", parent != path { try makeFolder(parent) }
        if mkdir(path, 0o777) != 0, errno != EEXIST {
            throw .cannotCreateFolder(path, reason: String(cString: strerror(errno)).lowercased())
        }
    }

    /// With `replace` false, an existing file is refused, checked atomically by `link(2)`.
    /// The bytes go to a temporary name first, renamed (or linked) into place only when whole, so
    /// no reader ever sees half a file. `durable` also flushes them to the disk before the rename
    /// (for files a user edits, like a profile): a generated résumé is made again in a moment,
    /// and the flush cost a fifth of the time of rendering one.
    package static func write(_ data: Data, to path: String, replace: Bool, durable: Bool = false) throws(Failure) {
        // The folder as the user wrote it, so messages name the path they typed.
        let name = (path as NSString).lastPathComponent
        let folder = folder(of: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else { throw .folderMissing(folder) }
        guard isDirectory.boolValue else { throw .notAFolder(folder) }
        if !replace, FileManager.default.fileExists(atPath: path) { throw .exists(path) }
        let temporary = folder + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno)).lowercased()) }
        defer { unlink(temporary) }
        let written = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        // The first failure's reason: writing, flushing, then closing (a full disk may say so only there).
        var failure = written ? nil : errno
        if failure == nil, durable, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw .cannotWrite(path, reason: String(cString: strerror(failure)).lowercased()) }
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
