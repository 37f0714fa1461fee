import Foundation
import Testing

/// poppler-utils, as a user (or an applicant-tracking system) reads a PDF. `.ci/run` installs them.
enum Poppler {
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let (status, output) = try runTool("/usr/bin/env", [tool] + arguments)
        if status != 0 {
            Issue.record("\(tool) \(arguments.joined(separator: " ")) failed (is poppler-utils installed? .ci/run installs it)")
        }
        return output
    }

    static func text(_ pdf: String, layout: Bool = false) throws -> String {
        try run("pdftotext", (layout ? ["-layout"] : []) + ["-enc", "UTF-8", pdf, "-"])
    }

    /// pdfinfo's "Key: value" lines.
    static func info(_ pdf: String) throws -> [String: String] {
        var info: [String: String] = [:]
        for line in try run("pdfinfo", [pdf]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return info
    }

    /// (name, type, embedded) for each font pdffonts lists.
    static func fonts(_ pdf: String) throws -> [(name: String, type: String, embedded: Bool)] {
        try run("pdffonts", [pdf]).split(separator: "\n").dropFirst(2).map { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            // name, type (one or more words), encoding, emb, sub, uni, object, ID
            let emb = columns.count >= 6 ? columns[columns.count - 5] : "no"
            return (columns.first ?? "", columns.dropFirst().prefix(while: { $0 != "WinAnsi" && $0 != "Identity-H" }).joined(separator: " "), emb == "yes")
        }
    }

    /// The link targets on each page.
    static func links(_ pdf: String) throws -> [(page: Int, url: String)] {
        try run("pdfinfo", ["-url", pdf]).split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            guard columns.count >= 3, let page = Int(columns[0]) else { return nil }
            return (page, String(columns[2]))
        }
    }

    /// Bookmark titles, from pdftohtml's XML outline.
    static func outline(_ pdf: String) throws -> [String] {
        let xml = try run("pdftohtml", ["-xml", "-stdout", "-i", "-q", pdf])
        guard let start = xml.range(of: "<outline>"), let end = xml.range(of: "</outline>", range: start.upperBound..<xml.endIndex) else { return [] }
        return xml[start.upperBound..<end.lowerBound].components(separatedBy: "</item>").compactMap { part in
            part.range(of: "\">").map { String(part[$0.upperBound...]) }
        }
    }

    struct Word {
        var xMin, yMin, xMax, yMax: Double
        var text: String
        var page: Int
    }

    /// Every word with its box, from `pdftotext -bbox`.
    static func words(_ pdf: String) throws -> (pageWidth: Double, words: [Word]) {
        let html = try run("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"])
        var words: [Word] = []
        var page = 0, width = 0.0
        for line in html.split(separator: "\n") {
            if line.contains("<page ") {
                page += 1
                width = number(in: line, "width") ?? width
            } else if line.contains("<word "), let x0 = number(in: line, "xMin"), let y0 = number(in: line, "yMin"),
                      let x1 = number(in: line, "xMax"), let y1 = number(in: line, "yMax"),
                      let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") {
                words.append(Word(xMin: x0, yMin: y0, xMax: x1, yMax: y1, text: String(line[line.index(after: open)..<close.lowerBound]), page: page))
            }
        }
        return (width, words)
    }

    private static func number(in line: Substring, _ name: String) -> Double? {
        guard let r = line.range(of: "\(name)=\"") else { return nil }
        return Double(line[r.upperBound...].prefix { $0 != "\"" })
    }
}

/// Runs a tool to completion and returns its exit status and standard output (standard error is dropped).
func runTool(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

extension String {
    /// True when every needle occurs, in this order.
    func containsInOrder(_ needles: [String]) -> Bool {
        var rest = self[...]
        for needle in needles {
            guard let r = rest.range(of: needle) else { return false }
            rest = rest[r.upperBound...]
        }
        return true
    }
}
