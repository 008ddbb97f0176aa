import InfografisCore

// Rounding: a separate final pass over absolute edges, as Taffy and Yoga do. Rounding each edge
// (not each size) keeps adjacent boxes adjacent: no gaps or overlaps from accumulated fractions.

extension LayoutTree {
    /// The tree with every frame's edges rounded to whole pixels (halves away from zero).
    func roundedToPixels() -> LayoutTree {
        var tree = self
        let left = frame.x.rounded(), top = frame.y.rounded()
        let right = (frame.x + frame.width).rounded(), bottom = (frame.y + frame.height).rounded()
        tree.frame = Rect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
        tree.children = children.map { $0.roundedToPixels() }
        return tree
    }
}
