import InfografisCore

// ZStack: children overlaid in one cell. Defined as the CSS grid
// `display: grid; grid-template: 1fr / 1fr` with every in-flow child in that cell, and
// `justify-items`/`align-items` from the stack's alignment (leading/top → start, center → center,
// trailing/bottom → end). Children never stretch; the cell (track) is the content box, grown to fit
// every child's minimum contribution, so an oversized child overflows from the start edge.

extension LayoutContext {
    func computeZStack(_ id: Int, _ alignment: Alignment, _ input: LayoutInput, _ mode: RunMode) -> LayoutOutput {
        let style = nodes[id].style
        let box = resolveBox(id, input)
        if mode == .computeSize, let width = box.known.width, let height = box.known.height {
            return LayoutOutput(size: Axes(width: width, height: height))
        }
        let pb = box.paddingBorder
        let children = inFlowChildren(id)
        let inner: OptionalSize = Axes(width: box.known.width.map { max(0, $0 - pb.horizontal) },
                                       height: box.known.height.map { max(0, $0 - pb.vertical) })

        // Column track: the content width (intrinsic when unknown), at least every minimum contribution.
        let minimumWidth = children.map { minimumWidthContribution($0, inner) }.max() ?? 0
        var outerWidth = box.known.width
        if outerWidth == nil {
            let space = input.available.width.shrunk(by: box.margin.horizontal + pb.horizontal)
            let maxContent = { children.map { self.widthContribution($0, inner, .maxContent) }.max() ?? 0 }
            let minContent = { children.map { self.widthContribution($0, inner, .minContent) }.max() ?? 0 }
            let content: Double = switch space {
            case .minContent: minContent()
            case .maxContent: maxContent()
            case let .definite(space): min(maxContent(), max(minContent(), space))
            }
            outerWidth = max((content + pb.horizontal).clamped(min: box.minSize.width, max: box.maxSize.width), pb.horizontal)
        }
        let width = outerWidth ?? 0
        let trackWidth = max(width - pb.horizontal, minimumWidth)

        // Row track: the content height, at least every child's minimum contribution; when the
        // height is unknown, the tallest margin box.
        let heightSpace = inner.height.map(AvailableSpace.definite)
            ?? input.available.height.shrunk(by: box.margin.vertical + pb.vertical)
        let measuringParent = Axes(width: trackWidth, height: inner.height)
        let sizes = children.map {
            measure($0, known: .none, parent: measuringParent, available: Axes(width: .definite(trackWidth), height: heightSpace))
        }
        let outerHeights = zip(children, sizes).map { $1.height + nodes[$0].style.resolvedMargin(trackWidth).vertical }
        let minimumHeight = zip(children, outerHeights).map { child, outer in
            let style = nodes[child].style
            guard let minimum = style.minHeight.resolve(inner.height) else { return outer }
            return max(minimum, style.paddingBorder(trackWidth).vertical) + style.resolvedMargin(trackWidth).vertical
        }.max() ?? 0
        let height: Double
        let trackHeight: Double
        if let known = box.known.height {
            height = known
            trackHeight = max(known - pb.vertical, minimumHeight)
        } else {
            let content = outerHeights.max() ?? 0
            height = max((content + pb.vertical).clamped(min: box.minSize.height, max: box.maxSize.height), pb.vertical)
            trackHeight = content
        }
        let size = Axes(width: width, height: height)
        if mode == .computeSize { return LayoutOutput(size: size) }

        // Place each child in the cell.
        let cell: OptionalSize = Axes(width: trackWidth, height: trackHeight)
        var baseline: Double?
        for child in children {
            let childSize = measure(child, known: .none, parent: cell,
                                    available: Axes(width: .definite(trackWidth), height: .definite(trackHeight)))
            let style = nodes[child].style
            let margin = style.margin.map { $0.resolve(trackWidth) }
            let x = pb.left + cellOffset(free: trackWidth - childSize.width, margin.left, margin.right,
                                         alignment.horizontal.fraction)
            let y = pb.top + cellOffset(free: trackHeight - childSize.height, margin.top, margin.bottom,
                                        alignment.vertical.fraction)
            let shift = relativeOffset(child, containing: cell)
            let location = Point(x + shift.x, y + shift.y)
            let output = place(child, at: location, size: childSize, parent: cell,
                               definiteHeight: style.height.resolve(trackHeight) != nil)
            if child == children.first { baseline = location.y + (output.firstBaseline ?? childSize.height) }
        }
        layoutAbsoluteChildren(of: id, size: size, border: style.resolvedBorder) { _, childSize, margin in
            let border = style.resolvedBorder
            let free = Axes(width: size.width - border.horizontal - childSize.width - margin.horizontal,
                            height: size.height - border.vertical - childSize.height - margin.vertical)
            return Point(border.left + free.width * alignment.horizontal.fraction + margin.left,
                         border.top + free.height * alignment.vertical.fraction + margin.top)
        }
        return LayoutOutput(size: size, firstBaseline: baseline)
    }

    /// Offset of a child's border box in the cell: auto margins (nil) take positive free space,
    /// otherwise the alignment `fraction` (0 start, 0.5 center, 1 end) of it.
    private func cellOffset(free: Double, _ start: Double?, _ end: Double?, _ fraction: Double) -> Double {
        let remaining = free - (start ?? 0) - (end ?? 0)
        let autoCount = (start == nil ? 1 : 0) + (end == nil ? 1 : 0)
        if remaining > 0, autoCount > 0 {
            return start ?? remaining / Double(autoCount)
        }
        return remaining * fraction + (start ?? 0)
    }

    /// A child's outer width under a min- or max-content constraint.
    private func widthContribution(_ child: Int, _ inner: OptionalSize, _ constraint: AvailableSpace) -> Double {
        let style = nodes[child].style
        let width = measure(child, known: .none, parent: inner, available: Axes(width: constraint, height: .maxContent)).width
        return width + style.resolvedMargin(inner.width).horizontal
    }

    /// A child's minimum contribution to the column track: its outer `min-width`, or its
    /// content-based minimum (specified width, else min-content width) when that is `auto`.
    private func minimumWidthContribution(_ child: Int, _ inner: OptionalSize) -> Double {
        let style = nodes[child].style
        let pb = style.paddingBorder(inner.width)
        let margin = style.resolvedMargin(inner.width).horizontal
        if let minimum = style.minWidth.resolve(inner.width) { return max(minimum, pb.horizontal) + margin }
        if nodes[child].clips { return pb.horizontal + margin }
        let ratio = aspectRatio(child, paddingBorder: pb)
        if let specified = style.size(in: inner).applying(ratio).width { return max(specified, pb.horizontal) + margin }
        let minContent = measure(child, known: .none, parent: inner, available: Axes(width: .minContent, height: .maxContent)).width
        return minContent + margin
    }
}

extension Alignment.Horizontal {
    /// Share of the free space before the child: 0, 0.5 or 1.
    var fraction: Double {
        switch self {
        case .leading: 0
        case .center: 0.5
        case .trailing: 1
        }
    }
}

extension Alignment.Vertical {
    /// Share of the free space before the child: 0, 0.5 or 1.
    var fraction: Double {
        switch self {
        case .top: 0
        case .center: 0.5
        case .bottom: 1
        }
    }
}
