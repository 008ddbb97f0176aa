/// How an area is filled.
public enum Paint: Hashable, Sendable {
    /// One color everywhere.
    case solid(Color)
    /// A CSS-style linear gradient.
    case linearGradient(LinearGradient)
}

/// A linear gradient with CSS semantics: `angle` 180 runs top to bottom, 90 left to right.
public struct LinearGradient: Hashable, Sendable {
    /// Direction in degrees, CSS convention (0 = to top, clockwise). Default 180.
    public var angle: Double
    /// Color stops; locations 0...1 in ascending order.
    public var stops: [Stop]

    /// One color at a location along the gradient line.
    public struct Stop: Hashable, Sendable {
        /// The color at this stop.
        public var color: Color
        /// Position along the gradient line, 0...1.
        public var location: Double

        public init(color: Color, location: Double) {
            self.color = color
            self.location = location
        }
    }

    public init(angle: Double = 180, stops: [Stop]) {
        self.angle = angle
        self.stops = stops
    }

    /// Evenly spaced stops from a list of colors.
    public init(angle: Double = 180, colors: [Color]) {
        let last = Double(max(colors.count - 1, 1))
        self.init(angle: angle, stops: colors.enumerated().map { Stop(color: $1, location: Double($0) / last) })
    }
}

/// A drop shadow, as CSS `box-shadow` (outer only).
public struct Shadow: Hashable, Sendable {
    /// Shadow color, usually translucent.
    public var color: Color
    /// Horizontal offset in pixels.
    public var x: Double
    /// Vertical offset in pixels.
    public var y: Double
    /// Blur radius in pixels (CSS: the standard deviation is half of it).
    public var blur: Double
    /// Grows (or with a negative value shrinks) the shadow shape before blurring.
    public var spread: Double

    public init(color: Color, x: Double = 0, y: Double = 4, blur: Double = 12, spread: Double = 0) {
        self.color = color
        self.x = x
        self.y = y
        self.blur = blur
        self.spread = spread
    }
}

/// Corner radii of a rounded rectangle, in pixels.
public struct CornerRadii: Hashable, Sendable {
    public var topLeft: Double
    public var topRight: Double
    public var bottomRight: Double
    public var bottomLeft: Double

    public init(topLeft: Double, topRight: Double, bottomRight: Double, bottomLeft: Double) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomRight = bottomRight
        self.bottomLeft = bottomLeft
    }

    public init(all radius: Double) {
        self.init(topLeft: radius, topRight: radius, bottomRight: radius, bottomLeft: radius)
    }

    public static let zero = CornerRadii(all: 0)

    /// True when every corner is square.
    public var isZero: Bool { self == .zero }
}
