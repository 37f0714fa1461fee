import Foundation

/// Finds font files by file name ("Caladea-Regular.ttf", "uming.ttc") in the user's folders and
/// the system's font folders, searched recursively in order: the extra folders (from --font-dir
/// or a theme), then `$CVBUILD_FONT_DIR` (one folder, or several separated by ":"), then
/// ~/.local/share/fonts, ~/.fonts, /usr/local/share/fonts and /usr/share/fonts.
///
/// The folders are walked once, as far as the names asked for need, into an index of file
/// names; copies of a locator share that index.
package struct FontLocator: Sendable {
    /// The folders searched, in order; an earlier folder wins when two hold the same name.
    package let folders: [String]
    private let index: LazyIndex
    private let home: String?

    /// The search order for the given environment (`CVBUILD_FONT_DIR`, `HOME`), passed in rather
    /// than read from the process: without `HOME`, no home font folder is searched.
    package init(extraFolders: [String] = [], environment: [String: String] = [:]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        self.home = home
        func expanding(_ path: String) -> String { Self.expandingTilde(path, home: home) }
        var folders = extraFolders.map(expanding)
        if let custom = environment["CVBUILD_FONT_DIR"] {
            folders += custom.split(separator: ":").map { expanding(String($0)) }
        }
        if let home { folders += [home + "/.local/share/fonts", home + "/.fonts"] }
        folders += ["/usr/local/share/fonts", "/usr/share/fonts"]
        var seen = Set<String>()
        self.folders = folders.filter { !$0.isEmpty && seen.insert($0).inserted }
        index = LazyIndex()
    }

    /// The path of the font file with this name, or nil. A name containing "/" is a path (absolute
    /// or relative to the working folder) and is only checked to be a file. When no file has the
    /// exact name, a name differing only in letter case is accepted ("caladea-regular.ttf").
    package func locate(_ fileName: String) -> String? {
        guard !fileName.isEmpty else { return nil }
        if fileName.contains("/") {
            let path = Self.expandingTilde(fileName, home: home)
            return Self.isFile(path) ? path : nil
        }
        return index.lookup(fileName, in: folders)
    }

    /// The Debian package that ships each font file cvbuild's themes use, for error messages.
    package static let debianPackages: [String: String] = {
        var packages: [String: String] = [:]
        func add(_ package: String, _ names: [String]) {
            for name in names { packages[name] = package }
        }
        let styles = ["Regular", "Bold", "Italic", "BoldItalic"]
        add("fonts-crosextra-caladea", styles.map { "Caladea-\($0).ttf" })
        add("fonts-crosextra-carlito", styles.map { "Carlito-\($0).ttf" })
        add("fonts-open-sans", [
            "Regular", "Italic", "Bold", "BoldItalic", "Light", "LightItalic", "Semibold", "SemiboldItalic",
            "ExtraBold", "ExtraBoldItalic", "CondBold", "CondLight", "CondLightItalic",
        ].map { "OpenSans-\($0).ttf" })
        add("fonts-liberation2", ["Sans", "Serif", "Mono"].flatMap { family in styles.map { "Liberation\(family)-\($0).ttf" } })
        // Debian splits DejaVu: the upright regular and bold faces are in -core, the rest in -extra.
        add("fonts-dejavu-core", [
            "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf",
            "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
        ])
        add("fonts-dejavu-extra", [
            "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf", "DejaVuSans-ExtraLight.ttf",
            "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
            "DejaVuSansCondensed-BoldOblique.ttf", "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf",
            "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf",
        ])
        add("fonts-arphic-uming", ["uming.ttc"])
        add("fonts-nanum", ["NanumGothic.ttf", "NanumGothicBold.ttf", "NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf",
                            "NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf"])
        add("fonts-arphic-ukai", ["ukai.ttc"])
        add("fonts-wqy-zenhei", ["wqy-zenhei.ttc"])
        add("fonts-lato", ["Regular", "Italic", "Bold", "BoldItalic", "Semibold", "SemiboldItalic", "Medium", "MediumItalic",
                           "Light", "LightItalic", "Black", "BlackItalic", "Heavy", "HeavyItalic"].map { "Lato-\($0).ttf" })
        add("fonts-roboto-unhinted", ["Regular", "Italic", "Bold", "BoldItalic", "Medium", "MediumItalic", "Light", "LightItalic"]
            .map { "Roboto-\($0).ttf" })
        add("fonts-sil-charis", styles.map { "CharisSIL-\($0).ttf" })
        add("fonts-sil-gentium-basic", ["GenBasR.ttf", "GenBasB.ttf", "GenBasI.ttf", "GenBasBI.ttf",
                                        "GenBkBasR.ttf", "GenBkBasB.ttf", "GenBkBasI.ttf", "GenBkBasBI.ttf"])
        return packages
    }()

    /// What to tell the user when `locate` found nothing: the package to install when we know
    /// it, and the --font-dir option.
    package func missingFontMessage(_ fileName: String) -> String {
        let name = (fileName as NSString).lastPathComponent
        if let package = Self.debianPackages[name] {
            return "font \"\(fileName)\" not found (install it with: apt-get install \(package), or point --font-dir at a folder that has it)"
        }
        return "font \"\(fileName)\" not found (point --font-dir at a folder that has it)"
    }

    // MARK: - Walking the folders

    private static func expandingTilde(_ path: String, home: String?) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }

    private static func isFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// File names found under the folders so far, the first path of each name kept.
    fileprivate struct Names {
        var exact: [String: String] = [:]
        var order: [String] = []
    }

    /// The index, built as far as the names asked for need: a theme's fonts are usually found
    /// a few folders in, and listing every font folder cost more than reading the fonts.
    /// Shared, under a lock, by copies of the locator.
    fileprivate final class LazyIndex: @unchecked Sendable {
        private let lock = NSLock()
        private var names = Names()
        private var visited = Set<FolderID>()
        /// Folders still to list, the next at the end; nil until the first lookup.
        private var pending: [(folder: String, depth: Int)]?

        /// The first path with this exact name in the walk's order (earlier folders first, a
        /// folder's own files before its subfolders'); failing that, the first whose name
        /// differs only in letter case, which needs every folder listed.
        func lookup(_ name: String, in folders: [String]) -> String? {
            lock.lock()
            defer { lock.unlock() }
            if pending == nil { pending = folders.reversed().map { ($0, 0) } }
            while names.exact[name] == nil, let next = pending?.popLast() {
                let subfolders = FontLocator.list(next.folder, depth: next.depth, visited: &visited, into: &names)
                pending! += subfolders.reversed().map { ($0, next.depth + 1) }
            }
            if let path = names.exact[name] { return path }
            let folded = name.lowercased()
            return names.order.first { $0.lowercased() == folded }.flatMap { names.exact[$0] }
        }
    }

    /// A folder's device and inode, so a symbolic link loop is walked once.
    fileprivate struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Adds the files in `folder` (following symbolic links, at most 24 levels deep) that are
    /// not already indexed from an earlier folder, and returns its subfolders in name order.
    /// The entry type comes from the directory listing itself; only links and file systems that
    /// do not say are asked with `stat` (a `stat` per file was most of the cost of finding fonts).
    private static func list(_ folder: String, depth: Int, visited: inout Set<FolderID>, into names: inout Names) -> [String] {
        var status = stat()
        guard depth < 24, stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR,
            visited.insert(FolderID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted,
            var entries = FolderListing.entries(folder, hidden: false)
        else { return [] }
        entries.sort { $0.name < $1.name }   // the same order on every machine, whatever the listing's
        var subfolders: [String] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for entry in entries {
            let name = entry.name, path = prefix + name
            var kind = Int(entry.type)
            if kind == Int(DT_LNK) || kind == Int(DT_UNKNOWN) {
                guard stat(path, &status) == 0 else { continue }
                kind = (status.st_mode & S_IFMT) == S_IFDIR ? Int(DT_DIR) : (status.st_mode & S_IFMT) == S_IFREG ? Int(DT_REG) : 0
            }
            if kind == Int(DT_REG) {
                if names.exact[name] == nil {
                    names.exact[name] = path
                    names.order.append(name)
                }
            } else if kind == Int(DT_DIR) {
                subfolders.append(path)
            }
        }
        return subfolders
    }
}
