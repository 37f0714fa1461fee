/// The header: the name, the headline and the contact lines, with the photo beside them and an
/// icon before each contact item when the theme has them.
extension FlowBuilder {
    mutating func header(_ view: ResumeView) {
        let align = theme.header.align
        let frame = photo.flatMap { p in theme.photo.map { (photo: p, style: $0) } }
        // With a photo, the text takes the rest of the width, beside it.
        let gap = 14.0
        let width = frame.map { contentWidth - $0.style.size - gap } ?? contentWidth
        let first = blocks.count
        let nameColor = theme.headings.color ? colors.accent : colors.text
        addLines([Span(view.name.text, style(displayFont, theme.sizes.name, nameColor), path: view.name.path)],
                 width: width, align: align, spaceBefore: 0)
        if let headline = view.headline {
            addLines([Span(headline.text, style(.regular, theme.sizes.headline, colors.muted), path: headline.path)],
                     width: width, align: align, spaceBefore: 1)
        }
        contactLines(view.contacts, align: align, width: width)
        if let frame {
            // One block: the text lines beside the photo, centred on it when shorter.
            var header = Block(height: 0, spaceBefore: 0)
            let textX = frame.style.side == .left ? frame.style.size + gap : 0
            var y = 0.0
            var parts: [(Block, Double)] = []
            for (i, block) in blocks[first...].enumerated() {
                y += i == 0 ? 0 : block.spaceBefore
                parts.append((block, y))
                y += block.height
            }
            let textTop = max(0, (frame.style.size - y) / 2)
            for (block, top) in parts {
                header.texts += block.texts.map { var t = $0; t.x += textX; t.baseline += top + textTop; return t }
                header.links += block.links.map { var l = $0; l.x += textX; l.top += top + textTop; return l }
                header.icons += block.icons.map { var c = $0; c.x += textX; c.top += top + textTop; return c }
            }
            header.height = max(y + textTop, frame.style.size)
            let photoX = frame.style.side == .left ? 0 : contentWidth - frame.style.size
            header.images.append(PlacedImage(x: photoX, top: 0, size: frame.style.size, photo: frame.photo, shape: frame.style.shape))
            blocks.removeSubrange(first...)
            blocks.append(header)
        }
        if var last = blocks.popLast() {
            last.height += theme.spacing.afterHeader * scale
            blocks.append(last)
        }
    }

    /// Contact items joined by the theme's separator (or, with icons, by a gap and each item's
    /// icon); an item never splits across lines, and when they take more than one line the
    /// lines are balanced (never one item left alone below).
    mutating func contactLines(_ contacts: [Contact], align: Theme.Alignment, width: Double) {
        let size = theme.sizes.contact
        let icons = theme.header.icons
        // The separator's mark is drawn between gaps as wide as the spaces around it in the theme.
        let mark = theme.header.separator.trimmedSpaces
        let separator = Span(mark, style(.regular, size, colors.muted), path: nil)
        let blank = mark.isEmpty
        let space = fonts.width(of: " ", face: .style(.regular), size: size)
        let side = Double(theme.header.separator.prefix { $0 == " " }.count) * space
        let separatorWidth = blank ? max(size * 1.4, Double(theme.header.separator.count) * space) : side * 2 + measure([separator])
        let iconSize = size * 1.05, iconGap = size * 0.35
        let items = contacts.map { contact in
            Span(contact.text.text, style(.regular, size, contact.url == nil ? colors.muted : colors.link, link: contact.url),
                 path: contact.text.path)
        }
        let widths = items.map { measure([$0]) + (icons ? iconSize + iconGap : 0) }
        let groups = Self.balanced(widths, separator: separatorWidth, width: width)
        for (i, group) in groups.enumerated() {
            var block = Block(height: lineHeight(size), spaceBefore: i == 0 ? 3 : 0)
            let baseline = (block.height - size) / 2 + size * ascentRatio
            var x = 0.0
            for (k, index) in group.enumerated() {
                if k > 0 {
                    if !blank { place(separator, at: x + side, baseline: baseline, in: &block) }
                    x += separatorWidth
                }
                if icons, let shape = IconCatalog.icon(for: contacts[index]) {
                    // Sat on the baseline like a capital, a little taller than the caps.
                    block.icons.append(PlacedIcon(x: x, top: baseline - size * 0.82, size: iconSize, shape: shape, color: colors.accent))
                    x += iconSize + iconGap
                }
                x += place(items[index], at: x, baseline: baseline, in: &block)
            }
            let shift = align == .center ? (width - x) / 2 : 0
            for j in block.texts.indices { block.texts[j].x += shift }
            for j in block.links.indices { block.links[j].x += shift }
            for j in block.icons.indices { block.icons[j].x += shift }
            blocks.append(block)
        }
    }

    /// One span on one line at `x`; returns its width.
    @discardableResult
    private mutating func place(_ span: Span, at x: Double, baseline: Double, in block: inout Block) -> Double {
        let line = breakLines([span], width: .greatestFiniteMagnitude)[0]
        for piece in line.pieces {
            let f = piece.fragment
            block.texts.append(fonts.placed(f, x: x + piece.x, baseline: baseline))
            if let url = f.style.link {
                block.links.append(PlacedLink(x: x + piece.x, top: 0, width: f.width, height: block.height, url: url))
            }
        }
        return line.width
    }

    /// Splits items (by width) into as few lines as fit, and among those splits the one whose
    /// longest line is shortest.
    static func balanced(_ widths: [Double], separator: Double, width: Double) -> [[Int]] {
        guard !widths.isEmpty else { return [] }
        func lineWidth(_ r: Range<Int>) -> Double { widths[r].reduce(0, +) + Double(max(0, r.count - 1)) * separator }
        // Fewest lines, greedily.
        var lines = 1, used = 0.0
        for (i, w) in widths.enumerated() {
            if i > 0, used + separator + w > width { lines += 1; used = w } else { used += (i > 0 ? separator : 0) + w }
        }
        guard lines > 1, lines <= widths.count else { return [Array(widths.indices)] }
        // best[k][j]: the smallest possible longest line putting items 0..<j on k lines.
        let n = widths.count
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: n + 1), count: lines + 1)
        var cut = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: lines + 1)
        best[0][0] = 0
        for k in 1...lines {
            // k lines hold at least k items.
            for j in k...n {
                for i in (k - 1)..<j where best[k - 1][i] < .infinity {
                    let w = lineWidth(i..<j)
                    let cost = w > width && j - i > 1 ? .infinity : max(best[k - 1][i], w)
                    if cost < best[k][j] { best[k][j] = cost; cut[k][j] = i }
                }
            }
        }
        guard best[lines][n] < .infinity else { return [Array(widths.indices)] }
        var groups: [[Int]] = []
        var j = n
        for k in stride(from: lines, through: 1, by: -1) {
            let i = cut[k][j]
            groups.insert(Array(i..<j), at: 0)
            j = i
        }
        return groups
    }
}
