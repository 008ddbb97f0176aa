// ChartLayer: a box of known pixel size whose children are placed absolutely, the drawing
// surface every chart builds on (bars and labels are still boxes and texts laid out by flexbox).

/// A fixed-size box collecting absolutely placed boxes, texts and paths.
struct ChartLayer {
    /// The layer's size in pixels.
    var size: Size
    /// The placed children, back to front.
    var nodes: [Node] = []

    init(_ size: Size) {
        self.size = size
    }

    /// A box at `rect` (pixels) filled with `color`; with `percent` its position and size are
    /// written as percentages of the layer, so it follows the layer if the layer is resized.
    mutating func rect(_ rect: Rect, fill: Color, radius: CornerRadii = .zero, percent: Bool = false, id: String? = nil) {
        var decoration = Decoration()
        decoration.background = .solid(fill)
        decoration.cornerRadius = radius
        nodes.append(Node(.box, id: id, style: placement(rect, percent: percent), decoration: decoration))
    }

    /// `text` in `rect` (one line unless the style allows more), aligned horizontally by `alignment` and centred vertically;
    /// text wider than the rect ends in an ellipsis.
    mutating func text(_ text: String, style: TextStyle, in rect: Rect, alignment: TextAlignment = .left) {
        nodes.append(Self.label(text, style: style, in: placement(rect, percent: false), alignment: alignment))
    }

    /// A path filling the layer, its view box the layer's pixel size (so nothing is scaled).
    mutating func path(_ data: String, fill: Paint?, stroke: Color? = nil, strokeWidth: Double = 1,
                       lineCap: LineCap = .butt, in rect: Rect? = nil) {
        let frame = rect ?? Rect(origin: .zero, size: size)
        let content = PathContent(data: data, viewBox: Rect(origin: .zero, size: frame.size), fill: fill,
                                  stroke: stroke, strokeWidth: strokeWidth, lineCap: lineCap)
        nodes.append(Node(.path(content), style: placement(frame, percent: false)))
    }

    /// Adds a node placed at `rect`.
    mutating func place(_ node: Node, at rect: Rect) {
        var node = node
        let placed = placement(rect, percent: false)
        node.style.position = placed.position
        node.style.inset = placed.inset
        node.style.width = placed.width
        node.style.height = placed.height
        nodes.append(node)
    }

    /// The layer as a node: a box of its pixel size (not shrinking) holding the children.
    func node(id: String? = nil) -> Node {
        var style = Style()
        style.width = .px(size.width)
        style.height = .px(size.height)
        style.flexShrink = 0
        return Node(.box, id: id, style: style, children: nodes)
    }

    /// Absolute placement at `rect`, in pixels or in percent of the layer.
    func placement(_ rect: Rect, percent: Bool) -> Style {
        var style = Style()
        style.position = .absolute
        func length(_ value: Double, of total: Double) -> Dimension {
            percent && total > 0 ? .percent(value / total * 100) : .px(value)
        }
        style.inset.left = length(rect.x, of: size.width)
        style.inset.top = length(rect.y, of: size.height)
        style.width = length(Swift.max(0, rect.width), of: size.width)
        style.height = length(Swift.max(0, rect.height), of: size.height)
        return style
    }

    /// A box with `style` holding one line of text, centred vertically, aligned by `alignment`.
    static func label(_ text: String, style textStyle: TextStyle, in style: Style, alignment: TextAlignment) -> Node {
        var style = style
        style.flexDirection = .row
        style.alignItems = .center
        style.justifyContent = switch alignment {
        case .right: .flexEnd
        case .center: .center
        default: .flexStart
        }
        var textStyle = textStyle
        textStyle.maxLines = Swift.max(1, textStyle.maxLines ?? 1)
        textStyle.wraps = true
        textStyle.alignment = alignment
        textStyle.autoFit = nil
        var textLayout = Style()
        textLayout.minWidth = .px(0)
        textLayout.flexShrink = 1
        return Node(.box, style: style, children: [Node(.text(TextContent(text, style: textStyle)), style: textLayout)])
    }
}

// MARK: - Legend

/// The legend of a chart with several series or slices: a swatch and a name per entry, packed
/// into lines that fit the width.
struct Legend {
    /// Names and colors, in order.
    var entries: [(name: String, color: Color)]
    /// The text style of the names.
    var style: TextStyle

    /// Side of the square color swatch.
    var swatch: Double { (style.size * 0.75).rounded() }
    var lineHeight: Double { Swift.max(TextEstimate.lineHeight(style), swatch) }
    var entryGap: Double { (style.size * 1.25).rounded() }
    var lineGap: Double { (style.size * 0.5).rounded() }

    /// The entries' line assignment for `width`: each inner array is one line.
    func lines(width: Double) -> [[Int]] {
        var lines: [[Int]] = [[]]
        var used = 0.0
        for (index, entry) in entries.enumerated() {
            let needed = entryWidth(entry.name)
            let extra = lines[lines.count - 1].isEmpty ? needed : entryGap + needed
            if used + extra > width, !lines[lines.count - 1].isEmpty {
                lines.append([index])
                used = needed
            } else {
                lines[lines.count - 1].append(index)
                used += extra
            }
        }
        return lines
    }

    func entryWidth(_ name: String) -> Double {
        swatch + (swatch * 0.6).rounded() + TextEstimate.width(name, style)
    }

    /// Height of the legend laid out in `width`.
    func height(width: Double) -> Double {
        let count = Double(lines(width: width).count)
        return count * lineHeight + (count - 1) * lineGap
    }

    /// The legend drawn into `layer` at `origin`, `width` wide; `alignment` places each line.
    func draw(into layer: inout ChartLayer, at origin: Point, width: Double, alignment: TextAlignment = .left) {
        var y = origin.y
        for line in lines(width: width) {
            let total = line.map { entryWidth(entries[$0].name) }.reduce(0, +) + Double(Swift.max(0, line.count - 1)) * entryGap
            var x = origin.x + (alignment == .center ? Swift.max(0, (width - total) / 2) : 0)
            for index in line {
                let entry = entries[index]
                layer.rect(Rect(x: x, y: y + (lineHeight - swatch) / 2, width: swatch, height: swatch), fill: entry.color,
                           radius: CornerRadii(all: (swatch / 4).rounded()))
                let textX = x + swatch + (swatch * 0.6).rounded()
                let textWidth = Swift.min(TextEstimate.width(entry.name, style), origin.x + width - textX)
                layer.text(entry.name, style: style, in: Rect(x: textX, y: y, width: textWidth, height: lineHeight))
                x += entryWidth(entry.name) + entryGap
            }
            y += lineHeight + lineGap
        }
    }
}
