// Containers: flex boxes (VStack, HStack, Box), the z-stack, and Spacer.
//
// Defaults follow CSS flexbox, not SwiftUI, on purpose, so that the Swift DSL, the layout file
// and a browser agree: children stretch across the cross axis (`align-items: stretch`), pack at
// the start of the main axis (`justify-content: flex-start`), may shrink (`flex-shrink: 1`) and
// do not grow (`flex-grow: 0`). SwiftUI would centre them instead.

/// A flex column (CSS `flex-direction: column`): children top to bottom.
///
/// Defaults: `alignment` `.stretch` (children as wide as the column; SwiftUI centres them),
/// `justify` `.flexStart`, `spacing` 0. File format: `column`.
public struct VStack: Element {
    /// Cross-axis (horizontal) alignment of the children (`align-items`). Default `.stretch`.
    public var alignment: AlignItems
    /// Main-axis (vertical) distribution of the children (`justify-content`). Default `.flexStart`.
    public var justify: JustifyContent
    /// Gap between children (CSS `gap`, sets both row and column gap). Default 0.
    public var spacing: Dimension
    /// The children.
    public var content: any Element
}

/// A flex row (CSS `flex-direction: row`): children left to right.
///
/// Defaults: `alignment` `.stretch` (children as tall as the row; SwiftUI centres them),
/// `justify` `.flexStart`, `spacing` 0. File format: `row`.
public struct HStack: Element {
    /// Cross-axis (vertical) alignment of the children (`align-items`). Default `.stretch`.
    public var alignment: AlignItems
    /// Main-axis (horizontal) distribution of the children (`justify-content`). Default `.flexStart`.
    public var justify: JustifyContent
    /// Gap between children (CSS `gap`). Default 0.
    public var spacing: Dimension
    /// The children.
    public var content: any Element
}

/// A general flex container (CSS `display: flex`) with any direction and wrapping.
///
/// Defaults are CSS's: `direction` `.row`, `alignment` `.stretch`, `justify` `.flexStart`,
/// `spacing` 0, `wrap` `.noWrap`. File format: `box`.
public struct Box: Element {
    /// Main axis (`flex-direction`). Default `.row`.
    public var direction: FlexDirection
    /// Cross-axis alignment of the children (`align-items`). Default `.stretch`.
    public var alignment: AlignItems
    /// Main-axis distribution of the children (`justify-content`). Default `.flexStart`.
    public var justify: JustifyContent
    /// Gap between children and lines (CSS `gap`). Default 0.
    public var spacing: Dimension
    /// Whether children wrap onto several lines (`flex-wrap`). Default `.noWrap`.
    public var wrap: FlexWrap
    /// The children.
    public var content: any Element
}

/// Children drawn on top of each other, each placed by `alignment` in the stack's content box.
///
/// Default alignment `.topLeading` (the start corner, as CSS places things; SwiftUI centres).
/// File format: `stack`.
public struct ZStack: Element {
    /// Where children smaller than the stack go. Default `.topLeading`.
    public var alignment: Alignment
    /// The children, back to front.
    public var content: any Element
}

/// An empty box that takes the free space along its parent's main axis (`flex-grow: 1`).
///
/// It never shrinks below `minLength` (`flex-basis: minLength; flex-shrink: 0`). File format: `spacer`.
public struct Spacer: Element {
    /// Smallest main-axis length in pixels. Default 0.
    public var minLength: Double

    /// A spacer at least `minLength` pixels long on the main axis.
    public init(minLength: Double = 0) {
        self.minLength = minLength
    }
}

// MARK: - Initialisers

extension VStack {
    /// A column; see the type's documentation for the CSS defaults.
    public init(alignment: AlignItems = .stretch, justify: JustifyContent = .flexStart, spacing: Dimension = 0,
                @ElementBuilder content: () -> any Element) {
        self.init(alignment: alignment, justify: justify, spacing: spacing, content: content())
    }

    public func expand(in environment: Environment) -> [Node] {
        [flexContainer(.column, alignment, justify, spacing, .noWrap, content, environment)]
    }
}

extension HStack {
    /// A row; see the type's documentation for the CSS defaults.
    public init(alignment: AlignItems = .stretch, justify: JustifyContent = .flexStart, spacing: Dimension = 0,
                @ElementBuilder content: () -> any Element) {
        self.init(alignment: alignment, justify: justify, spacing: spacing, content: content())
    }

    public func expand(in environment: Environment) -> [Node] {
        [flexContainer(.row, alignment, justify, spacing, .noWrap, content, environment)]
    }
}

extension Box {
    /// A flex container; see the type's documentation for the CSS defaults.
    public init(direction: FlexDirection = .row, alignment: AlignItems = .stretch,
                justify: JustifyContent = .flexStart, spacing: Dimension = 0, wrap: FlexWrap = .noWrap,
                @ElementBuilder content: () -> any Element = { EmptyElement() }) {
        self.init(direction: direction, alignment: alignment, justify: justify, spacing: spacing, wrap: wrap,
                  content: content())
    }

    public func expand(in environment: Environment) -> [Node] {
        [flexContainer(direction, alignment, justify, spacing, wrap, content, environment)]
    }
}

extension ZStack {
    /// Overlaid children; default alignment `.topLeading`.
    public init(alignment: Alignment = .topLeading, @ElementBuilder content: () -> any Element) {
        self.init(alignment: alignment, content: content())
    }

    public func expand(in environment: Environment) -> [Node] {
        [Node(.zStack(alignment), children: content.expand(in: environment))]
    }
}

extension Spacer {
    public func expand(in environment: Environment) -> [Node] {
        var style = Style()
        style.flexGrow = 1
        style.flexShrink = 0
        style.flexBasis = .px(minLength)
        return [Node(.box, style: style)]
    }
}

/// The node of a flex container: `direction`, alignment, distribution, gap and wrap set; all
/// other style values keep their CSS initial values.
func flexContainer(_ direction: FlexDirection, _ alignment: AlignItems, _ justify: JustifyContent,
                   _ spacing: Dimension, _ wrap: FlexWrap, _ content: any Element,
                   _ environment: Environment) -> Node {
    var style = Style()
    style.flexDirection = direction
    style.alignItems = alignment
    style.justifyContent = justify
    style.gap = spacing
    style.flexWrap = wrap
    return Node(.box, style: style, children: content.expand(in: environment))
}
