internal import CInfografis
import InfografisCore
import InfografisLayout

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Building Cairo paths from frame geometry, and setting paints as Cairo sources.

extension RoundedRect {
    /// The radii, made finite and non-negative and scaled down uniformly as CSS does
    /// (CSS Backgrounds 3, 5.5) when the radii on one side add up to more than its length.
    var clampedRadii: CornerRadii {
        // NaN becomes 0 and infinity a large finite radius, which the scaling below then fits.
        func sane(_ radius: Double) -> Double { Swift.max(0, Swift.min(radius, 1e9)) }
        var r = CornerRadii(topLeft: sane(radii.topLeft), topRight: sane(radii.topRight),
                            bottomRight: sane(radii.bottomRight), bottomLeft: sane(radii.bottomLeft))
        let (w, h) = (Swift.max(0, rect.width), Swift.max(0, rect.height))
        var factor = 1.0
        let top: Double = r.topLeft + r.topRight, right: Double = r.topRight + r.bottomRight
        let bottom: Double = r.bottomRight + r.bottomLeft, left: Double = r.bottomLeft + r.topLeft
        let sides: [(length: Double, sum: Double)] = [(w, top), (h, right), (w, bottom), (h, left)]
        for side in sides where side.sum > side.length {
            factor = Swift.min(factor, side.length / side.sum)
        }
        if factor < 1 {
            r = CornerRadii(topLeft: r.topLeft * factor, topRight: r.topRight * factor,
                            bottomRight: r.bottomRight * factor, bottomLeft: r.bottomLeft * factor)
        }
        return r
    }

    /// The outline grown by `spread` (shrunk when negative) as CSS box-shadow spreads it:
    /// radii grow with the spread, less so for radii smaller than it (CSS Backgrounds 3, 7.1.1).
    func spread(by spread: Double) -> RoundedRect {
        guard spread != 0 else { return self }
        let width: Double = Swift.max(0, rect.width + 2 * spread)
        let height: Double = Swift.max(0, rect.height + 2 * spread)
        let grown = Rect(origin: Point(rect.x - spread, rect.y - spread), size: Size(width, height))
        func adjust(_ radius: Double) -> Double {
            guard radius > 0 else { return 0 }
            guard spread > 0 else { return Swift.max(0, radius + spread) }
            let ratio: Double = radius / spread
            if ratio >= 1 { return radius + spread }
            let cube: Double = (ratio - 1) * (ratio - 1) * (ratio - 1)
            return radius + spread * (1 + cube)
        }
        let r = clampedRadii
        return RoundedRect(rect: grown, radii: CornerRadii(topLeft: adjust(r.topLeft), topRight: adjust(r.topRight),
                                                           bottomRight: adjust(r.bottomRight), bottomLeft: adjust(r.bottomLeft)))
    }
}

extension Rect {
    /// A rectangle from its left, top, width and height.
    init(_ x: Double, _ y: Double, _ width: Double, _ height: Double) {
        self.init(origin: Point(x, y), size: Size(width, height))
    }

    /// True when every coordinate is finite.
    var isFinite: Bool { x.isFinite && y.isFinite && width.isFinite && height.isFinite }
}

/// Appends a clockwise rounded rectangle subpath; empty or non-finite rectangles add nothing.
func appendRoundedRect(_ cr: OpaquePointer, _ shape: RoundedRect) {
    let rect = shape.rect
    guard rect.isFinite, rect.width > 0, rect.height > 0 else { return }
    let r = shape.clampedRadii
    let (x, y, w, h) = (rect.x, rect.y, rect.width, rect.height)
    if r.isZero {
        cairo_rectangle(cr, x, y, w, h)
        return
    }
    func corner(_ cx: Double, _ cy: Double, _ radius: Double, _ from: Double) {
        if radius > 0 {
            cairo_arc(cr, cx, cy, radius, from, from + .pi / 2)
        } else {
            cairo_line_to(cr, cx, cy)
        }
    }
    cairo_new_sub_path(cr)
    corner(x + w - r.topRight, y + r.topRight, r.topRight, -.pi / 2)
    corner(x + w - r.bottomRight, y + h - r.bottomRight, r.bottomRight, 0)
    corner(x + r.bottomLeft, y + h - r.bottomLeft, r.bottomLeft, .pi / 2)
    corner(x + r.topLeft, y + r.topLeft, r.topLeft, .pi)
    cairo_close_path(cr)
}

/// Calls `body` with each segment mapped through `transform`, stopping at the first segment
/// with a non-finite point: every backend draws a path up to the same place.
func forEachMappedSegment(_ segments: [PathSegment], transform t: AffineTransform, _ body: (PathSegment) -> Void) {
    func map(_ p: Point) -> Point { Point(t.a * p.x + t.c * p.y + t.tx, t.b * p.x + t.d * p.y + t.ty) }
    func finite(_ points: Point...) -> Bool { points.allSatisfy { $0.x.isFinite && $0.y.isFinite } }
    for segment in segments {
        switch segment {
        case let .move(p):
            let q = map(p)
            guard finite(q) else { return }
            body(.move(q))
        case let .line(p):
            let q = map(p)
            guard finite(q) else { return }
            body(.line(q))
        case let .cubic(c1, c2, p):
            let (q1, q2, q) = (map(c1), map(c2), map(p))
            guard finite(q1, q2, q) else { return }
            body(.cubic(q1, q2, q))
        case .close:
            body(.close)
        }
    }
}

/// Appends parsed path segments mapped through `transform`. Non-finite points end the path.
func appendPath(_ cr: OpaquePointer, _ segments: [PathSegment], transform: AffineTransform) {
    forEachMappedSegment(segments, transform: transform) { segment in
        switch segment {
        case let .move(p): cairo_move_to(cr, p.x, p.y)
        case let .line(p): cairo_line_to(cr, p.x, p.y)
        case let .cubic(c1, c2, p): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
        case .close: cairo_close_path(cr)
        }
    }
}

/// Appends the outline of `geometry` (both outlines for a ring) and sets its fill rule.
func appendGeometry(_ cr: OpaquePointer, _ geometry: ShapeItem.Geometry, paths: PathCache) {
    switch geometry {
    case let .rect(shape):
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
        appendRoundedRect(cr, shape)
    case let .ring(outer, inner):
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD)
        appendRoundedRect(cr, outer)
        appendRoundedRect(cr, inner)
    case let .path(data, transform, evenOdd):
        cairo_set_fill_rule(cr, evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
        appendPath(cr, paths.segments(for: data), transform: transform)
    }
}

/// Parsed path data by source string, so repeated icons are parsed once per render.
final class PathCache {
    private var parsed: [String: [PathSegment]] = [:]

    /// The segments of `data` up to its first error (SVG draws everything before an error).
    func segments(for data: String) -> [PathSegment] {
        if let hit = parsed[data] { return hit }
        let segments = PathData(parsing: data).segments
        parsed[data] = segments
        return segments
    }
}

// MARK: - Paint

/// Sets `color` as the source.
func setSource(_ cr: OpaquePointer, _ color: Color) {
    cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
}

/// Sets `paint` as the source, a gradient being laid out over `box` (the shape's bounding box).
func setSource(_ cr: OpaquePointer, _ paint: Paint, box: Rect) {
    switch paint {
    case let .solid(color):
        setSource(cr, color)
    case let .linearGradient(gradient):
        guard let first = gradient.stops.first else {
            setSource(cr, .clear)
            return
        }
        guard gradient.stops.count > 1, box.isFinite, gradient.angle.isFinite,
              let pattern = linearPattern(gradient, box: box) else {
            setSource(cr, first.color)
            return
        }
        cairo_set_source(cr, pattern)
        cairo_pattern_destroy(pattern)
    }
}

/// A Cairo linear pattern with CSS geometry: the gradient line passes through the box centre
/// at `angle` (0° to top, clockwise) with length |w·sin a| + |h·cos a|, so the corners get the
/// end colors. Stop locations are made non-decreasing, as CSS does.
private func linearPattern(_ gradient: LinearGradient, box: Rect) -> OpaquePointer? {
    let radians = gradient.angle * .pi / 180
    let (dx, dy) = (sin(radians), -cos(radians))
    let length = Swift.abs(box.width * dx) + Swift.abs(box.height * dy)
    let (cx, cy) = (box.x + box.width / 2, box.y + box.height / 2)
    let half = length / 2
    guard let pattern = cairo_pattern_create_linear(cx - dx * half, cy - dy * half, cx + dx * half, cy + dy * half),
          cairo_pattern_status(pattern) == CAIRO_STATUS_SUCCESS else { return nil }
    var previous = 0.0
    for stop in gradient.stops {
        let location = Swift.min(1, Swift.max(previous, stop.location.isFinite ? stop.location : previous))
        previous = location
        let c = stop.color
        cairo_pattern_add_color_stop_rgba(pattern, location, c.red, c.green, c.blue, c.alpha)
    }
    cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
    return pattern
}

/// Cairo's line cap for ours.
func cairoLineCap(_ cap: LineCap) -> cairo_line_cap_t {
    switch cap {
    case .butt: CAIRO_LINE_CAP_BUTT
    case .round: CAIRO_LINE_CAP_ROUND
    case .square: CAIRO_LINE_CAP_SQUARE
    }
}
