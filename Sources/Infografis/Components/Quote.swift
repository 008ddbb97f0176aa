// Quote: a statement with its speaker. File format: `quote`.

/// How a quote is marked.
public enum QuoteVariant: String, Hashable, Sendable, CaseIterable {
    /// A large opening quotation mark above the text.
    case mark
    /// An accent bar beside the text.
    case bar
}

/// A quotation with attribution (name, role) and an optional round portrait.
///
/// Theme: `quote` defaults (`size` of the text, `color` of the text, `accent` of the mark or bar,
/// `variant` `mark` or `bar`, `background` and `padding` for a panel behind it, `radius`).
public struct Quote: Component {
    /// The quoted words (without quotation marks).
    public var text: String
    /// Who said it.
    public var author: String?
    /// Their role or office.
    public var role: String?
    /// A portrait image file, shown in a circle.
    public var portrait: String?
    /// `mark` or `bar`; nil takes the theme's (default `mark`).
    public var variant: QuoteVariant?
    /// Overrides of the theme's `quote` defaults.
    public var overrides: Theme.ComponentStyle

    public init(_ text: String, author: String? = nil, role: String? = nil, portrait: String? = nil,
                variant: QuoteVariant? = nil, style overrides: Theme.ComponentStyle = Theme.ComponentStyle()) {
        self.text = text
        self.author = author
        self.role = role
        self.portrait = portrait
        self.variant = variant
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build).accessibilityLabel(spoken) }

    /// The quote with its attribution for alt text: `“…” — Widodo Muktiyo, Dirjen IKP Kominfo`.
    var spoken: String {
        let attribution = [author, role].compactMap { $0 }.joined(separator: ", ")
        return "“" + text + "”" + (attribution.isEmpty ? "" : " — " + attribution)
    }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
            let theme = environment.theme
            let palette = theme.palette
            let style = theme.style(for: "quote").merging(overrides)
            let variant = self.variant ?? style.variant.flatMap(QuoteVariant.init) ?? .mark
            let accent = style.accent.map(theme.color) ?? palette.accent
            let fill = style.background.map(theme.color)
            let textColor = style.color.map(theme.color) ?? (fill.map(palette.readableText) ?? palette.text)
            let size = style.size ?? theme.size(4 / 3)
            let markSize = (size * 3).rounded()
            let quoteStyle = theme.bodyStyle(size: size, color: textColor, weight: 500, lineHeight: 1.35).italicized()
            let content = VStack(spacing: .px(theme.spacing.m)) {
                StyledText(variant == .mark ? text : "“" + text + "”", style: quoteStyle)
                Attribution(author: author, role: role, portrait: portrait, textColor: textColor,
                            mutedColor: fill == nil ? palette.mutedText : textColor)
            }
            Group {
                switch variant {
                case .mark:
                    VStack(spacing: .px(theme.spacing.xs)) {
                        // The mark's ink fills only the upper half of its line box: negative margins
                        // trim the empty rest (about 0.13 em above, 0.54 em below in Inter).
                        StyledText("“", style: theme.headingTextStyle(size: markSize, color: accent).aligned(.left, lineHeight: 1))
                            .margin(top: .px(-(markSize * 0.13).rounded()), bottom: .px(-(markSize * 0.5).rounded()))
                        content
                    }
                case .bar:
                    HStack(spacing: .px(theme.spacing.m)) {
                        Box().frame(width: .px(max(4, (size / 5).rounded()))).cornerRadius(size / 10).background(.solid(accent))
                        content.flexGrow(1).flexShrink(1)
                    }
                }
            }
            .style { layout in
                if fill != nil { layout.padding = Edges(all: .px(style.padding ?? theme.spacing.l)) }
            }
            .decoration { decoration in
                if let fill {
                    decoration.background = .solid(fill)
                    decoration.cornerRadius = CornerRadii(all: style.radius ?? theme.radius)
                }
            }
    }
}

/// Name over role, beside an optional round portrait.
struct Attribution: Component {
    var author: String?
    var role: String?
    var portrait: String?
    var textColor: Color
    var mutedColor: Color

    var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
            let theme = environment.theme
            if author != nil || role != nil || portrait != nil {
                HStack(alignment: .center, spacing: .px(theme.spacing.s)) {
                    if let portrait {
                        Logo(portrait, fit: .cover, mask: .circle, size: theme.size(8 / 3))
                    }
                    VStack(spacing: 2) {
                        if let author {
                            StyledText(author, style: theme.bodyStyle(size: theme.size(0.9), color: textColor, weight: 700))
                        }
                        if let role {
                            StyledText(role, style: theme.bodyStyle(size: theme.size(0.8), color: mutedColor))
                        }
                    }
                    .flexShrink(1)
                }
            }
    }
}
