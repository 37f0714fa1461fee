import ArgumentParser
import CVBuild
import Foundation

/// Output helpers: colour only when the stream is a terminal and NO_COLOR is not set.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR") == nil }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 && getenv("NO_COLOR") == nil }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// "cvbuild: error: …" for failures that are not about a position in a file.
    static func fail(_ message: String) -> ExitCode {
        let prefix = stderrIsTerminal ? "cvbuild: \u{1B}[1;31merror:\u{1B}[0m " : "cvbuild: error: "
        printError(prefix + message)
        return .invalidInput
    }

    /// What the jobs see of this process: its environment and the clock.
    static var environment: JobEnvironment {
        JobEnvironment(variables: variables, now: Date())
    }

    /// The environment read from `environ` itself: `ProcessInfo`'s first use costs more (it
    /// sets up all of the process's information), and a render asks for nothing else of it.
    private static var variables: [String: String] {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "="), equals != text.startIndex, variables[String(text[..<equals])] == nil {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return variables
    }

    static func green(_ text: String, _ on: Bool) -> String { on ? "\u{1B}[32m\(text)\u{1B}[0m" : text }
    static func red(_ text: String, _ on: Bool) -> String { on ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
}
