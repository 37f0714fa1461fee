/// A slice of the page flow that is never split across pages: one line of a paragraph, or an
/// entry's header lines. Positions inside are relative to the block's top-left corner.
struct Block {
    var height: Double
    var spaceBefore: Double
    var texts: [PlacedText] = []
    var rules: [PlacedRule] = []
    var links: [PlacedLink] = []
    var icons: [PlacedIcon] = []
    var images: [PlacedImage] = []
    /// Must stay on the same page as the next block (a heading, an entry header).
    var keepWithNext = false
    var bookmark: String?
    /// The section it belongs to, for reporting what does not fit.
    var section: String?
}
