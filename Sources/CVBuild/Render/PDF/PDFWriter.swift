import CHaru
import Foundation

/// Writes laid-out pages as a PDF through libharu: embedded TrueType fonts, real text with a
/// Unicode mapping, link annotations without borders, one bookmark per section, document info.
/// The only code in cvbuild that touches libharu.
package enum PDFWriter {
    package struct Metadata: Sendable {
        package var title: String
        package var author: String
        package var subject: String?
        package var keywords: [String]
        package var creator: String
        /// Only from SOURCE_DATE_EPOCH: without it, no date is written and output is reproducible.
        package var creationDate: Date?
        /// The text's language (`en`, `zh`), for the catalog's `/Lang`: screen readers and
        /// hyphenating readers use it.
        package var language: String?

        package init(title: String, author: String, subject: String?, keywords: [String], creator: String, creationDate: Date?,
                     language: String? = nil) {
            self.language = language
            self.title = title
            self.author = author
            self.subject = subject
            self.keywords = keywords
            self.creator = creator
            self.creationDate = creationDate
        }
    }

    package struct Failure: Error, CustomStringConvertible, Sendable {
        package var description: String
    }

    /// Collects libharu's error reports (it calls back; it never jumps).
    private final class ErrorBox {
        var first: (status: UInt, detail: UInt)?
    }

    package static func write(_ layout: PageLayout, fonts: ThemeFonts, metadata: Metadata) throws(Failure) -> Data {
        let box = ErrorBox()
        let handler: HPDF_Error_Handler = { status, detail, userData in
            guard let userData else { return }
            let box = Unmanaged<ErrorBox>.fromOpaque(userData).takeUnretainedValue()
            if box.first == nil { box.first = (UInt(status), UInt(detail)) }
        }
        guard let pdf = HPDF_New(handler, Unmanaged.passUnretained(box).toOpaque()) else {
            throw Failure(description: "libharu could not start a document")
        }
        defer { HPDF_Free(pdf) }
        func check(_ what: String) throws(Failure) {
            if let e = box.first {
                throw Failure(description: "libharu failed while \(what) (error 0x\(String(e.status, radix: 16)), detail \(e.detail))")
            }
        }
        HPDF_SetCompressionMode(pdf, HPDF_UINT(HPDF_COMP_ALL))
        // The UTF-8 encoder is needed for document info and outline titles; registering it is cheap.
        // UTF-8 *fonts* are costly in libharu 2.3.0 (a 65,536-entry walk each), so they are made only
        // for text that a single-byte WinAnsi font cannot write.
        HPDF_UseUTFEncodings(pdf)
        try check("setting up")

        // Each face is embedded as a subset of the characters the pages draw with it (see FontSubsetter).
        // Marked in a bit per character of the Basic Multilingual Plane (the subsets hold no more):
        // hashing every character of every phrase into sets cost a tenth of the writing.
        var marks: [FaceRef: [UInt64]] = [:]
        for page in layout.pages {
            for text in page.texts {
                marks[text.face, default: [UInt64](repeating: 0, count: 1024)].withUnsafeMutableBufferPointer { bits in
                    for scalar in text.text.unicodeScalars where scalar.value <= 0xFFFF {
                        bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
                    }
                }
            }
        }
        var drawn: [String: Set<Unicode.Scalar>] = [:]   // "path#index" → characters
        for (face, bits) in marks {
            guard let file = fonts.files[face] else { continue }
            var characters = Set<Unicode.Scalar>()
            for (i, word) in bits.enumerated() where word != 0 {
                for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 {
                    if let scalar = Unicode.Scalar(UInt32(i * 64 + bit)) { characters.insert(scalar) }
                }
            }
            drawn["\(file.path)#\(file.index)", default: []].formUnion(characters)
        }
        var subsets = FontSubsetFiles()
        defer { subsets.close() }

        var loadedNames: [String: String] = [:]   // "path#index" → libharu font name
        var fontCache: [String: HPDF_Font] = [:]  // "path#index|encoding" → font
        func font(_ face: FaceRef, utf8: Bool) throws(Failure) -> HPDF_Font {
            guard let file = fonts.files[face] else { throw Failure(description: "no font file for \(face)") }
            let fileKey = "\(file.path)#\(file.index)"
            let encoding = utf8 ? "UTF-8" : "WinAnsiEncoding"
            if let cached = fontCache[fileKey + "|" + encoding] { return cached }
            let name: String
            if let known = loadedNames[fileKey] {
                name = known
            } else {
                let path = try subsets.file(for: file.path, faceIndex: file.index, characters: drawn[fileKey] ?? [],
                                            font: fonts.book.metrics(face) as? TrueTypeFont)
                let loaded = HPDF_LoadTTFontFromFile(pdf, path, HPDF_TRUE)
                try check("loading the font \(file.path)")
                guard let loaded else { throw Failure(description: "libharu could not load \(file.path)") }
                name = String(cString: loaded)
                loadedNames[fileKey] = name
            }
            guard let made = HPDF_GetFont(pdf, name, encoding) else {
                try check("preparing the font \(file.path)")
                throw Failure(description: "libharu could not prepare \(file.path)")
            }
            try check("preparing the font \(file.path)")
            fontCache[fileKey + "|" + encoding] = made
            return made
        }

        var pageHandles: [HPDF_Page] = []
        var photoImage: HPDF_Image?
        var unicodeBlocks = Set<UInt8>()   // high bytes of the characters drawn with Unicode fonts
        for content in layout.pages {
            guard let page = HPDF_AddPage(pdf) else { try check("adding a page"); throw Failure(description: "could not add a page") }
            HPDF_Page_SetWidth(page, HPDF_REAL(layout.width))
            HPDF_Page_SetHeight(page, HPDF_REAL(layout.height))
            pageHandles.append(page)
            PDFGraphics.fills(content.fills, page: page, height: layout.height)
            for placed in content.images {
                if photoImage == nil {
                    photoImage = PDFGraphics.load(placed.photo, pdf: pdf)
                    try check("reading the photo (libharu reads baseline JPEG and 8-bit PNG; pass --no-photo to leave it out)")
                }
                if let photoImage { PDFGraphics.image(placed, image: photoImage, page: page, height: layout.height) }
            }
            PDFGraphics.icons(content.icons, page: page, height: layout.height)
            for rule in content.rules {
                HPDF_Page_SetLineWidth(page, HPDF_REAL(rule.thickness))
                HPDF_Page_SetRGBStroke(page, HPDF_REAL(rule.color.red), HPDF_REAL(rule.color.green), HPDF_REAL(rule.color.blue))
                HPDF_Page_MoveTo(page, HPDF_REAL(rule.x1), HPDF_REAL(layout.height - rule.y))
                HPDF_Page_LineTo(page, HPDF_REAL(rule.x2), HPDF_REAL(layout.height - rule.y))
                HPDF_Page_Stroke(page)
            }
            HPDF_Page_BeginText(page)
            var tracking = 0.0, drawnBold = false
            for text in content.texts {
                let winAnsi = WinAnsi.bytes(text.text)
                if winAnsi == nil { unicodeBlocks.formUnion(text.text.unicodeScalars.compactMap { $0.value <= 0xFFFF ? UInt8($0.value >> 8) : nil }) }
                let handle = try font(text.face, utf8: winAnsi == nil)
                HPDF_Page_SetFontAndSize(page, handle, HPDF_REAL(text.size))
                HPDF_Page_SetRGBFill(page, HPDF_REAL(text.color.red), HPDF_REAL(text.color.green), HPDF_REAL(text.color.blue))
                if text.drawnBold != drawnBold {
                    // Fill and stroke the outline, a stroke of 1/22 em: a bold for faces that have none.
                    HPDF_Page_SetTextRenderingMode(page, text.drawnBold ? HPDF_FILL_THEN_STROKE : HPDF_FILL)
                    drawnBold = text.drawnBold
                }
                if text.drawnBold {
                    HPDF_Page_SetLineWidth(page, HPDF_REAL(text.size / 22))
                    HPDF_Page_SetRGBStroke(page, HPDF_REAL(text.color.red), HPDF_REAL(text.color.green), HPDF_REAL(text.color.blue))
                }
                if text.tracking != tracking {
                    HPDF_Page_SetCharSpace(page, HPDF_REAL(text.tracking))
                    tracking = text.tracking
                }
                HPDF_Page_SetTextMatrix(page, 1, 0, 0, 1, HPDF_REAL(text.x), HPDF_REAL(layout.height - text.baseline))
                let bytes = (winAnsi ?? Array(text.text.utf8)) + [0]
                let scalars = Array(text.text.unicodeScalars)
                let written = TextRun.codes(scalars, winAnsi: winAnsi).map { codes in
                    // Measuring marks the glyphs as used, so libharu keeps them when it embeds the font.
                    bytes.withUnsafeBufferPointer { _ = HPDF_Font_TextWidth(handle, $0.baseAddress, HPDF_UINT($0.count - 1)) }
                    let spacing = text.wordSpacing * 1000 / text.size
                    return TextRun.write(TextRun.array(scalars, codes: codes, font: fonts.book.metrics(text.face), wordSpacing: spacing), page: page)
                } ?? false
                if !written {
                    bytes.withUnsafeBufferPointer { buffer in
                        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { _ = HPDF_Page_ShowText(page, $0) }
                    }
                }
            }
            HPDF_Page_EndText(page)
            try check("writing text")
            for link in content.links {
                let rect = HPDF_Rect(left: HPDF_REAL(link.x), bottom: HPDF_REAL(layout.height - link.top - link.height),
                                     right: HPDF_REAL(link.x + link.width), top: HPDF_REAL(layout.height - link.top))
                // libharu writes the URI bytes as given: keep them ASCII.
                let annot = HPDF_Page_CreateURILinkAnnot(page, rect, percentEncoded(link.url))
                HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0)
            }
            try check("adding links")
        }

        let utf8 = HPDF_GetEncoder(pdf, "UTF-8")
        for mark in layout.outline where mark.page < pageHandles.count {
            let outline = HPDF_CreateOutline(pdf, nil, mark.title, utf8)
            let destination = HPDF_Page_CreateDestination(pageHandles[mark.page])
            // libharu rejects an XYZ zoom of 0 ("keep the zoom"), so bookmarks fit the width at the heading.
            HPDF_Destination_SetFitH(destination, HPDF_REAL(layout.height - mark.top + 4))
            HPDF_Outline_SetDestination(outline, destination)
        }
        try check("adding bookmarks")

        HPDF_SetCurrentEncoder(pdf, "UTF-8")
        HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, metadata.title)
        HPDF_SetInfoAttr(pdf, HPDF_INFO_AUTHOR, metadata.author)
        if let subject = metadata.subject { HPDF_SetInfoAttr(pdf, HPDF_INFO_SUBJECT, subject) }
        if !metadata.keywords.isEmpty { HPDF_SetInfoAttr(pdf, HPDF_INFO_KEYWORDS, metadata.keywords.joined(separator: ", ")) }
        HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, metadata.creator)
        if let date = metadata.creationDate {
            let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
            let d = HPDF_Date(year: HPDF_INT(c.year ?? 1970), month: HPDF_INT(c.month ?? 1), day: HPDF_INT(c.day ?? 1),
                              hour: HPDF_INT(c.hour ?? 0), minutes: HPDF_INT(c.minute ?? 0), seconds: HPDF_INT(c.second ?? 0),
                              ind: CChar(UInt8(ascii: "Z")), off_hour: 0, off_minutes: 0)
            HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, d)
            HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, d)
        }
        try check("writing document information")

        HPDF_SaveToStream(pdf)
        try check("saving")
        var size = HPDF_UINT32(HPDF_GetStreamSize(pdf))
        var data = [UInt8](repeating: 0, count: Int(size))
        data.withUnsafeMutableBufferPointer { buffer in
            _ = HPDF_ReadFromStream(pdf, buffer.baseAddress!, &size)
        }
        try check("reading the document back")
        data.removeLast(data.count - min(data.count, Int(size)))
        var byName: [String: any FontMetrics] = [:]
        for (face, _) in fonts.files {
            if let font = fonts.book.metrics(face) as? TrueTypeFont, let name = font.postScriptName { byName[name] = font }
        }
        let exact = WidthRepair.repaired(data, fonts: byName)
        return Data(withDocumentID(ToUnicodeRepair.repaired(withLanguage(exact, metadata.language), blocks: unicodeBlocks)))
    }

    /// Names the document's language in its catalog (libharu has no call for it).
    static func withLanguage(_ pdf: [UInt8], _ language: String?) -> [UInt8] {
        guard let language, language.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }),
              let at = PDFBytes.firstIndex(of: Array("/Type /Catalog\n".utf8), in: pdf, from: 0) else { return pdf }
        var bytes = pdf
        let insert = Array("/Lang (\(language))\n".utf8)
        let position = at + "/Type /Catalog\n".utf8.count
        bytes.insert(contentsOf: insert, at: position)
        PDFBytes.moveOffsets(in: &bytes, after: position - 1, by: insert.count)
        return bytes
    }

    /// Adds a document /ID derived from the content (libharu writes one only with encryption):
    /// the same document always gets the same ID, a changed one a different ID. The trailer
    /// comes after the cross-reference table, so inserting into it moves no recorded offset.
    static func withDocumentID(_ pdf: [UInt8]) -> [UInt8] {
        let marker = Array("\ntrailer\n<<\n".utf8)
        guard let at = PDFBytes.lastIndex(of: marker, in: pdf) else { return pdf }
        // Two 64-bit FNV-1a hashes with different starting values: 128 bits, no dependency.
        var a: UInt64 = 0xcbf29ce484222325, b: UInt64 = 0x84222325cbf29ce4
        pdf.withUnsafeBufferPointer { bytes in
            for byte in bytes {
                a = (a ^ UInt64(byte)) &* 0x100000001b3
                b = (b ^ UInt64(byte)) &* 0x100000001b3
            }
        }
        let hex = String(a, radix: 16).leftPadded(to: 16) + String(b, radix: 16).leftPadded(to: 16)
        var out = pdf
        out.insert(contentsOf: Array("/ID [<\(hex)> <\(hex)>]\n".utf8), at: at + marker.count)
        return out
    }

    /// Non-ASCII and space characters as %XX, everything else as it is.
    static func percentEncoded(_ url: String) -> String {
        var out = ""
        for byte in url.utf8 {
            if byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

/// The font subsets of one document as in-memory files (memfd), which libharu opens by path and
/// reads again when it saves: they stay open until the document is written, and leave nothing on disk.
private struct FontSubsetFiles {
    private var descriptors: [Int32] = []

    mutating func file(for path: String, faceIndex: Int, characters: Set<Unicode.Scalar>, font: TrueTypeFont?) throws(PDFWriter.Failure) -> String {
        let subset: Data
        do throws(FontError) {
            subset = try FontSubsetter.subset(try TrueTypeFont.mapped(path),
                                              faceIndex: faceIndex, characters: characters, font: font)
        } catch {
            throw PDFWriter.Failure(description: "\(path): \(error.description)")
        }
        let descriptor = memfd_create("cvbuild-font", 1)   // MFD_CLOEXEC
        guard descriptor >= 0 else { throw PDFWriter.Failure(description: "cannot make an in-memory file for a font: \(String(cString: strerror(errno)))") }
        descriptors.append(descriptor)
        let written = subset.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == subset.count else { throw PDFWriter.Failure(description: "cannot write a font subset to memory") }
        return "/proc/self/fd/\(descriptor)"
    }

    func close() {
        for descriptor in descriptors { _ = Glibc.close(descriptor) }
    }
}

/// Windows-1252, the single-byte encoding libharu calls WinAnsiEncoding: Latin-1 plus the
/// typographic marks (“ ” ‘ ’ – — • … € ™) a résumé uses.
enum WinAnsi {
    private static let high: [Unicode.Scalar: UInt8] = [
        "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
        "Š": 0x8A, "‹": 0x8B, "Œ": 0x8C, "Ž": 0x8E, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
        "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9A, "›": 0x9B, "œ": 0x9C, "ž": 0x9E, "Ÿ": 0x9F,
    ]

    /// The character a WinAnsi code stands for, nil for the few codes that have none.
    static func scalar(_ code: Int) -> Unicode.Scalar? {
        if (0x20..<0x80).contains(code) || (0xA0...0xFF).contains(code) { return Unicode.Scalar(UInt32(code)) }
        return high.first { $0.value == UInt8(truncatingIfNeeded: code) }?.key
    }

    /// The text's bytes, or nil when some character has no WinAnsi code.
    static func bytes(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
                out.append(UInt8(scalar.value))
            } else if let byte = high[scalar] {
                out.append(byte)
            } else {
                return nil
            }
        }
        return out
    }
}
