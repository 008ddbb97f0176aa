import InfografisCore

// Absolute: absolutely positioned children, placed against the padding box of their parent
// (CSS 2 §10.3.7 and §10.6.4, border-box sizing). With both insets of an axis `auto` a child
// sits at its static position, which the parent's algorithm supplies.

extension LayoutContext {
    /// Lays out and places every absolutely positioned child of `id`, a container of border-box `size`.
    /// `staticPosition` gives a child's border-box origin from its size and margins (auto as zero).
    func layoutAbsoluteChildren(of id: Int, size: Axes<Double>, border: Edges<Double>,
                                staticPosition: (Int, Axes<Double>, Edges<Double>) -> Point) {
        let padding = Axes(width: max(0, size.width - border.horizontal), height: max(0, size.height - border.vertical))
        let containing: OptionalSize = Axes(width: padding.width, height: padding.height)
        for child in nodes[id].children where nodes[child].style.position == .absolute {
            let style = nodes[child].style
            let margin = style.margin.map { $0.resolve(padding.width) }
            let inset = Edges(top: style.inset.top.resolve(padding.height), right: style.inset.right.resolve(padding.width),
                              bottom: style.inset.bottom.resolve(padding.height), left: style.inset.left.resolve(padding.width))
            let pb = style.paddingBorder(padding.width)
            let ratio = aspectRatio(child, paddingBorder: pb)
            let minSize = style.minSize(in: containing), maxSize = style.maxSize(in: containing)
            let fixedMargin = margin.map { $0 ?? 0 }

            // Sizes from the style, else from two non-auto insets.
            var known = style.size(in: containing).applying(ratio)
            if known.width == nil, let left = inset.left, let right = inset.right {
                known.width = max(0, padding.width - left - right - fixedMargin.horizontal)
            }
            if known.height == nil, let top = inset.top, let bottom = inset.bottom {
                known.height = max(0, padding.height - top - bottom - fixedMargin.vertical)
            }
            known = known.applying(ratio)
            known = Axes(width: known.width.clamped(min: minSize.width, max: maxSize.width).map { max($0, pb.horizontal) },
                         height: known.height.clamped(min: minSize.height, max: maxSize.height).map { max($0, pb.vertical) })

            // Auto sizes shrink to fit the space between the non-auto insets.
            let available = Axes(
                width: AvailableSpace.definite(max(0, padding.width - (inset.left ?? 0) - (inset.right ?? 0))),
                height: AvailableSpace.definite(max(0, padding.height - (inset.top ?? 0) - (inset.bottom ?? 0))))
            let childSize = measure(child, known: known, parent: containing, available: available)
            let fallback = staticPosition(child, childSize, fixedMargin)

            let x = absolutePosition(start: inset.left, end: inset.right, size: childSize.width, container: padding.width,
                                     marginStart: margin.left, marginEnd: margin.right, borderStart: border.left,
                                     staticPosition: fallback.x, splitsNegative: false)
            let y = absolutePosition(start: inset.top, end: inset.bottom, size: childSize.height, container: padding.height,
                                     marginStart: margin.top, marginEnd: margin.bottom, borderStart: border.top,
                                     staticPosition: fallback.y, splitsNegative: true)
            _ = place(child, at: Point(x, y), size: childSize, parent: containing, definiteHeight: known.height != nil)
        }
    }

    /// The border-box start of an absolutely positioned box along one axis. Auto margins (nil)
    /// share the free space when both insets are set; horizontally they never go negative.
    private func absolutePosition(start: Double?, end: Double?, size: Double, container: Double,
                                  marginStart: Double?, marginEnd: Double?, borderStart: Double,
                                  staticPosition: Double, splitsNegative: Bool) -> Double {
        switch (start, end) {
        case let (start?, end?):
            let free = container - start - end - size - (marginStart ?? 0) - (marginEnd ?? 0)
            var leading = marginStart ?? 0
            switch (marginStart == nil, marginEnd == nil) {
            case (true, true): leading = free < 0 && !splitsNegative ? 0 : free / 2
            case (true, false): leading = free
            case (false, _): break
            }
            return borderStart + start + leading
        case let (start?, nil):
            return borderStart + start + (marginStart ?? 0)
        case let (nil, end?):
            return borderStart + container - end - (marginEnd ?? 0) - size
        case (nil, nil):
            return staticPosition
        }
    }
}
