/// A canvas size, by preset name or custom.
public struct Canvas: Hashable, Sendable {
    /// Size in pixels.
    public var size: Size
    /// The preset's name in the file format (e.g. `instagram-square`); nil for a custom size.
    public var name: String?
    /// Pixels per inch on paper (PDF page size); nil for screen canvases (one pixel is one point).
    public var pixelsPerInch: Double? = nil
}

extension Canvas {
    /// A custom canvas of `width` × `height` pixels.
    public init(width: Double, height: Double) {
        self.init(size: Size(width, height), name: nil)
    }

    /// 1080 × 1080.
    public static let instagramSquare = Canvas(size: Size(1080, 1080), name: "instagram-square")
    /// 1080 × 1350.
    public static let instagramPortrait = Canvas(size: Size(1080, 1350), name: "instagram-portrait")
    /// 1080 × 1920.
    public static let story = Canvas(size: Size(1080, 1920), name: "story")
    /// 1080 × 1920.
    public static let whatsappStatus = Canvas(size: Size(1080, 1920), name: "whatsapp-status")
    /// 1600 × 900.
    public static let xPost = Canvas(size: Size(1600, 900), name: "x-post")
    /// 1200 × 630.
    public static let facebookPost = Canvas(size: Size(1200, 630), name: "facebook-post")
    /// 1920 × 1080.
    public static let presentation = Canvas(size: Size(1920, 1080), name: "presentation")
    /// A4 portrait at 300 dpi: 2480 × 3508.
    public static let a4Portrait = Canvas(size: Size(2480, 3508), name: "a4-portrait", pixelsPerInch: 300)

    /// Every preset, in the order the documentation lists them.
    public static let presets: [Canvas] = [
        .instagramSquare, .instagramPortrait, .story, .whatsappStatus, .xPost, .facebookPost,
        .presentation, .a4Portrait,
    ]

    /// The preset called `name`, or nil.
    public static func preset(named name: String) -> Canvas? {
        presets.first { $0.name == name }
    }
}

/// A whole infographic described in Swift (or loaded from a file): canvas, background,
/// locale, title, document-wide text defaults and the element tree.
public struct Infographic {
    /// The canvas.
    public var canvas: Canvas
    /// Canvas fill; nil leaves it transparent. Default white.
    public var background: Paint?
    /// BCP 47 locale, e.g. `id-ID`. Default `id-ID`.
    public var locale: String
    /// Title for SVG `<title>` and PDF metadata; nil for none.
    public var title: String?
    /// The text style every `Text` starts from. Default `TextStyle()` (Inter 16 px, black), or the
    /// theme's body style when a theme is given.
    public var textStyle: TextStyle
    /// The theme components take their look from; nil uses `Theme.netral` for components and keeps the
    /// plain defaults above for the background and text.
    public var theme: Theme? = nil
    /// The element tree.
    public var body: any Element

    /// An infographic with a body built elsewhere (e.g. by the file loader).
    public init(canvas: Canvas = .instagramSquare, background: Paint? = .solid(.white), locale: String = "id-ID",
                title: String? = nil, textStyle: TextStyle = TextStyle(), body: any Element) {
        self.canvas = canvas
        self.background = background
        self.locale = locale
        self.title = title
        self.textStyle = textStyle
        self.body = body
    }
}

extension Infographic {
    /// An infographic whose body the builder produces.
    public init(canvas: Canvas = .instagramSquare, background: Paint? = .solid(.white), locale: String = "id-ID",
                title: String? = nil, textStyle: TextStyle = TextStyle(),
                @ElementBuilder body: () -> any Element) {
        self.init(canvas: canvas, background: background, locale: locale, title: title, textStyle: textStyle,
                  body: body() as any Element)
    }

    /// An infographic in `theme`: the background defaults to the theme's background and the text
    /// style to its body style (Swift: pass `.solid(.clear)` for a transparent canvas).
    public init(canvas: Canvas = .instagramSquare, theme: Theme, background: Paint? = nil, locale: String = "id-ID",
                title: String? = nil, textStyle: TextStyle? = nil, @ElementBuilder body: () -> any Element) {
        self.init(canvas: canvas, background: background ?? .solid(theme.palette.background), locale: locale,
                  title: title, textStyle: textStyle ?? theme.bodyTextStyle, body: body() as any Element)
        self.theme = theme
    }

    /// The environment the body is expanded in.
    public var rootEnvironment: Environment {
        var environment = Environment(textStyle: textStyle, locale: locale)
        if let theme { environment.theme = theme }
        return environment
    }

    /// Expands the body into the primitive document. A body of several top-level elements
    /// (or none) is wrapped in a column.
    public func document() -> Document {
        let nodes = body.expand(in: rootEnvironment)
        let root: Node
        if nodes.count == 1 {
            root = nodes[0]
        } else {
            var style = Style()
            style.flexDirection = .column
            root = Node(.box, style: style, children: nodes)
        }
        var document = Document(canvasSize: canvas.size, background: background, locale: locale, title: title, root: root)
        document.pixelsPerInch = canvas.pixelsPerInch
        return document
    }
}
