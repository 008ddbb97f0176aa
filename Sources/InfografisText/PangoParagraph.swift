internal import CInfografis
import InfografisCore

/// A paragraph laid out by Pango, ready to draw without shaping or breaking lines again.
///
/// It holds the (possibly shared, cached) PangoLayout it was measured from and the scale from
/// that layout's reference size to the requested size. Not Sendable: draw it on the thread of
/// the `TextEngine` that made it.
public final class PangoParagraph: ShapedParagraph {
    /// Size of the logical box: widest line (trailing spaces hang outside) by all lines' height.
    public let size: Size
    /// Font size in pixels the paragraph is drawn at.
    public let fontSize: Double
    /// Alignment of lines within `size.width`.
    public let alignment: TextAlignment

    let reference: ReferenceLayout
    /// Pixels per Pango unit of `reference`.
    let pixelsPerUnit: Double

    init(reference: ReferenceLayout, pixelsPerUnit: Double, fontSize: Double, alignment: TextAlignment) {
        self.reference = reference
        self.pixelsPerUnit = pixelsPerUnit
        self.fontSize = fontSize
        self.alignment = alignment
        size = Size(Double(reference.contentWidth) * pixelsPerUnit, Double(reference.height) * pixelsPerUnit)
    }

    /// Number of lines.
    public var lineCount: Int { reference.lines.count }

    /// The text actually laid out (for a truncated paragraph: the kept text and the ellipsis).
    public var text: String {
        guard let text = pango_layout_get_text(reference.layout.pointer) else { return "" }
        return String(cString: text)
    }

    /// The text of each line as laid out (trailing spaces and line separators included).
    public var lineTexts: [String] {
        let text = Array(self.text.utf8)
        return reference.lines.map { line in
            let start = min(Int(line.line.pointee.start_index), text.count)
            let end = min(start + Int(line.line.pointee.length), text.count)
            return String(decoding: text[start..<end], as: UTF8.self)
        }
    }

    /// Files of the fonts Pango used, one per run, in line and run order (duplicates removed).
    public var fontFiles: [String] {
        var files: [String] = []
        for line in reference.lines {
            var node = line.line.pointee.runs
            while let current = node {
                node = current.pointee.next
                guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                      let font = run.pointee.item?.pointee.analysis.font,
                      let file = FontFace.describe(font).file, !files.contains(file) else { continue }
                files.append(file)
            }
        }
        return files
    }

    /// Each line's logical box relative to the paragraph's top-left corner, as drawn in `size.width`.
    public var lineRects: [Rect] { lineRects(inWidth: size.width) }

    /// Each line's logical box when lines are aligned within `width` pixels.
    public func lineRects(inWidth width: Double) -> [Rect] {
        reference.lines.map { (line: LayoutLine) -> Rect in
            let top = Double(line.top) * pixelsPerUnit
            let lineWidth = Double(line.contentWidth) * pixelsPerUnit
            let lineHeight = Double(line.height) * pixelsPerUnit
            return Rect(origin: Point(lineX(line, width: width), top), size: Size(lineWidth, lineHeight))
        }
    }

    /// Draws the paragraph with its top-left corner at `origin` in the current user space of a
    /// cairo context (`cairo_t *`), lines aligned within `size.width`. Shapes nothing: the
    /// lines measured are the lines drawn. Color glyphs (emoji) keep their own colors.
    package func draw(cairo context: OpaquePointer, at origin: Point, color: Color) {
        draw(cairo: context, at: origin, color: color, width: size.width)
    }

    /// Like `draw(cairo:at:color:)`, aligning lines within a box `width` pixels wide.
    package func draw(cairo context: OpaquePointer, at origin: Point, color: Color, width: Double) {
        let cr = context
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, origin.x, origin.y)
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        // pango_cairo_update_layout is deliberately not called: it would copy this cairo
        // context's matrix and font options into the engine's PangoContext and invalidate every
        // cached layout. Glyph positions are in the layout already; cairo renders each glyph
        // outline under the current transform, so drawing at any scale or on any surface keeps
        // the measured lines.
        for line in reference.lines {
            let x = lineX(line, width: width)
            let baseline = Double(line.baseline) * pixelsPerUnit
            cairo_save(cr)
            cairo_translate(cr, x, baseline)
            let scale = pixelsPerUnit * LayoutRecipe.unitsPerPixel
            cairo_scale(cr, scale, scale)
            cairo_move_to(cr, 0, 0)
            pango_cairo_show_layout_line(cr, line.line)
            cairo_restore(cr)
        }
    }

    /// Left edge of a line, in pixels, when lines are aligned within `width` pixels.
    private func lineX(_ line: LayoutLine, width: Double) -> Double {
        let lineWidth = Double(line.contentWidth) * pixelsPerUnit
        switch alignment {
        case .left: return Double(line.x) * pixelsPerUnit
        case .justify:
            // Justified lines fill the width they were broken at; the last line starts left.
            return Double(line.x) * pixelsPerUnit
        case .center: return (width - lineWidth) / 2
        case .right: return width - lineWidth
        }
    }
}
