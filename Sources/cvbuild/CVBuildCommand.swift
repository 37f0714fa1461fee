import ArgumentParser
import CVBuild

struct CVBuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cvbuild",
        abstract: "Turn one career profile into a PDF résumé, a web page, LinkedIn text, Word and cover letters, and see how well it fits a role.",
        discussion: """
            A profile is a JSON Resume 1.0 file, in YAML or JSON, with cvbuild's settings under `cvbuild:`.
            Start with `cvbuild init`, then `cvbuild validate profile.yaml`.

            Exit codes: 0 success (warnings allowed), 1 invalid input or a failed job, 2 usage error.
            Shell completions: cvbuild --generate-completion-script bash|zsh|fish
            """,
        version: "cvbuild \(CVBuildVersion.current) (libharu \(PDFEngine.version), libxml2 \(HTMLEngine.version))",
        subcommands: [InitCommand.self, ValidateCommand.self, RenderCommand.self, ImportCommand.self, ExportCommand.self, KeywordsCommand.self, ExtractCommand.self, RolesCommand.self, ScoreCommand.self, CheckCommand.self, TailorCommand.self, LetterCommand.self]
    )
}
