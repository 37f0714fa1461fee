import CHaru
import Foundation

/// What a page has besides text and rules: a sidebar's tint, contact icons as vector paths
/// (never glyphs from a symbol font, so a parser finds no stray characters), and the photo,
/// cropped to fill its frame.
enum PDFGraphics {
    /// Tints, drawn before anything else so everything sits on top of them.
    static func fills(_ fills: [PlacedFill], page: HPDF_Page, height: Double) {
        for f in fills {
            HPDF_Page_SetRGBFill(page, HPDF_REAL(f.color.red), HPDF_REAL(f.color.green), HPDF_REAL(f.color.blue))
            HPDF_Page_Rectangle(page, HPDF_REAL(f.x), HPDF_REAL(height - f.top - f.height), HPDF_REAL(f.width), HPDF_REAL(f.height))
            HPDF_Page_Fill(page)
        }
    }

    static func icons(_ icons: [PlacedIcon], page: HPDF_Page, height: Double) {
        for icon in icons {
            HPDF_Page_GSave(page)
            // The icon's 24-unit grid, y downwards, onto its square on the page.
            let k = icon.size / 24
            HPDF_Page_Concat(page, HPDF_REAL(k), 0, 0, HPDF_REAL(-k), HPDF_REAL(icon.x), HPDF_REAL(height - icon.top))
            for part in icon.shape.parts {
                let c = part.paint == .knockout ? Theme.RGB(red: 1, green: 1, blue: 1) : icon.color
                HPDF_Page_SetRGBFill(page, HPDF_REAL(c.red), HPDF_REAL(c.green), HPDF_REAL(c.blue))
                HPDF_Page_SetRGBStroke(page, HPDF_REAL(c.red), HPDF_REAL(c.green), HPDF_REAL(c.blue))
                // The line width before the path: libharu refuses it once a path is open.
                if case .stroke(let width) = part.paint { HPDF_Page_SetLineWidth(page, HPDF_REAL(width)) }
                path(part.commands, page: page)
                if case .stroke = part.paint { HPDF_Page_Stroke(page) } else { HPDF_Page_Fill(page) }
            }
            HPDF_Page_GRestore(page)
        }
    }

    private static func path(_ commands: [IconShape.Command], page: HPDF_Page) {
        func r(_ v: Double) -> HPDF_REAL { HPDF_REAL(v) }
        for command in commands {
            switch command {
            case .move(let x, let y): HPDF_Page_MoveTo(page, r(x), r(y))
            case .line(let x, let y): HPDF_Page_LineTo(page, r(x), r(y))
            case .curve(let x1, let y1, let x2, let y2, let x, let y): HPDF_Page_CurveTo(page, r(x1), r(y1), r(x2), r(y2), r(x), r(y))
            case .close: HPDF_Page_ClosePath(page)
            case .circle(let x, let y, let radius): HPDF_Page_Circle(page, r(x), r(y), r(radius))
            case .rectangle(let x, let y, let w, let h): HPDF_Page_Rectangle(page, r(x), r(y), r(w), r(h))
            }
        }
    }

    /// Loads the photo once per document; nil when libharu cannot read it.
    static func load(_ photo: Photo, pdf: HPDF_Doc) -> HPDF_Image? {
        photo.data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: HPDF_BYTE.self).baseAddress
            return photo.format == .png ? HPDF_LoadPngImageFromMem(pdf, bytes, HPDF_UINT(photo.data.count))
                : HPDF_LoadJpegImageFromMem(pdf, bytes, HPDF_UINT(photo.data.count))
        }
    }

    /// The image scaled to cover its square frame, centred, clipped to the frame's shape.
    static func image(_ placed: PlacedImage, image: HPDF_Image, page: HPDF_Page, height: Double) {
        let s = placed.size, x = placed.x, y = height - placed.top - s
        let w = Double(placed.photo.width), h = Double(placed.photo.height)
        let scale = max(s / w, s / h)
        HPDF_Page_GSave(page)
        switch placed.shape {
        case .circle: HPDF_Page_Circle(page, HPDF_REAL(x + s / 2), HPDF_REAL(y + s / 2), HPDF_REAL(s / 2))
        case .square: HPDF_Page_Rectangle(page, HPDF_REAL(x), HPDF_REAL(y), HPDF_REAL(s), HPDF_REAL(s))
        case .rounded: roundedSquare(x: x, y: y, size: s, radius: s * 0.12, page: page)
        }
        HPDF_Page_Clip(page)
        HPDF_Page_EndPath(page)
        HPDF_Page_DrawImage(page, image, HPDF_REAL(x + (s - w * scale) / 2), HPDF_REAL(y + (s - h * scale) / 2),
                            HPDF_REAL(w * scale), HPDF_REAL(h * scale))
        HPDF_Page_GRestore(page)
    }

    private static func roundedSquare(x: Double, y: Double, size s: Double, radius r: Double, page: HPDF_Page) {
        // A quarter circle as one Bézier curve: control points 0.552 of the radius along the tangents.
        let k = r * 0.552
        func p(_ v: Double) -> HPDF_REAL { HPDF_REAL(v) }
        HPDF_Page_MoveTo(page, p(x + r), p(y))
        HPDF_Page_LineTo(page, p(x + s - r), p(y))
        HPDF_Page_CurveTo(page, p(x + s - r + k), p(y), p(x + s), p(y + r - k), p(x + s), p(y + r))
        HPDF_Page_LineTo(page, p(x + s), p(y + s - r))
        HPDF_Page_CurveTo(page, p(x + s), p(y + s - r + k), p(x + s - r + k), p(y + s), p(x + s - r), p(y + s))
        HPDF_Page_LineTo(page, p(x + r), p(y + s))
        HPDF_Page_CurveTo(page, p(x + r - k), p(y + s), p(x), p(y + s - r + k), p(x), p(y + s - r))
        HPDF_Page_LineTo(page, p(x), p(y + r))
        HPDF_Page_CurveTo(page, p(x), p(y + r - k), p(x + r - k), p(y), p(x + r), p(y))
        HPDF_Page_ClosePath(page)
    }
}
