/// The result of layout: pages of positioned text, rules and link areas, plus the outline.
/// Coordinates are points from the top-left corner of the page; renderers convert as they need.
package struct PageLayout: Sendable {
    package var width: Double
    package var height: Double
    package var pages: [PageContent]
    package var outline: [Bookmark]
    package var warnings: [LayoutWarning]
    /// What the page budget had to do to fit (1 = the theme as designed).
    package var spacingScale: Double
    package var bodySize: Double
}

package struct PageContent: Sendable {
    package var texts: [PlacedText] = []
    package var rules: [PlacedRule] = []
    package var links: [PlacedLink] = []
    /// Drawn first, under everything: a sidebar's tint.
    package var fills: [PlacedFill] = []
    package var icons: [PlacedIcon] = []
    package var images: [PlacedImage] = []
}

package struct PlacedFill: Sendable, Hashable {
    package var x, top, width, height: Double
    package var color: Theme.RGB
}

/// An icon drawn in a square whose top-left corner is (x, top).
package struct PlacedIcon: Sendable, Hashable {
    package var x, top, size: Double
    package var shape: IconShape
    package var color: Theme.RGB
}

/// The photo, cropped to fill its frame.
package struct PlacedImage: Sendable, Hashable {
    package var x, top, size: Double
    package var photo: Photo
    package var shape: Theme.Photo.Shape
}

package struct PlacedText: Sendable, Hashable {
    package var x: Double
    /// Distance of the baseline from the top of the page.
    package var baseline: Double
    package var text: String
    package var face: FaceRef
    package var size: Double
    package var color: Theme.RGB
    package var width: Double
    /// Letter-spacing after each character, in points.
    package var tracking: Double = 0
    /// Bold drawn by stroking the outline too: the face has no bold weight (a Chinese fallback).
    package var drawnBold = false
    /// Points added after each space (a justified line).
    package var wordSpacing: Double = 0
}

package struct PlacedRule: Sendable, Hashable {
    package var x1, x2, y, thickness: Double
    package var color: Theme.RGB
}

package struct PlacedLink: Sendable, Hashable {
    package var x, top, width, height: Double
    package var url: String
}

package struct Bookmark: Sendable, Hashable {
    package var title: String
    package var page: Int
    package var top: Double
}

/// A character no font could draw, or an invisible control character that was removed.
package struct LayoutWarning: Sendable, Hashable {
    package var path: String?
    package var scalar: Unicode.Scalar
    package var replaced: Bool
    /// A right-to-left character, which cvbuild does not set yet.
    package var rightToLeft = false

    package init(path: String?, scalar: Unicode.Scalar, replaced: Bool, rightToLeft: Bool = false) {
        self.path = path
        self.scalar = scalar
        self.replaced = replaced
        self.rightToLeft = rightToLeft
    }

    package var message: String {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        return replaced
            ? "no font has the character \(code) \"\(Character(scalar))\"; it is shown as \u{FFFD}"
            : "the invisible control character \(code) was removed"
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
