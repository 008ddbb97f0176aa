/// One node of the primitive tree: what layout lays out and what becomes a Frame.
///
/// Components (Stat, Quote, charts, ...) expand into these; the layout engine knows nothing else.
public struct Node: Hashable, Sendable {
    /// What the node is.
    public var kind: Kind
    /// Optional identifier, reported by `infografis layout --json` and in diagnostics.
    public var id: String?
    /// Flexbox inputs.
    public var style: Style
    /// Paint around and behind the content.
    public var decoration: Decoration
    /// Child nodes, in document (and paint) order. Leaves (text, image, path) have none.
    public var children: [Node]
    /// What the node and its subtree say, for alt text (e.g. a chart's summary); nil: read its texts.
    public var accessibilityLabel: String? = nil

    public init(_ kind: Kind, id: String? = nil, style: Style = Style(), decoration: Decoration = Decoration(), children: [Node] = []) {
        self.kind = kind
        self.id = id
        self.style = style
        self.decoration = decoration
        self.children = children
    }
}

extension Node {
    /// The closed set of primitives.
    public enum Kind: Hashable, Sendable {
        /// A flex container (CSS `display: flex`).
        case box
        /// Children overlaid on each other, each placed by `alignment` inside the content box.
        case zStack(Alignment)
        /// A paragraph measured by the text core.
        case text(TextContent)
        /// A raster or SVG image.
        case image(ImageContent)
        /// A vector shape from SVG path data.
        case path(PathContent)
    }

    /// A short name for the kind: `box`, `zstack`, `text`, `image`, `path`.
    public var typeName: String {
        switch kind {
        case .box: "box"
        case .zStack: "zstack"
        case .text: "text"
        case .image: "image"
        case .path: "path"
        }
    }
}

/// Where a z-stack places a child that is smaller than the stack.
public struct Alignment: Hashable, Sendable {
    /// Horizontal placement.
    public var horizontal: Horizontal
    /// Vertical placement.
    public var vertical: Vertical

    public enum Horizontal: String, Hashable, Sendable, CaseIterable { case leading, center, trailing }
    public enum Vertical: String, Hashable, Sendable, CaseIterable { case top, center, bottom }

    public init(horizontal: Horizontal, vertical: Vertical) {
        self.horizontal = horizontal
        self.vertical = vertical
    }

    public static let center = Alignment(horizontal: .center, vertical: .center)
    public static let topLeading = Alignment(horizontal: .leading, vertical: .top)
    public static let top = Alignment(horizontal: .center, vertical: .top)
    public static let topTrailing = Alignment(horizontal: .trailing, vertical: .top)
    public static let leading = Alignment(horizontal: .leading, vertical: .center)
    public static let trailing = Alignment(horizontal: .trailing, vertical: .center)
    public static let bottomLeading = Alignment(horizontal: .leading, vertical: .bottom)
    public static let bottom = Alignment(horizontal: .center, vertical: .bottom)
    public static let bottomTrailing = Alignment(horizontal: .trailing, vertical: .bottom)
}

/// A paragraph of plain text (never parsed as markup) and its style.
public struct TextContent: Hashable, Sendable {
    /// The text; `\n` starts a new paragraph line.
    public var text: String
    /// How it looks.
    public var style: TextStyle

    public init(_ text: String, style: TextStyle = TextStyle()) {
        self.text = text
        self.style = style
    }
}

/// How an image fills its box.
public enum ImageFit: String, Hashable, Sendable, CaseIterable {
    /// Scaled to fit inside, aspect kept, letterboxed.
    case contain
    /// Scaled to cover the box, aspect kept, cropped.
    case cover
    /// Stretched to the box.
    case fill
}

/// An image file and how it is fitted.
public struct ImageContent: Hashable, Sendable {
    /// Path of a PNG, JPEG or SVG file (already resolved against the document's directory).
    public var path: String
    /// Fit mode. Default `contain`.
    public var fit: ImageFit
    /// Natural size in pixels, read from the file header at load time; nil when unknown.
    public var intrinsicSize: Size?

    public init(path: String, fit: ImageFit = .contain, intrinsicSize: Size? = nil) {
        self.path = path
        self.fit = fit
        self.intrinsicSize = intrinsicSize
    }
}

/// Line cap of a stroked path.
public enum LineCap: String, Hashable, Sendable, CaseIterable { case butt, round, square }

/// A vector shape: SVG path data in a view box, scaled to the node's content box.
public struct PathContent: Hashable, Sendable {
    /// SVG path data (`d` attribute).
    public var data: String
    /// The coordinate system of `data`; it is scaled uniformly and centred into the content box.
    public var viewBox: Rect
    /// Fill; nil for none. Default black.
    public var fill: Paint?
    /// Stroke color; nil for none.
    public var stroke: Color?
    /// Stroke width in view-box units. Default 1.
    public var strokeWidth: Double
    /// Stroke line cap. Default `butt`.
    public var lineCap: LineCap
    /// Fill rule: true for even-odd, false for non-zero (default).
    public var evenOdd: Bool

    public init(data: String, viewBox: Rect, fill: Paint? = .solid(.black), stroke: Color? = nil,
                strokeWidth: Double = 1, lineCap: LineCap = .butt, evenOdd: Bool = false) {
        self.data = data
        self.viewBox = viewBox
        self.fill = fill
        self.stroke = stroke
        self.strokeWidth = strokeWidth
        self.lineCap = lineCap
        self.evenOdd = evenOdd
    }
}

/// What is painted around and behind a node's content (CSS background, border, radius, shadow...).
public struct Decoration: Hashable, Sendable {
    /// Background fill; nil for none.
    public var background: Paint? = nil
    /// Border color; the widths are `Style.border`. nil draws no border.
    public var borderColor: Color? = nil
    /// Corner radii of the border box.
    public var cornerRadius: CornerRadii = .zero
    /// Outer drop shadows below the background; as in CSS, the first one is painted on top.
    public var shadows: [Shadow] = []
    /// Opacity of the node and its subtree, 0...1. Default 1.
    public var opacity: Double = 1
    /// Clips children to the padding box (with the corner radius), as CSS `overflow: hidden`.
    public var clipsContent: Bool = false

    public init() {}
}
