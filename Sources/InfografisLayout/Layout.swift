import InfografisCore

/// Lays out `root` in a containing block of `size` (the canvas): the root's percentages refer to it
/// and an `auto` root size fills it.
public func computeLayout(_ root: Node, in size: Size, measurer: some TextMeasuring,
                          options: LayoutOptions = LayoutOptions()) -> LayoutTree {
    let canvas = Axes(width: size.width.isFinite ? max(0, size.width) : 0,
                      height: size.height.isFinite ? max(0, size.height) : 0)
    let context = LayoutContext(root: root, measurer: measurer)
    context.layoutRoot(in: canvas)
    var index = 0
    let tree = context.buildTree(root, index: &index, origin: .zero)
    return options.roundsToPixels ? tree.roundedToPixels() : tree
}

extension LayoutContext {
    /// Lays out node 0 as the sole item of a canvas-sized cell: `auto` sizes stretch to fill it
    /// (minus margins), auto margins share the free space, percentages refer to the canvas.
    func layoutRoot(in canvas: Axes<Double>) {
        let style = nodes[0].style
        let parent: OptionalSize = Axes(width: canvas.width, height: canvas.height)
        let pb = style.paddingBorder(canvas.width)
        let margin = style.margin.map { $0.resolve(canvas.width) }
        let fixedMargin = margin.map { $0 ?? 0 }
        let minSize = style.minSize(in: parent), maxSize = style.maxSize(in: parent)
        let ratio = aspectRatio(0, paddingBorder: pb)
        var known = style.size(in: parent)
        if known.width != nil || known.height != nil { known = known.applying(ratio) }
        let width = max((known.width ?? canvas.width - fixedMargin.horizontal)
            .clamped(min: minSize.width, max: maxSize.width), pb.horizontal)
        let height = max((known.height ?? canvas.height - fixedMargin.vertical)
            .clamped(min: minSize.height, max: maxSize.height), pb.vertical)
        func offset(_ free: Double, _ start: Double?, _ end: Double?) -> Double {
            let remaining = free - (start ?? 0) - (end ?? 0)
            switch (start, end) {
            case (nil, nil): return max(0, remaining) / 2
            case (nil, _?): return max(0, remaining)
            case let (start?, _): return start
            }
        }
        let location = Point(offset(canvas.width - width, margin.left, margin.right),
                             offset(canvas.height - height, margin.top, margin.bottom))
        _ = place(0, at: location, size: Axes(width: width, height: height), parent: parent, definiteHeight: true)
    }

    /// The result tree with absolute frames, numbering nodes in the same preorder as the arena.
    func buildTree(_ node: Node, index: inout Int, origin: Point) -> LayoutTree {
        let id = index
        index += 1
        let result = results[id]
        let frame = Rect(x: origin.x + result.location.x, y: origin.y + result.location.y,
                         width: result.size.width, height: result.size.height)
        var children: [LayoutTree] = []
        let isContainer: Bool = switch node.kind {
        case .box, .zStack: true
        case .text, .image, .path: false
        }
        for child in node.children {
            if isContainer {
                children.append(buildTree(child, index: &index, origin: frame.origin))
            } else {
                // Children of leaves are not laid out: they sit at the leaf's origin with no size.
                children.append(zeroTree(child, at: frame.origin))
            }
        }
        return LayoutTree(node: node, frame: frame, text: result.text, children: children)
    }

    private func zeroTree(_ node: Node, at origin: Point) -> LayoutTree {
        LayoutTree(node: node, frame: Rect(origin: origin, size: .zero),
                   children: node.children.map { zeroTree($0, at: origin) })
    }
}
