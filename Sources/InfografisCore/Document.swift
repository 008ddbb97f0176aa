/// A complete infographic: a canvas and the tree drawn on it.
public struct Document: Hashable, Sendable {
    /// Canvas size in pixels (before any output scale factor).
    public var canvasSize: Size
    /// Canvas fill; nil leaves it transparent.
    public var background: Paint?
    /// BCP 47 locale used for formatting, e.g. `id-ID`.
    public var locale: String
    /// A short title (used for SVG `<title>` and PDF metadata); nil for none.
    public var title: String?
    /// The root node; it is laid out at the canvas size.
    public var root: Node
    /// Physical resolution for PDF pages, in pixels per inch (A4 at 300 dpi is 2480 px wide and
    /// 210 mm on paper); nil: one pixel is one PDF point. Default nil.
    public var pixelsPerInch: Double? = nil

    public init(canvasSize: Size, background: Paint? = .solid(.white), locale: String = "id-ID",
                title: String? = nil, root: Node) {
        self.canvasSize = canvasSize
        self.background = background
        self.locale = locale
        self.title = title
        self.root = root
    }
}
