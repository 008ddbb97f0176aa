// Stat: one big number with its label, on a tile. File format: `stat`.

/// Which direction of change is good news (it decides the color of the change indicator).
public enum GoodDirection: String, Hashable, Sendable, CaseIterable {
    /// Rising is good (green ▲, red ▼). Default.
    case up
    /// Falling is good (e.g. unemployment): green ▼, red ▲.
    case down
}

/// Horizontal placement of a component's content.
public enum ContentAlignment: String, Hashable, Sendable, CaseIterable {
    case left, center
}

/// A big value with a label: `196,7 juta` / "pengguna internet", optionally with an icon, a unit
/// and a change indicator (`▲ 12,5%` in the positive color).
///
/// Theme: `stat` component defaults (`size` of the value, `color` of the value, `background` of the
/// tile, `accent` of the icon, `radius`, `padding`, `variant` `card` or `plain`).
public struct Stat: Component {
    /// The value: text, or a number formatted in the locale.
    public var value: DisplayValue
    /// What the value counts.
    public var label: String?
    /// A smaller word after the value (`juta`, `km`, `jam`).
    public var unit: String?
    /// Written before the value (`±`, `Rp `).
    public var prefix: String?
    /// Written after the value, at the same size (`+`, `%`).
    public var suffix: String?
    /// A Material Design icon shown above the value.
    public var icon: IconSource?
    /// Change in percent (12.5 for +12,5%); nil shows none.
    public var change: Double?
    /// Text after the change (`dari 2023`).
    public var changeLabel: String?
    /// Whether rising is good news. Default `.up`.
    public var good: GoodDirection
    /// Left-aligned (default) or centred.
    public var alignment: ContentAlignment
    /// Overrides of the theme's `stat` defaults.
    public var overrides: Theme.ComponentStyle

    public init(value: DisplayValue, label: String? = nil, unit: String? = nil, prefix: String? = nil,
                suffix: String? = nil, icon: IconSource? = nil, change: Double? = nil, changeLabel: String? = nil,
                good: GoodDirection = .up, alignment: ContentAlignment = .left,
                style overrides: Theme.ComponentStyle = Theme.ComponentStyle()) {
        self.value = value
        self.label = label
        self.unit = unit
        self.prefix = prefix
        self.suffix = suffix
        self.icon = icon
        self.change = change
        self.changeLabel = changeLabel
        self.good = good
        self.alignment = alignment
        self.overrides = overrides
    }

    /// A number formatted in the document's locale: `Stat(value: 0.737, format: .percent, label: ...)`.
    public init(value: Double, format: NumberFormat, decimals: Int? = nil, label: String? = nil, unit: String? = nil,
                icon: String? = nil, change: Double? = nil, good: GoodDirection = .up) {
        self.init(value: .number(value, format: format, decimals: decimals), label: label, unit: unit,
                  icon: icon.map(IconSource.named), change: change, good: good)
    }

    public var body: any Element {
        EnvironmentReader(content: { environment in
            build(environment).accessibilityLabel(spoken(locale: environment.locale))
        })
    }

    /// The stat as one sentence for alt text: `196,7 juta pengguna internet (naik 12,5%)`.
    func spoken(locale: String) -> String {
        var words = [(prefix ?? "") + value.string(locale: locale) + (suffix ?? "")]
        if let unit { words.append(unit) }
        if let label { words.append(label) }
        var sentence = words.joined(separator: " ")
        if let change, change != 0 {
            let english = locale.lowercased().hasPrefix("en")
            let direction = change > 0 ? (english ? "up" : "naik") : (english ? "down" : "turun")
            let amount = LocaleFormatter(locale).percent(abs(change) / 100, fractionDigits: DisplayValue.percentDigits(change / 100))
            sentence += " (\(direction) \(amount)\(changeLabel.map { " " + $0 } ?? ""))"
        }
        return sentence
    }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
            let theme = environment.theme
            let palette = theme.palette
            let style = theme.style(for: "stat").merging(overrides)
            let isCard = (style.variant ?? "card") != "plain"
            let background = style.background.map(theme.color) ?? palette.surface
            let fill = isCard ? background : palette.background
            let valueColor = style.color.map(theme.color) ?? palette.primary
            let textColor = isCard ? palette.readableText(on: fill) : palette.text
            let mutedColor = fill == palette.background || fill == palette.surface ? palette.mutedText : textColor
            let valueSize = style.size ?? theme.size(8 / 3)
            let centered = alignment == .center
            let textAlign: TextAlignment = centered ? .center : .left

            VStack(alignment: centered ? .center : .flexStart, spacing: .px(theme.spacing.xs)) {
                if let icon {
                    let accent = style.accent.map(theme.color) ?? palette.accent
                    IconElement(node: iconNode(icon, size: theme.size(1.75), color: accent))
                        .margin(.bottom, .px(theme.spacing.xs))
                }
                HStack(alignment: .baseline, spacing: .px(valueSize * 0.12)) {
                    // The value stays on one line and shrinks (down to half its size) when the tile is narrow.
                    StyledText((prefix ?? "") + value.string(locale: environment.locale) + (suffix ?? ""),
                               style: theme.headingTextStyle(size: valueSize, color: valueColor).aligned(textAlign, lineHeight: 1.05)
                                .fitting(min: (valueSize / 2).rounded(), max: valueSize))
                        .flexShrink(1)
                    if let unit {
                        StyledText(unit, style: theme.headingTextStyle(size: (valueSize * 0.45).rounded(), color: valueColor)
                                    .aligned(textAlign, lineHeight: 1.05))
                    }
                }
                if let label {
                    StyledText(label, style: theme.bodyStyle(size: theme.size(0.9), color: textColor, lineHeight: 1.3)
                                .aligned(textAlign))
                }
                if let change {
                    ChangeIndicator(change: change, label: changeLabel, good: good, size: theme.size(0.8),
                                    mutedColor: mutedColor, alignment: textAlign)
                }
            }
            .style { layout in
                if isCard { layout.padding = Edges(all: .px(style.padding ?? theme.spacing.m)) }
            }
            .decoration { decoration in
                if isCard {
                    decoration.background = .solid(fill)
                    decoration.cornerRadius = CornerRadii(all: style.radius ?? theme.radius)
                }
            }
    }
}

/// `▲ 12,5%` in the positive or negative color, with an optional muted label after it.
struct ChangeIndicator: Component {
    var change: Double
    var label: String?
    var good: GoodDirection
    var size: Double
    var mutedColor: Color
    var alignment: TextAlignment

    var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
            let palette = environment.theme.palette
            let rising = change > 0
            let isGood = (good == .up) == rising
            let color = change == 0 ? mutedColor : isGood ? palette.positive : palette.negative
            let arrow = change == 0 ? "■" : rising ? "▲" : "▼"
            let amount = LocaleFormatter(environment.locale).percent(abs(change) / 100,
                                                                     fractionDigits: DisplayValue.percentDigits(change / 100))
            let theme = environment.theme
            HStack(alignment: .baseline, spacing: .px((size * 0.4).rounded())) {
                StyledText(arrow + "\u{A0}" + amount, style: theme.bodyStyle(size: size, color: color, weight: 600))
                if let label {
                    StyledText(label, style: theme.bodyStyle(size: size, color: mutedColor).aligned(alignment))
                        .flexShrink(1)
                }
            }
    }
}

/// An already built primitive node as an element.
struct IconElement: Element {
    var node: Node
    func expand(in environment: Environment) -> [Node] { [node] }
}

extension TextStyle {
    /// The same style with `alignment` and, when given, `lineHeight`.
    func aligned(_ alignment: TextAlignment, lineHeight: Double? = nil) -> TextStyle {
        var style = self
        style.alignment = alignment
        if let lineHeight { style.lineHeight = lineHeight }
        return style
    }
}
