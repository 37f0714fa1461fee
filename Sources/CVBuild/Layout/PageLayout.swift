/// The result of layout: pages of positioned text, rules and link areas, plus the outline.
/// Coordinates are points from the top-left corner of the page; renderers convert as they need.
public struct PageLayout: Sendable {
    public var width: Double
    public var height: Double
    public var pages: [PageContent]
    public var outline: [Bookmark]
    public var warnings: [LayoutWarning]
    /// What the page budget had to do to fit (1 = the theme as designed).
    public var spacingScale: Double
    public var bodySize: Double
}

public struct PageContent: Sendable {
    public var texts: [PlacedText] = []
    public var rules: [PlacedRule] = []
    public var links: [PlacedLink] = []
}

public struct PlacedText: Sendable, Hashable {
    public var x: Double
    /// Distance of the baseline from the top of the page.
    public var baseline: Double
    public var text: String
    public var face: FaceRef
    public var size: Double
    public var color: Theme.RGB
    public var width: Double
}

public struct PlacedRule: Sendable, Hashable {
    public var x1, x2, y, thickness: Double
    public var color: Theme.RGB
}

public struct PlacedLink: Sendable, Hashable {
    public var x, top, width, height: Double
    public var url: String
}

public struct Bookmark: Sendable, Hashable {
    public var title: String
    public var page: Int
    public var top: Double
}

/// A character no font could draw, or an invisible control character that was removed.
public struct LayoutWarning: Sendable, Hashable {
    public var path: String?
    public var scalar: Unicode.Scalar
    public var replaced: Bool

    public var message: String {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        return replaced
            ? "no font has the character \(code) \"\(Character(scalar))\"; it is shown as \u{FFFD}"
            : "the invisible control character \(code) was removed"
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
