import Foundation
import Synchronization

/// Data files compiled into cvbuild: themes, locales, taxonomy, role sets.
///
/// Keys are paths with forward slashes: files under the repository's `Themes/` folder keep that
/// prefix (`Themes/classic/theme.yaml`), files under `Sources/CVBuild/Data/` get `Data/`
/// (`Data/locales/en.yaml`). EmbedDataPlugin regenerates the table whenever one of them changes.
package enum DataFiles {
    /// The file's text, or nil if no such file was embedded.
    package static func text(_ key: String) -> String? {
        data(key).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The file's bytes, or nil if no such file was embedded. Decoded on first use, one file at a
    /// time (a render reads a theme and a locale of the sixty files), and kept, thread-safely.
    package static func data(_ key: String) -> Data? {
        if let known = decoded.withLock({ $0[key] }) { return known }
        guard let encoded = EmbeddedData.base64[key] else { return nil }
        guard let bytes = Data(base64Encoded: encoded) else { preconditionFailure("cvbuild-embed wrote invalid base64") }
        decoded.withLock { $0[key] = bytes }
        return bytes
    }

    /// The built-in role sets' folder: one `<id>.yaml` each.
    package static let rolesFolder = "Data/roles/"

    /// The names of the `.yaml` files directly in a folder prefix, without the extension, sorted
    /// (`names(in: rolesFolder)` are the role ids).
    package static func names(in folder: String) -> [String] {
        keys(under: folder).compactMap { key in
            let name = key.dropFirst(folder.count)
            return name.hasSuffix(".yaml") && !name.contains("/") ? String(name.dropLast(".yaml".count)) : nil
        }
    }

    /// Keys under a folder prefix, sorted, e.g. keys(under: "Themes/") or keys(under: "Data/locales/").
    /// An empty prefix lists every key.
    package static func keys(under prefix: String) -> [String] {
        sortedKeys.filter { $0.hasPrefix(prefix) }
    }

    private static let decoded = Mutex<[String: Data]>([:])

    private static let sortedKeys: [String] = EmbeddedData.base64.keys.sorted()
}
