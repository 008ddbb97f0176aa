import InfografisCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One absolute segment of a parsed path; quadratics and arcs are already converted to cubics.
package enum PathSegment: Equatable, Sendable {
    case move(Point)
    case line(Point)
    case cubic(Point, Point, Point)
    case close
}

/// Where and why SVG path data is malformed.
package struct PathDataError: Error, Equatable, CustomStringConvertible {
    /// Byte offset of the problem in the path data.
    package var offset: Int
    /// What was expected.
    package var message: String

    package var description: String { "Malformed path data at offset \(offset): \(message)." }
}

/// Parsed SVG path data: the segments up to the first error, and that error if any.
///
/// As SVG 1.1 (section 8.3.9) asks, a renderer draws everything up to the error.
package struct PathData: Equatable {
    package var segments: [PathSegment]
    package var error: PathDataError?

    /// Parses SVG 1.1 path data: M L H V C S Q T A Z in both cases, implicit repeated commands,
    /// numbers such as `1.5e-3` and `-.5.5`, arc flags without separators.
    package init(parsing text: String) {
        var parser = PathDataParser(bytes: Array(text.utf8))
        parser.run()
        self.segments = parser.segments
        self.error = parser.error
    }

    /// Parses path data, throwing on the first malformed part.
    package static func parse(_ text: String) throws(PathDataError) -> [PathSegment] {
        let data = PathData(parsing: text)
        if let error = data.error { throw error }
        return data.segments
    }

    /// Absolute path data for `segments` (M, L, C, Z), coordinates rounded to 1/1000.
    package static func serialize(_ segments: [PathSegment]) -> String {
        func pair(_ p: Point) -> String { formatCoordinate(p.x) + " " + formatCoordinate(p.y) }
        return segments.map { segment in
            switch segment {
            case .move(let p): "M" + pair(p)
            case .line(let p): "L" + pair(p)
            case let .cubic(c1, c2, p): "C" + pair(c1) + " " + pair(c2) + " " + pair(p)
            case .close: "Z"
            }
        }.joined(separator: " ")
    }
}

extension PathSegment {
    /// The segment with every point moved by `transform`.
    package func mapPoints(_ transform: (Point) -> Point) -> PathSegment {
        switch self {
        case .move(let p): .move(transform(p))
        case .line(let p): .line(transform(p))
        case let .cubic(c1, c2, p): .cubic(transform(c1), transform(c2), transform(p))
        case .close: .close
        }
    }

    /// Every point of the segment (control points included).
    package var points: [Point] {
        switch self {
        case .move(let p), .line(let p): [p]
        case let .cubic(c1, c2, p): [c1, c2, p]
        case .close: []
        }
    }
}

/// A coordinate rounded to 1/1000 unit, written without a trailing `.0` (`105.173`, `448`).
package func formatCoordinate(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    if rounded == 0 { return "0" }
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
}

// MARK: - Parser

private struct PathDataParser {
    let bytes: [UInt8]
    var index = 0
    var segments: [PathSegment] = []
    var error: PathDataError?

    /// Current point, start of the current subpath, last control point (for S and T).
    var current = Point.zero
    var subpathStart = Point.zero
    var lastCubicControl: Point?
    var lastQuadControl: Point?

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func run() {
        skipWhitespace()
        var command: UInt8?
        var isFirst = true
        while index < bytes.count {
            let byte = bytes[index]
            if Self.commands.contains(byte) {
                if isFirst, byte != UInt8(ascii: "M"), byte != UInt8(ascii: "m") {
                    fail("path data must start with M or m")
                    return
                }
                command = byte
                index += 1
            } else if command == nil || !(Self.isNumberStart(byte)) || Self.isClose(command) {
                fail("expected a command letter, found '\(Character(Unicode.Scalar(byte)))'")
                return
            }
            guard let letter = command else { return }
            isFirst = false
            guard execute(letter) else { return }
            // A moveto followed by coordinates continues as lineto.
            if letter == UInt8(ascii: "M") { command = UInt8(ascii: "L") }
            if letter == UInt8(ascii: "m") { command = UInt8(ascii: "l") }
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                fail("unexpected comma")
                return
            }
        }
    }

    /// Executes one command with its arguments; false after an error.
    mutating func execute(_ letter: UInt8) -> Bool {
        let relative = letter >= UInt8(ascii: "a")
        let base = relative ? current : Point.zero
        func abs(_ x: Double, _ y: Double) -> Point { Point(base.x + x, base.y + y) }
        var cubicControl: Point?
        var quadControl: Point?
        switch letter | 0x20 {  // lower-cased
        case UInt8(ascii: "m"):
            guard let n = numbers(2) else { return false }
            current = abs(n[0], n[1])
            subpathStart = current
            segments.append(.move(current))
        case UInt8(ascii: "l"):
            guard let n = numbers(2) else { return false }
            lineTo(abs(n[0], n[1]))
        case UInt8(ascii: "h"):
            guard let n = numbers(1) else { return false }
            lineTo(Point(relative ? current.x + n[0] : n[0], current.y))
        case UInt8(ascii: "v"):
            guard let n = numbers(1) else { return false }
            lineTo(Point(current.x, relative ? current.y + n[0] : n[0]))
        case UInt8(ascii: "c"):
            guard let n = numbers(6) else { return false }
            let (c1, c2, end) = (abs(n[0], n[1]), abs(n[2], n[3]), abs(n[4], n[5]))
            segments.append(.cubic(c1, c2, end))
            cubicControl = c2
            current = end
        case UInt8(ascii: "s"):
            guard let n = numbers(4) else { return false }
            let c1 = lastCubicControl.map { Point(2 * current.x - $0.x, 2 * current.y - $0.y) } ?? current
            let (c2, end) = (abs(n[0], n[1]), abs(n[2], n[3]))
            segments.append(.cubic(c1, c2, end))
            cubicControl = c2
            current = end
        case UInt8(ascii: "q"):
            guard let n = numbers(4) else { return false }
            let (control, end) = (abs(n[0], n[1]), abs(n[2], n[3]))
            quadTo(control, end)
            quadControl = control
        case UInt8(ascii: "t"):
            guard let n = numbers(2) else { return false }
            let control = lastQuadControl.map { Point(2 * current.x - $0.x, 2 * current.y - $0.y) } ?? current
            quadTo(control, abs(n[0], n[1]))
            quadControl = control
        case UInt8(ascii: "a"):
            guard let radii = numbers(3), let large = flag(), let sweep = flag(), let n = numbers(2) else { return false }
            let end = abs(n[0], n[1])
            segments += ellipticalArc(from: current, to: end, rx: radii[0], ry: radii[1],
                                      rotation: radii[2], largeArc: large, sweep: sweep)
            current = end
        default:  // z
            segments.append(.close)
            current = subpathStart
        }
        lastCubicControl = cubicControl
        lastQuadControl = quadControl
        return true
    }

    mutating func lineTo(_ point: Point) {
        segments.append(.line(point))
        current = point
    }

    mutating func quadTo(_ control: Point, _ end: Point) {
        let c1 = Point(current.x + 2 / 3 * (control.x - current.x), current.y + 2 / 3 * (control.y - current.y))
        let c2 = Point(end.x + 2 / 3 * (control.x - end.x), end.y + 2 / 3 * (control.y - end.y))
        segments.append(.cubic(c1, c2, end))
        current = end
    }

    // MARK: Lexing

    static let commands = Set("MmLlHhVvCcSsQqTtAaZz".utf8)

    static func isClose(_ command: UInt8?) -> Bool {
        command == UInt8(ascii: "Z") || command == UInt8(ascii: "z")
    }

    static func isNumberStart(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    mutating func fail(_ message: String) {
        if error == nil { error = PathDataError(offset: index, message: message) }
    }

    mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(bytes[index]) { index += 1 }
    }

    /// Skips whitespace and at most one comma between arguments.
    mutating func skipSeparator() {
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
            index += 1
            skipWhitespace()
        }
    }

    /// Reads `count` numbers separated by optional comma-whitespace.
    mutating func numbers(_ count: Int) -> [Double]? {
        var result: [Double] = []
        for position in 0..<count {
            if position > 0 { skipSeparator() } else { skipWhitespace() }
            guard let value = number() else { return nil }
            result.append(value)
        }
        return result
    }

    /// An arc flag: a single `0` or `1`, which need not be followed by a separator.
    mutating func flag() -> Bool? {
        skipSeparator()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "0") || bytes[index] == UInt8(ascii: "1") else {
            fail("expected an arc flag (0 or 1)")
            return nil
        }
        index += 1
        return bytes[index - 1] == UInt8(ascii: "1")
    }

    /// A number: sign? (digits ('.' digits?)? | '.' digits) (('e'|'E') sign? digits)?
    mutating func number() -> Double? {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        var digits = 0
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1; digits += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1; digits += 1 }
        }
        guard digits > 0 else {
            index = start
            fail("expected a number")
            return nil
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var probe = index + 1
            if probe < bytes.count, bytes[probe] == UInt8(ascii: "-") || bytes[probe] == UInt8(ascii: "+") { probe += 1 }
            if probe < bytes.count, Self.isDigit(bytes[probe]) {
                index = probe
                while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
            }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            index = start
            fail("number out of range")
            return nil
        }
        return value
    }
}
