import Foundation
import Testing
@testable import CVBuild

/// Expected values were read independently with fontTools, e.g.
/// `python3 -c "from fontTools.ttLib import TTFont; f = TTFont(path, fontNumber=0); ..."`
/// (head.unitsPerEm, hhea.ascent/descent, maxp.numGlyphs, name ID 6, getBestCmap, hmtx).
@Suite("TrueType fonts")
struct TrueTypeFontTests {
    static let caladeaPath = "/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf"
    static let openSansPath = "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf"
    static let umingPath = "/usr/share/fonts/truetype/arphic/uming.ttc"
    static let dejaVuPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    static let otfPath = "/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Regular.otf"

    static func installed(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The error a throwing call gave, or nil when it did not throw.
    static func error(_ body: () throws(FontError) -> TrueTypeFont) -> FontError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    static func isMalformed(_ error: FontError?) -> Bool {
        if case .malformed = error { return true }
        return false
    }

    /// A glyph ID and advance for each character, as fontTools reports them.
    static func expectGlyphs(_ font: TrueTypeFont, _ expected: [(Unicode.Scalar, glyph: Int, advance: Int)]) {
        for (scalar, glyph, advance) in expected {
            #expect(font.glyphID(for: scalar) == glyph, "glyph of U+\(String(scalar.value, radix: 16))")
            #expect(font.advance(glyph: glyph) == advance, "advance of glyph \(glyph)")
            #expect(font.advance(of: scalar) == advance, "advance of U+\(String(scalar.value, radix: 16))")
            #expect(font.hasGlyph(for: scalar))
        }
    }

    // MARK: - Real fonts

    @Test("Caladea Regular: metrics, names, glyphs and advances",
          .enabled(if: installed(caladeaPath), "Caladea is not installed: apt-get install fonts-crosextra-caladea"))
    func caladea() throws {
        let font = try TrueTypeFont.load(path: Self.caladeaPath)
        #expect(font.unitsPerEm == 1000)
        #expect(font.ascender == 900)
        #expect(font.descender == -250)
        #expect(font.lineGap == 0)
        #expect(font.capHeight == 667)
        #expect(font.weightClass == 400)
        #expect(font.glyphCount == 464)
        #expect(font.postScriptName == "Caladea-Regular")
        #expect(font.familyName == "Caladea")
        #expect(font.hasGlyphOutlines)
        Self.expectGlyphs(font, [
            ("A", 5, 599), ("W", 27, 889), (" ", 3, 220), ("é", 178, 441), ("•", 317, 443), ("–", 304, 500),
        ])
        #expect(font.advance(glyph: 0) == 617)
        #expect(!font.hasGlyph(for: "机"))
        #expect(font.glyphID(for: "机") == nil)
        #expect(font.advance(of: "机") == nil)
        #expect(!font.hasGlyph(for: "\u{1F600}"))
    }

    @Test("widths sum advances at the size, a missing character counting as .notdef",
          .enabled(if: installed(caladeaPath), "Caladea is not installed: apt-get install fonts-crosextra-caladea"))
    func widths() throws {
        let font = try TrueTypeFont.load(path: Self.caladeaPath)
        #expect(font.width(of: "AW", size: 10) == 14.88)  // (599 + 889) × 10 / 1000
        #expect(font.width(of: "AW".unicodeScalars, size: 10) == 14.88)
        #expect(font.width(of: "A W"[...], size: 1000) == 599 + 220 + 889)
        #expect(font.width(of: "A机", size: 1000) == 599 + 617)
        #expect(font.width(of: "", size: 12) == 0)
        // Glyph IDs the font does not have measure nothing rather than trap.
        #expect(font.advance(glyph: -1) == 0)
        #expect(font.advance(glyph: font.glyphCount) == 0)
    }

    @Test("Open Sans Regular, whose last glyphs share the last horizontal metric",
          .enabled(if: installed(openSansPath), "Open Sans is not installed: apt-get install fonts-open-sans"))
    func openSans() throws {
        let font = try TrueTypeFont.load(path: Self.openSansPath)
        #expect(font.unitsPerEm == 2048)
        #expect(font.ascender == 2189)
        #expect(font.descender == -600)
        #expect(font.lineGap == 0)
        #expect(font.capHeight == 1462)
        #expect(font.glyphCount == 938)
        #expect(font.postScriptName == "OpenSans")
        #expect(font.familyName == "Open Sans")
        Self.expectGlyphs(font, [
            ("A", 36, 1296), ("W", 58, 1896), (" ", 3, 532), ("é", 171, 1149), ("•", 527, 770), ("–", 514, 1024),
        ])
        #expect(font.advance(glyph: 0) == 1229)
        // hhea.numberOfHMetrics is 931: glyphs 931…937 take the advance of glyph 930.
        #expect(font.advance(glyph: 929) == 741)
        #expect(font.advance(glyph: 930) == 571)
        #expect(font.advance(glyph: 931) == 571)
        #expect(font.advance(glyph: 937) == 571)
        #expect(!font.hasGlyph(for: "机"))
        #expect(!font.hasGlyph(for: "\u{1F600}"))
    }

    @Test("AR PL UMing, face 0 of a collection, with characters above U+FFFF",
          .enabled(if: installed(umingPath), "AR PL UMing is not installed: apt-get install fonts-arphic-uming"))
    func uming() throws {
        let font = try TrueTypeFont.load(path: Self.umingPath, faceIndex: 0)
        #expect(font.unitsPerEm == 1024)
        #expect(font.ascender == 917)
        #expect(font.descender == -155)
        #expect(font.lineGap == 6)
        #expect(font.capHeight == nil)  // OS/2 version 1 has no sCapHeight
        #expect(font.glyphCount == 27123)
        #expect(font.postScriptName == "UMingCN")
        #expect(font.familyName == "AR PL UMing CN")
        Self.expectGlyphs(font, [
            ("A", 36, 512), ("W", 58, 512), (" ", 3, 512), ("é", 211, 512), ("•", 22515, 1024), ("–", 22509, 1024),
            ("机", 7819, 1024), ("器", 4176, 1024), ("\u{20021}", 20517, 1024),
        ])
        #expect(!font.hasGlyph(for: "\u{1F600}"))
        #expect(font.width(of: "机器", size: 10) == 20)

        let hongKong = try TrueTypeFont.load(path: Self.umingPath, faceIndex: 1)
        #expect(hongKong.postScriptName == "UMingHK")
        #expect(hongKong.faceIndex == 1)
    }

    @Test("a face past the end of a collection, or a face of a single font, is not found",
          .enabled(if: installed(umingPath) && installed(caladeaPath),
                   "needs fonts-arphic-uming and fonts-crosextra-caladea: apt-get install fonts-arphic-uming fonts-crosextra-caladea"))
    func missingFace() {
        let pastEnd = Self.error { () throws(FontError) in try TrueTypeFont.load(path: Self.umingPath, faceIndex: 4) }
        #expect(pastEnd == .notFound("face 4 (the collection has 4 faces, numbered from 0)"))
        let single = Self.error { () throws(FontError) in try TrueTypeFont.load(path: Self.caladeaPath, faceIndex: 1) }
        guard case .notFound = single else {
            Issue.record("expected .notFound, got \(String(describing: single))")
            return
        }
    }

    @Test("DejaVu Sans maps an emoji through its format 12 subtable",
          .enabled(if: installed(dejaVuPath), "DejaVu Sans is not installed: apt-get install fonts-dejavu-core"))
    func supplementaryPlane() throws {
        let font = try TrueTypeFont.load(path: Self.dejaVuPath)
        #expect(font.postScriptName == "DejaVuSans")
        #expect(font.glyphCount == 6253)
        Self.expectGlyphs(font, [("A", 36, 1401), ("\u{1F600}", 5857, 2135)])
        #expect(!font.hasGlyph(for: "\u{1F624}"))  // a gap between two format 12 groups
        #expect(font.description == "TrueTypeFont(DejaVuSans, 6253 glyphs, 2048 units per em)")
        #expect(!font.hasGlyph(for: "\u{10FFFF}"))
    }

    // MARK: - Files cvbuild cannot use

    @Test("a CFF-based OpenType font is refused as unsupported",
          .enabled(if: installed(otfPath), "EB Garamond (.otf) is not installed: apt-get install fonts-ebgaramond"))
    func openTypeCFF() {
        let error = Self.error { () throws(FontError) in try TrueTypeFont.load(path: Self.otfPath) }
        #expect(error == .unsupportedFormat(
            "CFF-based OpenType (.otf) fonts cannot be embedded by libharu 2.3.0; use a TrueType (.ttf) font"))
    }

    @Test("an 'OTTO' signature is refused as unsupported without reading further")
    func openTypeSignature() {
        let bytes = Data("OTTO".utf8) + Data(count: 60)
        let error = Self.error { () throws(FontError) in try TrueTypeFont(data: bytes) }
        guard case .unsupportedFormat(let message) = error else {
            Issue.record("expected .unsupportedFormat, got \(String(describing: error))")
            return
        }
        #expect(message.contains("CFF-based OpenType"))
    }

    @Test("the first 100 bytes of a real font are malformed",
          .enabled(if: installed(caladeaPath), "Caladea is not installed: apt-get install fonts-crosextra-caladea"))
    func truncatedHeader() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.caladeaPath))
        let error = Self.error { () throws(FontError) in try TrueTypeFont(data: data.prefix(100)) }
        #expect(Self.isMalformed(error), "got \(String(describing: error))")
        #expect(error?.description.hasPrefix("malformed font: ") == true)
    }

    @Test("a font cut anywhere is malformed, never a crash",
          .enabled(if: installed(caladeaPath), "Caladea is not installed: apt-get install fonts-crosextra-caladea"))
    func truncatedAnywhere() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.caladeaPath))
        for length in stride(from: 0, to: data.count, by: 199) {
            let error = Self.error { () throws(FontError) in try TrueTypeFont(data: data.prefix(length)) }
            #expect(Self.isMalformed(error), "cut at \(length) bytes: \(String(describing: error))")
        }
    }

    @Test("random bytes and an empty file are malformed")
    func randomBytes() {
        // A fixed-seed generator (SplitMix64), so a failure can be reproduced.
        var state: UInt64 = 0x5EED_CAFE
        var bytes = Data(count: 4096)
        for index in bytes.indices {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            bytes[index] = UInt8(truncatingIfNeeded: mixed ^ (mixed >> 31))
        }
        let random = bytes
        #expect(Self.isMalformed(Self.error { () throws(FontError) in try TrueTypeFont(data: random) }))
        #expect(Self.isMalformed(Self.error { () throws(FontError) in try TrueTypeFont(data: Data()) }))
    }

    @Test("a file that does not exist is not found")
    func fileMissing() {
        let error = Self.error { () throws(FontError) in try TrueTypeFont.load(path: "/nonexistent/cvbuild/Nope.ttf") }
        #expect(error == .notFound("/nonexistent/cvbuild/Nope.ttf"))
        #expect(error?.description == "font not found: /nonexistent/cvbuild/Nope.ttf")
    }

    // MARK: - Finding font files

    @Suite("finding font files")
    struct Locating {
        @Test("a font in the system folders is found by file name",
              .enabled(if: installed(caladeaPath), "Caladea is not installed: apt-get install fonts-crosextra-caladea"))
        func systemFont() throws {
            let path = try #require(FontLocator().locate("Caladea-Regular.ttf"))
            #expect(path.hasSuffix("/Caladea-Regular.ttf"))
            #expect(FileManager.default.fileExists(atPath: path))
            #expect(FontLocator().locate("caladea-regular.ttf")?.hasSuffix("/Caladea-Regular.ttf") == true)
        }

        @Test("an unknown name is not found, and the message says what to do")
        func unknownName() {
            let locator = FontLocator()
            #expect(locator.locate("NoSuchFont-Regular-cvbuild.ttf") == nil)
            #expect(locator.locate("") == nil)
            #expect(locator.missingFontMessage("NoSuchFont-Regular-cvbuild.ttf")
                == #"font "NoSuchFont-Regular-cvbuild.ttf" not found (point --font-dir at a folder that has it)"#)
        }

        @Test("the message for a known font names its Debian package")
        func packageInMessage() {
            let locator = FontLocator()
            #expect(locator.missingFontMessage("Caladea-Regular.ttf")
                == #"font "Caladea-Regular.ttf" not found (install it with: apt-get install fonts-crosextra-caladea, or point --font-dir at a folder that has it)"#)
            #expect(locator.missingFontMessage("uming.ttc").contains("apt-get install fonts-arphic-uming,"))
            let packages = FontLocator.debianPackages
            #expect(packages["Carlito-BoldItalic.ttf"] == "fonts-crosextra-carlito")
            #expect(packages["OpenSans-Semibold.ttf"] == "fonts-open-sans")
            #expect(packages["LiberationSerif-Italic.ttf"] == "fonts-liberation2")
            #expect(packages["LiberationSans-Regular.ttf"] == "fonts-liberation2")
            #expect(packages["DejaVuSans.ttf"] == "fonts-dejavu-core")
            #expect(packages["DejaVuSans-Oblique.ttf"] == "fonts-dejavu-extra")
            #expect(packages["ukai.ttc"] == "fonts-arphic-ukai")
            #expect(packages["wqy-zenhei.ttc"] == "fonts-wqy-zenhei")
        }

        @Test("extra folders come first and are searched recursively; paths are checked directly")
        func extraFolders() throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("cvbuild-fonts-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: root) }
            let nested = root + "/theme/fonts/deeper"
            try FileManager.default.createDirectory(atPath: nested, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: root + "/Caladea-Regular.ttf", contents: Data("x".utf8)))
            #expect(FileManager.default.createFile(atPath: nested + "/Custom-Font.ttf", contents: Data("x".utf8)))

            let locator = FontLocator(extraFolders: [root])
            #expect(locator.locate("Caladea-Regular.ttf") == root + "/Caladea-Regular.ttf")
            #expect(locator.locate("Custom-Font.ttf") == nested + "/Custom-Font.ttf")
            #expect(FontLocator().locate("Custom-Font.ttf") == nil)

            // $CVBUILD_FONT_DIR comes after the extra folders and before the system ones.
            let fromEnvironment = FontLocator(extraFolders: [], environment: ["CVBUILD_FONT_DIR": root + "/theme", "HOME": root])
            #expect(fromEnvironment.locate("Custom-Font.ttf") == nested + "/Custom-Font.ttf")
            #expect(fromEnvironment.folders.prefix(3) == [root + "/theme", root + "/.local/share/fonts", root + "/.fonts"])
            #expect(fromEnvironment.folders.suffix(2) == ["/usr/local/share/fonts", "/usr/share/fonts"])

            #expect(locator.locate(nested + "/Custom-Font.ttf") == nested + "/Custom-Font.ttf")
            #expect(locator.locate(nested + "/Missing.ttf") == nil)
            #expect(locator.locate(nested) == nil)  // a folder is not a font file
        }
    }
}
