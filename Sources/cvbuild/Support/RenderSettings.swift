import CVBuild
import Foundation

/// What `render` was asked for, as plain values: ArgumentParser's reading of the options and
/// `QuickParse`'s both come to this, and the command runs on it.
struct RenderSettings: Equatable {
    var profile: String
    var formats: [OutputFormat] = [.pdf]
    var out: String?
    var theme: String?
    var locale: String?
    var maxPages: Int?
    var pageSize: PageSize?
    var fontDirs: [String] = []
    var noPhoto = false
    var strict = false
    var variant: String?
    var only: String?
    var exclude: String?

    /// Why the options cannot be used, in ArgumentParser's words for a validation error.
    static func problem(maxPages: Int?) -> String? {
        if let maxPages, !(1...20).contains(maxPages) { return "--max-pages must be from 1 to 20." }
        return nil
    }

    /// The job's request; the document date comes from SOURCE_DATE_EPOCH, the font folders from the environment.
    func request(environment: JobEnvironment, date: Date?) -> RenderJob.Request {
        var options = RenderOptions()
        options.theme = theme
        options.locale = locale
        options.maxPages = maxPages
        options.pageSize = pageSize
        options.fontFolders = fontDirs
        options.noPhoto = noPhoto
        VariantArguments.apply(variant: variant, only: only, exclude: exclude, to: &options)
        options.date = date
        options.environment = environment.variables
        return RenderJob.Request(profile: profile, formats: formats, options: options, strict: strict)
    }
}
