import Foundation

/// Data files compiled into cvbuild: themes, locales, taxonomy, role sets.
///
/// Keys are paths with forward slashes: files under the repository's `Themes/` folder keep that
/// prefix (`Themes/classic/theme.yaml`), files under `Sources/CVBuild/Data/` get `Data/`
/// (`Data/locales/en.yaml`). EmbedDataPlugin regenerates the table whenever one of them changes.
package enum DataFiles {
    /// The file's text, or nil if no such file was embedded. Decoding happens once per key, thread-safely.
    package static func text(_ key: String) -> String? {
        texts[key]
    }

    /// The file's bytes, or nil if no such file was embedded.
    package static func data(_ key: String) -> Data? {
        files[key]
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

    // `static let` is initialised once, on first use, safely across threads; the whole table is
    // small, so decoding all of it at once is simpler than a per-key cache and just as fast.
    private static let files: [String: Data] = EmbeddedData.base64.mapValues { encoded in
        guard let bytes = Data(base64Encoded: encoded) else {
            preconditionFailure("cvbuild-embed wrote invalid base64")
        }
        return bytes
    }

    private static let texts: [String: String] = files.mapValues { String(decoding: $0, as: UTF8.self) }

    private static let sortedKeys: [String] = EmbeddedData.base64.keys.sorted()
}
