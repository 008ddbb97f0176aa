// Badge (a label pill) and Divider (a rule). File format: `badge`, `divider`.

/// A small pill with a word or two, optionally with an icon: `BARU`, `#LawanHoaks`.
///
/// Theme: `badge` defaults (`background` — default `primary`; `color` of the text — default a
/// readable one on the background; `size`; `radius` — default fully round; `variant` `solid` or
/// `outline`: a border in the background color, no fill).
public struct Badge: Component {
    /// The label.
    public var text: String
    /// An icon before it.
    public var icon: IconSource?
    /// Overrides of the theme's `badge` defaults.
    public var overrides: Theme.ComponentStyle

    public init(_ text: String, icon: String? = nil, background: ThemeColor? = nil, color: ThemeColor? = nil) {
        self.init(text, icon: icon.map(IconSource.named), style: Theme.ComponentStyle(color: color, background: background))
    }

    public init(_ text: String, icon: IconSource?, style overrides: Theme.ComponentStyle) {
        self.text = text
        self.icon = icon
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
        let theme = environment.theme
        let palette = theme.palette
        let style = theme.style(for: "badge").merging(overrides)
        let outline = style.variant == "outline"
        let fill = style.background.map(theme.color) ?? palette.primary
        // The theme's text color belongs to the theme's fill: a new fill or an outline picks its own.
        let themeColor = overrides.background == nil && !outline ? style.color : overrides.color
        let color = themeColor.map(theme.color) ?? (outline ? fill : palette.readableText(on: fill))
        let size = style.size ?? theme.size(0.75)
        let padding = style.padding ?? (size * 0.45).rounded()
        HStack(alignment: .center, spacing: .px((size * 0.35).rounded())) {
            if let icon {
                IconElement(node: iconNode(icon, size: (size * 1.15).rounded(), color: color))
            }
            StyledText(text, style: theme.bodyStyle(size: size, color: color, weight: 700, lineHeight: 1.2)
                        .spaced((size * 0.04).rounded()))
        }
        .padding(vertical: .px(padding), horizontal: .px((padding * 1.6).rounded()))
        .cornerRadius(style.radius ?? 1000)
        .alignSelf(.flexStart)
        .flexShrink(0)
        .modifyNode { node in
            if outline {
                node.style.border = Edges(all: 2)
                node.decoration.borderColor = fill
            } else {
                node.decoration.background = .solid(fill)
            }
        }
    }
}

/// Which way a divider runs.
public enum DividerOrientation: String, Hashable, Sendable, CaseIterable {
    case horizontal, vertical
}

/// A thin rule between blocks (horizontal in a column, vertical in a row).
///
/// Theme: `divider` defaults (`color` — default `muted-text` at 35 % opacity; `size` is the thickness, default 2).
public struct Divider: Component {
    /// Which way it runs. Default `.horizontal`.
    public var orientation: DividerOrientation
    /// Overrides of the theme's `divider` defaults.
    public var overrides: Theme.ComponentStyle

    public init(_ orientation: DividerOrientation = .horizontal, thickness: Double? = nil, color: ThemeColor? = nil) {
        self.init(orientation: orientation, style: Theme.ComponentStyle(size: thickness, color: color))
    }

    public init(orientation: DividerOrientation, style overrides: Theme.ComponentStyle) {
        self.orientation = orientation
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
        let theme = environment.theme
        let style = theme.style(for: "divider").merging(overrides)
        let color = style.color.map(theme.color) ?? theme.palette.mutedText.withOpacity(0.35)
        let thickness = style.size ?? 2
        Box()
            .style { layout in
                layout.flexShrink = 0
                layout.alignSelf = .stretch
                if orientation == .horizontal { layout.height = .px(thickness) } else { layout.width = .px(thickness) }
            }
            .background(.solid(color))
            .cornerRadius(style.radius ?? 0)
    }
}
