internal import CInfografis
import InfografisCore
import InfografisLayout

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Drop shadows with CSS box-shadow semantics. The blurred shadow is computed on the CPU in
// device pixels (an A8 mask blurred by three box blurs ≈ a Gaussian with σ = blur / 2) and
// painted as a colored image, so PNG, SVG and PDF show the same shadow. A colored image rather
// than cairo_mask_surface: Cairo's SVG writer turns masks into luminance masks with filters,
// which viewers support unevenly, while a plain <image> works everywhere. A shadow with no
// blur is filled as vector geometry.

/// Paints the shadows of `shape` below it: the last shadow first, so the first is on top (CSS).
/// Shadows of rectangles and rings are clipped to outside the outer border edge, as CSS does;
/// shadows of paths are drop shadows of the filled outline and are not clipped.
func drawShadows(_ cr: OpaquePointer, _ shape: ShapeItem, paths: PathCache) {
    for shadow in shape.shadows.reversed() where shadow.color.alpha > 0 {
        cairo_save(cr)
        if let outer = shadowOuterEdge(shape.geometry) { clipOutside(cr, outer) }
        cairo_new_path(cr)
        appendShadowOutline(cr, shape.geometry, shadow, paths: paths)
        paintShadowPath(cr, color: shadow.color, sigma: Swift.max(0, shadow.blur) / 2,
                        strokeWidth: shadowStrokeSpread(shape.geometry, shadow))
        cairo_restore(cr)
    }
}

/// The outer edge of a rectangle or ring, which its shadows are cut out inside; nil for paths.
func shadowOuterEdge(_ geometry: ShapeItem.Geometry) -> RoundedRect? {
    switch geometry {
    case let .rect(r): r
    case let .ring(o, _): o
    case .path: nil
    }
}

/// The width of the stroke that spreads a path's shadow (a path has no outline to grow, so it
/// is stroked around; negative spread is not supported for paths); 0 for rectangles and rings.
func shadowStrokeSpread(_ geometry: ShapeItem.Geometry, _ shadow: Shadow) -> Double {
    if case .path = geometry, shadow.spread > 0 { shadow.spread * 2 } else { 0 }
}

/// Appends the shadow's shape, spread and offset, and sets its fill rule.
func appendShadowOutline(_ cr: OpaquePointer, _ geometry: ShapeItem.Geometry, _ shadow: Shadow, paths: PathCache) {
    switch geometry {
    case .rect, .ring:
        if let outer = shadowOuterEdge(geometry) {
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
            appendRoundedRect(cr, outer.spread(by: shadow.spread).offset(dx: shadow.x, dy: shadow.y))
        }
    case let .path(data, t, evenOdd):
        cairo_set_fill_rule(cr, evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
        var moved = t
        moved.tx += shadow.x
        moved.ty += shadow.y
        appendPath(cr, paths.segments(for: data), transform: moved)
    }
}

extension RoundedRect {
    func offset(dx: Double, dy: Double) -> RoundedRect {
        RoundedRect(rect: rect.offsetBy(dx: dx, dy: dy), radii: radii)
    }
}

/// Restricts the clip to outside `shape` (the current clip minus the rounded rectangle).
private func clipOutside(_ cr: OpaquePointer, _ shape: RoundedRect) {
    var (x1, y1, x2, y2) = (0.0, 0.0, 0.0, 0.0)
    cairo_clip_extents(cr, &x1, &y1, &x2, &y2)
    cairo_new_path(cr)
    cairo_rectangle(cr, x1 - 1, y1 - 1, x2 - x1 + 2, y2 - y1 + 2)
    appendRoundedRect(cr, shape)
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD)
    cairo_clip(cr)
}

/// Fills (and, with `strokeWidth` > 0, strokes) the current path with `color`, blurred by a
/// Gaussian of standard deviation `sigma` user units. Consumes the path.
private func paintShadowPath(_ cr: OpaquePointer, color: Color, sigma: Double, strokeWidth: Double) {
    cairo_set_line_width(cr, strokeWidth)
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
    var matrix = cairo_matrix_t()
    cairo_get_matrix(cr, &matrix)
    let deviceScale = Swift.abs(matrix.xx * matrix.yy - matrix.xy * matrix.yx).squareRoot()
    let deviceSigma = sigma * deviceScale
    guard deviceSigma >= 0.2 else {
        setSource(cr, color)
        if strokeWidth > 0 { cairo_stroke_preserve(cr) }
        cairo_fill(cr)
        return
    }
    // Device-space bounds of the shape, grown by the blur's reach and limited to the clip.
    var (x1, y1, x2, y2) = (0.0, 0.0, 0.0, 0.0)
    if strokeWidth > 0 { cairo_stroke_extents(cr, &x1, &y1, &x2, &y2) } else { cairo_fill_extents(cr, &x1, &y1, &x2, &y2) }
    guard x2 > x1, y2 > y1 else {
        cairo_new_path(cr)
        return
    }
    let shape = deviceBounds(cr, x1, y1, x2, y2)
    cairo_clip_extents(cr, &x1, &y1, &x2, &y2)
    let clip = deviceBounds(cr, x1, y1, x2, y2)
    let reach = (3 * deviceSigma).rounded(.up) + 1
    let left = Swift.max(shape.x1 - reach, clip.x1 - reach).rounded(.down)
    let top = Swift.max(shape.y1 - reach, clip.y1 - reach).rounded(.down)
    let right = Swift.min(shape.x2 + reach, clip.x2 + reach).rounded(.up)
    let bottom = Swift.min(shape.y2 + reach, clip.y2 + reach).rounded(.up)
    guard right > left, bottom > top, (right - left) * (bottom - top) < 1e8 else {
        cairo_new_path(cr)
        return
    }
    let (width, height) = (Int(right - left), Int(bottom - top))
    guard let mask = try? Surface.image(width: width, height: height, alphaOnly: true),
          let maskContext = try? Context(mask),
          let path = cairo_copy_path(cr) else {
        cairo_new_path(cr)
        return
    }
    defer { cairo_path_destroy(path) }
    cairo_new_path(cr)
    let mcr = maskContext.pointer
    matrix.x0 -= left
    matrix.y0 -= top
    cairo_set_matrix(mcr, &matrix)
    cairo_set_fill_rule(mcr, cairo_get_fill_rule(cr))
    cairo_set_line_width(mcr, strokeWidth)
    cairo_set_line_join(mcr, CAIRO_LINE_JOIN_ROUND)
    cairo_append_path(mcr, path)
    if strokeWidth > 0 { cairo_stroke_preserve(mcr) }
    cairo_fill(mcr)
    guard let colored = try? Surface.image(width: width, height: height) else { return }
    colorizeShadow(mask, into: colored, width: width, height: height, sigma: deviceSigma, color: color)
    cairo_save(cr)
    cairo_identity_matrix(cr)
    cairo_set_source_surface(cr, colored.pointer, left, top)
    cairo_paint(cr)
    cairo_restore(cr)
}

/// Blurs the A8 `mask` (Gaussian, `sigma` device pixels) and paints it in `color` into the
/// premultiplied ARGB32 surface `colored` of the same size: the shadow image that the PNG
/// draws and the SVG writer embeds.
func colorizeShadow(_ mask: Surface, into colored: Surface, width: Int, height: Int, sigma: Double, color: Color) {
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

/// Device-space bounding box of a user-space box.
private func deviceBounds(_ cr: OpaquePointer, _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double)
    -> (x1: Double, y1: Double, x2: Double, y2: Double) {
    var xs: [Double] = [], ys: [Double] = []
    for (ux, uy) in [(x1, y1), (x2, y1), (x1, y2), (x2, y2)] {
        var (x, y) = (ux, uy)
        cairo_user_to_device(cr, &x, &y)
        xs.append(x)
        ys.append(y)
    }
    return (xs.min() ?? 0, ys.min() ?? 0, xs.max() ?? 0, ys.max() ?? 0)
}

/// Blurs a single-channel image in place with three box blurs whose sizes approximate a
/// Gaussian of standard deviation `sigma` (W3C filter effects; sizes after Kutskir). Values
/// outside the image count as zero.
func gaussianBlur(_ values: inout [Float], width: Int, height: Int, sigma: Double) {
    guard sigma > 0, width > 0, height > 0 else { return }
    let n = 3.0
    let ideal = (12 * sigma * sigma / n + 1).squareRoot()
    var lower = Int(ideal.rounded(.down))
    if lower % 2 == 0 { lower -= 1 }
    let wl = Double(lower)
    let m = Int(((12 * sigma * sigma - n * wl * wl - 4 * n * wl - 3 * n) / (-4 * wl - 4)).rounded())
    let sizes = (0..<3).map { $0 < m ? lower : lower + 2 }
    var scratch = [Float](repeating: 0, count: Swift.max(width, height))
    for size in sizes where size > 1 {
        let radius = (size - 1) / 2
        boxBlur(&values, count: width, lines: height, step: 1, lineStep: width, radius: radius, scratch: &scratch)
        boxBlur(&values, count: height, lines: width, step: width, lineStep: 1, radius: radius, scratch: &scratch)
    }
}

/// One running-sum box blur of diameter 2·radius+1 along `lines` lines of `count` values.
private func boxBlur(_ values: inout [Float], count: Int, lines: Int, step: Int, lineStep: Int,
                     radius: Int, scratch: inout [Float]) {
    let scale = 1 / Float(2 * radius + 1)
    values.withUnsafeMutableBufferPointer { v in
        scratch.withUnsafeMutableBufferPointer { line in
            for l in 0..<lines {
                let base = l * lineStep
                for i in 0..<count { line[i] = v[base + i * step] }
                var sum: Float = 0
                for i in 0..<Swift.min(radius, count) { sum += line[i] }
                for i in 0..<count {
                    if i + radius < count { sum += line[i + radius] }
                    if i - radius - 1 >= 0 { sum -= line[i - radius - 1] }
                    v[base + i * step] = sum * scale
                }
            }
        }
    }
}
