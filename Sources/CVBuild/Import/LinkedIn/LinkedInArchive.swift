import Foundation
import ZIPFoundation

/// The CSV files of LinkedIn's "Get a copy of your data" export, read into memory from the ZIP
/// or from the folder it unpacks to. Nothing is ever written to disk, so an entry named
/// `../../etc/passwd` can do no harm; such names are still reported and skipped. Only the files
/// cvbuild imports are read (matched by base name, any case, in any subfolder); the rest of
/// the export (messages, connections, …) is never opened.
struct LinkedInArchive {
    /// The files cvbuild reads, by what they hold.
    enum Kind: String, CaseIterable, Sendable {
        case profile, positions, education, skills, certifications, projects, languages, courses
        case emailAddresses, phoneNumbers, honors, publications, volunteering

        /// The names LinkedIn has used for the file; the first is today's.
        var fileNames: [String] {
            switch self {
            case .profile: ["Profile.csv"]
            case .positions: ["Positions.csv"]
            case .education: ["Education.csv"]
            case .skills: ["Skills.csv"]
            case .certifications: ["Certifications.csv"]
            case .projects: ["Projects.csv"]
            case .languages: ["Languages.csv"]
            case .courses: ["Courses.csv"]
            case .emailAddresses: ["Email Addresses.csv"]
            case .phoneNumbers: ["PhoneNumbers.csv", "Phone Numbers.csv"]
            case .honors: ["Honors.csv"]
            case .publications: ["Publications.csv"]
            case .volunteering: ["Volunteering.csv"]
            }
        }

        static func of(baseName: String) -> Kind? {
            let lower = baseName.lowercased()
            return allCases.first { $0.fileNames.contains { $0.lowercased() == lower } }
        }

        static var allFileNames: [String] { allCases.flatMap(\.fileNames) }
    }

    /// One file found: the name to show in messages (its base name) and its bytes.
    struct File {
        var kind: Kind
        var name: String
        var data: Data
    }

    /// What is too much. The defaults are far above any real export's CSV files.
    struct Limits: Sendable {
        /// The whole archive, uncompressed.
        var total = 50 * 1_048_576
        /// Each file cvbuild reads.
        var perFile = 10 * 1_048_576
        /// Entries larger than this that expand more than `ratio` times are refused.
        var ratioFloor = 1_048_576
        var ratio = 200
        /// Entries in the archive, or files looked at in a folder.
        var entries = 20_000

        static let standard = Limits()
    }

    var files: [Kind: File] = [:]
    /// Warnings about the container itself: skipped entries, duplicates.
    var diagnostics: [Diagnostic] = []

    /// Reads the export at `path` (a ZIP file or a folder), or says why it cannot be used.
    static func read(path: String, limits: Limits = .standard) -> Outcome<LinkedInArchive> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Diagnostic(.error, .importing(.exportNotFound), at: SourceLocation(file: path)))
        }
        // An unreadable archive or folder would otherwise look like "not a ZIP" or "no files".
        if access(path, isDirectory.boolValue ? R_OK | X_OK : R_OK) != 0 {
            let reason = String(cString: strerror(errno)).lowercased()
            return .failure(Diagnostic(.error, .importing(.exportUnreadable(isFolder: isDirectory.boolValue, reason: reason)),
                                       at: SourceLocation(file: path)))
        }
        var reader = Reader(path: path, limits: limits)
        let outcome = isDirectory.boolValue ? reader.readFolder() : reader.readZIP()
        if let error = outcome { return .failure(reader.archive.diagnostics + [error]) }
        guard !reader.archive.files.isEmpty else {
            return .failure(reader.archive.diagnostics + [reader.error(.notALinkedInExport(fileNames: Kind.allFileNames))])
        }
        return .success(reader.archive, warnings: reader.archive.diagnostics)
    }

    /// An entry name that would leave the folder it is unpacked into if someone did unpack it:
    /// `..` components, absolute paths, drive letters.
    static func escapes(_ name: String) -> Bool {
        let parts = name.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "\\" })
        if name.hasPrefix("/") || name.hasPrefix("\\") { return true }
        if let first = parts.first, first.count == 2, first.last == ":", first.first?.isLetter == true { return true }
        return parts.contains("..")
    }

    static func baseName(_ name: String) -> String {
        String(name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? Substring(name))
    }

    private struct Reader {
        let path: String
        let limits: Limits
        var archive = LinkedInArchive()

        init(path: String, limits: Limits) {
            self.path = path
            self.limits = limits
        }

        func error(_ problem: ImportProblem) -> Diagnostic {
            Diagnostic(.error, .importing(problem), at: SourceLocation(file: path))
        }

        mutating func warn(_ problem: ImportProblem) {
            archive.diagnostics.append(Diagnostic(.warning, .importing(problem), at: SourceLocation(file: path)))
        }

        /// Keeps the first file of each kind; a second one is reported and left out.
        mutating func add(_ kind: Kind, entry: String, data: Data) {
            let name = LinkedInArchive.baseName(entry)
            if let first = archive.files[kind] {
                warn(.duplicateExportFile(entry: entry, first: first.name, fileName: kind.fileNames[0]))
                return
            }
            archive.files[kind] = File(kind: kind, name: name, data: data)
        }

        // MARK: ZIP

        /// Nil when the archive was read; else the error that stopped it.
        mutating func readZIP() -> Diagnostic? {
            let url = URL(fileURLWithPath: path)
            let zip: Archive
            do {
                zip = try Archive(url: url, accessMode: .read)
            } catch {
                return notAZIP(url)
            }
            // First every entry's declared size: refuse before anything is decompressed.
            var wanted: [(Kind, Entry)] = []
            var total = 0
            var count = 0
            for entry in zip {
                count += 1
                if count > limits.entries {
                    return self.error(.tooManyEntries(limit: limits.entries, isFolder: false))
                }
                let size = Int(clamping: entry.uncompressedSize)
                let packed = Int(clamping: entry.compressedSize)
                if size > limits.ratioFloor, size / max(packed, 1) > limits.ratio {
                    return self.error(.zipBomb(entry: entry.path, ratio: limits.ratio, bytes: size))
                }
                if LinkedInArchive.escapes(entry.path) {
                    warn(.unsafeEntryName(entry: entry.path))
                    continue
                }
                guard entry.type == .file, let kind = Kind.of(baseName: LinkedInArchive.baseName(entry.path)) else { continue }
                // Only the files that will be read count: a full export may carry large message
                // and media files that are never unpacked (the ratio check above still applies to them).
                total = total.addingReportingOverflow(size).overflow ? Int.max : total + size
                wanted.append((kind, entry))
            }
            if total > limits.total {
                return self.error(.exportTooLarge(total: total, limit: limits.total))
            }
            for (kind, entry) in wanted {
                let size = Int(clamping: entry.uncompressedSize)
                if size > limits.perFile { return tooLarge(entry.path, size) }
                var data = Data()
                data.reserveCapacity(size)
                let cap = min(limits.perFile, size)
                do {
                    _ = try zip.extract(entry, skipCRC32: false) { chunk in
                        // The declared size can lie: stop as soon as the bytes pass it.
                        guard data.count + chunk.count <= cap else { throw Overflow() }
                        data.append(chunk)
                    }
                } catch is Overflow {
                    return self.error(.entryOverDeclaredSize(entry: entry.path, declared: size))
                } catch {
                    return damaged(entry.path)
                }
                if data.count != size { return damaged(entry.path) }
                add(kind, entry: entry.path, data: data)
            }
            return nil
        }

        private struct Overflow: Error {}

        func notAZIP(_ url: URL) -> Diagnostic {
            // A ZIP starts with "PK\3\4"; one that does but cannot be opened is cut short or damaged.
            let head = (try? FileHandle(forReadingFrom: url)).flatMap { handle -> Data? in
                defer { try? handle.close() }
                return try? handle.read(upToCount: 4)
            } ?? Data()
            if head == Data([0x50, 0x4B, 0x03, 0x04]) {
                return error(.damagedZIP)
            }
            return error(.notAZIP)
        }

        func damaged(_ entry: String) -> Diagnostic {
            error(.damagedEntry(entry: entry))
        }

        func tooLarge(_ name: String, _ size: Int) -> Diagnostic {
            error(.exportFileTooLarge(name: name, file: LinkedInArchive.baseName(name), bytes: size, limit: limits.perFile))
        }

        // MARK: Folder

        /// Looks for the known files in the folder and up to three levels of subfolders.
        mutating func readFolder() -> Diagnostic? {
            let root = URL(fileURLWithPath: path, isDirectory: true)
            var found: [(Kind, URL, String)] = []
            var looked = 0
            var queue: [(URL, String, Int)] = [(root, "", 0)]
            let keys: [URLResourceKey] = [.isDirectoryKey, .isRegularFileKey, .isSymbolicLinkKey]
            while !queue.isEmpty {
                let (folder, prefix, depth) = queue.removeFirst()
                let children = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: keys)) ?? [])
                    .sorted { $0.lastPathComponent < $1.lastPathComponent }
                for child in children {
                    looked += 1
                    if looked > limits.entries {
                        return error(.tooManyEntries(limit: limits.entries, isFolder: true))
                    }
                    let values = try? child.resourceValues(forKeys: Set(keys))
                    let relative = prefix + child.lastPathComponent
                    if values?.isSymbolicLink == true { continue }
                    if values?.isDirectory == true {
                        if depth < 3 { queue.append((child, relative + "/", depth + 1)) }
                        continue
                    }
                    guard values?.isRegularFile == true, let kind = Kind.of(baseName: child.lastPathComponent) else { continue }
                    found.append((kind, child, relative))
                }
            }
            var total = 0
            for (kind, url, relative) in found {
                let size = ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
                if size > limits.perFile { return tooLarge(relative, size) }
                guard let handle = try? FileHandle(forReadingFrom: url) else {
                    return error(.exportFileUnreadable(name: relative))
                }
                // One byte past the limit: a file whose size lies is caught too.
                let data = (try? handle.read(upToCount: limits.perFile + 1)) ?? Data()
                try? handle.close()
                if data.count > limits.perFile { return tooLarge(relative, data.count) }
                total += data.count
                if total > limits.total {
                    return error(.exportTooLarge(total: nil, limit: limits.total))
                }
                add(kind, entry: relative, data: data)
            }
            return nil
        }
    }
}
