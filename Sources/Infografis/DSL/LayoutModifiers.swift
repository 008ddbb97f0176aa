// Layout modifiers: each sets CSS flexbox properties on the element's own node (no wrapper box).
// The outer modifier wins when two set the same property, as a later CSS declaration does.

/// A set of sides, for `.padding(_:_:)` and `.margin(_:_:)`.
public struct EdgeSet: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let top = EdgeSet(rawValue: 1)
    public static let right = EdgeSet(rawValue: 2)
    public static let bottom = EdgeSet(rawValue: 4)
    public static let left = EdgeSet(rawValue: 8)
    /// Left and right.
    public static let horizontal: EdgeSet = [.left, .right]
    /// Top and bottom.
    public static let vertical: EdgeSet = [.top, .bottom]
    /// All four sides.
    public static let all: EdgeSet = [.top, .right, .bottom, .left]
}

extension Edges {
    /// Four sides in CSS order: top, right, bottom, left.
    public init(sides top: Value, _ right: Value, _ bottom: Value, _ left: Value) {
        self.init(top: top, right: right, bottom: bottom, left: left)
    }
}

extension Edges where Value == Dimension {
    /// Sets `value` on the sides in `edges`, keeping the others.
    mutating func set(_ edges: EdgeSet, to value: Dimension) {
        if edges.contains(.top) { top = value }
        if edges.contains(.right) { right = value }
        if edges.contains(.bottom) { bottom = value }
        if edges.contains(.left) { left = value }
    }
}

// MARK: - Spacing

extension Element {
    /// Padding on all sides (CSS `padding`; border-box, so it is inside `frame` sizes).
    public func padding(_ length: Dimension) -> ModifiedElement {
        style { $0.padding = Edges(all: length) }
    }

    /// Padding on some sides, e.g. `.padding(.horizontal, 24)`; the other sides keep theirs.
    public func padding(_ edges: EdgeSet, _ length: Dimension) -> ModifiedElement {
        style { $0.padding.set(edges, to: length) }
    }

    /// `vertical` padding on top and bottom, `horizontal` on left and right.
    public func padding(vertical: Dimension, horizontal: Dimension) -> ModifiedElement {
        style { $0.padding = Edges(vertical: vertical, horizontal: horizontal) }
    }

    /// Padding per side (CSS order); unspecified sides are 0.
    public func padding(top: Dimension = 0, right: Dimension = 0, bottom: Dimension = 0, left: Dimension = 0) -> ModifiedElement {
        style { $0.padding = Edges(sides: top, right, bottom, left) }
    }

    /// Margin on all sides (CSS `margin`); `.auto` absorbs free space.
    public func margin(_ length: Dimension) -> ModifiedElement {
        style { $0.margin = Edges(all: length) }
    }

    /// Margin on some sides; the other sides keep theirs.
    public func margin(_ edges: EdgeSet, _ length: Dimension) -> ModifiedElement {
        style { $0.margin.set(edges, to: length) }
    }

    /// `vertical` margin on top and bottom, `horizontal` on left and right.
    public func margin(vertical: Dimension, horizontal: Dimension) -> ModifiedElement {
        style { $0.margin = Edges(vertical: vertical, horizontal: horizontal) }
    }

    /// Margin per side (CSS order); unspecified sides are 0.
    public func margin(top: Dimension = 0, right: Dimension = 0, bottom: Dimension = 0, left: Dimension = 0) -> ModifiedElement {
        style { $0.margin = Edges(sides: top, right, bottom, left) }
    }

    /// Gap between lines (`row-gap`) and between items in a line (`column-gap`) of a container.
    public func gap(row: Dimension, column: Dimension) -> ModifiedElement {
        style { $0.rowGap = row; $0.columnGap = column }
    }
}

// MARK: - Size

extension Element {
    /// Border-box size and limits in pixels (`120`) or percent (`.percent(50)`); nil leaves a value as is.
    public func frame(width: Dimension? = nil, height: Dimension? = nil,
                      minWidth: Dimension? = nil, maxWidth: Dimension? = nil,
                      minHeight: Dimension? = nil, maxHeight: Dimension? = nil) -> ModifiedElement {
        style { style in
            if let width { style.width = width }
            if let height { style.height = height }
            if let minWidth { style.minWidth = minWidth }
            if let maxWidth { style.maxWidth = maxWidth }
            if let minHeight { style.minHeight = minHeight }
            if let maxHeight { style.maxHeight = maxHeight }
        }
    }

    /// Preferred width / height (CSS `aspect-ratio`).
    public func aspectRatio(_ ratio: Double) -> ModifiedElement {
        style { $0.aspectRatio = ratio }
    }
}

// MARK: - Flex item

extension Element {
    /// Share of the parent's free main-axis space (CSS `flex-grow`; default 0).
    public func flexGrow(_ grow: Double = 1) -> ModifiedElement {
        style { $0.flexGrow = grow }
    }

    /// Share of the overflow this item gives up (CSS `flex-shrink`; default 1, 0 never shrinks).
    public func flexShrink(_ shrink: Double) -> ModifiedElement {
        style { $0.flexShrink = shrink }
    }

    /// Initial main size before growing and shrinking (CSS `flex-basis`; default `.auto`).
    public func flexBasis(_ basis: Dimension) -> ModifiedElement {
        style { $0.flexBasis = basis }
    }

    /// Cross-axis alignment of this item, overriding the parent's (CSS `align-self`).
    public func alignSelf(_ alignment: AlignItems) -> ModifiedElement {
        style { $0.alignSelf = alignment }
    }
}

// MARK: - Container

extension Element {
    /// Main-axis distribution of a container's children (CSS `justify-content`).
    public func justifyContent(_ justify: JustifyContent) -> ModifiedElement {
        style { $0.justifyContent = justify }
    }

    /// Cross-axis alignment of a container's children (CSS `align-items`).
    public func alignItems(_ alignment: AlignItems) -> ModifiedElement {
        style { $0.alignItems = alignment }
    }

    /// Distribution of a wrapping container's lines (CSS `align-content`).
    public func alignContent(_ alignment: AlignContent) -> ModifiedElement {
        style { $0.alignContent = alignment }
    }

    /// Whether a container's children wrap onto several lines (CSS `flex-wrap`).
    public func flexWrap(_ wrap: FlexWrap = .wrap) -> ModifiedElement {
        style { $0.flexWrap = wrap }
    }
}

// MARK: - Position and identity

extension Element {
    /// Takes the element out of flow (CSS `position: absolute`) and places it by the given
    /// offsets from its parent's padding box; nil offsets stay `auto`.
    public func position(top: Dimension? = nil, right: Dimension? = nil,
                         bottom: Dimension? = nil, left: Dimension? = nil) -> ModifiedElement {
        style { style in
            style.position = .absolute
            if let top { style.inset.top = top }
            if let right { style.inset.right = right }
            if let bottom { style.inset.bottom = bottom }
            if let left { style.inset.left = left }
        }
    }

    /// Names the node for `infografis layout --json` and diagnostics.
    public func id(_ id: String) -> ModifiedElement {
        modifyNode { $0.id = id }
    }

    /// What this element says in the alt text, instead of its texts (file format: `alt`).
    public func accessibilityLabel(_ label: String) -> ModifiedElement {
        modifyNode { $0.accessibilityLabel = label }
    }
}
