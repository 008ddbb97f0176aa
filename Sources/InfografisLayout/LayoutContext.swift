import InfografisCore

// LayoutContext: the tree protocol of one layout run (Taffy's `tree/`): the node arena, the
// per-node size cache, the text measurement cache, and the dispatch to the algorithms.

/// Whether a layout call only needs the node's size or must also place its children.
enum RunMode: Hashable {
    /// Return the border-box size; children keep whatever results they had.
    case computeSize
    /// Also write the final size and position of every child (and text layouts).
    case performLayout
}

/// How a node's own `width`/`height`/`min`/`max` take part.
enum SizingMode: Hashable {
    /// Its own size properties apply (normal layout).
    case inherent
    /// Its own size properties are ignored: the caller wants the content size (a flex base size).
    case content
}

/// What a caller knows and offers when it lays out a child.
struct LayoutInput: Hashable {
    /// Border-box sizes the caller has already decided.
    var known: OptionalSize
    /// The containing block's content-box size, for percentages.
    var parentSize: OptionalSize
    /// Space for the node's margin box.
    var available: Axes<AvailableSpace>
    var sizing: SizingMode
    /// Whether `known.height` is definite, i.e. children's percentage heights resolve against it
    /// (explicit, stretched or flexed in a definite container; not a content-based height).
    var definiteHeight: Bool

    /// An input; `definiteHeight` only holds when there is a known height (in the type, replacing
    /// the memberwise initialiser, so no input can claim a definite height it does not have).
    init(known: OptionalSize, parentSize: OptionalSize, available: Axes<AvailableSpace>, sizing: SizingMode,
         definiteHeight: Bool = true) {
        self.known = known
        self.parentSize = parentSize
        self.available = available
        self.sizing = sizing
        self.definiteHeight = known.height != nil && definiteHeight
    }
}

/// What a layout call returns.
struct LayoutOutput {
    /// Border-box size.
    var size: Axes<Double>
    /// Distance from the top of the border box to the first baseline; nil when the node has none
    /// (callers synthesise it from the border box). Only computed when performing layout.
    var firstBaseline: Double?
}

/// The result stored for one node: its border box relative to its parent's border box.
struct NodeResult {
    var location = Point.zero
    var size = Axes(width: 0.0, height: 0.0)
    var text: TextLayout?
}

/// One node of the arena.
struct ArenaNode {
    var kind: Node.Kind
    var style: Style
    /// True when the node clips its content (CSS `overflow: hidden`): its automatic minimum size is zero.
    var clips: Bool
    var children: [Int]
    /// Whether any of the node's own lengths is a percentage (then the containing block matters).
    var usesPercentages: Bool
    /// Whether the node has a width, height, min, max or aspect ratio (then the sizing mode matters).
    var hasSizeProperties: Bool
    /// Whether some descendant has a percentage height, vertical inset or basis, or the node a
    /// percentage row gap (then the definiteness of the node's height matters).
    var descendantsUsePercentHeights = false
}

/// State of one layout run. The measurer is only ever called from the calling thread.
final class LayoutContext {
    var nodes: [ArenaNode] = []
    var results: [NodeResult] = []
    private var sizeCache: [[LayoutInput: LayoutOutput]] = []
    private var textCache: [TextKey: TextLayout] = [:]
    private let measurer: any TextMeasuring

    private struct TextKey: Hashable {
        var content: TextContent
        var maxWidth: Double?
        var maxHeight: Double?
    }

    init(root: Node, measurer: any TextMeasuring) {
        self.measurer = measurer
        _ = add(root)
        results = Array(repeating: NodeResult(), count: nodes.count)
        sizeCache = Array(repeating: [:], count: nodes.count)
    }

    /// Adds `node` and its subtree in preorder; returns its index.
    private func add(_ node: Node) -> Int {
        let index = nodes.count
        let style = node.style
        let lengths = [style.width, style.height, style.minWidth, style.minHeight, style.maxWidth, style.maxHeight,
                       style.padding.top, style.padding.right, style.padding.bottom, style.padding.left,
                       style.margin.top, style.margin.right, style.margin.bottom, style.margin.left,
                       style.inset.top, style.inset.right, style.inset.bottom, style.inset.left]
        let usesPercentages = lengths.contains { if case .percent = $0 { true } else { false } }
        let hasSizeProperties = lengths.prefix(6).contains { !$0.isAuto } || style.aspectRatio != nil
        nodes.append(ArenaNode(kind: node.kind, style: style, clips: node.decoration.clipsContent, children: [],
                               usesPercentages: usesPercentages, hasSizeProperties: hasSizeProperties))
        // Leaves have no children, whatever the input says (`buildTree` gives any such a zero frame).
        guard isContainer(index) else { return index }
        var children: [Int] = []
        children.reserveCapacity(node.children.count)
        for child in node.children { children.append(add(child)) }
        nodes[index].children = children
        func isPercent(_ value: Dimension) -> Bool { if case .percent = value { true } else { false } }
        nodes[index].descendantsUsePercentHeights = isPercent(style.rowGap) || children.contains { child in
            let s = nodes[child].style
            return nodes[child].descendantsUsePercentHeights
                || [s.height, s.minHeight, s.maxHeight, s.inset.top, s.inset.bottom, s.flexBasis].contains(where: isPercent)
        }
        return index
    }

    // MARK: - Dispatch

    /// Lays out node `id`; sizes are cached per input, final layouts are always performed.
    func compute(_ id: Int, _ rawInput: LayoutInput, _ mode: RunMode) -> LayoutOutput {
        let input = normalized(rawInput, nodes[id])
        if mode == .computeSize, let cached = sizeCache[id][input] { return cached }
        let output: LayoutOutput
        switch nodes[id].kind {
        case .box: output = computeFlexbox(id, input, mode)
        case let .zStack(alignment): output = computeZStack(id, alignment, input, mode)
        case .text, .image, .path: output = computeLeaf(id, input, mode)
        }
        if mode == .computeSize || sizeCache[id][input] == nil {
            sizeCache[id][input] = LayoutOutput(size: output.size, firstBaseline: mode == .computeSize ? nil : output.firstBaseline)
        }
        return output
    }

    /// The border-box size of `id` for the given input.
    func measure(_ id: Int, known: OptionalSize, parent: OptionalSize, available: Axes<AvailableSpace>,
                 sizing: SizingMode = .inherent, definiteHeight: Bool = true) -> Axes<Double> {
        let input = LayoutInput(known: known, parentSize: parent, available: available, sizing: sizing,
                                definiteHeight: definiteHeight)
        return compute(id, input, .computeSize).size
    }

    /// Performs the final layout of `id` at `size` and records it at `location`.
    func place(_ id: Int, at location: Point, size: Axes<Double>, parent: OptionalSize, definiteHeight: Bool) -> LayoutOutput {
        let input = LayoutInput(known: Axes(width: size.width, height: size.height), parentSize: parent,
                                available: Axes(width: .definite(size.width), height: .definite(size.height)),
                                sizing: .inherent, definiteHeight: definiteHeight)
        let output = compute(id, input, .performLayout)
        results[id].location = location
        results[id].size = size
        return output
    }

    /// The input with everything that cannot change the result dropped, so equivalent requests
    /// share a cache entry: available width along a known width, available height, the parent size when the node has
    /// no percentages of its own, the sizing mode when it has no size properties.
    private func normalized(_ input: LayoutInput, _ node: ArenaNode) -> LayoutInput {
        var result = input
        if input.known.width != nil { result.available.width = .maxContent }
        // Heights are content-based (no fit-content in the block axis): available height never matters.
        result.available.height = .maxContent
        if !node.usesPercentages { result.parentSize = .none }
        if !node.hasSizeProperties { result.sizing = .inherent }
        if !node.descendantsUsePercentHeights { result.definiteHeight = input.known.height != nil }
        return result
    }

    // MARK: - Text

    /// The measurer's layout of `content`, measured once per run for each constraint.
    func textLayout(_ content: TextContent, maxWidth: Double?, maxHeight: Double?) -> TextLayout {
        let key = TextKey(content: content, maxWidth: maxWidth, maxHeight: maxHeight)
        if let cached = textCache[key] { return cached }
        let layout = measurer.layout(content, maxWidth: maxWidth, maxHeight: maxHeight)
        textCache[key] = layout
        return layout
    }

    /// The text's width without wrapping.
    func maxContentWidth(_ content: TextContent) -> Double {
        textLayout(content, maxWidth: nil, maxHeight: nil).size.width
    }

    /// The text's width when every wrap opportunity is taken (its longest unbreakable run).
    func minContentWidth(_ content: TextContent) -> Double {
        textLayout(content, maxWidth: 0, maxHeight: nil).size.width
    }

    /// The text's size when wrapped at `width`; an unwrapped measurement serves any width it fits.
    func textSize(_ content: TextContent, width: Double) -> Size {
        let unwrapped = textLayout(content, maxWidth: nil, maxHeight: nil)
        if width >= unwrapped.size.width { return unwrapped.size }
        return textLayout(content, maxWidth: width, maxHeight: nil).size
    }
}

/// A length usable as a size: finite and not negative (zero otherwise).
func finiteLength(_ value: Double) -> Double {
    value.isFinite ? max(0, value) : 0
}

// MARK: - Shared helpers for containers

/// A container's resolved box: what flexbox and z-stack both start from.
struct ContainerBox {
    var paddingBorder: Edges<Double>
    var margin: Edges<Double>
    /// Min sizes clamping the outer size (none when measuring content size).
    var minSize: OptionalSize
    /// Max sizes clamping the outer size (none when measuring content size).
    var maxSize: OptionalSize
    /// Max sizes from the style even when measuring content size (they still limit line length).
    var styleMaxSize: OptionalSize
    /// Border-box sizes known before laying out the content.
    var known: OptionalSize
    /// Whether the known height is definite (percentage heights of children resolve against it).
    var heightIsDefinite: Bool

    /// The content-box size children's percentages refer to: the known width, and the height when definite.
    var percentageBasis: OptionalSize {
        Axes(width: known.width.map { max(0, $0 - paddingBorder.horizontal) },
             height: heightIsDefinite ? known.height.map { max(0, $0 - paddingBorder.vertical) } : nil)
    }
}

extension LayoutContext {
    /// The aspect ratio of node `id`: its style's (border box) or, for images and paths, the natural one (content box).
    func aspectRatio(_ id: Int, paddingBorder: Edges<Double>) -> AspectRatio? {
        let node = nodes[id]
        if let value = node.style.usableAspectRatio { return AspectRatio(value: value, inset: Axes(width: 0, height: 0)) }
        guard let natural = naturalSize(id), natural.width > 0, natural.height > 0,
              natural.width.isFinite, natural.height.isFinite else { return nil }
        let value = natural.width / natural.height
        guard value.isFinite, value > 0 else { return nil }
        return AspectRatio(value: value, inset: paddingBorder.sums)
    }

    /// The natural (intrinsic) content size of a replaced leaf; nil for boxes, stacks and text.
    func naturalSize(_ id: Int) -> Size? {
        switch nodes[id].kind {
        case let .image(image):
            guard let size = image.intrinsicSize else { return .zero }
            return Size(finiteLength(size.width), finiteLength(size.height))
        case let .path(path):
            return Size(finiteLength(path.viewBox.width), finiteLength(path.viewBox.height))
        case .box, .zStack, .text:
            return nil
        }
    }

    /// Resolves a node's own box: padding, border, margins, min/max and the sizes it already knows
    /// (the caller's, else its own `width`/`height` clamped, when sizing mode is inherent).
    func resolveBox(_ id: Int, _ input: LayoutInput) -> ContainerBox {
        let style = nodes[id].style
        let parent = input.parentSize
        let pb = style.paddingBorder(parent.width)
        let floor = pb.sums
        var minSize = OptionalSize.none
        var maxSize = OptionalSize.none
        var known = input.known
        var definiteHeight = input.definiteHeight
        let ratio = aspectRatio(id, paddingBorder: pb)
        let styleMaxSize = style.maxSize(in: parent)
        if input.sizing == .inherent {
            minSize = style.minSize(in: parent)
            maxSize = styleMaxSize
            let styled = style.size(in: parent)
            let clamped = Axes(width: styled.width.clamped(min: minSize.width, max: maxSize.width),
                               height: styled.height.clamped(min: minSize.height, max: maxSize.height))
            if known.height == nil, clamped.height != nil { definiteHeight = true }
            known = known.or(clamped)
            if known.width == nil, let lo = minSize.width, let hi = maxSize.width, hi <= lo { known.width = lo }
            if known.height == nil, let lo = minSize.height, let hi = maxSize.height, hi <= lo {
                known.height = lo
                definiteHeight = true
            }
        }
        if let ratio, let width = known.width, known.height == nil {
            let height = ratio.height(forWidth: width)
            if isContainer(id), style.minHeight.isAuto, !nodes[id].clips {
                // A ratio-derived height of a box is also its automatic minimum's floor: taller content grows it.
                minSize.height = max(minSize.height ?? 0, height)
            } else {
                known.height = height
                definiteHeight = true
            }
        }
        if let ratio, let height = known.height, known.width == nil { known.width = ratio.width(forHeight: height) }
        known = Axes(width: known.width.map { max($0, floor.width) }, height: known.height.map { max($0, floor.height) })
        return ContainerBox(paddingBorder: pb, margin: style.resolvedMargin(parent.width),
                            minSize: minSize, maxSize: maxSize, styleMaxSize: styleMaxSize, known: known,
                            heightIsDefinite: definiteHeight)
    }

    /// True for boxes and z-stacks (nodes with content that can outgrow a preferred size).
    func isContainer(_ id: Int) -> Bool {
        switch nodes[id].kind {
        case .box, .zStack: true
        case .text, .image, .path: false
        }
    }

    /// The in-flow children of `id` (absolutely positioned ones are laid out separately).
    func inFlowChildren(_ id: Int) -> [Int] {
        nodes[id].children.filter { nodes[$0].style.position != .absolute }
    }

    /// Offsets of a relatively positioned child (`left`, else minus `right`; `top`, else minus `bottom`).
    func relativeOffset(_ id: Int, containing: OptionalSize) -> Point {
        let style = nodes[id].style
        guard style.position == .relative else { return .zero }
        let inset = style.inset
        let dx = inset.left.resolve(containing.width) ?? inset.right.resolve(containing.width).map { -$0 } ?? 0
        let dy = inset.top.resolve(containing.height) ?? inset.bottom.resolve(containing.height).map { -$0 } ?? 0
        return Point(dx, dy)
    }
}
