import ArgumentParser
import CVBuild

/// The one place diagnostics are printed, to standard error. It owns the source texts: for the
/// files it is told to show, each diagnostic is followed by its line and a caret.
final class DiagnosticPrinter {
    enum Style {
        /// `FILE:LINE:COL: error: …`, coloured on a terminal, with the source line for shown files.
        case full
        /// The first line alone, never coloured: for reports whose own output is the point.
        case headlines
    }

    private let style: Style
    private let formatter: DiagnosticFormatter
    private var shown: Set<String>
    private var sources: [String: SourceText?] = [:]

    init(_ style: Style = .full, showingSourceOf files: [String] = []) {
        self.style = style
        formatter = DiagnosticFormatter(colour: style == .full && Terminal.stderrIsTerminal)
        shown = Set(files)
    }

    func print(_ diagnostics: [Diagnostic]) {
        for d in diagnostics {
            guard style == .full else {
                Terminal.printError(DiagnosticFormatter.headline(d))
                continue
            }
            Terminal.printError(formatter.format(d, sourceLine: d.location.position.flatMap { line($0.line, of: d.location.file) }))
        }
    }

    /// The value, or its diagnostics printed and exit 1; the warnings of a value are printed too.
    func value<T>(_ outcome: Outcome<T>) throws -> T {
        print(outcome.diagnostics)
        guard let value = outcome.value else { throw ExitCode.invalidInput }
        return value
    }

    private func line(_ number: Int, of file: String) -> String? {
        guard shown.contains(file) else { return nil }
        if sources[file] == nil { sources[file] = SourceReader.read(path: file).value }
        return sources[file]??.line(number)
    }
}
