import Foundation

/// A folder's entries straight from `readdir`, with the type the listing gives. Foundation's
/// `contentsOfDirectory` does the same work through URLs and, on its first use in a process,
/// costs more than the listing itself.
package enum FolderListing {
    package struct Entry: Sendable {
        package var name: String
        /// `DT_REG`, `DT_DIR`, `DT_LNK`, … or `DT_UNKNOWN` where the file system does not say.
        package var type: UInt8
    }

    /// The entries of `folder` in listing order, without "." and ".."; nil when it cannot be opened.
    package static func entries(_ folder: String, hidden: Bool = true) -> [Entry]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." || (!hidden && name.hasPrefix(".")) { continue }
            entries.append(Entry(name: name, type: entry.pointee.d_type))
        }
        return entries
    }
}
