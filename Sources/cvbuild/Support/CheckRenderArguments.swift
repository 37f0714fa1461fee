import ArgumentParser
import CVBuild

/// The typesetting options `check` and `tailor` share with `render`: what the PDF would be.
struct CheckRenderArguments: ParsableArguments {
    @Option(help: TypesettingHelp.theme, completion: .directory)
    var theme: String?

    @Option(help: "The page budget (default: cvbuild.maxPages in the profile, else 2).")
    var maxPages: Int?

    @Option(help: TypesettingHelp.pageSize)
    var pageSize: PageSize?

    @Option(help: TypesettingHelp.fontDir, completion: .directory)
    var fontDir: [String] = []

    func validate() throws {
        if let maxPages, !(1...20).contains(maxPages) { throw ValidationError("--max-pages must be from 1 to 20.") }
    }

    func options() -> RenderOptions {
        var options = RenderOptions()
        options.theme = theme
        options.maxPages = maxPages
        options.pageSize = pageSize
        options.fontFolders = fontDir
        options.environment = Terminal.environment.variables
        return options
    }
}
