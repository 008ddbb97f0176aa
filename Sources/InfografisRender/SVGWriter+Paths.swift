import InfografisCore
import InfografisLayout

// Path data for the SVG writer: the same outlines as `appendRoundedRect` and `appendPath`
// (Shapes.swift) build for Cairo, as SVG path text in canvas pixels.

extension Array where Element == UInt8 {
    /// Appends `x y`.
    mutating func appendPair(_ x: Double, _ y: Double, decimals: Int = 3) {
        appendNumber(x, decimals: decimals)
        append(UInt8(ascii: " "))
        appendNumber(y, decimals: decimals)
    }

    /// Appends a clockwise rounded rectangle moved by (dx, dy), starting and turning as Cairo's
    /// version does: the top-right corner first, each corner an arc of its radius or a line to
    /// the corner point. Empty or non-finite rectangles add nothing.
    mutating func appendRoundedRect(_ shape: RoundedRect, dx: Double, dy: Double) {
        let rect = shape.rect
        guard rect.isFinite, rect.width > 0, rect.height > 0 else { return }
        let r = shape.clampedRadii
        let (x, y, w, h) = (rect.x + dx, rect.y + dy, rect.width, rect.height)
        if !isEmpty { append(UInt8(ascii: " ")) }
        if r.isZero {
            // cairo_rectangle: move, then right, down, left, close.
            append("M")
            appendPair(x, y)
            append("H")
            appendNumber(x + w)
            append("V")
            appendNumber(y + h)
            append("H")
            appendNumber(x)
            append("Z")
            return
        }
        // Each corner: where its arc starts, the radius, and where it ends.
        let corners: [(start: (Double, Double), radius: Double, end: (Double, Double))] = [
            ((x + w - r.topRight, y), r.topRight, (x + w, y + r.topRight)),
            ((x + w, y + h - r.bottomRight), r.bottomRight, (x + w - r.bottomRight, y + h)),
            ((x + r.bottomLeft, y + h), r.bottomLeft, (x, y + h - r.bottomLeft)),
            ((x, y + r.topLeft), r.topLeft, (x + r.topLeft, y)),
        ]
        for (index, corner) in corners.enumerated() {
            append(index == 0 ? UInt8(ascii: "M") : UInt8(ascii: "L"))
            appendPair(corner.start.0, corner.start.1)
            if corner.radius > 0 {
                append("A")
                appendPair(corner.radius, corner.radius)
                append(" 0 0 1 ")
                appendPair(corner.end.0, corner.end.1)
            }
        }
        append("Z")
    }

    /// Appends parsed path segments mapped through `transform`; the first non-finite point
    /// ends the path (as `appendPath` does for Cairo).
    mutating func appendPath(_ segments: [PathSegment], transform: AffineTransform) {
        forEachMappedSegment(segments, transform: transform) { segment in
            switch segment {
            case let .move(p):
                append("M")
                appendPair(p.x, p.y)
            case let .line(p):
                append("L")
                appendPair(p.x, p.y)
            case let .cubic(c1, c2, p):
                append("C")
                appendPair(c1.x, c1.y)
                append(UInt8(ascii: " "))
                appendPair(c2.x, c2.y)
                append(UInt8(ascii: " "))
                appendPair(p.x, p.y)
            case .close:
                append("Z")
            }
        }
    }
}

/// The tight bounds of path segments mapped through `transform` (curves by their extrema, as
/// `cairo_path_extents` computes them), up to the first non-finite point; (0, 0, 0, 0) when empty.
func pathBounds(_ segments: [PathSegment], transform t: AffineTransform) -> Rect {
    func map(_ p: Point) -> Point { Point(t.a * p.x + t.c * p.y + t.tx, t.b * p.x + t.d * p.y + t.ty) }
    var (minX, minY, maxX, maxY) = (Double.infinity, Double.infinity, -Double.infinity, -Double.infinity)
    func add(_ p: Point) {
        minX = Swift.min(minX, p.x); maxX = Swift.max(maxX, p.x)
        minY = Swift.min(minY, p.y); maxY = Swift.max(maxY, p.y)
    }
    var current = Point(0, 0)
    var start = Point(0, 0)
    loop: for segment in segments {
        switch segment {
        case let .move(p):
            let q = map(p)
            guard q.x.isFinite, q.y.isFinite else { break loop }
            add(q)
            current = q
            start = q
        case let .line(p):
            let q = map(p)
            guard q.x.isFinite, q.y.isFinite else { break loop }
            add(current)
            add(q)
            current = q
        case let .cubic(c1, c2, p):
            let (q1, q2, q3) = (map(c1), map(c2), map(p))
            guard [q1, q2, q3].allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else { break loop }
            add(current)
            add(q3)
            for tValue in cubicExtrema(current.x, q1.x, q2.x, q3.x) + cubicExtrema(current.y, q1.y, q2.y, q3.y) {
                add(cubicPoint(current, q1, q2, q3, tValue))
            }
            current = q3
        case .close:
            current = start
        }
    }
    guard minX <= maxX, minY <= maxY else { return Rect(0, 0, 0, 0) }
    return Rect(minX, minY, maxX - minX, maxY - minY)
}

/// Parameters in (0, 1) where one coordinate of a cubic Bézier has a zero derivative.
private func cubicExtrema(_ p0: Double, _ p1: Double, _ p2: Double, _ p3: Double) -> [Double] {
    // B'(t)/3 = a t² + b t + c
    let a = -p0 + 3 * p1 - 3 * p2 + p3
    let b = 2 * (p0 - 2 * p1 + p2)
    let c = p1 - p0
    var roots: [Double] = []
    if Swift.abs(a) < 1e-12 {
        if Swift.abs(b) > 1e-12 { roots.append(-c / b) }
    } else {
        let discriminant = b * b - 4 * a * c
        if discriminant >= 0 {
            let root = discriminant.squareRoot()
            roots.append((-b + root) / (2 * a))
            roots.append((-b - root) / (2 * a))
        }
    }
    return roots.filter { $0 > 0 && $0 < 1 }
}

private func cubicPoint(_ p0: Point, _ p1: Point, _ p2: Point, _ p3: Point, _ t: Double) -> Point {
    let u = 1 - t
    let (w0, w1, w2, w3) = (u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t)
    return Point(w0 * p0.x + w1 * p1.x + w2 * p2.x + w3 * p3.x, w0 * p0.y + w1 * p1.y + w2 * p2.y + w3 * p3.y)
}
