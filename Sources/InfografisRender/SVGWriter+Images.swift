internal import CInfografis
import InfografisCore
import InfografisLayout

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Images and shadows for the SVG writer. Raster files are embedded as they are (a data: URI
// of the original bytes, no re-encoding); SVG files as a nested SVG document in an <image>,
// which keeps them vector and cannot fetch anything (viewers load no external resources from
// an SVG used as an image). Shadows are the blurred rasters the PNG gets, as PNG images.

/// An image file's bytes and what is needed to place it.
struct EmbeddedImage {
    /// The data: URI prefix for the bytes (`data:image/png;base64,`).
    let mediaType: StaticString
    /// The file's bytes in base64.
    let base64: [UInt8]
    /// Natural size in pixels.
    let size: Size
    /// True for an SVG document.
    let isSVG: Bool
    /// The document's bytes, for SVG.
    let svgBytes: [UInt8]?
}

extension SVGWriter {
    func draw(_ item: ImageItem, at origin: Point) {
        guard let image = embeddedImage(at: item.content.path) else { return }
        let natural = image.size
        guard natural.width > 0, natural.height > 0, item.size.width > 0, item.size.height > 0,
              item.size.width.isFinite, item.size.height.isFinite else { return }
        let target = fittedRect(natural: natural, box: item.size, fit: item.content.fit)
        guard target.isFinite, target.width > 0, target.height > 0 else { return }
        let box = RoundedRect(rect: Rect(0, 0, item.size.width, item.size.height), radii: item.cornerRadius)
        let clip = defineClip(box, at: origin)
        body.append("<g clip-path=\"url(#clip")
        body.appendInteger(clip)
        body.append(")\">\n")
        if image.isSVG, item.content.fit != .fill {
            // SVG: the document's own size set to the target box, so that viewers render it at
            // that size (librsvg rasterizes a nested document at its own size and would scale
            // those pixels). The box has the document's aspect ratio, so nothing else changes.
            body.append("<image x=\"")
            body.appendNumber(origin.x + target.x)
            body.append("\" y=\"")
            body.appendNumber(origin.y + target.y)
            body.append("\" width=\"")
            body.appendNumber(target.width)
            body.append("\" height=\"")
            body.appendNumber(target.height)
            body.append("\" preserveAspectRatio=\"none\" xlink:href=\"")
            body.append(image.mediaType)
            if let sized = image.svgBytes.flatMap({ SVGWriter.resized($0, to: target.size, natural: natural) }) {
                sized.withUnsafeBytes { body.appendBase64($0) }
            } else {
                body += image.base64
            }
            body.append("\"/>\n</g>\n")
            return
        } else {
            // Raster: natural size scaled to the target, as FrameDrawer draws it.
            body.append("<image transform=\"matrix(")
            body.appendNumber(target.width / natural.width, decimals: 6)
            body.append(" 0 0 ")
            body.appendNumber(target.height / natural.height, decimals: 6)
            body.append(" ")
            body.appendPair(origin.x + target.x, origin.y + target.y)
            body.append(")\" width=\"")
            body.appendNumber(natural.width)
            body.append("\" height=\"")
            body.appendNumber(natural.height)
        }
        body.append("\" preserveAspectRatio=\"none\" xlink:href=\"")
        body.append(image.mediaType)
        body += image.base64
        body.append("\"/>\n</g>\n")
    }

    /// The file at `path`, read once per render; nil when it is missing or not a PNG, JPEG
    /// or SVG file that our decoders accept (such images draw nothing, as in the PNG).
    private func embeddedImage(at path: String) -> EmbeddedImage? {
        if let known = files[path] { return known }
        let loaded = SVGWriter.loadImage(at: path)
        files[path] = .some(loaded)
        return loaded
    }

    private static func loadImage(at path: String) -> EmbeddedImage? {
        guard let size = try? intrinsicImageSize(at: path), let bytes = readFile(path), bytes.count >= 4 else { return nil }
        let mediaType: StaticString
        let isSVG = isSVGPath(path)
        if isSVG {
            mediaType = "data:image/svg+xml;base64,"
        } else if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            mediaType = "data:image/png;base64,"
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            mediaType = "data:image/jpeg;base64,"
        } else {
            return nil
        }
        var base64: [UInt8] = []
        bytes.withUnsafeBytes { base64.appendBase64($0) }
        return EmbeddedImage(mediaType: mediaType, base64: base64, size: size, isSVG: isSVG, svgBytes: isSVG ? bytes : nil)
    }

    /// The SVG document with its root element's width and height set to `size` (and a viewBox
    /// of its natural size added when it has none); nil when the root tag is not found
    /// (compressed SVGZ, say).
    static func resized(_ svg: [UInt8], to size: Size, natural: Size) -> [UInt8]? {
        let open = Array("<svg".utf8)
        guard svg.count > open.count,
              let start = (0...(svg.count - open.count)).first(where: { index in
                  svg[index] == open[0] && Array(svg[index..<(index + open.count)]) == open
                      && index + open.count < svg.count
                      && [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(svg[index + open.count])
              }) else { return nil }
        // The attributes up to the tag's end, quotes respected.
        var index = start + open.count
        var attributes: [(name: [UInt8], text: ArraySlice<UInt8>)] = []
        var quote: UInt8?
        var attributeStart = index
        var tagEnd: Int?
        while index < svg.count {
            let byte = svg[index]
            if let q = quote {
                if byte == q {
                    quote = nil
                    let text = svg[attributeStart...index]
                    let name = Array(text.prefix { $0 != UInt8(ascii: "=") }.filter { $0 > 0x20 })
                    attributes.append((name, text))
                    attributeStart = index + 1
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") || (byte == UInt8(ascii: "/") && index + 1 < svg.count && svg[index + 1] == UInt8(ascii: ">")) {
                tagEnd = index
                break
            }
            index += 1
        }
        guard let tagEnd else { return nil }
        var out = Array(svg[..<(start + open.count)])
        var hasViewBox = false
        for attribute in attributes {
            if attribute.name == Array("width".utf8) || attribute.name == Array("height".utf8) { continue }
            if attribute.name == Array("viewBox".utf8) { hasViewBox = true }
            out += attribute.text
        }
        out.append(" width=\"")
        out.appendNumber(size.width)
        out.append("\" height=\"")
        out.appendNumber(size.height)
        out.append("\"")
        if !hasViewBox {
            out.append(" viewBox=\"0 0 ")
            out.appendPair(natural.width, natural.height)
            out.append("\"")
        }
        out += svg[tagEnd...]
        return out
    }

    /// The bytes of a regular file (at most 256 MiB), nil if it cannot be read.
    private static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if read > 0 { bytes += chunk[0..<read] }
            if read < chunk.count { break }
            if bytes.count > 256 << 20 { return nil }
        }
        return ferror(file) == 0 ? bytes : nil
    }

    // MARK: - Shadows

    /// Writes the shape's shadows, the last first (CSS), each the PNG `drawShadows` paints.
    func drawShadows(_ shape: ShapeItem, at origin: Point) {
        // Cairo's clip extents, which bound the shadow's raster: whole pixels; without a group
        // clip, the cut-out clip of rectangles and rings reaches one pixel beyond the canvas.
        var clip = clipBounds
        clip = Rect(clip.x.rounded(.down), clip.y.rounded(.down), (clip.x + clip.width).rounded(.up) - clip.x.rounded(.down),
                    (clip.y + clip.height).rounded(.up) - clip.y.rounded(.down))
        if case .path = shape.geometry {} else if !clipped {
            clip = Rect(clip.x - 1, clip.y - 1, clip.width + 2, clip.height + 2)
        }
        for shadow in shape.shadows.reversed() where shadow.color.alpha > 0 {
            let key = ShadowKey(geometry: shape.geometry, shadow: shadow, origin: origin, clip: clip)
            guard let image = cache.shadow(key, make: { shadowImage(key) }) else { continue }
            body.append("<image")
            var rest: [UInt8] = []
            writeImageGeometry(image, into: &rest)
            // writeImageGeometry starts by closing an id attribute; drop that `"`.
            body += rest.dropFirst()
        }
    }

    /// Rasterizes one shadow as `drawShadows` (Shadows.swift) does at scale 1: the shadow
    /// shape blurred within the clip's reach, and for rectangles and rings cut out inside the
    /// shape's outer edge.
    private func shadowImage(_ key: ShadowKey) -> SVGBitmap? {
        let shadow = key.shadow
        guard let measure = try? Context(Surface.image(width: 1, height: 1, alphaOnly: true)) else { return nil }
        let outer: RoundedRect? = switch key.geometry {
        case let .rect(r): r
        case let .ring(o, _): o
        case .path: nil
        }
        let strokeWidth: Double = if case .path = key.geometry, shadow.spread > 0 { shadow.spread * 2 } else { 0 }
        func appendShadowPath(_ cr: OpaquePointer) {
            cairo_translate(cr, key.origin.x, key.origin.y)
            switch key.geometry {
            case .rect, .ring:
                cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
                if let outer { appendRoundedRect(cr, outer.spread(by: shadow.spread).offset(dx: shadow.x, dy: shadow.y)) }
            case let .path(data, t, evenOdd):
                cairo_set_fill_rule(cr, evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
                var moved = t
                moved.tx += shadow.x
                moved.ty += shadow.y
                appendPath(cr, paths.segments(for: data), transform: moved)
            }
            cairo_set_line_width(cr, strokeWidth)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        }
        let sigma = Swift.max(0, shadow.blur) / 2
        let mcr = measure.pointer
        appendShadowPath(mcr)
        var (x1, y1, x2, y2) = (0.0, 0.0, 0.0, 0.0)
        if strokeWidth > 0 { cairo_stroke_extents(mcr, &x1, &y1, &x2, &y2) } else { cairo_fill_extents(mcr, &x1, &y1, &x2, &y2) }
        cairo_user_to_device(mcr, &x1, &y1)
        cairo_user_to_device(mcr, &x2, &y2)
        guard x2 > x1, y2 > y1 else { return nil }
        let clip = (x1: key.clip.x, y1: key.clip.y, x2: key.clip.x + key.clip.width, y2: key.clip.y + key.clip.height)
        let reach = sigma >= 0.2 ? (3 * sigma).rounded(.up) + 1 : 1
        let left = Swift.max(x1 - reach, clip.x1 - reach).rounded(.down)
        let top = Swift.max(y1 - reach, clip.y1 - reach).rounded(.down)
        let right = Swift.min(x2 + reach, clip.x2 + reach).rounded(.up)
        let bottom = Swift.min(y2 + reach, clip.y2 + reach).rounded(.up)
        guard right > left, bottom > top, (right - left) * (bottom - top) < 1e8 else { return nil }
        let (width, height) = (Int(right - left), Int(bottom - top))
        guard let mask = try? Surface.image(width: width, height: height, alphaOnly: true),
              let maskContext = try? Context(mask),
              let colored = try? Surface.image(width: width, height: height),
              let coloredContext = try? Context(colored) else { return nil }
        let color = shadow.color
        if sigma < 0.2 {
            // No blur: the shape filled (and stroked) in the shadow color.
            let cr = coloredContext.pointer
            cairo_translate(cr, -left, -top)
            appendShadowPath(cr)
            setSource(cr, color)
            if strokeWidth > 0 { cairo_stroke_preserve(cr) }
            cairo_fill(cr)
        } else {
            let cr = maskContext.pointer
            cairo_translate(cr, -left, -top)
            appendShadowPath(cr)
            if strokeWidth > 0 { cairo_stroke_preserve(cr) }
            cairo_fill(cr)
            colorize(mask, into: colored, width: width, height: height, sigma: sigma, color: color)
        }
        if let outer {
            // The PNG clips the shadow to outside the shape's outer edge.
            let cr = coloredContext.pointer
            cairo_identity_matrix(cr)
            cairo_translate(cr, key.origin.x - left, key.origin.y - top)
            cairo_new_path(cr)
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
            appendRoundedRect(cr, outer)
            cairo_set_operator(cr, CAIRO_OPERATOR_DEST_OUT)
            cairo_set_source_rgba(cr, 0, 0, 0, 1)
            cairo_fill(cr)
        }
        guard let png = try? PNGEncoder.encode(colored, compression: .fast, workspace: workspace) else { return nil }
        var data: [UInt8] = []
        png.withUnsafeBytes { data.appendBase64($0) }
        return SVGBitmap(data: data, x: left, y: top, width: Double(width), height: Double(height))
    }

    /// Blurs an A8 mask and paints it in `color` into a premultiplied ARGB32 surface, as
    /// `paintShadowPath` does.
    private func colorize(_ mask: Surface, into colored: Surface, width: Int, height: Int, sigma: Double, color: Color) {
        mask.withPixels { maskData, _, _, maskStride in
            var alpha = [Float](repeating: 0, count: width * height)
            for y in 0..<height {
                for x in 0..<width { alpha[y * width + x] = Float(maskData[y * maskStride + x]) }
            }
            gaussianBlur(&alpha, width: width, height: height, sigma: sigma)
            colored.withPixels { data, _, _, stride in
                let (r, g, b, a) = (Float(color.red), Float(color.green), Float(color.blue), Float(color.alpha))
                data.withMemoryRebound(to: UInt32.self, capacity: stride / 4 * height) { pixels in
                    for y in 0..<height {
                        for x in 0..<width {
                            let coverage = Swift.min(255, Swift.max(0, alpha[y * width + x])) / 255 * a
                            func channel(_ value: Float) -> UInt32 { UInt32((value * coverage * 255).rounded()) }
                            pixels[y * (stride / 4) + x] = channel(1) << 24 | channel(r) << 16 | channel(g) << 8 | channel(b)
                        }
                    }
                }
            }
        }
    }
}
