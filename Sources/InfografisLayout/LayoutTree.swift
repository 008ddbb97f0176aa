import InfografisCore

/// The result of layout for one node: its border box in canvas pixels and its children's results.
public struct LayoutTree {
    /// The node that was laid out (with its children).
    public var node: Node
    /// Border box in absolute canvas pixels.
    public var frame: Rect
    /// For text nodes: the laid-out paragraph at the final width.
    public var text: TextLayout?
    /// One result per child of `node`, in the same order.
    public var children: [LayoutTree]

    public init(node: Node, frame: Rect, text: TextLayout? = nil, children: [LayoutTree] = []) {
        self.node = node
        self.frame = frame
        self.text = text
        self.children = children
    }
}

/// Knobs for a layout run.
public struct LayoutOptions: Sendable {
    /// Round absolute edges to whole pixels in a final pass (as Taffy and Yoga do). Default true.
    /// Chromium fixtures compare unrounded results.
    public var roundsToPixels: Bool = true

    public init(roundsToPixels: Bool = true) {
        self.roundsToPixels = roundsToPixels
    }
}
