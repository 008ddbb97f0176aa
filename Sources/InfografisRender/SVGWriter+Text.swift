internal import CInfografis
import InfografisCore
import InfografisLayout
import InfografisText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Text for the SVG writer: each glyph run is a group placed and scaled as `PangoParagraph.draw`
// places the line, holding one `<use>` per glyph of a cached outline defined once per
// document. Color bitmap glyphs (emoji) and missing-character boxes are images drawn by Pango.

extension SVGWriter {
    func draw(_ text: TextItem, at origin: Point) {
        guard let paragraph = text.layout.paragraph as? PangoParagraph else { return }
        let color = text.content.style.color
        paragraph.forEachGlyphRun(inWidth: text.boxWidth) { run in
            let x = origin.x + run.lineX, y = origin.y + run.baseline
            guard x.isFinite, y.isFinite, run.scale.isFinite, run.scale > 0 else { return }
            let colorBitmaps = cache.hasColorBitmaps(run.font)
            let fontNumber = number(of: run.font)
            var opened = false
            run.forEachGlyph { glyph, gx, gy, unknown in
                if unknown || colorBitmaps {
                    guard let id = bitmapGlyph(glyph, of: run.font, scale: run.scale, color: color) else { return }
                    openRun(&opened, x: x, y: y, scale: run.scale, color: color)
                    body.append("<use xlink:href=\"#bitmap")
                    body.appendInteger(id)
                    // As Cairo's image backend, the glyph's origin on a whole canvas pixel,
                    // so that the bitmap's pixels are the canvas's.
                    let deviceX = (x + gx * run.scale).rounded(), deviceY = (y + gy * run.scale).rounded()
                    writePosition((deviceX - x) / run.scale, (deviceY - y) / run.scale, decimals: 4)
                    return
                }
                let outline = cache.outline(glyph, of: run.font)
                guard !outline.isEmpty else { return }
                let key = GlyphKey(font: run.font.identity, glyph: glyph)
                if definedGlyphs.insert(key).inserted {
                    defs.append("<path id=\"g")
                    defs.appendInteger(fontNumber)
                    defs.append("-")
                    defs.appendInteger(Int64(glyph))
                    defs.append("\" d=\"")
                    defs += outline
                    defs.append("\"/>\n")
                }
                openRun(&opened, x: x, y: y, scale: run.scale, color: color)
                body.append("<use xlink:href=\"#g")
                body.appendInteger(fontNumber)
                body.append("-")
                body.appendInteger(Int64(glyph))
                writePosition(gx, gy)
            }
            if opened { body.append("</g>\n") }
        }
    }

    /// The font's number in this document, assigned in order of first use.
    private func number(of font: GlyphFont) -> Int {
        if let number = fontNumbers[font.identity] { return number }
        let number = fontNumbers.count
        fontNumbers[font.identity] = number
        return number
    }

    /// Opens a run's group: its fill and the line's transform (layout pixels to canvas pixels).
    private func openRun(_ opened: inout Bool, x: Double, y: Double, scale: Double, color: Color) {
        guard !opened else { return }
        opened = true
        body.append("<g fill=\"")
        body.appendHexColor(red: color.red, green: color.green, blue: color.blue)
        body.append("\"")
        writeOpacity(" fill-opacity=\"", color.alpha)
        if scale == 1 {
            body.append(" transform=\"translate(")
        } else {
            body.append(" transform=\"matrix(")
            body.appendNumber(scale, decimals: 6)
            body.append(" 0 0 ")
            body.appendNumber(scale, decimals: 6)
            body.append(" ")
        }
        body.appendPair(x, y)
        body.append(")\">\n")
    }

    /// Ends a `<use` with the glyph's position in layout pixels.
    private func writePosition(_ x: Double, _ y: Double, decimals: Int = 2) {
        body.append("\" x=\"")
        body.appendNumber(x, decimals: decimals)
        if y != 0 {
            body.append("\" y=\"")
            body.appendNumber(y, decimals: decimals)
        }
        body.append("\"/>\n")
    }

    /// Number of the `<image>` definition of a glyph drawn by Pango as pixels (a color bitmap,
    /// or the box of a missing character) at `scale` canvas pixels per layout pixel; nil when
    /// it has no ink.
    private func bitmapGlyph(_ glyph: UInt32, of font: GlyphFont, scale: Double, color: Color) -> Int? {
        let key = BitmapKey(glyph: GlyphKey(font: font.identity, glyph: glyph), scale: scale, color: color)
        if let id = bitmapNumbers[key] { return id }
        let bitmap = cache.bitmap(key, of: font) { renderGlyph(glyph, of: font, scale: scale, color: color) }
        guard let bitmap else { return nil }
        let id = bitmapNumbers.count
        bitmapNumbers[key] = id
        defs.append("<image id=\"bitmap")
        defs.appendInteger(id)
        writeImageGeometry(bitmap, into: &defs)
        return id
    }

    /// Rasterizes one glyph at `scale` with Pango, in canvas pixels aligned to the glyph origin.
    private func renderGlyph(_ glyph: UInt32, of font: GlyphFont, scale: Double, color: Color) -> SVGBitmap? {
        let ink = font.inkBox(glyph)
        guard ink.width > 0, ink.height > 0 else { return nil }
        let left = (ink.x * scale).rounded(.down) - 1, top = (ink.y * scale).rounded(.down) - 1
        let right = ((ink.x + ink.width) * scale).rounded(.up) + 1
        let bottom = ((ink.y + ink.height) * scale).rounded(.up) + 1
        let (width, height) = (Int(right - left), Int(bottom - top))
        guard width > 0, height > 0, width * height < 1 << 24,
              let surface = try? Surface.image(width: width, height: height),
              let context = try? Context(surface) else { return nil }
        let cr = context.pointer
        cairo_translate(cr, -left, -top)
        cairo_scale(cr, scale, scale)
        setSource(cr, color)
        font.show(glyph, cairo: cr)
        guard let png = try? PNGEncoder.encode(surface, compression: .fast, workspace: workspace) else { return nil }
        var data: [UInt8] = []
        png.withUnsafeBytes { data.appendBase64($0) }
        return SVGBitmap(data: data, x: left / scale, y: top / scale, width: Double(width) / scale,
                         height: Double(height) / scale)
    }

    /// Writes `" x=… y=… width=… height=… xlink:href=…/>"` for a PNG bitmap (after its id).
    func writeImageGeometry(_ bitmap: SVGBitmap, into out: inout [UInt8]) {
        out.append("\" x=\"")
        out.appendNumber(bitmap.x, decimals: 4)
        out.append("\" y=\"")
        out.appendNumber(bitmap.y, decimals: 4)
        out.append("\" width=\"")
        out.appendNumber(bitmap.width, decimals: 4)
        out.append("\" height=\"")
        out.appendNumber(bitmap.height, decimals: 4)
        out.append("\" xlink:href=\"data:image/png;base64,")
        out += bitmap.data
        out.append("\"/>\n")
    }
}
