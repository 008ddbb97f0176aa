// Theme: the look of a whole infographic as data — palette, fonts, spacing, corner radius and
// per-component defaults. Components read it from the environment; nothing else carries colors.

/// The look every component takes unless it is given its own values.
///
/// A theme is plain data. Six are built in (`Theme.builtIn`); others come from YAML
/// (`Theme.decode(yaml:path:)`), usually extending a built-in one with `extends:`.
public struct Theme: Hashable, Sendable {
    /// The theme's name, e.g. `pemerintah`.
    public var name: String
    /// Colors by role.
    public var palette: Palette
    /// Heading and body fonts.
    public var fonts: Fonts
    /// Spacing steps, in pixels.
    public var spacing: Spacing
    /// Corner radius of cards, panels and tiles, in pixels.
    public var radius: Double
    /// Defaults of individual components, keyed by the component's file-format name (`stat`, `quote`, ...).
    public var components: [String: ComponentStyle]

    public init(name: String, palette: Palette, fonts: Fonts = Fonts(), spacing: Spacing = Spacing(),
                radius: Double = 16, components: [String: ComponentStyle] = [:]) {
        self.name = name
        self.palette = palette
        self.fonts = fonts
        self.spacing = spacing
        self.radius = radius
        self.components = components
    }
}

// MARK: - Palette

extension Theme {
    /// Colors by role. Text roles are meant to be read on `background` and on `surface`.
    public struct Palette: Hashable, Sendable {
        /// The canvas.
        public var background: Color
        /// Cards, tiles and panels on the canvas.
        public var surface: Color
        /// The main brand color: big values, headings, filled badges.
        public var primary: Color
        /// A second brand color.
        public var secondary: Color
        /// Highlights: kickers, icons, quote marks, bullets.
        public var accent: Color
        /// Body text.
        public var text: Color
        /// Secondary text: labels, captions, sources.
        public var mutedText: Color
        /// Text and icons drawn on `primary`.
        public var onPrimary: Color
        /// Good news: rising values, "FAKTA".
        public var positive: Color
        /// Bad news: falling values, "HOAKS".
        public var negative: Color
        /// Categorical colors for charts and series, in order (at least six).
        public var chart: [Color]

        public init(background: Color, surface: Color, primary: Color, secondary: Color, accent: Color,
                    text: Color, mutedText: Color, onPrimary: Color, positive: Color, negative: Color,
                    chart: [Color]) {
            self.background = background
            self.surface = surface
            self.primary = primary
            self.secondary = secondary
            self.accent = accent
            self.text = text
            self.mutedText = mutedText
            self.onPrimary = onPrimary
            self.positive = positive
            self.negative = negative
            self.chart = chart
        }

        /// The color of `role`.
        public subscript(role: ColorRole) -> Color {
            switch role {
            case .background: background
            case .surface: surface
            case .primary: primary
            case .secondary: secondary
            case .accent: accent
            case .text: text
            case .mutedText: mutedText
            case .onPrimary: onPrimary
            case .positive: positive
            case .negative: negative
            }
        }

        /// The `index`th chart color, cycling through the list.
        public func chartColor(_ index: Int) -> Color {
            chart.isEmpty ? primary : chart[((index % chart.count) + chart.count) % chart.count]
        }
    }

    /// A palette role; the raw value is its key in theme files.
    public enum ColorRole: String, Hashable, Sendable, CaseIterable {
        case background, surface, primary, secondary, accent, text
        case mutedText = "muted-text"
        case onPrimary = "on-primary"
        case positive, negative
    }
}

/// A color given by palette role (so it follows the theme) or as a literal.
public enum ThemeColor: Hashable, Sendable, ExpressibleByStringLiteral {
    /// A palette role.
    case role(Theme.ColorRole)
    /// A fixed color.
    case color(Color)

    /// A role name (`primary`, `muted-text`, ...) or a CSS color (`"#0B3C5D"`).
    public init(stringLiteral value: String) {
        if let role = Theme.ColorRole(rawValue: value) { self = .role(role) } else { self = .color(Color(stringLiteral: value)) }
    }

    /// The color in `palette`.
    public func resolve(in palette: Theme.Palette) -> Color {
        switch self {
        case .role(let role): palette[role]
        case .color(let color): color
        }
    }
}

// MARK: - Fonts and spacing

extension Theme {
    /// The font pair: headings (titles, big values) and body text.
    public struct Fonts: Hashable, Sendable {
        /// Family of headings and big values. Default `Inter`.
        public var heading: String
        /// Weight of headings, 100...900. Default 700.
        public var headingWeight: Int
        /// Family of body text. Default `Inter`.
        public var body: String
        /// Weight of body text. Default 400.
        public var bodyWeight: Int
        /// Size of body text in pixels (component sizes are chosen around it). Default 24.
        public var bodySize: Double

        public init(heading: String = "Inter", headingWeight: Int = 700, body: String = "Inter",
                    bodyWeight: Int = 400, bodySize: Double = 24) {
            self.heading = heading
            self.headingWeight = headingWeight
            self.body = body
            self.bodyWeight = bodyWeight
            self.bodySize = bodySize
        }
    }

    /// Five spacing steps, in pixels.
    public struct Spacing: Hashable, Sendable {
        /// Default 8.
        public var xs: Double
        /// Default 16.
        public var s: Double
        /// Default 24.
        public var m: Double
        /// Default 40.
        public var l: Double
        /// Default 64.
        public var xl: Double

        public init(xs: Double = 8, s: Double = 16, m: Double = 24, l: Double = 40, xl: Double = 64) {
            self.xs = xs
            self.s = s
            self.m = m
            self.l = l
            self.xl = xl
        }
    }

    /// Defaults of one component; nil fields fall back to what the component derives from the palette.
    public struct ComponentStyle: Hashable, Sendable {
        /// Main text (or value) size in pixels.
        public var size: Double?
        /// Main text (or value) color.
        public var color: ThemeColor?
        /// Fill behind the component (cards, panels, pills).
        public var background: ThemeColor?
        /// Highlight color (icons, marks, bullets, lines).
        public var accent: ThemeColor?
        /// Corner radius in pixels.
        public var radius: Double?
        /// Inner padding in pixels.
        public var padding: Double?
        /// A named variant the component understands (e.g. quote `mark` or `bar`).
        public var variant: String?

        public init(size: Double? = nil, color: ThemeColor? = nil, background: ThemeColor? = nil,
                    accent: ThemeColor? = nil, radius: Double? = nil, padding: Double? = nil, variant: String? = nil) {
            self.size = size
            self.color = color
            self.background = background
            self.accent = accent
            self.radius = radius
            self.padding = padding
            self.variant = variant
        }

        /// `other`'s values where it has them, these elsewhere.
        public func merging(_ other: ComponentStyle) -> ComponentStyle {
            ComponentStyle(size: other.size ?? size, color: other.color ?? color,
                           background: other.background ?? background, accent: other.accent ?? accent,
                           radius: other.radius ?? radius, padding: other.padding ?? padding,
                           variant: other.variant ?? variant)
        }
    }
}

// MARK: - Reading

extension Theme {
    /// The defaults for the component called `name` (empty when the theme sets none).
    public func style(for name: String) -> ComponentStyle {
        components[name] ?? ComponentStyle()
    }

    /// `color` resolved in this theme's palette.
    public func color(_ color: ThemeColor) -> Color {
        color.resolve(in: palette)
    }

    /// The body text style: body family, weight and size, text color.
    public var bodyTextStyle: TextStyle {
        var style = TextStyle()
        style.family = fonts.body
        style.weight = fonts.bodyWeight
        style.size = fonts.bodySize
        style.color = palette.text
        return style
    }

    /// A heading text style of `size` pixels in `color` (default: the text color).
    public func headingTextStyle(size: Double, color: Color? = nil) -> TextStyle {
        var style = TextStyle()
        style.family = fonts.heading
        style.weight = fonts.headingWeight
        style.size = size
        style.color = color ?? palette.text
        return style
    }
}
