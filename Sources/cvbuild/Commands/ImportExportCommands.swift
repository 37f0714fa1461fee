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

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a profile in another tool's format.",
        subcommands: [ExportJSONResume.self]
    )
}

/// Options every import shares: where to write, and whether an existing file may be replaced.
struct ImportOutput: ParsableArguments {
    @Option(name: .shortAndLong, help: "The profile to write.", completion: .file(extensions: ["yaml"]))
    var output: String = "profile.yaml"

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        // What is written is YAML; a .json name would make cvbuild read it back as JSON and fail.
        guard ["yaml", "yml"].contains((output as NSString).pathExtension.lowercased()) else {
            throw ValidationError("import writes a YAML profile: name the output .yaml or .yml (for a JSON Resume resume.json, run `cvbuild export jsonresume` on the imported profile)")
        }
    }

    /// Reports, writes the YAML, checks that it loads as a valid profile, and summarises.
    func finish(_ result: Result<ImportResult, ImportFailure>, from input: String, kind: String) throws {
        if FileOutput.sameFile(output, input) {
            throw Terminal.fail("the output \(output) is the file being imported; choose another -o")
        }
        let formatter = DiagnosticFormatter(colour: Terminal.stderrIsTerminal, showSource: false)
        switch result {
        case .failure(let failure):
            for d in failure.diagnostics { Terminal.printError(formatter.format(d)) }
            throw Terminal.fail("nothing was written: \(input) could not be imported")
        case .success(let imported):
            for d in imported.diagnostics { Terminal.printError(formatter.format(d)) }
            let header = ["cvbuild profile imported from \(kind) \((input as NSString).lastPathComponent).",
                          "Check every section against the original, then: cvbuild validate \((output as NSString).lastPathComponent)",
                          "Dates are \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\"; no endDate (or `present`) means ongoing."]
            let yaml = ProfileYAMLWriter.yaml(imported.profile, header: header)
            // Whatever was imported must load back cleanly: never hand the user a broken file.
            let check = ProfileLoader.load(SourceText(path: output, text: yaml))
            guard check.isValid else {
                for d in check.diagnostics { Terminal.printError(formatter.format(d)) }
                throw Terminal.fail("the imported profile would not be valid; nothing was written")
            }
            do {
                try FileOutput.write(Data(yaml.utf8), to: output, replace: force)
            } catch {
                throw Terminal.fail(error.description)
            }
            print("Wrote \(output): \(ProfileSummary(imported.profile).description)")
            if !imported.diagnostics.isEmpty {
                print("\(imported.diagnostics.count) note\(imported.diagnostics.count == 1 ? "" : "s") above: check those fields.")
            }
        }
    }
}

struct ImportJSONResume: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsonresume",
        abstract: "Import a JSON Resume resume.json (1.0, and the pre-1.0 names still found in the wild).")

    @Argument(help: "The resume.json file.", completion: .file(extensions: ["json"]))
    var file: String

    @OptionGroup var output: ImportOutput

    func run() throws {
        try output.finish(JSONResumeImporter.load(path: file), from: file, kind: "JSON Resume")
    }
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
        if FileOutput.sameFile(output, profile) {
            throw Terminal.fail("the output \(output) is the profile itself; choose another -o")
        }
        let loaded = ProfileLoader.load(path: profile)
        let formatter = DiagnosticFormatter(colour: Terminal.stderrIsTerminal)
        for d in loaded.diagnostics {
            Terminal.printError(formatter.format(d, sourceLine: d.location.position.flatMap { loaded.source?.line($0.line) }))
        }
        guard let value = loaded.profile, loaded.isValid else {
            throw Terminal.fail("\(profile) has errors; nothing was written")
        }
        let json = JSONResumeWriter.json(value).serialized(pretty: true) + "\n"
        do {
            try FileOutput.write(Data(json.utf8), to: output, replace: force)
        } catch {
            throw Terminal.fail(error.description)
        }
        print("Wrote \(output): JSON Resume 1.0, \(ProfileSummary(value).description)")
    }
}
