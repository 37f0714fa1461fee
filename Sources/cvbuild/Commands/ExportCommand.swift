import ArgumentParser
import CVBuild
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a profile in another tool's format.",
        subcommands: [ExportJSONResume.self]
    )
}

struct ExportJSONResume: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsonresume",
        abstract: "Write a JSON Resume 1.0 resume.json; cvbuild's settings go under meta.cvbuild.")

    @Argument(help: "The profile.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var profile: String

    @Option(name: .shortAndLong, help: "The file to write.", completion: .file(extensions: ["json"]))
    var output: String = "resume.json"

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        guard (output as NSString).pathExtension.lowercased() == "json" else {
            throw ValidationError("export jsonresume writes JSON: name the output .json (JSON Resume tools look for resume.json)")
        }
    }

    func run() throws {
        if FileOutput.sameFile(output, profile) { throw Terminal.fail("the output \(output) is the profile itself; choose another -o") }
        let outcome = ImportJob.exportJSONResume(profile: profile)
        DiagnosticPrinter(showingSourceOf: [profile]).print(outcome.diagnostics)
        guard let (json, summary) = outcome.value else { throw Terminal.fail("\(profile) has errors; nothing was written") }
        try OutputWriter.write(Data(json.utf8), to: output, replace: force, durable: true)
        print("Wrote \(output): JSON Resume 1.0, \(summary.description)")
    }
}
