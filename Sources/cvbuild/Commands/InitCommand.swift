import ArgumentParser
import CVBuild
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter profile to fill in.",
        discussion: "The starter validates as it is. An existing file is never replaced unless you pass --force."
    )

    @Argument(help: "Where to write the profile.", completion: .file(extensions: ["yaml", "yml"]))
    var file: String = "profile.yaml"

    @Flag(help: "Replace the file if it already exists.")
    var force = false

    func run() throws {
        try OutputWriter.write(Data(StarterProfile.yaml(fileName: (file as NSString).lastPathComponent).utf8), to: file, replace: force)
        print("Wrote \(file). Fill it in, then run: cvbuild validate \(file)")
    }
}
