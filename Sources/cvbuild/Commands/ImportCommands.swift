import ArgumentParser
import CVBuild
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn data you already have into a commented cvbuild profile.",
        subcommands: [ImportJSONResume.self, ImportLinkedIn.self, ImportRenderCV.self]
    )
}

struct ImportJSONResume: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsonresume",
        abstract: "Import a JSON Resume resume.json (1.0, and the pre-1.0 names still found in the wild).")

    @Argument(help: "The resume.json file.", completion: .file(extensions: ["json"]))
    var file: String

    @OptionGroup var output: ImportOutput

    func run() throws { try output.run(.jsonResume, from: file) }
}

struct ImportLinkedIn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linkedin",
        abstract: "Import LinkedIn's \"Get a copy of your data\" archive (the ZIP, or its unpacked folder).")

    @Argument(help: "The export: Basic_LinkedInDataExport_….zip, or the folder it unpacks to.", completion: .file(extensions: ["zip"]))
    var archive: String

    @OptionGroup var output: ImportOutput

    func run() throws { try output.run(.linkedIn, from: archive) }
}

struct ImportRenderCV: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rendercv",
        abstract: "Import a RenderCV YAML file (cv: sections with its entry types).")

    @Argument(help: "The RenderCV YAML file.", completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @OptionGroup var output: ImportOutput

    func run() throws { try output.run(.renderCV, from: file) }
}
