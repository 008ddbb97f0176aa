import InfografisCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An SVG elliptical arc as cubic Béziers, following the SVG 1.1 implementation notes (F.6):
/// out-of-range parameters are corrected (F.6.2, F.6.6), the endpoint parameterisation is
/// converted to a centre parameterisation (F.6.5), and the sweep is split into pieces of at
/// most 90°, each approximated by one cubic.
func ellipticalArc(from start: Point, to end: Point, rx: Double, ry: Double, rotation: Double,
                   largeArc: Bool, sweep: Bool) -> [PathSegment] {
    // F.6.2: identical endpoints draw nothing; a zero radius draws a straight line.
    if start == end { return [] }
    var rx = Swift.abs(rx), ry = Swift.abs(ry)
    if rx == 0 || ry == 0 { return [.line(end)] }

    let phi = rotation.truncatingRemainder(dividingBy: 360) * .pi / 180
    let (cosPhi, sinPhi) = (cos(phi), sin(phi))

    // F.6.5.1: the start point in the ellipse's rotated frame, relative to the chord's midpoint.
    let dx = (start.x - end.x) / 2, dy = (start.y - end.y) / 2
    let x1 = cosPhi * dx + sinPhi * dy
    let y1 = -sinPhi * dx + cosPhi * dy

    // F.6.6.2: scale radii up if no ellipse can join the endpoints.
    let lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry)
    if lambda > 1 {
        let root = lambda.squareRoot()
        rx *= root
        ry *= root
    }

    // F.6.5.2: the centre in the rotated frame.
    let (rx2, ry2, x12, y12) = (rx * rx, ry * ry, x1 * x1, y1 * y1)
    let numerator = Swift.max(0, rx2 * ry2 - rx2 * y12 - ry2 * x12)
    let denominator = rx2 * y12 + ry2 * x12
    var coefficient = denominator > 0 ? (numerator / denominator).squareRoot() : 0
    if largeArc == sweep { coefficient = -coefficient }
    let cxPrime = coefficient * rx * y1 / ry
    let cyPrime = -coefficient * ry * x1 / rx

    // F.6.5.3: the centre in user space.
    let cx = cosPhi * cxPrime - sinPhi * cyPrime + (start.x + end.x) / 2
    let cy = sinPhi * cxPrime + cosPhi * cyPrime + (start.y + end.y) / 2

    // F.6.5.5-6: start angle and sweep.
    let ux = (x1 - cxPrime) / rx, uy = (y1 - cyPrime) / ry
    let vx = (-x1 - cxPrime) / rx, vy = (-y1 - cyPrime) / ry
    let theta1 = atan2(uy, ux)
    var delta = atan2(ux * vy - uy * vx, ux * vx + uy * vy)
    if !sweep, delta > 0 { delta -= 2 * .pi }
    if sweep, delta < 0 { delta += 2 * .pi }

    // Map a point of the unit circle onto the ellipse in user space.
    func map(_ x: Double, _ y: Double) -> Point {
        Point(cx + rx * cosPhi * x - ry * sinPhi * y, cy + rx * sinPhi * x + ry * cosPhi * y)
    }

    let pieces = Swift.max(1, Int((Swift.abs(delta) / (.pi / 2) - 1e-9).rounded(.up)))
    let step = delta / Double(pieces)
    let k = 4.0 / 3.0 * tan(step / 4)
    var segments: [PathSegment] = []
    segments.reserveCapacity(pieces)
    var angle = theta1
    for piece in 0..<pieces {
        let next = angle + step
        let (cosA, sinA, cosB, sinB) = (cos(angle), sin(angle), cos(next), sin(next))
        let c1 = map(cosA - k * sinA, sinA + k * cosA)
        let c2 = map(cosB + k * sinB, sinB - k * cosB)
        let to = piece == pieces - 1 ? end : map(cosB, sinB)
        segments.append(.cubic(c1, c2, to))
        angle = next
    }
    return segments
}
