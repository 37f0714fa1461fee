/// A valid profile with its theme and locale resolved and its view composed: the one input
/// every renderer (PDF, HTML, LinkedIn) takes, so none resolves themes or formats dates again.
package struct PreparedProfile: Sendable {
    package var profile: Profile
    package var theme: Theme
    package var locale: LocaleData
    package var view: ResumeView
    /// Where the theme was named (`--theme`, or the profile's `cvbuild.theme`), for font errors.
    package var themeLocation: SourceLocation

    package static func prepare(_ profile: Profile, options: RenderOptions) -> Outcome<PreparedProfile> {
        let map = profile.sourceMap
        let file = SourceLocation(file: map.file)
        let themeName = options.theme ?? profile.settings.theme ?? "classic"
        let themeAt = options.theme != nil ? SourceLocation(file: "--theme") : (map["cvbuild.theme"] ?? file)
        let code = options.locale ?? profile.settings.locale ?? "en"
        let localeAt = options.locale != nil ? SourceLocation(file: "--locale") : (map["cvbuild.locale"] ?? file)
        return ThemeCatalog.resolve(themeName, requestedAt: themeAt).flatMap { theme in
            LocaleCatalog.resolve(code, requestedAt: localeAt).map { locale in
                PreparedProfile(profile: profile, theme: theme, locale: locale,
                                view: Composer.compose(profile, theme: theme, locale: locale), themeLocation: themeAt)
            }
        }
    }
}
