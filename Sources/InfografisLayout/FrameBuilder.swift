import InfografisCore

// MARK: - Layout tree to Frame

extension Frame {
    /// Turns a laid-out tree into the display list backends draw: per node, its shadows,
    /// background, border and content, then its children; opacity and clipping become groups.
    ///
    /// Item positions are absolute canvas coordinates; groups sit at the origin and span the canvas.
    public init(_ tree: LayoutTree, canvas: Size, background: Paint?) {
        self.init(size: canvas)
        if let background {
            let canvasRect = RoundedRect(rect: Rect(origin: .zero, size: canvas))
            items.append(Positioned(.zero, .shape(ShapeItem(geometry: .rect(canvasRect), fill: background))))
        }
        items += FrameBuilder(canvas: canvas).items(for: tree, containingWidth: canvas.width)
    }
}

struct FrameBuilder {
    let canvas: Size

    /// Everything one node paints, including its subtree. `containingWidth` resolves percent padding.
    func items(for tree: LayoutTree, containingWidth: Double) -> [Positioned] {
        let decoration = tree.node.decoration
        let borderBox = tree.frame
        let radii = decoration.cornerRadius.clamped(to: borderBox.size)
        let outer = RoundedRect(rect: borderBox, radii: radii)
        let border = tree.node.style.border
        let paddingBox = RoundedRect(rect: borderBox.inset(by: border), radii: radii.inset(by: border))

        var own: [Positioned] = []
        if decoration.background != nil || !decoration.shadows.isEmpty {
            let shape = ShapeItem(geometry: .rect(outer), fill: decoration.background, shadows: decoration.shadows)
            own.append(Positioned(.zero, .shape(shape)))
        }
        if let color = decoration.borderColor, border != .zero {
            let ring = ShapeItem(geometry: .ring(outer: outer, inner: paddingBox), fill: .solid(color))
            own.append(Positioned(.zero, .shape(ring)))
        }
        let contentBox = paddingBox.rect.inset(by: tree.node.style.resolvedPadding(containingWidth: containingWidth))
        own += content(of: tree, in: contentBox, clip: paddingBox)

        var children = tree.children.flatMap { child in
            // Absolutely positioned children resolve percentages against the padding box (CSS 2 §10.1).
            let width = child.node.style.position == .absolute ? paddingBox.rect.width : contentBox.width
            return items(for: child, containingWidth: width)
        }
        if decoration.clipsContent, !children.isEmpty {
            children = [group(children, clip: paddingBox)]
        }
        own += children
        guard decoration.opacity < 1 else { return own }
        return [group(own, opacity: max(0, decoration.opacity))]
    }

    /// The node's own content (text, image, path) placed in its content box.
    private func content(of tree: LayoutTree, in box: Rect, clip: RoundedRect) -> [Positioned] {
        switch tree.node.kind {
        case .box, .zStack:
            return []
        case .text(let content):
            guard let layout = tree.text else { return [] }
            return [Positioned(box.origin, .text(TextItem(content: content, layout: layout, boxWidth: box.width)))]
        case .image(let image):
            let item = ImageItem(content: image, size: box.size, cornerRadius: clip.radii)
            return [Positioned(box.origin, .image(item))]
        case .path(let path):
            return pathItems(path, in: box)
        }
    }

    /// A path scaled uniformly from its view box and centred in `box`.
    private func pathItems(_ path: PathContent, in box: Rect) -> [Positioned] {
        let viewBox = path.viewBox
        guard viewBox.width > 0, viewBox.height > 0, box.width > 0, box.height > 0 else { return [] }
        let scale = min(box.width / viewBox.width, box.height / viewBox.height)
        let tx = box.x + (box.width - viewBox.width * scale) / 2 - viewBox.x * scale
        let ty = box.y + (box.height - viewBox.height * scale) / 2 - viewBox.y * scale
        let geometry = ShapeItem.Geometry.path(data: path.data, transform: .scale(scale, translateX: tx, translateY: ty),
                                               evenOdd: path.evenOdd)
        let stroke = path.stroke.map { Stroke(color: $0, width: path.strokeWidth * scale, lineCap: path.lineCap) }
        return [Positioned(.zero, .shape(ShapeItem(geometry: geometry, fill: path.fill, stroke: stroke)))]
    }

    private func group(_ items: [Positioned], clip: RoundedRect? = nil, opacity: Double = 1) -> Positioned {
        Positioned(.zero, .group(GroupItem(frame: Frame(size: canvas, items: items), clip: clip, opacity: opacity)))
    }
}

// MARK: - Geometry helpers

extension CornerRadii {
    /// Radii scaled down together so adjacent radii never exceed a side (CSS Backgrounds §5.5).
    public func clamped(to size: Size) -> CornerRadii {
        let sums = [(topLeft + topRight, size.width), (bottomLeft + bottomRight, size.width),
                    (topLeft + bottomLeft, size.height), (topRight + bottomRight, size.height)]
        let factor = sums.reduce(1.0) { f, pair in pair.0 > pair.1 && pair.0 > 0 ? min(f, pair.1 / pair.0) : f }
        let r = factor < 1 ? CornerRadii(topLeft: topLeft * factor, topRight: topRight * factor,
                                         bottomRight: bottomRight * factor, bottomLeft: bottomLeft * factor) : self
        return CornerRadii(topLeft: max(0, r.topLeft), topRight: max(0, r.topRight),
                           bottomRight: max(0, r.bottomRight), bottomLeft: max(0, r.bottomLeft))
    }

    /// Inner radii of a border: each corner's radius less the larger adjoining border width.
    func inset(by border: Edges<Double>) -> CornerRadii {
        CornerRadii(topLeft: max(0, topLeft - max(border.top, border.left)),
                    topRight: max(0, topRight - max(border.top, border.right)),
                    bottomRight: max(0, bottomRight - max(border.bottom, border.right)),
                    bottomLeft: max(0, bottomLeft - max(border.bottom, border.left)))
    }
}

extension Style {
    /// Padding in pixels; percentages refer to the containing block's width (CSS).
    func resolvedPadding(containingWidth: Double) -> Edges<Double> {
        padding.map { dimension in
            switch dimension {
            case .auto: 0
            case .px(let value): max(0, value)
            case .percent(let value): max(0, value / 100 * containingWidth)
            }
        }
    }
}
