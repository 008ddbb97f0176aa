// Leaves: text, images and vector paths.

/// A paragraph of plain text, styled by the inherited text style (see the text modifiers).
/// File format: `text`.
public struct Text: Element {
    /// The text; `\n` starts a new line.
    public var content: String
}

/// A PNG, JPEG or SVG image. File format: `image`.
public struct Image: Element {
    /// The image file. The DSL uses it as given; the file loader resolves it against the layout
    /// file's directory.
    public var path: String
    /// How the image fills its box. Default `.contain`.
    public var fit: ImageFit
}

/// A vector shape from SVG path data, scaled uniformly into the node's content box. File format: `path`.
public struct Path: Element {
    /// What to draw.
    public var content: PathContent
}

// MARK: - Initialisers

extension Text {
    /// A paragraph showing `content` verbatim (never parsed as markup).
    public init(_ content: String) {
        self.content = content
    }

    public func expand(in environment: Environment) -> [Node] {
        [Node(.text(TextContent(content, style: environment.textStyle)))]
    }
}

extension Image {
    /// The image at `path`, fitted by `fit` (default `.contain`).
    public init(_ path: String, fit: ImageFit = .contain) {
        self.path = path
        self.fit = fit
    }

    public func expand(in environment: Environment) -> [Node] {
        [Node(.image(ImageContent(path: path, fit: fit)))]
    }
}

extension Path {
    /// SVG path `data` in the coordinate system `viewBox`. Defaults: black fill, no stroke,
    /// stroke width 1, butt caps, non-zero fill rule.
    public init(data: String, viewBox: Rect, fill: Paint? = .solid(.black), stroke: Color? = nil,
                strokeWidth: Double = 1, lineCap: LineCap = .butt, evenOdd: Bool = false) {
        content = PathContent(data: data, viewBox: viewBox, fill: fill, stroke: stroke,
                              strokeWidth: strokeWidth, lineCap: lineCap, evenOdd: evenOdd)
    }

    public func expand(in environment: Environment) -> [Node] {
        [Node(.path(content))]
    }
}
