// Icon: a Material Design icon by name, or a user's SVG file. File format: `icon`.

/// The shape behind an icon that has a background.
public enum IconShape: String, Hashable, Sendable, CaseIterable {
    /// A circle.
    case circle
    /// A square with the theme's corner radius.
    case rounded
}

/// An icon by Material Design Icons name (`eye`, `chart-bar`; `infografis icons` lists them) or
/// from an SVG file, optionally on a circle or rounded square.
///
/// Theme: `icon` defaults (`size`, `color` of the icon — default `accent`; `background` of the
/// shape; `padding` between icon and shape — default a quarter of the size; `radius`).
/// A simple one-color SVG file (only `<path>` elements) is recolored; any other is drawn as is.
public struct Icon: Component {
    /// Where the shape comes from.
    public var source: IconSource
    /// Icon size in pixels (without the background padding); nil takes the theme's (2 × body size).
    public var size: Double?
    /// Shape of the background, drawn when a background color is given (here or in the theme).
    public var shape: IconShape
    /// Overrides of the theme's `icon` defaults.
    public var overrides: Theme.ComponentStyle

    public init(_ name: String, size: Double? = nil, color: ThemeColor? = nil, background: ThemeColor? = nil,
                shape: IconShape = .circle) {
        self.init(source: .named(name), size: size, shape: shape,
                  style: Theme.ComponentStyle(color: color, background: background))
    }

    public init(source: IconSource, size: Double? = nil, shape: IconShape = .circle,
                style overrides: Theme.ComponentStyle = Theme.ComponentStyle()) {
        self.source = source
        self.size = size
        self.shape = shape
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
        let theme = environment.theme
        let style = theme.style(for: "icon").merging(overrides)
        let size = self.size ?? style.size ?? theme.size(2)
        let fill = style.background.map(theme.color)
        let color = style.color.map(theme.color) ?? (fill.map { _ in theme.palette.onPrimary } ?? theme.palette.accent)
        let icon = IconElement(node: iconNode(source, size: size, color: fill.map { readable(color, on: $0, theme) } ?? color))
        if let fill {
            let padding = style.padding ?? (size / 4).rounded()
            ZStack(alignment: .center) { icon }
                .padding(.px(padding))
                .background(.solid(fill))
                .cornerRadius(shape == .circle ? (size / 2 + padding) : (style.radius ?? theme.radius))
                .flexShrink(0)
                .alignSelf(.flexStart)
        } else {
            icon
        }
    }

    /// `color`, or a readable one when `color` does not stand out from `fill` (3:1 for graphics).
    private func readable(_ color: Color, on fill: Color, _ theme: Theme) -> Color {
        color.contrastRatio(with: fill) >= 3 ? color : theme.palette.readableText(on: fill)
    }
}
