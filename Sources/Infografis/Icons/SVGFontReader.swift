// Reading glyph names and outlines from an SVG font with FoundationXML's XMLParser.

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of an SVG font that icons need.
struct SVGFont: Sendable {
    /// `units-per-em` of the font face; 512 for Material Design Icons.
    var unitsPerEm: Double = 1000
    /// `ascent` of the font face (y of the top edge in font units, y up); 448 for Material Design Icons.
    var ascent: Double = 800
    /// Raw glyph path data (y up) by glyph name.
    var glyphs: [String: String] = [:]

    /// Parses the SVG font at `path`; external entities and the DTD are never fetched.
    static func read(path: String) throws(IconError) -> SVGFont {
        guard FileManager.default.fileExists(atPath: path) else { throw .fontMissing(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFont(path: path, reason: "the file cannot be opened")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        let reader = SVGFontDelegate()
        parser.delegate = reader
        // libxml2 may recover from some errors and still report success; unclosed elements are caught by depth.
        guard parser.parse(), reader.errorLine == nil, reader.depth == 0 else {
            let line = reader.errorLine ?? parser.lineNumber
            throw .unreadableFont(path: path, reason: "it is not well-formed XML (line \(line))")
        }
        guard !reader.font.glyphs.isEmpty else { throw .unreadableFont(path: path, reason: "it holds no named glyphs") }
        return reader.font
    }
}

/// Collects `<font-face>` metrics and `<glyph glyph-name=... d=...>` elements.
private final class SVGFontDelegate: NSObject, XMLParserDelegate {
    var font = SVGFont()
    /// Open elements; 0 again at the end of a well-formed document.
    var depth = 0
    /// Line of the first XML error reported, if any.
    var errorLine: Int?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if errorLine == nil { errorLine = parser.lineNumber }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        switch elementName {
        case "font-face":
            if let value = attributes["units-per-em"].flatMap(Double.init) { font.unitsPerEm = value }
            if let value = attributes["ascent"].flatMap(Double.init) { font.ascent = value }
        case "glyph":
            if let name = attributes["glyph-name"], !name.isEmpty {
                font.glyphs[name] = attributes["d"] ?? ""
            }
        default:
            break
        }
    }
}
