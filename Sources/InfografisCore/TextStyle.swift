/// Horizontal alignment of lines within a text box.
public enum TextAlignment: String, Hashable, Sendable, CaseIterable {
    case left, center, right, justify
}

/// The largest font size between `minSize` and `maxSize` at which the text fits its box.
public struct AutoFit: Hashable, Sendable {
    /// Smallest size tried; if the text does not fit even here it is drawn at this size and reported as overflowing.
    public var minSize: Double
    /// Largest size tried.
    public var maxSize: Double

    public init(minSize: Double, maxSize: Double) {
        self.minSize = minSize
        self.maxSize = maxSize
    }
}

/// How a run of text looks.
public struct TextStyle: Hashable, Sendable {
    /// Font family as fontconfig knows it. Default `Inter`.
    public var family: String = "Inter"
    /// Font size in pixels. Default 16.
    public var size: Double = 16
    /// CSS weight 100...900. Default 400.
    public var weight: Int = 400
    /// Italic face. Default false.
    public var italic: Bool = false
    /// Text color. Default black.
    public var color: Color = .black
    /// Line alignment. Default `left`.
    public var alignment: TextAlignment = .left
    /// Line height as a multiple of the font size; nil uses the font's own line spacing.
    public var lineHeight: Double? = nil
    /// Extra space between letters, in pixels. Default 0.
    public var letterSpacing: Double = 0
    /// At most this many lines; the last shown line ends in an ellipsis. nil: unlimited.
    public var maxLines: Int? = nil
    /// When set, `size` is replaced by the largest size that fits the box.
    public var autoFit: AutoFit? = nil
    /// Wrap at the available width. Default true; false keeps one line per paragraph.
    public var wraps: Bool = true

    public init() {}
}
