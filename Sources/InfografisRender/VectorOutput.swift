internal import CInfografis

/// Post-processing of Cairo's SVG: deterministic ids, and `<title>`/`<desc>` elements.
///
/// Cairo numbers SVG ids (`surface4`, `image9`, `clip1`, ...) partly from process-global
/// counters, so the same frame rendered twice would differ. Every id is renamed to its
/// alphabetic prefix plus its rank among ids with that prefix in document order, and every
/// reference (`href="#…"`, `url(#…)`) follows.
enum SVGPostProcessor {
    static func process(_ svg: [UInt8], title: String?, description: String?) -> [UInt8] {
        var output = normalizeIDs(svg)
        var metadata: [UInt8] = []
        if let title { metadata += Array("\n<title>\(escapeXML(title))</title>".utf8) }
        if let description { metadata += Array("\n<desc>\(escapeXML(description))</desc>".utf8) }
        if !metadata.isEmpty, let end = rootTagEnd(output) {
            output.insert(contentsOf: metadata, at: end + 1)
        }
        return output
    }

    /// Index of the `>` closing the root `<svg …>` start tag.
    static func rootTagEnd(_ svg: [UInt8]) -> Int? {
        guard let start = find(Array("<svg".utf8), in: svg, from: 0) else { return nil }
        var quote: UInt8?
        for index in start..<svg.count {
            let byte = svg[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
        }
        return nil
    }

    /// Text escaped for XML character data; characters XML 1.0 forbids are dropped.
    static func escapeXML(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: break
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    // MARK: - Ids

    private static let idMarker = Array(" id=\"".utf8)
    private static let hrefMarker = Array("href=\"#".utf8)
    private static let urlMarker = Array("url(#".utf8)
    private static let markers = [(marker: idMarker, terminator: UInt8(ascii: "\"")),
                                  (marker: hrefMarker, terminator: UInt8(ascii: "\"")),
                                  (marker: urlMarker, terminator: UInt8(ascii: ")"))]

    static func normalizeIDs(_ svg: [UInt8]) -> [UInt8] {
        // Pass 1: new names for every defined id, in document order.
        var renamed: [[UInt8]: [UInt8]] = [:]
        var counts: [[UInt8]: Int] = [:]
        var position = 0
        while let found = find(idMarker, in: svg, from: position) {
            let start = found + idMarker.count
            let end = svg[start...].firstIndex(of: UInt8(ascii: "\"")) ?? svg.count
            let name = Array(svg[start..<end])
            if renamed[name] == nil {
                let prefix = Array(name.prefix { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") })
                let rank = counts[prefix, default: 0]
                counts[prefix] = rank + 1
                renamed[name] = prefix + Array(String(rank).utf8)
            }
            position = end
        }
        guard !renamed.isEmpty else { return svg }
        // Pass 2: rewrite definitions and references, copying the text between them in bulk
        // (a per-byte loop here cost more than Cairo's whole SVG surface).
        var output: [UInt8] = []
        output.reserveCapacity(svg.count + svg.count / 16)
        var index = 0
        var copied = 0
        while index < svg.count {
            let byte = svg[index]
            // Only ' ', 'h' and 'u' can start a marker.
            guard byte == 0x20 || byte == UInt8(ascii: "h") || byte == UInt8(ascii: "u"),
                  let (marker, terminator) = markers.first(where: { svg[index] == $0.marker[0] && hasPrefix($0.marker, in: svg, at: index) })
            else {
                index += 1
                continue
            }
            output += svg[copied..<index]
            output += marker
            let start = index + marker.count
            let end = svg[start...].firstIndex(of: terminator) ?? svg.count
            let name = Array(svg[start..<end])
            output += renamed[name] ?? name
            index = end
            copied = end
        }
        output += svg[copied..<svg.count]
        return output
    }

    private static func hasPrefix(_ marker: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + marker.count <= bytes.count else { return false }
        for offset in 0..<marker.count where bytes[index + offset] != marker[offset] { return false }
        return true
    }

    private static func find(_ marker: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = marker.first, start < bytes.count else { return nil }
        var index = start
        while let candidate = bytes[index...].firstIndex(of: first) {
            if hasPrefix(marker, in: bytes, at: candidate) { return candidate }
            index = candidate + 1
            if index >= bytes.count { return nil }
        }
        return nil
    }
}

/// PDF metadata. Cairo stamps a `/CreationDate` from the clock; clearing it through
/// `cairo_pdf_surface_set_metadata` (Cairo 1.16 writes no `/ModDate` and no `/ID`) makes the
/// bytes depend on the frame alone.
enum PDFMetadata {
    static func apply(to surface: Surface, title: String?) {
        if let title { cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_TITLE, title) }
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, nil)
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_MOD_DATE, nil)
    }
}
