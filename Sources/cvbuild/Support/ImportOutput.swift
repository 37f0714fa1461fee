import ArgumentParser
import CVBuild
import Foundation

/// Options every import shares, and what every import does with the job's result: report, write, summarise.
struct ImportOutput: ParsableArguments {
    @Option(name: .shortAndLong, help: "The profile to write.", completion: .file(extensions: ["yaml"]))
    var output: String = "profile.yaml"

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Option(help: "Your name, for files that lack it (a LinkedIn export without Profile.csv) or to replace the one they have.")
    var name: String?

    func validate() throws {
        // What is written is YAML; a .json name would make cvbuild read it back as JSON and fail.
        guard ["yaml", "yml"].contains((output as NSString).pathExtension.lowercased()) else {
            throw ValidationError("import writes a YAML profile: name the output .yaml or .yml (for a JSON Resume resume.json, run `cvbuild export jsonresume` on the imported profile)")
        }
    }

    func run(_ source: ImportJob.Source, from input: String) throws {
        if FileOutput.sameFile(output, input) {
            throw Terminal.fail("the output \(output) is the file being imported; choose another -o")
        }
        let outcome = ImportJob.run(source, path: input, output: output, name: name)
        DiagnosticPrinter().print(outcome.diagnostics)
        guard let imported = outcome.value else { throw Terminal.fail("nothing was written: \(input) could not be imported") }
        try OutputWriter.write(Data(imported.yaml.utf8), to: output, replace: force, durable: true)
        print("Wrote \(output): \(imported.summary.description)")
        let notes = outcome.warnings.count
        if notes > 0 { print("\(notes) note\(notes == 1 ? "" : "s") above: check those fields.") }
    }
}
