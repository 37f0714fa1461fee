extension TrueTypeFont: FontMetrics {}

/// A theme's fonts, found on this machine and read for measuring; the PDF writer embeds the
/// same files. Primary faces are required; a missing fallback only means some characters
/// (e.g. Chinese) will be replaced and reported.
public struct ThemeFonts: Sendable {
    public var book: FontBook
    /// The file (and collection face) behind each face.
    public var files: [FaceRef: (path: String, index: Int)]
    /// Fallback fonts that could not be found, with what to install.
    public var notes: [String]

    /// Why a theme's fonts cannot be used, worded for the user.
    public struct Failure: Error, Sendable {
        public var message: String
        /// The theme file's line naming the font, when there is one.
        public var font: Theme.FontFile? = nil
    }

    public static func load(_ theme: Theme, locator: FontLocator) -> Result<ThemeFonts, Failure> {
        var faces: [FontStyle: any FontMetrics] = [:]
        var files: [FaceRef: (path: String, index: Int)] = [:]
        let named: [(FontStyle, Theme.FontFile)] = [
            (.regular, theme.fonts.regular), (.bold, theme.fonts.bold), (.italic, theme.fonts.italic), (.boldItalic, theme.fonts.boldItalic),
        ]
        for (style, file) in named {
            guard let path = locator.locate(file.file) else {
                return .failure(Failure(message: locator.missingFontMessage(file.file), font: file))
            }
            do {
                faces[style] = try TrueTypeFont.load(path: path, faceIndex: file.index)
            } catch {
                return .failure(Failure(message: "\(path): \(error.description)", font: file))
            }
            files[.style(style)] = (path, file.index)
        }
        var fallbacks: [(any FontMetrics)?] = []
        var notes: [String] = []
        for (i, file) in theme.fonts.fallbacks.enumerated() {
            guard let path = locator.locate(file.file), let font = try? TrueTypeFont.load(path: path, faceIndex: file.index) else {
                fallbacks.append(nil)
                notes.append(locator.missingFontMessage(file.file))
                continue
            }
            fallbacks.append(font)
            files[.fallback(i)] = (path, file.index)
        }
        return .success(ThemeFonts(book: FontBook(faces: faces, fallbacks: fallbacks), files: files, notes: notes))
    }
}
