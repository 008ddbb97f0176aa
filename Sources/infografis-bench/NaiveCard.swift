import CInfografis
import Foundation

/// The naive baseline, in the project: the seed card drawn as a plain Cairo/Pango program
/// would draw it (a fresh PangoLayout per paragraph, positions fixed by hand, no caches) and
/// written with `cairo_surface_write_to_png` or a Cairo SVG/PDF surface. It mirrors
/// `../shared/bench/rawc/card.c`, so the gap between the two is Swift-versus-C overhead
/// and the gap to `Engine` is what the layout engine, caches and PNG writer buy.
/// Use it on one thread.
final class NaiveCard {
    private let context: OpaquePointer
    private let title, value, label, quote, attribution, footer: OpaquePointer

    init() {
        // Pango's default font map, as the C program uses; fontconfig's current config
        // (set up by `FontLibrary`) resolves DejaVu Sans to the same files.
        context = pango_font_map_create_context(pango_cairo_font_map_get_default())
        func description(_ name: String, _ pixels: Double) -> OpaquePointer {
            let description = pango_font_description_from_string(name)!
            pango_font_description_set_absolute_size(description, pixels * Double(PANGO_SCALE))
            return description
        }
        title = description("DejaVu Sans Bold", 60)
        value = description("DejaVu Sans Bold", 64)
        label = description("DejaVu Sans", 24)
        quote = description("DejaVu Sans Italic", 34)
        attribution = description("DejaVu Sans", 24)
        footer = description("DejaVu Sans", 20)
    }

    deinit {
        for description in [title, value, label, quote, attribution, footer] { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    enum Output { case png, svg, pdf, none }

    /// Draws `row` and writes it to `path` as `output` (`.none`: draw only, write nothing).
    func render(_ row: SeedRow, output: Output, to path: String) {
        let surface: OpaquePointer
        switch output {
        case .png, .none: surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1080, 1080)
        case .svg: surface = cairo_svg_surface_create(path, 1080, 1080)
        case .pdf: surface = cairo_pdf_surface_create(path, 1080, 1080)
        }
        let cr = cairo_create(surface)!
        draw(row, cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        if output == .png { cairo_surface_write_to_png(surface, path) }
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
    }

    private func draw(_ row: SeedRow, _ cr: OpaquePointer) {
        pango_cairo_update_context(cr, context)
        hex(cr, 0x0B3C5D); cairo_paint(cr)
        hex(cr, 0xFFFFFF); roundedRect(cr, 40, 40, 1000, 1000, 32); cairo_fill(cr)
        var y = 80.0
        y += text(cr, row.title, title, 80, y, 920, 0x0B3C5D) + 36
        for (index, stat) in row.stats.enumerated() {
            let x = 80 + Double(index) * (290 + 25)
            hex(cr, 0xE8F1F8); roundedRect(cr, x, y, 290, 200, 20); cairo_fill(cr)
            _ = text(cr, stat.value, value, x + 24, y + 20, -1, 0x0B3C5D)
            _ = text(cr, stat.label, label, x + 24, y + 106, 242, 0x33475B)
        }
        y += 200 + 36
        var quoteHeight = text(cr, row.quote, quote, 110, y, 860, 0x1F2D3A) + 10
        quoteHeight += text(cr, row.author, attribution, 110, y + quoteHeight, 860, 0x5A6B7B)
        hex(cr, 0xF5A623); cairo_rectangle(cr, 80, y, 6, quoteHeight); cairo_fill(cr)
        hex(cr, 0x1B998B); cairo_arc(cr, 112, 932, 30, 0, 2 * .pi); cairo_fill(cr)
        hex(cr, 0xFFFFFF); cairo_set_line_width(cr, 6)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND); cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_move_to(cr, 98, 933); cairo_line_to(cr, 108, 943); cairo_line_to(cr, 127, 921); cairo_stroke(cr)
        hex(cr, 0xF5A623)
        cairo_rectangle(cr, 170, 920, 14, 24); cairo_fill(cr)
        cairo_move_to(cr, 184, 920); cairo_line_to(cr, 228, 902); cairo_line_to(cr, 228, 962); cairo_line_to(cr, 184, 944)
        cairo_close_path(cr); cairo_fill(cr)
        hex(cr, 0x0B3C5D); roundedRect(cr, 256, 904, 64, 44, 10); cairo_fill(cr)
        cairo_move_to(cr, 270, 946); cairo_line_to(cr, 270, 964); cairo_line_to(cr, 288, 946)
        cairo_close_path(cr); cairo_fill(cr)
        _ = text(cr, SeedCard.footer, footer, 80, 990, 920, 0x888888)
    }

    /// Lays `string` out afresh, draws it with its top-left at (x, y), returns its height in pixels.
    private func text(_ cr: OpaquePointer, _ string: String, _ description: OpaquePointer,
                      _ x: Double, _ y: Double, _ width: Double, _ color: UInt32) -> Double {
        let layout = pango_layout_new(context)
        pango_layout_set_font_description(layout, description)
        pango_layout_set_width(layout, width > 0 ? Int32(width * Double(PANGO_SCALE)) : -1)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
        pango_layout_set_text(layout, string, -1)
        hex(cr, color)
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
        var (width, height): (Int32, Int32) = (0, 0)
        pango_layout_get_pixel_size(layout, &width, &height)
        g_object_unref(UnsafeMutableRawPointer(layout))
        return Double(height)
    }

    private func hex(_ cr: OpaquePointer, _ value: UInt32) {
        cairo_set_source_rgb(cr, Double((value >> 16) & 255) / 255, Double((value >> 8) & 255) / 255, Double(value & 255) / 255)
    }

    private func roundedRect(_ cr: OpaquePointer, _ x: Double, _ y: Double, _ w: Double, _ h: Double, _ r: Double) {
        cairo_new_sub_path(cr)
        cairo_arc(cr, x + w - r, y + r, r, -.pi / 2, 0)
        cairo_arc(cr, x + w - r, y + h - r, r, 0, .pi / 2)
        cairo_arc(cr, x + r, y + h - r, r, .pi / 2, .pi)
        cairo_arc(cr, x + r, y + r, r, .pi, 3 * .pi / 2)
        cairo_close_path(cr)
    }
}
