import ArgumentParser
import CVBuild

struct ImportRenderCV: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rendercv",
        abstract: "Import a RenderCV YAML file (cv: sections with its entry types).")

    @Argument(help: "The RenderCV YAML file.", completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @OptionGroup var output: ImportOutput

    func run() throws {
        try output.finish(RenderCVImporter.load(path: file), from: file, kind: "RenderCV")
    }
}
