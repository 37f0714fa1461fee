import ArgumentParser
import CVBuild

struct ImportLinkedIn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linkedin",
        abstract: "Import LinkedIn's \"Get a copy of your data\" archive (the ZIP, or its unpacked folder).")

    @Argument(help: "The export: Basic_LinkedInDataExport_….zip, or the folder it unpacks to.",
              completion: .file(extensions: ["zip"]))
    var archive: String

    @OptionGroup var output: ImportOutput

    func run() throws {
        try output.finish(LinkedInImporter.load(path: archive), from: archive, kind: "a LinkedIn data export")
    }
}
