import Foundation

/// The page for a folder of postings: one row per posting, best fit first, with a bar for its
/// score and a link to its own report, a file beside this one.
public enum FitIndexHTML {
    public struct Row: Sendable {
        public var report: FitReport
        /// The report's file name, relative to the index.
        public var link: String

        public init(report: FitReport, link: String) {
            self.report = report
            self.link = link
        }
    }

    public static func page(_ rows: [Row], profile: String) -> String {
        let esc = FitReportHTML.esc
        var body = "<header><h1>Fit with \(rows.count) posting\(rows.count == 1 ? "" : "s")</h1>"
        body += "<p class=\"source\">Profile: \(esc(profile)); best fit first. Each title opens its own report.</p></header>\n<main>\n"
        body += """
            <table class="ranking"><thead><tr><th scope="col">#</th><th scope="col">Posting</th><th scope="col" class="num">Score</th>\
            <th scope="col" class="bar"><span class="muted">score</span></th><th scope="col" class="num">Missing musts</th></tr></thead>
            <tbody>\n
            """
        for (i, row) in rows.enumerated() {
            let r = row.report
            let missing = r.lines.filter { $0.evidence == nil && $0.ask.importance == .must }.count
            let file = ((r.source ?? "") as NSString).lastPathComponent
            body += "<tr><td class=\"num\">\(i + 1)</td><td><a href=\"\(esc(href(row.link)))\">\(esc(r.target))</a>"
                + "<br><span class=\"where\">\(esc(file))</span></td><td class=\"num\">\(r.score)</td>"
                + "<td class=\"bar\">\(FitReportSVG.bar(Double(r.score), of: 100, label: "\(r.score) of 100"))</td>"
                + "<td class=\"num\">\(missing)</td></tr>\n"
        }
        body += "</tbody></table>\n</main>\n<footer>Made by cvbuild \(CVBuildVersion.current).</footer>\n"
        return FitReportHTML.document(title: "Fit with \(rows.count) postings", body: body)
    }

    /// A file name as a relative link: spaces, `#`, `?` and the like percent-encoded, so the
    /// name is never read as a scheme, a fragment or a query.
    static func href(_ name: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return "./" + (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "report.html")
    }

    /// One report file name per posting, from the posting's name, unique within the folder and
    /// never `index.html`: `backend.txt` → `backend.html`, then `backend-2.html`.
    public static func fileNames(for sources: [String]) -> [String] {
        var used: Set<String> = ["index"]
        return sources.map { source in
            let stem = ((source as NSString).lastPathComponent as NSString).deletingPathExtension
            var name = stem.isEmpty ? "posting" : stem, n = 2
            while used.contains(name.lowercased()) {
                name = "\(stem)-\(n)"
                n += 1
            }
            used.insert(name.lowercased())
            return name + ".html"
        }
    }
}
