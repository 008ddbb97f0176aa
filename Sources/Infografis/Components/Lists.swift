// Lists: BulletList, Steps (numbered circles) and Timeline. File format: `bullet-list`, `steps`, `timeline`.

/// One entry of a list, steps or timeline.
public struct ListItem: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The main text.
    public var text: String
    /// A bold line above `text` (steps, timeline); nil for none.
    public var title: String?
    /// A date or period (timeline).
    public var date: String?
    /// An icon replacing the bullet (bullet list).
    public var icon: IconSource?

    public init(_ text: String, title: String? = nil, date: String? = nil, icon: IconSource? = nil) {
        self.text = text
        self.title = title
        self.date = date
        self.icon = icon
    }

    public init(stringLiteral value: String) { self.init(value) }
}

/// The marker before each bullet-list item.
public enum BulletMarker: Hashable, Sendable {
    /// A round dot in the accent color.
    case dot
    /// The same icon for every item (`check-circle`).
    case icon(IconSource)
}

/// A list with dots or icons as bullets; an item's own icon replaces the bullet.
///
/// Theme: `bullet-list` defaults (`size` of the text, `color` of the text, `accent` of the bullets).
public struct BulletList: Component {
    /// The items.
    public var items: [ListItem]
    /// The bullet. Default `.dot`.
    public var marker: BulletMarker
    /// Overrides of the theme's `bullet-list` defaults.
    public var overrides: Theme.ComponentStyle

    public init(_ items: [ListItem], marker: BulletMarker = .dot, style overrides: Theme.ComponentStyle = Theme.ComponentStyle()) {
        self.items = items
        self.marker = marker
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
        let theme = environment.theme
        let style = theme.style(for: "bullet-list").merging(overrides)
        let size = style.size ?? theme.fonts.bodySize
        let color = style.color.map(theme.color) ?? theme.palette.text
        let accent = style.accent.map(theme.color) ?? theme.palette.accent
        let lineHeight = (size * 1.35).rounded()
        let iconSize = (size * 1.15).rounded()
        let dot = (size * 0.4).rounded()
        // Dots and icons share one marker column, so every item's text starts at the same x.
        let markerWidth = items.contains { $0.icon != nil } || marker.icon != nil ? iconSize : dot
        VStack(spacing: .px(style.padding ?? theme.spacing.s)) {
            for item in items {
                HStack(alignment: .flexStart, spacing: .px((size * 0.6).rounded())) {
                    if let icon = item.icon ?? marker.icon {
                        IconElement(node: iconNode(icon, size: iconSize, color: accent))
                            .margin(.top, .px(((lineHeight - iconSize) / 2).rounded()))
                    } else {
                        HStack(justify: .center) {
                            Box().frame(width: .px(dot), height: .px(dot)).flexShrink(0).cornerRadius(dot / 2)
                                .background(.solid(accent))
                        }
                        .frame(width: .px(markerWidth)).flexShrink(0).margin(.top, .px(((lineHeight - dot) / 2).rounded()))
                    }
                    ItemText(item: item, size: size, color: color, lineHeight: 1.35).flexGrow(1).flexShrink(1)
                }
            }
        }
    }
}

extension BulletMarker {
    var icon: IconSource? {
        if case .icon(let source) = self { return source }
        return nil
    }
}

/// Title (bold) over text, for list entries.
struct ItemText: Component {
    var item: ListItem
    var size: Double
    var color: Color
    var mutedColor: Color?
    var lineHeight: Double
    var alignment: TextAlignment = .left

    var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
        let theme = environment.theme
        VStack(spacing: 4) {
            if let title = item.title {
                StyledText(title, style: theme.bodyStyle(size: size, color: color, weight: 700, lineHeight: 1.25).aligned(alignment))
            }
            if !item.text.isEmpty {
                StyledText(item.text, style: theme.bodyStyle(size: item.title == nil ? size : (size * 0.85).rounded(),
                                                             color: item.title == nil ? color : (mutedColor ?? color),
                                                             lineHeight: lineHeight).aligned(alignment))
            }
        }
    }
}

/// Which way steps or a timeline run.
public enum ListDirection: String, Hashable, Sendable, CaseIterable {
    case vertical, horizontal
}

/// Numbered steps: a filled circle with the number beside (vertical) or above (horizontal) each
/// step's title and text.
///
/// Theme: `steps` defaults (`size` of the text, `background` of the circles — default `primary`,
/// `color` of the text).
public struct Steps: Component {
    /// The steps, in order.
    public var items: [ListItem]
    /// Default `.vertical`.
    public var direction: ListDirection
    /// Overrides of the theme's `steps` defaults.
    public var overrides: Theme.ComponentStyle

    public init(_ items: [ListItem], direction: ListDirection = .vertical, style overrides: Theme.ComponentStyle = Theme.ComponentStyle()) {
        self.items = items
        self.direction = direction
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
        let theme = environment.theme
        let palette = theme.palette
        let style = theme.style(for: "steps").merging(overrides)
        let size = style.size ?? theme.fonts.bodySize
        let fill = style.background.map(theme.color) ?? palette.primary
        let color = style.color.map(theme.color) ?? palette.text
        let circle = (size * 2).rounded()
        let vertical = direction == .vertical
        Box(direction: vertical ? .column : .row, spacing: .px(vertical ? theme.spacing.m : theme.spacing.l)) {
            for (index, item) in items.enumerated() {
                let number = ZStack(alignment: .center) {
                    StyledText(LocaleFormatter(environment.locale).number(Double(index + 1)),
                               style: theme.headingTextStyle(size: (size * 0.95).rounded(), color: palette.readableText(on: fill))
                                .aligned(.center, lineHeight: 1))
                }
                .frame(width: .px(circle), height: .px(circle)).flexShrink(0).cornerRadius(circle / 2).background(.solid(fill))
                if vertical {
                    HStack(alignment: item.title == nil ? .center : .flexStart, spacing: .px(theme.spacing.s)) {
                        number
                        ItemText(item: item, size: size, color: color, mutedColor: palette.mutedText, lineHeight: 1.35)
                            .flexGrow(1).flexShrink(1)
                            .margin(.top, .px(item.title == nil ? 0 : ((circle - size * 1.25) / 2).rounded()))
                    }
                } else {
                    VStack(alignment: .center, spacing: .px(theme.spacing.s)) {
                        number
                        ItemText(item: item, size: size, color: color, mutedColor: palette.mutedText, lineHeight: 1.35,
                                 alignment: .center)
                    }
                    .flexGrow(1).flexBasis(0).flexShrink(1)
                }
            }
        }
    }
}

/// Events along a line: dots joined by a line, each with its date, title and text.
///
/// Theme: `timeline` defaults (`size` of the text, `accent` of the dots and line — default
/// `primary`; `color` of the date — default `accent`).
public struct Timeline: Component {
    /// The events, in order.
    public var items: [ListItem]
    /// Default `.vertical`.
    public var direction: ListDirection
    /// Overrides of the theme's `timeline` defaults.
    public var overrides: Theme.ComponentStyle

    public init(_ items: [ListItem], direction: ListDirection = .vertical, style overrides: Theme.ComponentStyle = Theme.ComponentStyle()) {
        self.items = items
        self.direction = direction
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
        let theme = environment.theme
        let palette = theme.palette
        let style = theme.style(for: "timeline").merging(overrides)
        let size = style.size ?? theme.fonts.bodySize
        let line = style.accent.map(theme.color) ?? palette.primary
        let dateColor = style.color.map(theme.color) ?? palette.accent
        let dot = (size * 0.75).rounded()
        let stroke = max(2, (size / 8).rounded())
        let dateStyle = theme.bodyStyle(size: (size * 0.8).rounded(), color: dateColor, weight: 700, lineHeight: 1.25)
        let lineHeight = (size * 0.8 * 1.25).rounded()
        if direction == .vertical {
            VStack {
                for (index, item) in items.enumerated() {
                    let isLast = index == items.count - 1
                    HStack(spacing: .px(theme.spacing.s)) {
                        // The marker column stretches to the item's height; its line runs on to the next dot.
                        VStack(alignment: .center) {
                            Box().frame(width: .px(dot), height: .px(dot)).flexShrink(0).cornerRadius(dot / 2)
                                .background(.solid(line)).margin(.top, .px(((lineHeight - dot) / 2).rounded()))
                            if !isLast {
                                Box().frame(width: .px(stroke)).flexGrow(1).background(.solid(line.withOpacity(0.45)))
                                    .margin(.top, .px(4))
                            }
                        }
                        .frame(width: .px(dot)).flexShrink(0)
                        VStack(spacing: 4) {
                            if let date = item.date { StyledText(date, style: dateStyle) }
                            ItemText(item: item, size: size, color: palette.text, mutedColor: palette.mutedText, lineHeight: 1.35)
                        }
                        .flexGrow(1).flexShrink(1)
                        .padding(.bottom, .px(isLast ? 0 : theme.spacing.m))
                    }
                }
            }
        } else {
            HStack {
                for (index, item) in items.enumerated() {
                    VStack(alignment: .center, spacing: .px(theme.spacing.s)) {
                        HStack(alignment: .center) {
                            Box().frame(height: .px(stroke)).flexGrow(1).flexBasis(0)
                                .background(.solid(index == 0 ? .clear : line.withOpacity(0.45)))
                            Box().frame(width: .px(dot), height: .px(dot)).flexShrink(0).cornerRadius(dot / 2).background(.solid(line))
                            Box().frame(height: .px(stroke)).flexGrow(1).flexBasis(0)
                                .background(.solid(index == items.count - 1 ? .clear : line.withOpacity(0.45)))
                        }
                        .alignSelf(.stretch)
                        VStack(alignment: .center, spacing: 4) {
                            if let date = item.date { StyledText(date, style: dateStyle.aligned(.center)) }
                            ItemText(item: item, size: size, color: palette.text, mutedColor: palette.mutedText,
                                     lineHeight: 1.35, alignment: .center)
                        }
                        .padding(.horizontal, .px(theme.spacing.xs))
                    }
                    .flexGrow(1).flexBasis(0).flexShrink(1)
                }
            }
        }
    }
}
