import InfografisCore

/// A finished layout: items at fixed positions. The only thing a backend sees.
///
/// Coordinates are canvas pixels relative to the frame's own origin; a group item places a
/// nested frame. Text items are already shaped: backends draw them and never shape again.
public struct Frame {
    /// Extent of the frame (the canvas size for the root frame).
    public var size: Size
    /// Items in paint order (first is painted first, i.e. lowest).
    public var items: [Positioned]

    public init(size: Size, items: [Positioned] = []) {
        self.size = size
        self.items = items
    }
}

/// An item and where its top-left corner sits in the enclosing frame.
public struct Positioned {
    /// Position of the item's origin in the enclosing frame.
    public var position: Point
    /// The item.
    public var item: FrameItem

    public init(_ position: Point, _ item: FrameItem) {
        self.position = position
        self.item = item
    }
}

/// The closed set of things a backend draws.
public enum FrameItem {
    /// A nested frame with optional clip and opacity.
    case group(GroupItem)
    /// A shaped paragraph.
    case text(TextItem)
    /// A filled and/or stroked geometry, with shadows.
    case shape(ShapeItem)
    /// A raster or vector image fitted into a box.
    case image(ImageItem)
}

/// A nested frame.
public struct GroupItem {
    /// The content.
    public var frame: Frame
    /// Clip to this rounded rectangle (in the group's coordinates); nil for none.
    public var clip: RoundedRect?
    /// Opacity applied to the group as a whole, 0...1. Default 1.
    public var opacity: Double

    public init(frame: Frame, clip: RoundedRect? = nil, opacity: Double = 1) {
        self.frame = frame
        self.clip = clip
        self.opacity = opacity
    }
}

/// A rectangle with rounded corners.
public struct RoundedRect: Hashable, Sendable {
    /// The rectangle.
    public var rect: Rect
    /// Its corner radii (already clamped so adjacent radii fit the side).
    public var radii: CornerRadii

    public init(rect: Rect, radii: CornerRadii = .zero) {
        self.rect = rect
        self.radii = radii
    }
}

/// A paragraph to draw with its top-left corner at the item's position.
public struct TextItem {
    /// The text and style it was laid out with.
    public var content: TextContent
    /// The measured, shaped paragraph.
    public var layout: TextLayout
    /// Width of the box the lines are aligned in (the node's content box); at least the paragraph's width.
    public var boxWidth: Double

    public init(content: TextContent, layout: TextLayout, boxWidth: Double? = nil) {
        self.content = content
        self.layout = layout
        self.boxWidth = max(boxWidth ?? layout.size.width, layout.size.width)
    }
}

/// A geometry with fill, stroke and shadows.
public struct ShapeItem: Hashable, Sendable {
    /// The outline.
    public var geometry: Geometry
    /// Fill; nil for none.
    public var fill: Paint?
    /// Stroke; nil for none.
    public var stroke: Stroke?
    /// Drop shadows of the filled outline, painted below it.
    public var shadows: [Shadow]

    public init(geometry: Geometry, fill: Paint? = nil, stroke: Stroke? = nil, shadows: [Shadow] = []) {
        self.geometry = geometry
        self.fill = fill
        self.stroke = stroke
        self.shadows = shadows
    }

    /// What is filled or stroked.
    public enum Geometry: Hashable, Sendable {
        /// A (rounded) rectangle.
        case rect(RoundedRect)
        /// The area between an outer and an inner rounded rectangle (a CSS border), filled even-odd.
        case ring(outer: RoundedRect, inner: RoundedRect)
        /// SVG path data scaled by `transform` (view box to frame coordinates).
        case path(data: String, transform: AffineTransform, evenOdd: Bool)
    }
}

/// A stroke: color, width and cap.
public struct Stroke: Hashable, Sendable {
    public var color: Color
    /// Width in frame pixels.
    public var width: Double
    public var lineCap: LineCap

    public init(color: Color, width: Double, lineCap: LineCap = .butt) {
        self.color = color
        self.width = width
        self.lineCap = lineCap
    }
}

/// An image drawn into `size` at the item's position.
public struct ImageItem: Hashable, Sendable {
    /// The image and its fit mode.
    public var content: ImageContent
    /// The box it is fitted into.
    public var size: Size
    /// Corner radii of the box; the image is clipped to them.
    public var cornerRadius: CornerRadii

    public init(content: ImageContent, size: Size, cornerRadius: CornerRadii = .zero) {
        self.content = content
        self.size = size
        self.cornerRadius = cornerRadius
    }
}

/// A 2D affine transform: x' = a*x + c*y + tx, y' = b*x + d*y + ty (Cairo's matrix layout).
public struct AffineTransform: Hashable, Sendable {
    public var a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double

    public init(a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double) {
        (self.a, self.b, self.c, self.d, self.tx, self.ty) = (a, b, c, d, tx, ty)
    }

    public static let identity = AffineTransform(a: 1, b: 0, c: 0, d: 1, tx: 0, ty: 0)

    /// Uniform scale then translation.
    public static func scale(_ s: Double, translateX tx: Double, translateY ty: Double) -> AffineTransform {
        AffineTransform(a: s, b: 0, c: 0, d: s, tx: tx, ty: ty)
    }
}
