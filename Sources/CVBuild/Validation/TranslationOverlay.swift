import Foundation

/// A profile in another language, from an overlay: `NAME.LOCALE.yaml` (or `.yml`, `.json`)
/// beside `NAME.yaml`, or the file `cvbuild.translations` names for the locale. The overlay holds
/// only the translated fields, at the same paths as the main profile (list entries by position;
/// `~` or `{}` keeps a place untranslated). Its text replaces the main text before decoding, so
/// the main file stays a plain JSON Resume profile and everything else (dates, links, order) comes
/// from it. Each text field left untranslated is said once, at its line in the main file.
package enum TranslationOverlay {
    /// The overlay for `locale`, if there is one: the one the profile names, else one beside it.
    static func file(beside path: String, locale: String, named: String?) -> String? {
        // FileOutput's path helpers: Foundation's NSString ones trap on one-character paths on Linux.
        let folder = FileOutput.folder(of: path)
        if let named { return named.hasPrefix("/") ? named : folder + "/" + named }
        let base = FileOutput.baseName(of: path)
        for ext in ["yaml", "yml", "json"] {
            let candidate = folder + "/\(base).\(locale).\(ext)"
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The locales the profile has overlays for: named in its settings, or found beside it.
    package static func locales(beside path: String, named: [String: String]) -> [String] {
        let folder = FileOutput.folder(of: path)
        let base = FileOutput.baseName(of: path)
        let files = FolderListing.entries(folder) ?? []
        let found = files.compactMap { file -> String? in
            let parts = file.name.split(separator: ".")
            guard parts.count == 3, parts[0] == base, ["yaml", "yml", "json"].contains(parts[2]),
                  SettingsDecoder.isLocaleCode(String(parts[1])) else { return nil }
            return String(parts[1])
        }
        return Array(Set(found + named.keys)).sorted()
    }

    /// The main tree with the overlay's text in place, what went wrong in the overlay (at its own
    /// lines), and one `untranslated` warning per text field the overlay leaves out.
    static func merge(main: SourceNode, source: SourceText, overlay: SourceNode, overlaySource: SourceText,
                      locale: String) -> (SourceNode, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var translated = Set<String>()
        func walk(_ m: SourceNode, _ o: SourceNode, path: String) -> SourceNode {
            switch (m.content, o.content) {
            case (_, .scalar(let s)) where s.kind == .null:
                return m
            case (_, .mapping(let pairs)) where pairs.isEmpty:
                return m
            case (.scalar(let ms), .scalar(let os)):
                translated.insert(path)
                var node = m
                node.content = .scalar(SourceNode.Scalar(text: os.text, kind: ms.kind == .text ? .text : os.kind))
                return node
            case (.mapping(let pairs), .mapping(let overlayPairs)):
                var pairs = pairs
                for op in overlayPairs {
                    let child = path.isEmpty ? op.key : "\(path).\(op.key)"
                    guard let i = pairs.firstIndex(where: { $0.key == op.key }) else {
                        let suggestion = Suggestion.closest(to: op.key, in: pairs.map(\.key))
                        diagnostics.append(Diagnostic(.warning, .translationUnknownField(field: child, suggestion: suggestion),
                                                      at: overlaySource.location(op.keyPosition), path: child))
                        continue
                    }
                    pairs[i].value = walk(pairs[i].value, op.value, path: child)
                }
                var node = m
                node.content = .mapping(pairs)
                return node
            case (.sequence(let items), .sequence(let overlayItems)):
                var items = items
                for (i, item) in overlayItems.enumerated() {
                    guard i < items.count else {
                        diagnostics.append(Diagnostic(.warning, .translationUnknownField(field: "\(path)[\(i)]", suggestion: nil),
                                                      at: overlaySource.location(item.position), path: "\(path)[\(i)]"))
                        continue
                    }
                    items[i] = walk(items[i], item, path: "\(path)[\(i)]")
                }
                var node = m
                node.content = .sequence(items)
                return node
            default:
                diagnostics.append(Diagnostic(.warning, .translationUnknownField(field: path.isEmpty ? "(the top level)" : path, suggestion: nil),
                                              at: overlaySource.location(o.position), path: path))
                return m
            }
        }
        let merged = walk(main, overlay, path: "")
        var untranslated: [Diagnostic] = []
        collect(main, path: "", into: &untranslated, translated: translated, source: source, locale: locale)
        return (merged, diagnostics + untranslated)
    }

    /// Keys whose text is written in a language; not addresses, dates, codes, tags or settings.
    static let textKeys: Set<String> = [
        "name", "label", "summary", "description", "position", "highlights", "institution", "area", "studyType",
        "courses", "title", "awarder", "issuer", "publisher", "language", "fluency", "organization", "reference",
        "city", "region", "address", "location", "subtitle", "roles", "entity", "type", "level", "dates",
    ]
    /// Settings and values that stay in one language: cvbuild's own keys (but not its custom
    /// sections), skill keywords (technical terms), profiles.
    static let skipped: Set<String> = ["cvbuild", "meta", "keywords", "profiles", "tags", "highlightTags", "$schema"]

    private static func collect(_ node: SourceNode, path: String, into out: inout [Diagnostic], translated: Set<String>,
                                source: SourceText, locale: String, textField: Bool = false) {
        switch node.content {
        case .scalar(let s):
            guard textField, s.kind == .text, !s.text.trimmedSpaces.isEmpty, !translated.contains(path) else { return }
            out.append(Diagnostic(.warning, .untranslated(locale: locale), at: source.location(node.position), path: path))
        case .sequence(let items):
            for (i, item) in items.enumerated() {
                collect(item, path: "\(path)[\(i)]", into: &out, translated: translated, source: source, locale: locale, textField: textField)
            }
        case .mapping(let pairs):
            for pair in pairs {
                let child = path.isEmpty ? pair.key : "\(path).\(pair.key)"
                if child == "cvbuild" {
                    // Custom sections are the person's own text; the other settings are not.
                    if case .mapping(let settings) = pair.value.content, let custom = settings.first(where: { $0.key == "customSections" }) {
                        collect(custom.value, path: "cvbuild.customSections", into: &out, translated: translated, source: source, locale: locale)
                    }
                    continue
                }
                guard !skipped.contains(pair.key) else { continue }
                collect(pair.value, path: child, into: &out, translated: translated, source: source, locale: locale,
                        textField: textKeys.contains(pair.key))
            }
        }
    }
}
