// Style: the CSS flexbox properties a node supports. Defaults are CSS's initial values,
// except where the doc comment says otherwise. Box sizing is always `border-box`.

/// A length: `auto`, pixels, or a percentage of the containing block.
public enum Dimension: Hashable, Sendable {
    /// CSS `auto` (for max-width/max-height: `none`).
    case auto
    /// Canvas pixels.
    case px(Double)
    /// Percent of the containing block's matching dimension (CSS rules: padding and margin use its width).
    case percent(Double)
}

/// `flex-direction`.
public enum FlexDirection: String, Hashable, Sendable, CaseIterable {
    case row, rowReverse = "row-reverse", column, columnReverse = "column-reverse"
}

/// `flex-wrap`.
public enum FlexWrap: String, Hashable, Sendable, CaseIterable {
    case noWrap = "nowrap", wrap, wrapReverse = "wrap-reverse"
}

/// `justify-content`.
public enum JustifyContent: String, Hashable, Sendable, CaseIterable {
    case flexStart = "flex-start", flexEnd = "flex-end", center
    case spaceBetween = "space-between", spaceAround = "space-around", spaceEvenly = "space-evenly"
}

/// `align-items` and `align-self` (nil `alignSelf` means `auto`).
public enum AlignItems: String, Hashable, Sendable, CaseIterable {
    case flexStart = "flex-start", flexEnd = "flex-end", center, baseline, stretch
}

/// `align-content`.
public enum AlignContent: String, Hashable, Sendable, CaseIterable {
    case flexStart = "flex-start", flexEnd = "flex-end", center
    case spaceBetween = "space-between", spaceAround = "space-around", spaceEvenly = "space-evenly", stretch
}

/// `position`.
public enum PositionType: String, Hashable, Sendable, CaseIterable {
    case relative, absolute
}

/// The layout inputs of one node.
public struct Style: Hashable, Sendable {
    /// Main axis of a flex container. CSS initial value: `row`.
    public var flexDirection: FlexDirection = .row
    /// Whether items wrap onto several lines. Default `nowrap`.
    public var flexWrap: FlexWrap = .noWrap
    /// Main-axis distribution of items. Default `flex-start`.
    public var justifyContent: JustifyContent = .flexStart
    /// Cross-axis alignment of items. Default `stretch`.
    public var alignItems: AlignItems = .stretch
    /// Overrides the parent's `alignItems` for this node; nil is `auto`.
    public var alignSelf: AlignItems? = nil
    /// Distribution of lines in a multi-line container. Default `stretch` (CSS `normal`).
    public var alignContent: AlignContent = .stretch
    /// Share of positive free space. Default 0.
    public var flexGrow: Double = 0
    /// Share of negative free space, weighted by base size. Default 1.
    public var flexShrink: Double = 1
    /// Initial main size. Default `auto`.
    public var flexBasis: Dimension = .auto
    /// Border-box width. Default `auto`.
    public var width: Dimension = .auto
    /// Border-box height. Default `auto`.
    public var height: Dimension = .auto
    /// Default `auto` (flex items: content-based minimum).
    public var minWidth: Dimension = .auto
    /// Default `auto` (flex items: content-based minimum).
    public var minHeight: Dimension = .auto
    /// Default `auto` (`none`).
    public var maxWidth: Dimension = .auto
    /// Default `auto` (`none`).
    public var maxHeight: Dimension = .auto
    /// Preferred width / height; nil for none.
    public var aspectRatio: Double? = nil
    /// Inner spacing; percentages refer to the containing block's width.
    public var padding: Edges<Dimension> = Edges(all: .px(0))
    /// Outer spacing; `auto` absorbs free space.
    public var margin: Edges<Dimension> = Edges(all: .px(0))
    /// Border widths in pixels (part of the border box).
    public var border: Edges<Double> = Edges(all: 0)
    /// `relative` (in flow) or `absolute` (out of flow, placed by `inset`).
    public var position: PositionType = .relative
    /// `top`, `right`, `bottom`, `left`. Default all `auto`.
    public var inset: Edges<Dimension> = Edges(all: .auto)
    /// Gap between lines (`row-gap`). Default 0.
    public var rowGap: Dimension = .px(0)
    /// Gap between items in a line (`column-gap`). Default 0.
    public var columnGap: Dimension = .px(0)

    public init() {}
}

extension Style {
    /// Sets both `rowGap` and `columnGap`.
    public var gap: Dimension {
        get { rowGap }
        set { rowGap = newValue; columnGap = newValue }
    }
}
