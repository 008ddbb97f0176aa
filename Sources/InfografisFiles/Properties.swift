import Infografis

// The registry of node properties: every key a node accepts besides its kind's own keys
// (`children`, `content`, `src`, ...), with the group that says which kinds accept it.
// A new property is one entry here; a new kind lists its groups in `NodeKinds`.

/// What reading one property produces: an edit of the node, or of the inherited text style.
enum Edit {
    /// Changes the node's style, decoration or id (a layout or decoration modifier).
    case node((inout InfografisCore.Node) -> Void)
    /// Changes the text style inherited by the node's text (a text modifier).
    case text((inout TextStyle) -> Void)
}

/// Which kinds accept a property.
enum PropertyGroup: String, Sendable {
    /// Every node: size, flex item, spacing, position, decoration, id.
    case common
    /// Flex containers (`column`, `row`, `box`): gap, justify, align, wrap.
    case flex
    /// Text style, inherited by descendants: font, size, weight, color, ...
    case inheritedText
    /// Only `text`: max-lines, fit, single-line.
    case textOnly
}

/// One property: its key, group, and how its value is read.
struct PropertySpec: Sendable {
    /// The key, kebab-case.
    let name: String
    /// Which kinds accept it.
    let group: PropertyGroup
    /// Reads the value; nil when it is invalid (the decoder has recorded why).
    let read: @Sendable (YAMLNode, FileDecoder) -> Edit?
}

enum Properties {
    /// Every property, by group.
    static let all: [PropertySpec] = common + flex + inheritedText + textOnly

    /// The property called `name`, or nil.
    static func named(_ name: String) -> PropertySpec? {
        all.first { $0.name == name }
    }

    // MARK: - Common

    static let common: [PropertySpec] = [
        length("width", \.width, allowsAuto: true), length("height", \.height, allowsAuto: true),
        length("min-width", \.minWidth, allowsAuto: true), length("max-width", \.maxWidth, allowsAuto: true),
        length("min-height", \.minHeight, allowsAuto: true), length("max-height", \.maxHeight, allowsAuto: true),
        style("grow") { v, d in d.number(v, "grow", in: .nonNegative).map { n in { $0.flexGrow = n } } },
        style("shrink") { v, d in d.number(v, "shrink", in: .nonNegative).map { n in { $0.flexShrink = n } } },
        length("basis", \.flexBasis, allowsAuto: true),
        style("align-self") { v, d in
            d.choice(v, "align-self", [("auto", AlignItems?.none)] + alignItems.map { ($0.0, Optional($0.1)) })
                .map { a in { $0.alignSelf = a } }
        },
        style("aspect-ratio") { v, d in d.aspectRatio(v).map { r in { $0.aspectRatio = r } } },
        style("padding") { v, d in d.edges(v, "padding").map { e in { $0.padding = e } } },
        style("margin") { v, d in
            d.edges(v, "margin", allowsAuto: true, allowsNegative: true).map { e in { $0.margin = e } }
        },
        PropertySpec(name: "border", group: .common) { v, d in d.border(v) },
        style("position") { v, d in
            d.choice(v, "position", PositionType.allCases.map { ($0.rawValue, $0) }).map { p in { $0.position = p } }
        },
        inset("top", \.top), inset("right", \.right), inset("bottom", \.bottom), inset("left", \.left),
        decoration("background") { v, d in d.paint(v, "background").map { p in { $0.background = p } } },
        decoration("radius") { v, d in d.radii(v, "radius").map { r in { $0.cornerRadius = r } } },
        decoration("shadow") { v, d in d.shadows(v, "shadow").map { s in { $0.shadows = s } } },
        decoration("opacity") { v, d in d.number(v, "opacity", in: .unit).map { o in { $0.opacity = o } } },
        decoration("clip") { v, d in d.bool(v, "clip").map { c in { $0.clipsContent = c } } },
        PropertySpec(name: "id", group: .common) { v, d in d.string(v, "id").map { id in .node { $0.id = id } } },
        PropertySpec(name: "alt", group: .common) { v, d in
            d.string(v, "alt").map { alt in .node { $0.accessibilityLabel = alt } }
        },
        // Applied before decoding by `LayoutTemplate` (the node is removed when false); listed here so
        // that it is a known property everywhere else (messages, documentation).
        PropertySpec(name: "visible", group: .common) { _, _ in .node { _ in } },
    ]

    // MARK: - Flex containers

    static let flex: [PropertySpec] = [
        length("gap", \.gap, group: .flex), length("row-gap", \.rowGap, group: .flex),
        length("column-gap", \.columnGap, group: .flex),
        style("justify", group: .flex) { v, d in
            d.choice(v, "justify", withStartEnd(JustifyContent.allCases.map { ($0.rawValue, $0) }))
                .map { j in { $0.justifyContent = j } }
        },
        style("align", group: .flex) { v, d in d.choice(v, "align", alignItems).map { a in { $0.alignItems = a } } },
        style("align-content", group: .flex) { v, d in
            d.choice(v, "align-content", withStartEnd(AlignContent.allCases.map { ($0.rawValue, $0) }))
                .map { a in { $0.alignContent = a } }
        },
        style("wrap", group: .flex) { v, d in
            d.choice(v, "wrap", [("false", FlexWrap.noWrap), ("true", .wrap), ("reverse", .wrapReverse)]
                + FlexWrap.allCases.map { ($0.rawValue, $0) }).map { w in { $0.flexWrap = w } }
        },
    ]

    // MARK: - Text

    /// Text style keys; they are also the keys of a `font: {...}` mapping (with `family`).
    static let inheritedText: [PropertySpec] = [
        PropertySpec(name: "font", group: .inheritedText) { v, d in d.font(v).map(Edit.text) },
        text("size") { v, d in d.number(v, "size", in: .fontSize).map { s in { $0.size = s } } },
        text("weight") { v, d in d.weight(v).map { w in { $0.weight = w.value } } },
        text("italic") { v, d in d.bool(v, "italic").map { i in { $0.italic = i } } },
        text("color") { v, d in d.color(v, "color").map { c in { $0.color = c } } },
        text("text-align") { v, d in
            d.choice(v, "text-align", TextAlignment.allCases.map { ($0.rawValue, $0) }).map { a in { $0.alignment = a } }
        },
        text("line-height") { v, d in
            if case .scalar(let s) = v, s.string == "normal" { return { $0.lineHeight = nil } }
            return d.number(v, "line-height", in: .positive).map { h in { $0.lineHeight = h } }
        },
        text("letter-spacing") { v, d in d.number(v, "letter-spacing", in: .letterSpacing).map { l in { $0.letterSpacing = l } } },
    ]

    static let textOnly: [PropertySpec] = [
        text("max-lines", group: .textOnly) { v, d in
            if case .scalar(let s) = v, s.string == "none" { return { $0.maxLines = nil } }
            return d.integer(v, "max-lines", in: .closed(1...10_000)).map { n in { $0.maxLines = n } }
        },
        text("fit", group: .textOnly) { v, d in d.autoFit(v).map { f in { $0.autoFit = f } } },
        text("single-line", group: .textOnly) { v, d in d.bool(v, "single-line").map { s in { $0.wraps = !s } } },
    ]

    // MARK: - Shared tables

    /// `align-items` values; `start` and `end` are accepted for `flex-start` and `flex-end`.
    static let alignItems: [(String, AlignItems)] = withStartEnd(AlignItems.allCases.map { ($0.rawValue, $0) })

    private static func withStartEnd<Value>(_ options: [(String, Value)]) -> [(String, Value)] {
        options + options.compactMap { name, value in
            name.hasPrefix("flex-") ? (String(name.dropFirst(5)), value) : nil
        }
    }
}

// MARK: - Spec builders

extension Properties {
    typealias Reader<Target> = @Sendable (YAMLNode, FileDecoder) -> ((inout Target) -> Void)?

    static func style(_ name: String, group: PropertyGroup = .common, _ read: @escaping Reader<Style>) -> PropertySpec {
        PropertySpec(name: name, group: group) { v, d in read(v, d).map { edit in .node { edit(&$0.style) } } }
    }

    static func decoration(_ name: String, _ read: @escaping Reader<Decoration>) -> PropertySpec {
        PropertySpec(name: name, group: .common) { v, d in read(v, d).map { edit in .node { edit(&$0.decoration) } } }
    }

    static func text(_ name: String, group: PropertyGroup = .inheritedText, _ read: @escaping Reader<TextStyle>) -> PropertySpec {
        PropertySpec(name: name, group: group) { v, d in read(v, d).map(Edit.text) }
    }

    static func length(_ name: String, _ keyPath: WritableKeyPath<Style, Dimension> & Sendable,
                       group: PropertyGroup = .common, allowsAuto: Bool = false) -> PropertySpec {
        style(name, group: group) { v, d in
            d.length(v, name, allowsAuto: allowsAuto).map { l in { $0[keyPath: keyPath] = l } }
        }
    }

    static func inset(_ name: String, _ keyPath: WritableKeyPath<Edges<Dimension>, Dimension> & Sendable) -> PropertySpec {
        style(name) { v, d in
            d.length(v, name, allowsAuto: true, allowsNegative: true).map { l in { $0.inset[keyPath: keyPath] = l } }
        }
    }
}
