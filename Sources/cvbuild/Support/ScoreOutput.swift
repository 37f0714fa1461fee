import ArgumentParser
import CVBuild
import Foundation

enum ScoreFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}

/// Where `score` puts its report: standard output, or files written atomically, never over the profile.
enum ScoreOutput {
    static func text(_ report: ScoreJob.Report, best: FitReport, taxonomy: Taxonomy, json: Bool) -> String {
        if report.isFolder {
            return json ? FitReportFormatter.jsonLines(report.ranked, taxonomy: taxonomy) : FitReportFormatter.ranking(report.ranked)
        }
        return json ? FitReportFormatter.json(best, taxonomy: taxonomy).serialized(pretty: true)
                    : FitReportFormatter.text(best, taxonomy: taxonomy, colour: Terminal.stdoutIsTerminal)
    }

    static func emit(_ text: String, to output: String?, input: String) throws {
        guard let output else { return print(text) }
        try refuseInput(output, input)
        try OutputWriter.write(Data((text + "\n").utf8), to: output, replace: true)
        print("Wrote \(output)")
    }

    /// One page to standard output or -o FILE (into it when it is a folder); a folder's pages into the folder -o.
    static func writeHTML(_ pages: [ScoreJob.Page], folder: Bool, to output: String?, input: String) throws {
        guard let first = pages.first else { return }
        if !folder {
            guard let output else { return print(first.html, terminator: "") }
            let target = FileOutput.isFolder(output) ? (output as NSString).appendingPathComponent(first.fileName) : output
            try refuseInput(target, input)
            try OutputWriter.write(Data(first.html.utf8), to: target, replace: true)
            return print("Wrote \(target): fit report, \(first.html.utf8.count / 1024) KB")
        }
        guard let output else {
            throw Terminal.fail("--format html for a folder of postings writes one page per posting: name a folder with -o")
        }
        try OutputWriter.write(pages.enumerated().map { i, page in
            (page.fileName, Data(page.html.utf8), i == 0 ? "the ranking of \(pages.count - 1) reports" : "fit report")
        },
                               into: output, make: true, input: input)
    }

    private static func refuseInput(_ output: String, _ input: String) throws {
        if FileOutput.sameFile(output, input) { throw Terminal.fail("the output \(output) would replace the profile itself; choose another -o") }
    }
}
