// Geometry: points, sizes, rectangles and edge values in canvas pixels.

/// A point in canvas pixels; y grows downwards.
public struct Point: Hashable, Sendable, Codable {
    /// Horizontal coordinate.
    public var x: Double
    /// Vertical coordinate.
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A width and a height in canvas pixels.
public struct Size: Hashable, Sendable, Codable {
    /// Horizontal extent.
    public var width: Double
    /// Vertical extent.
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

/// An axis-aligned rectangle: origin at the top-left corner.
public struct Rect: Hashable, Sendable, Codable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Horizontal extent.
    public var width: Double
    /// Vertical extent.
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// Four values, one per side, in CSS order (top, right, bottom, left).
public struct Edges<Value: Hashable & Sendable>: Hashable, Sendable {
    /// Top side.
    public var top: Value
    /// Right side.
    public var right: Value
    /// Bottom side.
    public var bottom: Value
    /// Left side.
    public var left: Value

    public init(top: Value, right: Value, bottom: Value, left: Value) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
    }
}

// MARK: - Initialisers and helpers

extension Point {
    public static let zero = Point(x: 0, y: 0)
    public init(_ x: Double, _ y: Double) { self.init(x: x, y: y) }
}

extension Size {
    public static let zero = Size(width: 0, height: 0)
    public init(_ width: Double, _ height: Double) { self.init(width: width, height: height) }
}

extension Rect {
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)
    public init(origin: Point, size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }
    public var origin: Point { Point(x: x, y: y) }
    public var size: Size { Size(width: width, height: height) }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    /// The rectangle moved by `dx`, `dy`.
    public func offsetBy(dx: Double, dy: Double) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width, height: height)
    }
    /// The rectangle shrunk by `insets` on each side (never below zero size).
    public func inset(by insets: Edges<Double>) -> Rect {
        Rect(x: x + insets.left, y: y + insets.top,
             width: max(0, width - insets.left - insets.right),
             height: max(0, height - insets.top - insets.bottom))
    }
}

extension Edges {
    /// The same value on all four sides.
    public init(all value: Value) {
        self.init(top: value, right: value, bottom: value, left: value)
    }
    /// `vertical` on top and bottom, `horizontal` on left and right.
    public init(vertical: Value, horizontal: Value) {
        self.init(top: vertical, right: horizontal, bottom: vertical, left: horizontal)
    }
    /// Applies `transform` to each side.
    public func map<T>(_ transform: (Value) -> T) -> Edges<T> {
        Edges<T>(top: transform(top), right: transform(right), bottom: transform(bottom), left: transform(left))
    }
}

extension Edges where Value == Double {
    public static let zero = Edges(all: 0.0)
    /// left + right.
    public var horizontal: Double { left + right }
    /// top + bottom.
    public var vertical: Double { top + bottom }
}
