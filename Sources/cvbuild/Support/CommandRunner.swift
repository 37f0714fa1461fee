import ArgumentParser
import Foundation

/// Runs the parsed command and maps every outcome to cvbuild's exit codes:
/// 0 success, 1 invalid input or failed job, 2 usage error (ArgumentParser's own is 64).
enum CommandRunner {
    static func run(_ root: CVBuildCommand.Type) async -> Never {
        do {
            if let render = QuickParse.render(Array(CommandLine.arguments.dropFirst())) {
                try RenderCommand.run(render)
            } else {
                var command = try root.parseAsRoot()
                if var asynchronous = command as? AsyncParsableCommand {
                    try await asynchronous.run()
                } else {
                    try command.run()
                }
            }
            exit(0)
        } catch {
            let code = root.exitCode(for: error)
            let message = root.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            if !message.isEmpty { Terminal.printError(message) }
            exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}

enum ExitStatus {
    static let invalidInput: Int32 = 1
    static let usage: Int32 = 2
}

extension ExitCode {
    static let invalidInput = ExitCode(ExitStatus.invalidInput)
}
