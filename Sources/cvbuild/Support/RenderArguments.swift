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
        if let problem = RenderSettings.problem(maxPages: maxPages) { throw ValidationError(problem) }
    }

    /// The options as plain values, what `render` runs on.
    func settings(profile: String) -> RenderSettings {
        RenderSettings(profile: profile, formats: format.formats, out: out, theme: theme, locale: locale, maxPages: maxPages,
                       pageSize: pageSize, fontDirs: fontDir, noPhoto: noPhoto, strict: strict,
                       variant: version.variant, only: version.only, exclude: version.exclude)
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
