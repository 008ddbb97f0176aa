internal import CInfografis
import InfografisCore
import InfografisLayout
import InfografisText

/// Walks a frame tree and draws every item into a Cairo context. Drawing is total: malformed
/// path data draws up to the error, missing images draw nothing, non-finite positions are skipped.
/// Text is drawn by the text core's `PangoParagraph` on the caller's thread, which must be the
/// thread of the `TextEngine` that measured it.
final class FrameDrawer {
    private let cr: OpaquePointer
    private let paths = PathCache()
    private let images: ImageCache

    /// A drawer into `context`; decoded images come from `images` (by default, ones of its own).
    init(_ context: OpaquePointer, images: ImageCache = ImageCache()) {
        cr = context
        self.images = images
    }

    /// Draws `frame`'s items in paint order with the frame's origin at the current origin.
    func draw(_ frame: Frame) {
        for positioned in frame.items {
            let position = positioned.position
            guard position.x.isFinite, position.y.isFinite else { continue }
            if case let .text(text) = positioned.item {
                drawText(text, at: position)
                continue
            }
            cairo_save(cr)
            cairo_translate(cr, position.x, position.y)
            switch positioned.item {
            case let .group(group): draw(group)
            case let .shape(shape): draw(shape)
            case let .image(image): drawImage(cr, image, images: images)
            case .text: break
            }
            cairo_restore(cr)
        }
    }

    // MARK: - Items

    private func draw(_ group: GroupItem) {
        guard group.opacity > 0 else { return }
        if let clip = group.clip {
            guard clip.rect.isFinite, clip.rect.width > 0, clip.rect.height > 0 else { return }
            cairo_new_path(cr)
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
            appendRoundedRect(cr, clip)
            cairo_clip(cr)
        }
        if group.opacity < 1 {
            cairo_push_group(cr)
            draw(group.frame)
            cairo_pop_group_to_source(cr)
            cairo_paint_with_alpha(cr, group.opacity)
        } else {
            draw(group.frame)
        }
    }

    private func draw(_ shape: ShapeItem) {
        if !shape.shadows.isEmpty { drawShadows(cr, shape, paths: paths) }
        cairo_new_path(cr)
        appendGeometry(cr, shape.geometry, paths: paths)
        if let fill = shape.fill {
            setSource(cr, fill, box: gradientBox(shape.geometry))
            cairo_fill_preserve(cr)
        }
        if let stroke = shape.stroke, stroke.width > 0, stroke.width.isFinite {
            cairo_set_line_width(cr, stroke.width)
            cairo_set_line_cap(cr, cairoLineCap(stroke.lineCap))
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
            setSource(cr, stroke.color)
            cairo_stroke_preserve(cr)
        }
        cairo_new_path(cr)
    }

    /// The box a gradient spans: the rectangle, the ring's outer edge, or the path's extent.
    /// Call with the geometry's path current.
    private func gradientBox(_ geometry: ShapeItem.Geometry) -> Rect {
        switch geometry {
        case let .rect(r): return r.rect
        case let .ring(outer, _): return outer.rect
        case .path:
            var (x1, y1, x2, y2) = (0.0, 0.0, 0.0, 0.0)
            cairo_path_extents(cr, &x1, &y1, &x2, &y2)
            return Rect(x1, y1, x2 - x1, y2 - y1)
        }
    }

    /// Draws a paragraph shaped by the text core exactly as it was measured. Paragraphs from
    /// other measurers (layout tests' fakes) carry nothing to draw and are skipped.
    private func drawText(_ text: TextItem, at position: Point) {
        guard let paragraph = text.layout.paragraph as? PangoParagraph else { return }
        paragraph.draw(cairo: cr, at: position, color: text.content.style.color, width: text.boxWidth)
    }
}
