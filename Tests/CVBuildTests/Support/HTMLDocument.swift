import CLibXML2
import Foundation

/// A generated page parsed by libxml2's HTML parser into a small tree tests can query.
struct HTMLDocument {
    final class Element {
        enum Part { case text(String), element(Element) }

        let name: String
        var attributes: [String: String] = [:]
        var parts: [Part] = []
        init(name: String) { self.name = name }

        var children: [Element] { parts.compactMap { if case .element(let e) = $0 { e } else { nil } } }
        /// Every element below this one, depth first.
        var descendants: [Element] { children.flatMap { [$0] + $0.descendants } }
        /// All text inside, in reading order.
        var allText: String {
            parts.map { switch $0 { case .text(let t): t; case .element(let e): e.allText } }.joined()
        }
    }

    let root = Element(name: "#document")
    let parsed: Bool

    init(_ html: String) {
        var bytes = Array(html.utf8)
        // No network, no entities from outside: the same settings the posting reader uses.
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOERROR.rawValue)
        let doc = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), "page.html", "UTF-8", options)
            }
        }
        parsed = doc != nil
        guard let doc else { return }
        defer { xmlFreeDoc(doc) }
        var node = doc.pointee.children
        while let n = node {
            if let element = Self.convert(n) { root.parts.append(.element(element)) }
            node = n.pointee.next
        }
    }

    private static func convert(_ node: xmlNodePtr) -> Element? {
        guard node.pointee.type == XML_ELEMENT_NODE else { return nil }
        let element = Element(name: String(cString: node.pointee.name))
        var attribute = node.pointee.properties
        while let a = attribute {
            if let value = xmlGetProp(node, a.pointee.name) {
                element.attributes[String(cString: a.pointee.name)] = String(cString: value)
                cvbuild_xmlFree(value)
            }
            attribute = a.pointee.next
        }
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                element.parts.append(.text(String(cString: content)))
            } else if let e = convert(c) {
                element.parts.append(.element(e))
            }
            child = c.pointee.next
        }
        return element
    }

    func all(_ name: String) -> [Element] { root.descendants.filter { $0.name == name } }
    func first(_ name: String) -> Element? { all(name).first }
}
