/// A valid profile with its theme and locale resolved and its view composed: the one input
/// every renderer (PDF, HTML, LinkedIn) takes, so none resolves themes or formats dates again.
package struct PreparedProfile: Sendable {
    package var profile: Profile
    package var theme: Theme
    package var locale: LocaleData
    package var view: ResumeView
    /// Where the theme was named (`--theme`, or the profile's `cvbuild.theme`), for font errors.
    package var themeLocation: SourceLocation
    /// The photo, when the theme shows one, the profile names one and it could be read.
    package var photo: Photo? = nil
    /// The same page in other languages, for `hreflang` links: (language, file name), this one included.
    package var alternates: [(lang: String, href: String)] = []
    /// The locale of the translation overlay whose text this is, nil for the main text.
    package var translation: String?
    /// The language the text is in, for the page's `lang` and the PDF's `/Lang`: the locale asked
    /// for, else the one the text reads as (a French résumé without a locale is still French).
    package var language: String {
        profile.settings.locale != nil || translation != nil ? locale.code : (PageLanguage.of(view) ?? locale.code)
    }

    /// The page size: the option, else the profile's, else the theme's.
    package func pageSize(_ options: RenderOptions) -> PageSize {
        options.pageSize ?? profile.settings.pageSize ?? theme.pageSize
    }

    /// The theme's fonts, found where the options and the theme say, with the fallbacks read
    /// only for characters the view (and the theme's own bullet and separator) needs.
    package func fonts(_ options: RenderOptions) -> Outcome<ThemeFonts> {
        let locator = FontLocator(extraFolders: options.fontFolders + [theme.folder].compactMap { $0 }, environment: options.environment)
        let characters = view.characters.union((theme.bullet.glyph + theme.header.separator).unicodeScalars)
        return ThemeFonts.load(theme, locator: locator, themeLocation: themeLocation, drawing: characters)
    }

    package static func prepare(_ profile: Profile, options: RenderOptions) -> Outcome<PreparedProfile> {
        let map = profile.sourceMap
        let file = SourceLocation(file: map.file)
        let themeName = options.theme ?? profile.settings.theme ?? "classic"
        let themeAt = options.theme != nil ? SourceLocation(file: "--theme") : (map["cvbuild.theme"] ?? file)
        let code = options.locale ?? profile.settings.locale ?? "en"
        let localeAt = options.locale != nil ? SourceLocation(file: "--locale") : (map["cvbuild.locale"] ?? file)
        return ThemeCatalog.resolve(themeName, requestedAt: themeAt).flatMap { theme in
            LocaleCatalog.resolve(code, requestedAt: localeAt).flatMap { locale in
                let view = Composer.compose(profile, theme: theme, locale: locale)
                let photo = theme.photo != nil && !options.noPhoto ? PhotoLoader.load(profile) : .success(nil)
                let prepared = PreparedProfile(profile: profile, theme: theme, locale: locale, view: view, themeLocation: themeAt,
                                               photo: photo.value ?? nil)
                guard photo.diagnostics.isEmpty else { return .success(prepared, warnings: photo.diagnostics) }
                // A French résumé with English headings: say how to match them, never switch silently.
                guard options.locale == nil, profile.settings.locale == nil, let written = TextLanguage.of(view), written != "en",
                      LocaleCatalog.codes.contains(written), let other = LocaleCatalog.resolve(written, requestedAt: file).value
                else { return .success(prepared) }
                return .success(prepared, warnings: [Diagnostic(.note, .textInOtherLanguage(code: written, name: other.name), at: file)])
            }
        }
    }
}
