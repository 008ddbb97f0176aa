// Callout: a tinted panel with a label pill, e.g. HOAKS (negative) beside FAKTA (positive).
// File format: `callout`.

/// The meaning of a callout, which sets its color, icon and default label.
public enum CalloutTone: String, Hashable, Sendable, CaseIterable {
    /// Wrong or bad: `negative` color, `close-circle`, label `HOAKS` (en: `HOAX`).
    case negative
    /// Right or good: `positive` color, `check-circle`, label `FAKTA` (en: `FACT`).
    case positive
    /// Information: `primary` color, `information`, label `INFO`.
    case neutral

    func label(locale: String) -> String {
        let english = locale.lowercased().hasPrefix("en")
        switch self {
        case .negative: return english ? "HOAX" : "HOAKS"
        case .positive: return english ? "FACT" : "FAKTA"
        case .neutral: return "INFO"
        }
    }

    var icon: String {
        switch self {
        case .negative: "close-circle"
        case .positive: "check-circle"
        case .neutral: "information"
        }
    }

    func color(in palette: Theme.Palette) -> Color {
        switch self {
        case .negative: palette.negative
        case .positive: palette.positive
        case .neutral: palette.primary
        }
    }
}

/// A panel tinted with its tone's color, a label pill with an icon on top, and the text below.
/// Put two in a `row` (each with `grow: 1`) for "HOAKS vs FAKTA".
///
/// Theme: `callout` defaults (`size` of the text, `background` of the panel — default the tone
/// color mixed 10 % into the background; `accent` overrides the tone color; `radius`, `padding`).
public struct Callout: Component {
    /// Sets color, icon and default label.
    public var tone: CalloutTone
    /// The pill text; nil uses the tone's (`HOAKS`, `FAKTA`, `INFO`).
    public var label: String?
    /// A bold line under the pill.
    public var title: String?
    /// The body text.
    public var text: String
    /// The pill icon; nil uses the tone's.
    public var icon: IconSource?
    /// Overrides of the theme's `callout` defaults.
    public var overrides: Theme.ComponentStyle

    public init(tone: CalloutTone, label: String? = nil, title: String? = nil, text: String, icon: IconSource? = nil,
                style overrides: Theme.ComponentStyle = Theme.ComponentStyle()) {
        self.tone = tone
        self.label = label
        self.title = title
        self.text = text
        self.icon = icon
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
        let theme = environment.theme
        let palette = theme.palette
        let style = theme.style(for: "callout").merging(overrides)
        let toneColor = style.accent.map(theme.color) ?? tone.color(in: palette)
        let fill = style.background.map(theme.color) ?? palette.background.mixed(with: toneColor, amount: 0.1)
        let textColor = style.color.map(theme.color) ?? palette.readableText(on: fill)
        let size = style.size ?? theme.fonts.bodySize
        VStack(spacing: .px(theme.spacing.s)) {
            Badge(label ?? tone.label(locale: environment.locale), icon: icon ?? .named(tone.icon),
                  style: Theme.ComponentStyle(size: (size * 0.8).rounded(), background: .color(toneColor)))
            if let title {
                StyledText(title, style: theme.headingTextStyle(size: (size * 1.15).rounded(), color: textColor)
                            .aligned(.left, lineHeight: 1.25))
            }
            StyledText(text, style: theme.bodyStyle(size: size, color: textColor, lineHeight: 1.4))
        }
        .padding(.px(style.padding ?? theme.spacing.m))
        .background(.solid(fill))
        .cornerRadius(style.radius ?? theme.radius)
        .modifyNode { node in
            node.style.border = Edges(sides: 6, 0, 0, 0)
            node.decoration.borderColor = toneColor
        }
    }
}
