import ArgumentParser
import Foundation

/// Runs the parsed command and maps every outcome to cvbuild's exit codes:
/// 0 success, 1 invalid input or failed job, 2 usage error (ArgumentParser's own is 64).
enum CommandRunner {
    /// Parses the line with ArgumentParser and runs the command it names.
    static func run(_ root: CVBuildCommand.Type) async -> Never {
        do {
            var command = try root.parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            exit(0)
        } catch {
            fail(error, root)
        }
    }

    /// Runs a command read without ArgumentParser (a quick `render`), with the same exit codes.
    static func run(_ root: CVBuildCommand.Type, _ command: () throws -> Void) -> Never {
        do {
            try command()
            exit(0)
        } catch {
            fail(error, root)
        }
    }

    private static func fail(_ error: Error, _ root: CVBuildCommand.Type) -> Never {
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

enum ExitStatus {
    static let invalidInput: Int32 = 1
    static let usage: Int32 = 2
}

extension ExitCode {
    static let invalidInput = ExitCode(ExitStatus.invalidInput)
}
