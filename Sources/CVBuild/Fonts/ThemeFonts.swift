extension TrueTypeFont: FontMetrics {}

/// A theme's fonts, found on this machine and read for measuring; the PDF writer embeds the
/// same files. Primary faces are required; a missing fallback only means some characters
/// (e.g. Chinese) will be replaced and reported.
package struct ThemeFonts: Sendable {
    package var book: FontBook
    /// The file (and collection face) behind each face.
    package var files: [FaceRef: (path: String, index: Int)]
    /// The theme's fallback fonts that are not installed, by file name.
    package var missingFallbacks: [String] = []

    /// The theme's fonts, with a warning for each fallback that is missing; or why they cannot be
    /// used, at the theme file's line naming the font (a theme folder's), else where the theme was named.
    /// With `drawing`, the fallbacks are read only when the theme's own faces lack one of those characters.
    package static func load(_ theme: Theme, locator: FontLocator, themeLocation: SourceLocation,
                             drawing characters: Set<Unicode.Scalar>? = nil) -> Outcome<ThemeFonts> {
        func failure(_ message: String, _ font: Theme.FontFile) -> Outcome<ThemeFonts> {
            // A theme folder's own theme.yaml line is where to fix it; a built-in theme's is not the user's file.
            let own = theme.builtInName == nil ? font : nil
            return .failure(Diagnostic(.error, .fontProblem(message: message), at: own?.location ?? themeLocation, path: own?.path))
        }
        var faces: [FontStyle: any FontMetrics] = [:]
        var files: [FaceRef: (path: String, index: Int)] = [:]
        let named: [(FontStyle, Theme.FontFile)] = [
            (.regular, theme.fonts.regular), (.bold, theme.fonts.bold), (.italic, theme.fonts.italic), (.boldItalic, theme.fonts.boldItalic),
        ] + (theme.fonts.display.map { [(.display, $0)] } ?? [])
        for (style, file) in named {
            guard let path = locator.locate(file.file) else {
                return failure(locator.missingFontMessage(file.file), file)
            }
            do {
                faces[style] = try TrueTypeFont.load(path: path, faceIndex: file.index)
            } catch {
                return failure("\(path): \(error.description)", file)
            }
            files[.style(style)] = (path, file.index)
        }
        var fallbacks: [(any FontMetrics)?] = []
        var missing: [String] = []
        // Invisible characters are removed, not drawn; spaces are never looked up.
        let drawn = characters?.filter { $0.value > 0x20 && $0.properties.generalCategory != .format && !(0x7F...0x9F).contains($0.value) }
        // The characters some face of the theme lacks; a fallback is read only while one of them
        // has no face suited to its script yet (a Chinese résumé never reads the Korean face).
        var unsuited = drawn.map { set in set.filter { c in faces.values.contains { $0.advance(of: c) == nil } } }
        for (i, file) in theme.fonts.fallbacks.enumerated() where unsuited.map({ !$0.isEmpty }) ?? true {
            guard let path = locator.locate(file.file), let font = try? TrueTypeFont.load(path: path, faceIndex: file.index) else {
                // Said only if a character needed it: most documents never reach the Korean fallback.
                fallbacks.append(nil)
                missing.append(file.file)
                continue
            }
            fallbacks.append(font)
            files[.fallback(i)] = (path, file.index)
            let cjk = FontBook.isCJKFace(font), korean = FontBook.isKoreanFace(font)
            // Hangul is suited only by a Korean face (a Chinese one may have it too).
            unsuited = unsuited?.filter { c in
                !(FontBook.isCJK(c) == cjk && font.advance(of: c) != nil && (!FontBook.isHangul(c) || korean))
            }
        }
        return .success(ThemeFonts(book: FontBook(faces: faces, fallbacks: fallbacks), files: files, missingFallbacks: missing))
    }
}
