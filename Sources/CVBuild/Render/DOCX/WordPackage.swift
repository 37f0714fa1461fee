import Foundation
import ZIPFoundation

/// A .docx file: the body, styles and numbering, relationships (hyperlinks among them) and the
/// document properties, zipped. Every entry carries one fixed time stamp and the parts go in a
/// fixed order, so the same input gives the same bytes (goldens, reproducible builds).
package struct WordPackage: Sendable {
    package var body: WordBody
    package var theme: Theme
    package var page: WordStyles.Page
    package var language: String
    package var title: String
    package var author: String
    package var keywords: [String] = []
    /// The document's date (from SOURCE_DATE_EPOCH); nil leaves it out.
    package var date: Date?

    /// 1980-01-01, the earliest time a zip entry can hold: no build's clock leaks in.
    private static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    package func data() throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Self.entryDate,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// The parts in the order Word writes them: the content types first, as readers expect.
    private var parts: [(String, String)] {
        let h = WordStyles.header
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var documentRels = "<Relationship Id=\"rIdStyles\" Type=\"\(office)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rIdNumbering\" Type=\"\(office)/numbering\" Target=\"numbering.xml\"/>"
            + "<Relationship Id=\"rIdSettings\" Type=\"\(office)/settings\" Target=\"settings.xml\"/>"
        for (index, link) in body.links.enumerated() {
            documentRels += "<Relationship Id=\"rIdLink\(index + 1)\" Type=\"\(office)/hyperlink\" Target=\"\(WordXML.escape(link))\" TargetMode=\"External\"/>"
        }
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return [
            ("[Content_Types].xml", h + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"\(main).document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(main).styles+xml\"/>"
                + "<Override PartName=\"/word/numbering.xml\" ContentType=\"\(main).numbering+xml\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"\(main).settings+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "</Types>"),
            ("_rels/.rels", h + "<Relationships xmlns=\"\(package)\">"
                + "<Relationship Id=\"rId1\" Type=\"\(office)/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"\(office)/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>"),
            ("word/document.xml", h + "<w:document \(WordStyles.namespaces)><w:body>" + body.paragraphs.joined() + page.sectionXML + "</w:body></w:document>"),
            ("word/_rels/document.xml.rels", h + "<Relationships xmlns=\"\(package)\">" + documentRels + "</Relationships>"),
            ("word/styles.xml", WordStyles.styles(theme, language: language, page: page)),
            ("word/numbering.xml", WordStyles.numbering(theme)),
            ("word/settings.xml", h + "<w:settings \(WordStyles.namespaces)><w:defaultTabStop w:val=\"720\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"),
            ("docProps/core.xml", h + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>\(WordXML.escape(title))</dc:title><dc:creator>\(WordXML.escape(author))</dc:creator>"
                + (keywords.isEmpty ? "" : "<cp:keywords>\(WordXML.escape(keywords.joined(separator: ", ")))</cp:keywords>")
                + "<dc:language>\(WordXML.escape(language))</dc:language>"
                + (date.map { "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(Self.w3c($0))</dcterms:created>" } ?? "")
                + "</cp:coreProperties>"),
            ("docProps/app.xml", h + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>cvbuild \(CVBuildVersion.current)</Application></Properties>"),
        ]
    }

    private static func w3c(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
