import Foundation

/// The report's charts as inline SVG: drawn by the browser, printable, nothing to fetch or run.
/// Colours come from the page's CSS classes, so dark mode and print restyle them.
enum FitReportSVG {
    /// A ring filled to `score` percent, with the number inside.
    static func gauge(score: Int) -> String {
        let r = 52.0, circumference = 2 * Double.pi * r
        let filled = circumference * Double(min(max(score, 0), 100)) / 100
        let grade = score >= 75 ? "good" : score >= 50 ? "fair" : "low"
        return """
            <svg class="gauge \(grade)" viewBox="0 0 120 120" role="img" aria-label="score \(score) of 100">\
            <circle class="track" cx="60" cy="60" r="\(r)" fill="none" stroke-width="12"/>\
            <circle class="value" cx="60" cy="60" r="\(r)" fill="none" stroke-width="12" stroke-linecap="butt" \
            stroke-dasharray="\(String(format: "%.2f %.2f", filled, circumference))" transform="rotate(-90 60 60)"/>\
            <text x="60" y="70" text-anchor="middle">\(score)</text></svg>
            """
    }

    /// A horizontal bar, `part` of `whole`; `label` is what a screen reader says.
    static func bar(_ part: Double, of whole: Double, kind: String = "", label: String) -> String {
        let width = whole > 0 ? 100 * min(max(part / whole, 0), 1) : 0
        return """
            <svg viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label="\(HTMLEscape.text(label))">\
            <rect class="track" width="100" height="8" rx="2"/>\
            <rect class="fill\(kind.isEmpty ? "" : " " + kind)" width="\(String(format: "%.1f", width))" height="8" rx="2"/></svg>
            """
    }
}
