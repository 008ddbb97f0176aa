// Literal conveniences: colors from "#0B3C5D" strings and lengths from plain numbers.

extension Color {
    /// A color from CSS-like text: `#RGB`, `#RGBA`, `#RRGGBB`, `#RRGGBBAA`, or a name from
    /// `Color.cssNames` (case-insensitive); nil if neither.
    public init?(css text: String) {
        let trimmed = text.trimmingSpaces
        if trimmed.hasPrefix("#") {
            self.init(hex: trimmed)
        } else if let named = Color.cssNames[trimmed.lowercased()] {
            self = named
        } else {
            return nil
        }
    }

    /// The CSS color names both front ends understand.
    public static let cssNames: [String: Color] = [
        "transparent": .clear,
        "black": .black,
        "white": .white,
        "gray": Color(red: 128 / 255, green: 128 / 255, blue: 128 / 255),
        "grey": Color(red: 128 / 255, green: 128 / 255, blue: 128 / 255),
        "silver": Color(red: 192 / 255, green: 192 / 255, blue: 192 / 255),
        "red": Color(red: 1, green: 0, blue: 0),
        "green": Color(red: 0, green: 128 / 255, blue: 0),
        "blue": Color(red: 0, green: 0, blue: 1),
        "yellow": Color(red: 1, green: 1, blue: 0),
        "orange": Color(red: 1, green: 165 / 255, blue: 0),
        "purple": Color(red: 128 / 255, green: 0, blue: 128 / 255),
        "navy": Color(red: 0, green: 0, blue: 128 / 255),
        "teal": Color(red: 0, green: 128 / 255, blue: 128 / 255),
    ]

    /// Drawn for a malformed color literal in Swift code, so the mistake is visible: `#FF00FF`.
    public static let invalidLiteral = Color(red: 1, green: 0, blue: 1)
}

extension Color: ExpressibleByStringLiteral {
    /// `"#0B3C5D"` or a CSS name; a malformed literal draws `Color.invalidLiteral` (magenta).
    public init(stringLiteral value: String) {
        self = Color(css: value) ?? .invalidLiteral
    }
}

extension Paint: ExpressibleByStringLiteral {
    /// A solid color from `"#0B3C5D"` or a CSS name (see `Color(stringLiteral:)`).
    public init(stringLiteral value: String) {
        self = .solid(Color(stringLiteral: value))
    }
}

extension Paint {
    /// A CSS-style linear gradient through evenly spaced `colors`; `angle` 180 runs top to bottom.
    public static func linearGradient(angle: Double = 180, colors: [Color]) -> Paint {
        .linearGradient(LinearGradient(angle: angle, colors: colors))
    }
}

extension Dimension: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// A whole number of pixels.
    public init(integerLiteral value: Int) {
        self = .px(Double(value))
    }

    /// Pixels.
    public init(floatLiteral value: Double) {
        self = .px(value)
    }
}
