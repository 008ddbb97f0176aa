// Title (with kicker and subtitle) and Footer (source, date, logos). File format: `title`, `footer`.

import Foundation

/// The headline block: a small kicker above, the title, a subtitle below.
///
/// Theme: `title` defaults (`size` of the title — default 2⅓ × body size; `color` — default
/// `text`; `accent` of the kicker; `variant` `plain` or `band`: on a `primary` band with
/// `on-primary` text; `background`, `padding`, `radius` of the band).
public struct Title: Component {
    /// The title.
    public var text: String
    /// A short line above it (`LITERASI DIGITAL`).
    public var kicker: String?
    /// A line below it.
    public var subtitle: String?
    /// Left (default) or centred.
    public var alignment: ContentAlignment
    /// Overrides of the theme's `title` defaults.
    public var overrides: Theme.ComponentStyle

    public init(_ text: String, kicker: String? = nil, subtitle: String? = nil, alignment: ContentAlignment = .left,
                style overrides: Theme.ComponentStyle = Theme.ComponentStyle()) {
        self.text = text
        self.kicker = kicker
        self.subtitle = subtitle
        self.alignment = alignment
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
        let theme = environment.theme
        let palette = theme.palette
        let style = theme.style(for: "title").merging(overrides)
        let isBand = style.variant == "band"
        let fill = isBand ? (style.background.map(theme.color) ?? palette.primary) : nil
        let onFill = fill.map(palette.readableText)
        let size = style.size ?? theme.size(7 / 3)
        let titleColor = onFill ?? style.color.map(theme.color) ?? palette.text
        let kickerColor = onFill ?? style.accent.map(theme.color) ?? palette.accent
        let subtitleColor = onFill ?? palette.mutedText
        let align: TextAlignment = alignment == .center ? .center : .left
        VStack(alignment: alignment == .center ? .center : .stretch, spacing: .px(theme.spacing.s)) {
            if let kicker {
                StyledText(kicker, style: theme.bodyStyle(size: theme.size(0.85), color: kickerColor, weight: 700)
                            .aligned(align).spaced((theme.size(0.85) * 0.08).rounded()))
            }
            StyledText(text, style: theme.headingTextStyle(size: size, color: titleColor).aligned(align, lineHeight: 1.12))
            if let subtitle {
                StyledText(subtitle, style: theme.bodyStyle(size: theme.size(7 / 6), color: subtitleColor, lineHeight: 1.35)
                            .aligned(align))
            }
        }
        .style { layout in
            if isBand { layout.padding = Edges(all: .px(style.padding ?? theme.spacing.l)) }
        }
        .decoration { decoration in
            if let fill {
                decoration.background = .solid(fill)
                decoration.cornerRadius = CornerRadii(all: style.radius ?? theme.radius)
            }
        }
    }
}

/// A date written as text, or a calendar day formatted in the locale (`13 Oktober 2020`).
public enum FooterDate: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Shown as written.
    case text(String)
    /// Year, month, day, formatted long in the document's locale.
    case day(year: Int, month: Int, day: Int)

    public init(stringLiteral value: String) { self = .text(value) }

    func string(locale: String) -> String {
        switch self {
        case .text(let text): return text
        case let .day(year, month, day):
            let formatter = LocaleFormatter(locale)
            return formatter.date(year: year, month: month, day: day).map { formatter.date($0) } ?? "\(year)-\(month)-\(day)"
        }
    }
}

/// The bottom line: "Sumber: ..." and a date on the left, logos on the right, above a thin rule.
///
/// The word before the source follows the locale (`Sumber:`, `Source:`). Theme: `footer`
/// defaults (`size` of the text, `color` — default `muted-text`, `accent` of the rule).
public struct Footer: Component {
    /// Where the data comes from; nil for none.
    public var source: String?
    /// The date of the data or publication.
    public var date: FooterDate?
    /// Logo image files, drawn right-aligned at `logoHeight`.
    public var logos: [String]
    /// Height of the logos in pixels; nil: 2 × body size.
    public var logoHeight: Double?
    /// Draw a rule above. Default true.
    public var rule: Bool
    /// Overrides of the theme's `footer` defaults.
    public var overrides: Theme.ComponentStyle

    public init(source: String? = nil, date: FooterDate? = nil, logos: [String] = [], logoHeight: Double? = nil,
                rule: Bool = true, style overrides: Theme.ComponentStyle = Theme.ComponentStyle()) {
        self.source = source
        self.date = date
        self.logos = logos
        self.logoHeight = logoHeight
        self.rule = rule
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
        let theme = environment.theme
        let style = theme.style(for: "footer").merging(overrides)
        let color = style.color.map(theme.color) ?? theme.palette.mutedText
        let textStyle = theme.bodyStyle(size: style.size ?? theme.size(0.75), color: color, lineHeight: 1.3)
        let english = environment.locale.lowercased().hasPrefix("en")
        let ruleColor = style.accent.map(theme.color) ?? theme.palette.mutedText.withOpacity(0.35)
        HStack(alignment: .center, justify: .spaceBetween, spacing: .px(theme.spacing.m)) {
            VStack(spacing: 4) {
                if let source {
                    StyledText((english ? "Source: " : "Sumber: ") + source, style: textStyle)
                }
                if let date {
                    StyledText(date.string(locale: environment.locale), style: textStyle)
                }
            }
            .flexShrink(1)
            if !logos.isEmpty {
                HStack(alignment: .center, spacing: .px(theme.spacing.m)) {
                    for logo in logos {
                        Logo(logo, size: logoHeight ?? theme.size(2))
                    }
                }
                .flexShrink(0)
            }
        }
        .style { layout in
            if rule {
                layout.padding.top = .px(theme.spacing.s)
                layout.border.top = 2
            }
        }
        .decoration { decoration in
            if rule { decoration.borderColor = ruleColor }
        }
    }
}
