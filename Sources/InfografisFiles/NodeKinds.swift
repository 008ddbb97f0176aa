import Foundation
import Infografis

// The registry of node kinds: the key that names a node, the property groups it accepts, its own
// keys, and how it becomes a DSL element. A new component is one entry here.

/// The values of a node's own keys and its decoded children, handed to a kind's builder.
struct KindInput {
    /// The kind key (`text`, `column`, ...); missing-key errors point at it.
    let key: YAMLNode
    /// Own keys present in the node, by name.
    var values: [String: YAMLNode] = [:]
    /// The decoded children (containers only), in order; children that failed are left out.
    var children: [any Element] = []
}

/// One kind of node.
struct NodeKind: Sendable {
    /// The kind key.
    let name: String
    /// Property groups it accepts besides its own keys.
    let groups: [PropertyGroup]
    /// Keys only this kind understands (read by `build`).
    let ownKeys: [String]
    /// Own keys that must be present.
    let requiredKeys: [String]
    /// The own key a bare scalar value stands for (`text: "Hi"` is `content`); nil if none.
    let scalarKey: String?
    /// Makes the element; nil when a value was invalid (already reported).
    let build: @Sendable (KindInput, FileDecoder) -> (any Element)?

    /// True for containers: they take `children`, and a list value is shorthand for it.
    var hasChildren: Bool { ownKeys.contains("children") }
}

enum NodeKinds {
    /// Every kind, in the order the documentation lists them.
    static let all: [NodeKind] = [column, row, box, stack, text, image, path, spacer]
        + components  // ComponentKinds.swift
        + ChartKinds.all // charts: Sources/InfografisFiles/ChartKinds.swift

    /// The kind called `name`, or nil.
    static func named(_ name: String) -> NodeKind? {
        all.first { $0.name == name }
    }

    /// The names of the kinds that accept the property `name` (own key or group).
    static func kinds(accepting name: String) -> [String] {
        let group = Properties.named(name)?.group
        return all.filter { kind in
            kind.ownKeys.contains(name) || group.map(kind.groups.contains) == true
        }.map(\.name)
    }

    static let containerGroups: [PropertyGroup] = [.common, .flex, .inheritedText]

    static let column = NodeKind(name: "column", groups: containerGroups, ownKeys: ["children"], requiredKeys: [],
                                 scalarKey: nil) { input, _ in VStack { input.children } }

    static let row = NodeKind(name: "row", groups: containerGroups, ownKeys: ["children"], requiredKeys: [],
                              scalarKey: nil) { input, _ in HStack { input.children } }

    static let box = NodeKind(name: "box", groups: containerGroups, ownKeys: ["children", "direction"],
                              requiredKeys: [], scalarKey: nil) { input, decoder in
        var direction = FlexDirection.row
        if let value = input.values["direction"] {
            guard let parsed = decoder.choice(value, "direction", FlexDirection.allCases.map { ($0.rawValue, $0) })
            else { return nil }
            direction = parsed
        }
        return Box(direction: direction) { input.children }
    }

    static let stack = NodeKind(name: "stack", groups: [.common, .inheritedText], ownKeys: ["children", "alignment"],
                                requiredKeys: [], scalarKey: nil) { input, decoder in
        var alignment = Alignment.topLeading
        if let value = input.values["alignment"] {
            guard let parsed = decoder.choice(value, "alignment", stackAlignments) else { return nil }
            alignment = parsed
        }
        return ZStack(alignment: alignment) { input.children }
    }

    static let text = NodeKind(name: "text", groups: [.common, .inheritedText, .textOnly], ownKeys: ["content"],
                               requiredKeys: ["content"], scalarKey: "content") { input, decoder in
        guard let value = input.values["content"], let content = decoder.textContent(value) else { return nil }
        return Text(content)
    }

    static let image = NodeKind(name: "image", groups: [.common], ownKeys: ["src", "fit"], requiredKeys: ["src"],
                                scalarKey: "src") { input, decoder in
        // Read both before giving up, so both problems are reported.
        let fit = input.values["fit"].map { decoder.choice($0, "fit", ImageFit.allCases.map { ($0.rawValue, $0) }) }
        let path = input.values["src"].flatMap(decoder.imagePath)
        guard let path, let fit = fit ?? .contain else { return nil }
        return Image(path, fit: fit)
    }

    static let path = NodeKind(name: "path", groups: [.common],
                               ownKeys: ["d", "view-box", "fill", "stroke", "stroke-width", "line-cap", "fill-rule"],
                               requiredKeys: ["d", "view-box"], scalarKey: nil) { input, decoder in
        decoder.path(input)
    }

    static let spacer = NodeKind(name: "spacer", groups: [.common], ownKeys: ["min-length"], requiredKeys: [],
                                 scalarKey: nil) { input, decoder in
        guard let value = input.values["min-length"] else { return Spacer() }
        return decoder.number(value, "min-length", in: .nonNegative).map { Spacer(minLength: $0) }
    }

    /// `stack` alignments: the nine positions in a box, named as a designer would.
    static let stackAlignments: [(String, Alignment)] = [
        ("top-left", .topLeading), ("top", .top), ("top-right", .topTrailing),
        ("left", .leading), ("center", .center), ("right", .trailing),
        ("bottom-left", .bottomLeading), ("bottom", .bottom), ("bottom-right", .bottomTrailing),
    ]
}

// MARK: - Leaf values

extension FileDecoder {
    /// An image `src`, resolved against the layout file's directory inside the project root; the
    /// file must be a readable image within the limits (see `checkedImagePath`).
    func imagePath(_ node: YAMLNode) -> String? {
        checkedImagePath(node)
    }

    /// A `path` node: `d`, `view-box`, and optional `fill`, `stroke`, `stroke-width`, `line-cap`, `fill-rule`.
    func path(_ input: KindInput) -> Path? {
        guard let dNode = input.values["d"], let viewBoxNode = input.values["view-box"] else { return nil }
        let data = string(dNode, "d")
        let viewBox = viewBox(viewBoxNode)
        var content = PathContent(data: data ?? "", viewBox: viewBox ?? .zero)
        var failed = data == nil || viewBox == nil
        if let value = input.values["fill"] {
            if case .scalar(let scalar) = value, scalar.string == "none" {
                content.fill = nil
            } else if let paint = paint(value, "fill") {
                content.fill = paint
            } else { failed = true }
        }
        if let value = input.values["stroke"] {
            if let color = color(value, "stroke") { content.stroke = color } else { failed = true }
        }
        if let value = input.values["stroke-width"] {
            if let width = number(value, "stroke-width", in: .nonNegative) { content.strokeWidth = width } else { failed = true }
        }
        if let value = input.values["line-cap"] {
            if let cap = choice(value, "line-cap", LineCap.allCases.map { ($0.rawValue, $0) }) { content.lineCap = cap } else { failed = true }
        }
        if let value = input.values["fill-rule"] {
            if let rule = choice(value, "fill-rule", [("nonzero", false), ("evenodd", true)]) { content.evenOdd = rule } else { failed = true }
        }
        guard !failed else { return nil }
        return Path(data: content.data, viewBox: content.viewBox, fill: content.fill, stroke: content.stroke,
                    strokeWidth: content.strokeWidth, lineCap: content.lineCap, evenOdd: content.evenOdd)
    }

    /// `view-box`: `[x, y, width, height]` or the SVG form `"0 0 24 24"`; width and height above zero.
    func viewBox(_ node: YAMLNode) -> Rect? {
        let expected = "four numbers [x, y, width, height], e.g. [0, 0, 24, 24]"
        var parts: [Double?] = []
        switch node {
        case .sequence(let items):
            parts = items.map { item in item.scalar.flatMap { Double($0.string) } }
        case .scalar(let scalar):
            parts = scalar.string.split(whereSeparator: { $0 == " " || $0 == "," }).map { Double($0) }
        default:
            break
        }
        let values = parts.compactMap { $0 }.filter(\.isFinite)
        guard parts.count == 4, values.count == 4 else {
            wrongType("view-box", expected: expected, found: node)
            return nil
        }
        guard values[2] > 0, values[3] > 0 else {
            error("out-of-range", "`view-box` must have a width and height greater than zero.", at: node)
            return nil
        }
        return Rect(origin: Point(values[0], values[1]), size: Size(values[2], values[3]))
    }
}
