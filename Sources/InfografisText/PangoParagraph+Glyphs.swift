internal import CInfografis
import InfografisCore

// Glyph access for backends that write glyphs themselves (the SVG writer): the runs of a
// paragraph with each glyph's position, exactly where `draw(cairo:at:color:width:)` puts
// them, and the outlines of a run's font. Nothing is shaped again.

/// One glyph run of one line: glyphs of one font, positioned in the line's space.
///
/// The line's space has its origin at the line's left end on the baseline, in the paragraph's
/// layout pixels; `scale` maps it to frame pixels. A run is only valid inside the closure
/// `PangoParagraph.forEachGlyphRun` passes it to.
package struct GlyphRun {
    /// Left end of the line in the paragraph's pixels (alignment applied).
    package let lineX: Double
    /// Baseline of the line in the paragraph's pixels.
    package let baseline: Double
    /// Frame pixels per layout pixel (the reference layout's scale to the requested size).
    package let scale: Double
    /// The run's font; stable for as long as the text engine keeps it (use it as a cache key).
    package let font: GlyphFont
    /// Number of glyphs.
    package var count: Int { Int(glyphs.pointee.num_glyphs) }

    let glyphs: UnsafeMutablePointer<PangoGlyphString>
    /// Left edge of the run, in layout pixels from the line's left end.
    let runX: Double
    /// Baseline shift of the run (up is positive), in layout pixels.
    let runRise: Double

    /// Calls `body` with every drawn glyph in order.
    package func forEachGlyph(_ body: (_ id: UInt32, _ x: Double, _ y: Double, _ unknown: Bool) -> Void) {
        guard let infos = glyphs.pointee.glyphs else { return }
        var x = runX
        for i in 0..<count {
            let info = infos[i]
            if let g = glyph(info, x: x) { body(g.id, g.x, g.y, g.unknown) }
            x += Double(info.geometry.width) / Double(PANGO_SCALE)
        }
    }

    /// The glyph's id and position, or nil for glyphs that draw nothing; `unknown` is true for
    /// a missing character's box.
    private func glyph(_ info: PangoGlyphInfo, x: Double) -> (id: UInt32, x: Double, y: Double, unknown: Bool)? {
        // As pango_cairo_renderer_show_text_glyphs: empty glyphs draw nothing.
        guard info.glyph != PANGO_GLYPH_EMPTY else { return nil }
        let unknown = info.glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0
        return (info.glyph, x + Double(info.geometry.x_offset) / Double(PANGO_SCALE),
                -runRise + Double(info.geometry.y_offset) / Double(PANGO_SCALE), unknown)
    }
}

/// A font a glyph run uses, as a backend writing glyphs needs it. Compares by identity of the
/// underlying Pango font; keeps a reference to it.
package final class GlyphFont: Hashable {
    let font: UnsafeMutablePointer<PangoFont>

    init(retaining font: UnsafeMutablePointer<PangoFont>) {
        g_object_ref(UnsafeMutableRawPointer(font))
        self.font = font
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(font)) }

    /// The font's identity, for cache keys (valid while some `GlyphFont` for it lives).
    package var identity: UnsafeMutableRawPointer { UnsafeMutableRawPointer(font) }

    package static func == (lhs: GlyphFont, rhs: GlyphFont) -> Bool { lhs.font == rhs.font }
    package func hash(into hasher: inout Hasher) { hasher.combine(identity) }

    /// The `cairo_scaled_font_t *` Pango draws this font with (owned by the font; nil if none).
    /// Its font matrix is the layout's size: outlines come out in layout pixels.
    package var scaledFont: OpaquePointer? {
        pango_cairo_font_get_scaled_font(OpaquePointer(font))
    }

    /// True for bitmap color fonts (CBDT or sbix tables, e.g. Noto Color Emoji): their glyphs
    /// have no outlines and are drawn as images.
    package var hasColorBitmaps: Bool {
        guard let hbFont = pango_font_get_hb_font(font), let face = hb_font_get_face(hbFont) else { return false }
        func hasTable(_ tag: String) -> Bool {
            let bytes = Array(tag.utf8)
            let value = UInt32(bytes[0]) << 24 | UInt32(bytes[1]) << 16 | UInt32(bytes[2]) << 8 | UInt32(bytes[3])
            guard let blob = hb_face_reference_table(face, value) else { return false }
            defer { hb_blob_destroy(blob) }
            return hb_blob_get_length(blob) > 0
        }
        return hasTable("CBDT") || hasTable("sbix")
    }

    /// The logical box of an unknown-character glyph (the box Pango draws), in layout pixels
    /// relative to the glyph origin: x, y (top, negative above the baseline), width, height.
    package func unknownGlyphBox(_ glyph: UInt32) -> (x: Double, y: Double, width: Double, height: Double) {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_font_get_glyph_extents(font, glyph, &ink, &logical)
        let unit = Double(PANGO_SCALE)
        return (Double(logical.x) / unit, Double(logical.y) / unit, Double(logical.width) / unit, Double(logical.height) / unit)
    }
}

extension PangoParagraph {
    /// Calls `body` with each glyph run in line and run order, lines aligned within `width`
    /// pixels as `draw(cairo:at:color:width:)` aligns them.
    package func forEachGlyphRun(inWidth width: Double, _ body: (GlyphRun) -> Void) {
        let scale = pixelsPerUnit * LayoutRecipe.unitsPerPixel
        let unit = Double(PANGO_SCALE)
        let lefts = lineRects(inWidth: width).map(\.origin.x)
        for (line, x) in zip(reference.lines, lefts) {
            let baseline = Double(line.baseline) * pixelsPerUnit
            // As pango_renderer_draw_layout_line: runs follow each other by their logical
            // widths, shifted by their baseline offsets.
            var runX = 0.0
            var node = line.line.pointee.runs
            while let current = node {
                node = current.pointee.next
                guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                      let glyphs = run.pointee.glyphs else { continue }
                var logical = PangoRectangle()
                let pangoFont = run.pointee.item?.pointee.analysis.font
                pango_glyph_string_extents(glyphs, pangoFont, nil, &logical)
                if let pangoFont {
                    body(GlyphRun(lineX: x, baseline: baseline, scale: scale,
                                  font: GlyphFont(retaining: pangoFont), glyphs: glyphs,
                                  runX: runX, runRise: Double(run.pointee.y_offset) / unit))
                }
                runX += Double(logical.width) / unit
            }
        }
    }
}

extension GlyphFont {
    /// A box holding all `glyph` draws, in layout pixels relative to its origin (y down): its ink
    /// and logical boxes together (Pango's box for a missing character fills the logical box,
    /// beyond the ink extents it reports).
    package func inkBox(_ glyph: UInt32) -> (x: Double, y: Double, width: Double, height: Double) {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_font_get_glyph_extents(font, glyph, &ink, &logical)
        let unit = Double(PANGO_SCALE)
        guard ink.width > 0, ink.height > 0 else { return (0, 0, 0, 0) }
        let x1 = min(ink.x, logical.x), y1 = min(ink.y, logical.y)
        let x2 = max(ink.x + ink.width, logical.x + logical.width), y2 = max(ink.y + ink.height, logical.y + logical.height)
        return (Double(x1) / unit, Double(y1) / unit, Double(x2 - x1) / unit, Double(y2 - y1) / unit)
    }

    /// Draws `glyph` with its origin at (0, 0) of the current user space of a cairo context
    /// (`cairo_t *`), as Pango draws it in a paragraph: color bitmaps in their colors, unknown
    /// characters as Pango's hex box in the current source.
    package func show(_ glyph: UInt32, cairo context: OpaquePointer) {
        guard let glyphs = pango_glyph_string_new() else { return }
        defer { pango_glyph_string_free(glyphs) }
        pango_glyph_string_set_size(glyphs, 1)
        guard let info = glyphs.pointee.glyphs else { return }
        info[0] = PangoGlyphInfo()
        info[0].glyph = glyph
        // Pango centres a missing character's box in the glyph's advance.
        var logical = PangoRectangle()
        pango_font_get_glyph_extents(font, glyph, nil, &logical)
        info[0].geometry.width = logical.width
        info[0].attr.is_cluster_start = 1
        glyphs.pointee.log_clusters?[0] = 0
        cairo_move_to(context, 0, 0)
        pango_cairo_show_glyph_string(context, font, glyphs)
    }
}
