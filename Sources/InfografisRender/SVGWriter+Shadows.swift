internal import CInfografis
import InfografisCore
import InfografisLayout

// Shadows for the SVG writer: the blurred rasters `drawShadows` (Shadows.swift) paints into the
// PNG, computed the same way and embedded as PNG images, so SVG viewers need no filters (whose
// blur differs between librsvg and browsers) and the pixels match the PNG's.

extension SVGWriter {
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
        let outer = shadowOuterEdge(key.geometry)
        let strokeWidth = shadowStrokeSpread(key.geometry, shadow)
        func appendShadowPath(_ cr: OpaquePointer) {
            cairo_translate(cr, key.origin.x, key.origin.y)
            appendShadowOutline(cr, key.geometry, shadow, paths: paths)
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
            colorizeShadow(mask, into: colored, width: width, height: height, sigma: sigma, color: color)
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
}
