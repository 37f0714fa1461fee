import Foundation

/// The one place a theme name or folder is turned into a `Theme`: built-in themes are compiled
/// into cvbuild; any folder holding a `theme.yaml` works too (copy a built-in one to start).
package enum ThemeCatalog {
    /// Another file of the theme (an HTML template, a stylesheet), from its folder or built in;
    /// a theme without its own `page.mustache` uses the shared one.
    package static func file(_ name: String, of theme: Theme) -> SourceText? {
        if let folder = theme.folder {
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) || name != "page.mustache" {
                return SourceReader.read(path: path, limit: 1_048_576, kind: .theme).value
            }
        } else if let builtIn = theme.builtInName, let text = DataFiles.text("Themes/\(builtIn)/\(name)") {
            return SourceText(path: "Themes/\(builtIn)/\(name)", text: text)
        }
        return name == "page.mustache" ? shared(name) : nil
    }

    /// A file every theme shares (`Themes/page.mustache`, `Themes/page.css`).
    package static func shared(_ name: String) -> SourceText? {
        DataFiles.text("Themes/\(name)").map { SourceText(path: "Themes/\(name)", text: $0) }
    }

    package static var builtInNames: [String] {
        DataFiles.keys(under: "Themes/").compactMap { key in
            let parts = key.split(separator: "/")
            return parts.count == 3 && parts[2] == "theme.yaml" ? String(parts[1]) : nil
        }
    }

    /// `requestedAt` is where the name came from (a profile's `cvbuild.theme`, or `--theme`).
    package static func resolve(_ nameOrFolder: String, requestedAt: SourceLocation) -> Outcome<Theme> {
        // A path (with a slash) is a folder; a bare name is a built-in theme, or else a folder of that name.
        let key = "Themes/\(nameOrFolder)/theme.yaml"
        let builtIn = nameOrFolder.contains("/") ? nil : DataFiles.text(key)
        var isDirectory: ObjCBool = false
        if builtIn == nil, nameOrFolder.contains("/")
            || FileManager.default.fileExists(atPath: nameOrFolder, isDirectory: &isDirectory) && isDirectory.boolValue {
            let path = (nameOrFolder as NSString).appendingPathComponent("theme.yaml")
            return SourceReader.read(path: path, limit: 1_048_576, kind: .theme).flatMap { source in
                ThemeDecoder.decode(source, folder: nameOrFolder).map { theme in
                    var theme = theme
                    theme.folder = nameOrFolder
                    return theme
                }
            }
        }
        guard let text = builtIn else {
            let names = builtInNames
            return .failure(Diagnostic(.error, .unknownName(kind: "theme", name: nameOrFolder, choices: names,
                                                             suggestion: Suggestion.closest(to: nameOrFolder, in: names),
                                                             extra: "or a folder holding a theme.yaml"),
                                        at: requestedAt))
        }
        return ThemeDecoder.decode(SourceText(path: key, text: text), folder: nil).map { theme in
            var theme = theme
            theme.builtInName = nameOrFolder
            return theme
        }
    }
}
