import InfografisCore

/// Lays out `root` in a containing block of `size` (the canvas): the root's percentages refer to it
/// and an `auto` root size fills it.
public func computeLayout(_ root: Node, in size: Size, measurer: some TextMeasuring,
                          options: LayoutOptions = LayoutOptions()) -> LayoutTree {
    // Placeholder until the flexbox algorithm lands.
    LayoutTree(node: root, frame: Rect(origin: .zero, size: size))
}
