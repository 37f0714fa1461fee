/// Places blocks on pages top to bottom. A block that does not fit starts the next page, and
/// takes with it the blocks before it that must stay with it (a heading, an entry's header),
/// so a heading never ends a page and an entry's header stays with its first line.
struct Paginator {
    let contentHeight: Double

    /// The page index of each block, and its top within the content area.
    /// `firstPageTop`: where the first page's room starts (below a header across the page).
    func paginate(_ blocks: [Block], firstPageTop: Double = 0) -> [(page: Int, top: Double)] {
        var placement = [(page: Int, top: Double)](repeating: (0, 0), count: blocks.count)
        var page = 0, y = firstPageTop, pageStart = 0
        var i = 0
        while i < blocks.count {
            let block = blocks[i]
            let space = i == pageStart ? 0 : block.spaceBefore
            if i == pageStart || y + space + block.height <= contentHeight + 0.01 {
                placement[i] = (page, y + space)
                y += space + block.height
                i += 1
                continue
            }
            // Does not fit: move the keep-with-next chain ending here to the new page too,
            // unless the chain already fills the page from its top (then it cannot be helped).
            var start = i
            while start > pageStart, blocks[start - 1].keepWithNext { start -= 1 }
            if start == pageStart { start = i }
            page += 1
            pageStart = start
            y = 0
            i = start
        }
        return placement
    }
}
