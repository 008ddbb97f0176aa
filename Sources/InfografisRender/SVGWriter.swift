import InfografisCore
import InfografisLayout
import InfografisText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a frame as SVG 1.1 directly, without Cairo's SVG surface: the same geometry, paints,
/// clips and glyph positions as `FrameDrawer` draws into the PNG.
///
/// Coordinates are absolute canvas pixels (frames only translate, so no transforms are
/// needed except for glyph runs). Text is glyph outlines: each glyph's outline is a `<path>`
/// in `<defs>` (id `g<font>-<glyph>`, the font numbered by first use in the document) placed by
/// `<use>`; the outline text is cached across renders in the `SVGCache`, so a batch formats
/// every glyph's outline once. Shadows are the same blurred rasters as in the PNG, embedded as
/// PNG images; images embed the original file bytes. Ids are numbered in document order, so
/// identical frames give identical bytes.
final class SVGWriter {
    /// The document body (after `<defs>`).
    var body: [UInt8] = []
    /// Definitions: glyph outlines, clip paths, gradients, color glyph images.
    var defs: [UInt8] = []
    let cache: SVGCache
    let workspace: RasterWorkspace
    let paths = PathCache()
    /// Image files read for this render, by path (nil: unreadable, drawn as nothing).
    var files: [String: EmbeddedImage?] = [:]
    /// Document numbers of the fonts used so far, by font identity.
    var fontNumbers: [UnsafeMutableRawPointer: Int] = [:]
    /// Glyphs already defined in this document.
    var definedGlyphs: Set<GlyphKey> = []
    /// Numbers of the glyph bitmaps defined in this document.
    var bitmapNumbers: [BitmapKey: Int] = [:]
    var clipCount = 0
    var gradientCount = 0
    /// The clip's bounds in canvas pixels (the canvas, narrowed by group clips): shadows
    /// are rasterized within it, as in the PNG.
    var clipBounds: Rect
    /// True inside a clipped group.
    var clipped = false

    init(size: Size, cache: SVGCache, workspace: RasterWorkspace) {
        self.cache = cache
        self.workspace = workspace
        clipBounds = Rect(0, 0, size.width, size.height)
        body.reserveCapacity(64 << 10)
        defs.reserveCapacity(64 << 10)
    }

    /// The whole document for `frame`.
    static func document(_ frame: Frame, title: String?, description: String?,
                         cache: SVGCache, workspace: RasterWorkspace) -> [UInt8] {
        let writer = SVGWriter(size: frame.size, cache: cache, workspace: workspace)
        writer.draw(frame, at: Point(0, 0))
        var out: [UInt8] = []
        out.reserveCapacity(writer.body.count + writer.defs.count + 1024)
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"")
        out.appendNumber(frame.size.width)
        out.append("px\" height=\"")
        out.appendNumber(frame.size.height)
        out.append("px\" viewBox=\"0 0 ")
        out.appendNumber(frame.size.width)
        out.append(" ")
        out.appendNumber(frame.size.height)
        out.append("\" version=\"1.1\">\n")
        if let title { out += Array("<title>\(SVGPostProcessor.escapeXML(title))</title>\n".utf8) }
        if let description { out += Array("<desc>\(SVGPostProcessor.escapeXML(description))</desc>\n".utf8) }
        if !writer.defs.isEmpty {
            out.append("<defs>\n")
            out += writer.defs
            out.append("</defs>\n")
        }
        out += writer.body
        out.append("</svg>\n")
        return out
    }

    // MARK: - Frames and groups

    /// Writes `frame`'s items in paint order with its origin at `origin` (canvas pixels).
    func draw(_ frame: Frame, at origin: Point) {
        for positioned in frame.items {
            let position = positioned.position
            guard position.x.isFinite, position.y.isFinite else { continue }
            let at = Point(origin.x + position.x, origin.y + position.y)
            switch positioned.item {
            case let .group(group): draw(group, at: at)
            case let .shape(shape): draw(shape, at: at)
            case let .image(image): draw(image, at: at)
            case let .text(text): draw(text, at: at)
            }
        }
    }

    private func draw(_ group: GroupItem, at origin: Point) {
        guard group.opacity > 0 else { return }
        let (savedBounds, savedClipped) = (clipBounds, clipped)
        defer { (clipBounds, clipped) = (savedBounds, savedClipped) }
        var opened = false
        if let clip = group.clip {
            guard clip.rect.isFinite, clip.rect.width > 0, clip.rect.height > 0 else { return }
            let id = defineClip(clip, at: origin)
            body.append("<g clip-path=\"url(#clip")
            body.appendInteger(id)
            body.append(")\"")
            opened = true
            clipBounds = clipBounds.intersection(clip.rect.offsetBy(dx: origin.x, dy: origin.y))
            clipped = true
        }
        if group.opacity < 1 {
            if !opened { body.append("<g") }
            body.append(" opacity=\"")
            body.appendNumber(group.opacity, decimals: 4)
            body.append("\"")
            opened = true
        }
        if opened { body.append(">\n") }
        draw(group.frame, at: origin)
        if opened { body.append("</g>\n") }
    }

    /// Defines a clip path for a rounded rectangle and returns its number.
    func defineClip(_ clip: RoundedRect, at origin: Point) -> Int {
        let id = clipCount
        clipCount += 1
        defs.append("<clipPath id=\"clip")
        defs.appendInteger(id)
        defs.append("\"><path d=\"")
        defs.appendRoundedRect(clip, dx: origin.x, dy: origin.y)
        defs.append("\"/></clipPath>\n")
        return id
    }

    // MARK: - Shapes

    private func draw(_ shape: ShapeItem, at origin: Point) {
        if !shape.shadows.isEmpty { drawShadows(shape, at: origin) }
        let fill = shape.fill
        let stroke = shape.stroke.flatMap { $0.width > 0 && $0.width.isFinite ? $0 : nil }
        guard fill != nil || stroke != nil else { return }
        var d: [UInt8] = []
        var evenOdd = false
        var gradientBox: Rect?
        switch shape.geometry {
        case let .rect(r):
            d.appendRoundedRect(r, dx: origin.x, dy: origin.y)
            gradientBox = r.rect.offsetBy(dx: origin.x, dy: origin.y)
        case let .ring(outer, inner):
            d.appendRoundedRect(outer, dx: origin.x, dy: origin.y)
            d.appendRoundedRect(inner, dx: origin.x, dy: origin.y)
            evenOdd = true
            gradientBox = outer.rect.offsetBy(dx: origin.x, dy: origin.y)
        case let .path(data, transform, pathEvenOdd):
            var t = transform
            t.tx += origin.x
            t.ty += origin.y
            let segments = paths.segments(for: data)
            d.appendPath(segments, transform: t)
            evenOdd = pathEvenOdd
            if case .linearGradient = fill { gradientBox = pathBounds(segments, transform: t) }
        }
        guard !d.isEmpty else { return }
        body.append("<path d=\"")
        body += d
        body.append("\"")
        if let fill {
            writeFill(fill, box: gradientBox ?? Rect(0, 0, 0, 0))
            if evenOdd { body.append(" fill-rule=\"evenodd\"") }
        } else {
            body.append(" fill=\"none\"")
        }
        if let stroke {
            body.append(" stroke=\"")
            body.appendHexColor(red: stroke.color.red, green: stroke.color.green, blue: stroke.color.blue)
            body.append("\"")
            writeOpacity(" stroke-opacity=\"", stroke.color.alpha)
            body.append(" stroke-width=\"")
            body.appendNumber(stroke.width)
            body.append("\"")
            switch stroke.lineCap {
            case .butt: break
            case .round: body.append(" stroke-linecap=\"round\"")
            case .square: body.append(" stroke-linecap=\"square\"")
            }
            // Cairo's miter limit (SVG's default is 4).
            body.append(" stroke-miterlimit=\"10\"")
        }
        body.append("/>\n")
    }

    /// Writes ` fill="…"` (and its opacity) for a paint, defining a gradient when needed.
    private func writeFill(_ paint: Paint, box: Rect) {
        switch paint {
        case let .solid(color):
            writeColor(" fill=\"", color)
            writeOpacity(" fill-opacity=\"", color.alpha)
        case let .linearGradient(gradient):
            guard let first = gradient.stops.first else {
                body.append(" fill=\"none\"")
                return
            }
            guard gradient.stops.count > 1, box.isFinite, gradient.angle.isFinite else {
                writeFill(.solid(first.color), box: box)
                return
            }
            let id = defineGradient(gradient, box: box)
            body.append(" fill=\"url(#gradient")
            body.appendInteger(id)
            body.append(")\"")
        }
    }

    private func writeColor(_ attribute: StaticString, _ color: Color) {
        body.append(attribute)
        body.appendHexColor(red: color.red, green: color.green, blue: color.blue)
        body.append("\"")
    }

    /// Writes an opacity attribute unless the value is 1.
    func writeOpacity(_ attribute: StaticString, _ alpha: Double) {
        let value = alpha.isFinite ? Swift.min(1, Swift.max(0, alpha)) : 0
        guard value < 1 else { return }
        body.append(attribute)
        body.appendNumber(value, decimals: 4)
        body.append("\"")
    }

    /// Defines a linear gradient with the CSS geometry of `linearPattern` (Shapes.swift): the
    /// line passes through the box centre at `angle` with length |w·sin a| + |h·cos a|; stop
    /// locations are made non-decreasing; colors pad beyond the ends.
    private func defineGradient(_ gradient: LinearGradient, box: Rect) -> Int {
        let id = gradientCount
        gradientCount += 1
        let radians = gradient.angle * .pi / 180
        let (dx, dy) = (sin(radians), -cos(radians))
        let length = Swift.abs(box.width * dx) + Swift.abs(box.height * dy)
        let (cx, cy) = (box.x + box.width / 2, box.y + box.height / 2)
        let half = length / 2
        defs.append("<linearGradient id=\"gradient")
        defs.appendInteger(id)
        defs.append("\" gradientUnits=\"userSpaceOnUse\" x1=\"")
        defs.appendNumber(cx - dx * half)
        defs.append("\" y1=\"")
        defs.appendNumber(cy - dy * half)
        defs.append("\" x2=\"")
        defs.appendNumber(cx + dx * half)
        defs.append("\" y2=\"")
        defs.appendNumber(cy + dy * half)
        defs.append("\">\n")
        var previous = 0.0
        for stop in gradient.stops {
            let location = Swift.min(1, Swift.max(previous, stop.location.isFinite ? stop.location : previous))
            previous = location
            let c = stop.color
            defs.append("<stop offset=\"")
            defs.appendNumber(location, decimals: 4)
            defs.append("\" stop-color=\"")
            defs.appendHexColor(red: c.red, green: c.green, blue: c.blue)
            defs.append("\"")
            let alpha = c.alpha.isFinite ? Swift.min(1, Swift.max(0, c.alpha)) : 0
            if alpha < 1 {
                defs.append(" stop-opacity=\"")
                defs.appendNumber(alpha, decimals: 4)
                defs.append("\"")
            }
            defs.append("/>\n")
        }
        defs.append("</linearGradient>\n")
        return id
    }
}

extension Rect {
    /// The overlap of two rectangles (empty, at this one's origin, when they do not meet).
    func intersection(_ other: Rect) -> Rect {
        let x1 = Swift.max(x, other.x), y1 = Swift.max(y, other.y)
        let x2 = Swift.min(x + width, other.x + other.width), y2 = Swift.min(y + height, other.y + other.height)
        guard x2 > x1, y2 > y1 else { return Rect(x, y, 0, 0) }
        return Rect(x1, y1, x2 - x1, y2 - y1)
    }
}
