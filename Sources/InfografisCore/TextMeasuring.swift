/// The interface through which layout measures text. The text core implements it with Pango;
/// layout tests implement it with a fixed-advance fake.
public protocol TextMeasuring {
    /// Lays out `text` for a box at most `maxWidth` wide (nil: no wrapping) and, for auto-fit,
    /// at most `maxHeight` tall (nil: unbounded). Never fails: text that does not fit is
    /// reported through `TextLayout.overflows`.
    func layout(_ text: TextContent, maxWidth: Double?, maxHeight: Double?) -> TextLayout
}

/// A laid-out paragraph: its measurements and, when the measurer is a real one, what the
/// renderer draws (so drawing never shapes again).
public struct TextLayout {
    /// Size of the text's logical box.
    public var size: Size
    /// Font size actually used (differs from the style's when auto-fit chose one).
    public var fontSize: Double
    /// Number of lines shown.
    public var lineCount: Int
    /// Distance from the top of the box to the first line's baseline.
    public var firstBaseline: Double
    /// True when lines were cut by `maxLines` (an ellipsis was drawn).
    public var isTruncated: Bool
    /// True when the text is larger than the box it was given, even after auto-fit.
    public var overflows: Bool
    /// What the renderer draws; nil for fake measurers.
    public var paragraph: (any ShapedParagraph)?
    /// Characters that no installed font can show (drawn as boxes), in text order, without repeats.
    public var missingCharacters: [Unicode.Scalar] = []

    public init(size: Size, fontSize: Double, lineCount: Int, firstBaseline: Double,
                isTruncated: Bool = false, overflows: Bool = false, paragraph: (any ShapedParagraph)? = nil) {
        self.size = size
        self.fontSize = fontSize
        self.lineCount = lineCount
        self.firstBaseline = firstBaseline
        self.isTruncated = isTruncated
        self.overflows = overflows
        self.paragraph = paragraph
    }
}

/// A shaped paragraph owned by the text core; backends draw it as is.
public protocol ShapedParagraph: AnyObject {
    /// Size of the logical box.
    var size: Size { get }
}
