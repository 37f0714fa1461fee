import ArgumentParser
import CVBuild
import Foundation

extension PageSize: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// `--format pdf,html`: a comma-separated list of output formats, each once, in the order given.
struct FormatList: ExpressibleByArgument {
    var formats: [OutputFormat]

    init?(argument: String) {
        var formats: [OutputFormat] = []
        for part in argument.split(separator: ",", omittingEmptySubsequences: false) {
            guard let format = OutputFormat(rawValue: part.trimmedSpaces.lowercased()) else { return nil }
            if !formats.contains(format) { formats.append(format) }
        }
        self.formats = formats
    }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }
}

/// The help of the typesetting options that `render`, `check`, `tailor` and `letter` share,
/// written once so the commands cannot drift apart (the theme list had).
enum TypesettingHelp {
    static let theme: ArgumentHelp = "Theme name (classic, modern, compact, technical, scholar, contrast, portrait, sidebar) or a theme folder."
    static let pageSize: ArgumentHelp = "Page size: a4 or letter."
    static let fontDir: ArgumentHelp = "Another folder to look for font files in."
}

/// The options of every command that typesets a profile (render now; tailor and letter later).
struct RenderArguments: ParsableArguments {
    @Option(help: "Output formats, comma-separated: pdf, html (a self-contained web page), linkedin (text to paste), json (the LinkedIn sections as data), docx (an editable Word document), md (Markdown), txt (plain text for application forms).")
    var format = FormatList(argument: "pdf")!

    @Option(help: "Folder to write into, made if missing (default: beside the profile).", completion: .directory)
    var out: String?

    @Option(help: TypesettingHelp.theme, completion: .directory)
    var theme: String?

    @Option(help: "Language for headings, dates and \"present\": en, zh, de, fr, es; and for the text too when a translation (NAME.LOCALE.yaml beside the profile) has it.")
    var locale: String?

    @Option(help: "Fail rather than go over this many pages (tightening spacing and type first).")
    var maxPages: Int?

    @Option(help: TypesettingHelp.pageSize)
    var pageSize: PageSize?

    @Option(help: TypesettingHelp.fontDir, completion: .directory)
    var fontDir: [String] = []

    @Flag(help: "Leave out the photo (basics.image) even when the theme shows one.")
    var noPhoto = false

    @OptionGroup var version: VariantArguments

    @Flag(help: "Treat unknown keys in the profile as errors.")
    var strict = false

    func validate() throws {
        if let maxPages, !(1...20).contains(maxPages) { throw ValidationError("--max-pages must be from 1 to 20.") }
    }

    /// The job's request; the document date comes from SOURCE_DATE_EPOCH, the font folders from the environment.
    func request(profile: String, environment: JobEnvironment, date: Date?) -> RenderJob.Request {
        var options = RenderOptions()
        options.theme = theme
        options.locale = locale
        options.maxPages = maxPages
        options.pageSize = pageSize
        options.fontFolders = fontDir
        options.noPhoto = noPhoto
        version.apply(to: &options)
        options.date = date
        options.environment = environment.variables
        return RenderJob.Request(profile: profile, formats: format.formats, options: options, strict: strict)
    }
}

/// `letter --format`: the same list, offering only what a letter can be made as.
struct LetterFormatList: ExpressibleByArgument {
    var formats: [OutputFormat]

    init?(argument: String) {
        guard let list = FormatList(argument: argument), list.formats.allSatisfy(LetterJob.formats.contains) else { return nil }
        formats = list.formats
    }

    static var allValueStrings: [String] { LetterJob.formats.map(\.rawValue) }
    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }
}
