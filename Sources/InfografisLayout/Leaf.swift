import InfografisCore

// Leaf: nodes without children. Text is measured through `TextMeasuring` (its min-content width is
// the longest unbreakable run, its max-content width the unwrapped line). Images and paths are
// replaced elements, like `<img>`: an image's natural size is its `intrinsicSize` (0×0 when unknown),
// a path's is its view box, so an icon given only a width gets the height of its view box's ratio.

extension LayoutContext {
    func computeLeaf(_ id: Int, _ input: LayoutInput, _ mode: RunMode) -> LayoutOutput {
        let box = resolveBox(id, input)
        let pb = box.paddingBorder.sums
        switch nodes[id].kind {
        case let .text(content):
            return computeText(id, content, box, input, mode)
        case .image, .path, .box, .zStack:
            let natural = naturalSize(id) ?? .zero
            let ratio = aspectRatio(id, paddingBorder: box.paddingBorder)
            var width = box.known.width
            if width == nil, let height = box.known.height, let ratio { width = ratio.width(forHeight: height) }
            let usedWidth = max((width ?? natural.width + pb.width).clamped(min: box.minSize.width, max: box.maxSize.width), pb.width)
            var height = box.known.height
            if height == nil, let ratio { height = ratio.height(forWidth: usedWidth) }
            let usedHeight = max((height ?? natural.height + pb.height).clamped(min: box.minSize.height, max: box.maxSize.height), pb.height)
            return LayoutOutput(size: Axes(width: usedWidth, height: usedHeight))
        }
    }

    private func computeText(_ id: Int, _ content: TextContent, _ box: ContainerBox, _ input: LayoutInput,
                             _ mode: RunMode) -> LayoutOutput {
        let pb = box.paddingBorder
        var width: Double
        if let known = box.known.width {
            width = known
        } else {
            let textWidth: Double
            switch input.available.width.shrunk(by: box.margin.horizontal + pb.horizontal) {
            case .minContent: textWidth = minContentWidth(content)
            case .maxContent: textWidth = maxContentWidth(content)
            case let .definite(space):
                let maxContent = maxContentWidth(content)
                textWidth = maxContent <= space ? maxContent : max(minContentWidth(content), space)
            }
            width = max((textWidth + pb.horizontal).clamped(min: box.minSize.width, max: box.maxSize.width), pb.horizontal)
        }
        width = max(width, pb.horizontal)
        let contentWidth = width - pb.horizontal
        let natural = textSize(content, width: contentWidth)
        let height = box.known.height
            ?? max((natural.height + pb.vertical).clamped(min: box.minSize.height, max: box.maxSize.height), pb.vertical)
        guard mode == .performLayout else { return LayoutOutput(size: Axes(width: width, height: height)) }

        // Final layout at the final content width; a definite height (explicit, stretched or flexed)
        // is passed on so auto-fit can use it.
        let contentHeight = max(0, height - pb.vertical)
        let hasDefiniteHeight = nodes[id].style.height.resolve(input.parentSize.height) != nil
            || abs(contentHeight - natural.height) > epsilon
        let layout = textLayout(content, maxWidth: contentWidth, maxHeight: hasDefiniteHeight ? contentHeight : nil)
        results[id].text = layout
        return LayoutOutput(size: Axes(width: width, height: height), firstBaseline: pb.top + layout.firstBaseline)
    }
}
