import Foundation
import Infografis
import Yams

// The node kinds of the components (Stat, Quote, Icon, ...): one `NodeKind` each, with the same
// name and parameters as the Swift component. Shared value readers are at the end of the file.

extension NodeKinds {
    /// The component kinds, in the order the documentation lists them.
    static let components: [NodeKind] = [
        stat, quote, icon, title, footer, badge, divider, bulletList, steps, timeline, callout, table, qrCode, logo,
    ]

    /// Theme overrides every component accepts (see `Theme.ComponentStyle`).
    static let styleKeys = ["color", "background", "accent", "radius", "padding", "variant"]

    static let stat = NodeKind(name: "stat", groups: [.common],
                               ownKeys: ["value", "format", "decimals", "label", "unit", "prefix", "suffix", "icon",
                                         "change", "change-label", "good", "alignment", "size"] + styleKeys,
                               requiredKeys: ["value"], scalarKey: "value") { input, decoder in
        let read = KeyReader(input, decoder)
        let value = decoder.displayValue(input)
        let icon = read("icon", decoder.iconSource)
        let change = read("change") { decoder.number($0, "change") }
        let good = read("good") { decoder.choice($0, "good", GoodDirection.allCases.map { ($0.rawValue, $0) }) }
        let alignment = read("alignment", decoder.contentAlignment)
        let style = decoder.componentStyle(read, variants: ["card", "plain"])
        guard let value, !read.failed else { return nil }
        return Stat(value: value, label: read.text("label"), unit: read.text("unit"), prefix: read.text("prefix"),
                    suffix: read.text("suffix"), icon: icon, change: change, changeLabel: read.text("change-label"),
                    good: good ?? .up, alignment: alignment ?? .left, style: style)
    }

    static let quote = NodeKind(name: "quote", groups: [.common],
                                ownKeys: ["text", "author", "role", "portrait", "size"] + styleKeys,
                                requiredKeys: ["text"], scalarKey: "text") { input, decoder in
        let read = KeyReader(input, decoder)
        let text = read.text("text")
        let portrait = read("portrait", decoder.imagePath)
        let style = decoder.componentStyle(read, variants: QuoteVariant.allCases.map(\.rawValue))
        guard let text, !read.failed else { return nil }
        return Quote(text, author: read.text("author"), role: read.text("role"), portrait: portrait, style: style)
    }

    static let logo = NodeKind(name: "logo", groups: [.common], ownKeys: ["src", "fit", "mask", "size", "radius"],
                               requiredKeys: ["src"], scalarKey: "src") { input, decoder in
        let read = KeyReader(input, decoder)
        let fit = read("fit") { decoder.choice($0, "fit", ImageFit.allCases.map { ($0.rawValue, $0) }) }
        let mask = read("mask") { decoder.choice($0, "mask", ImageMask.allCases.map { ($0.rawValue, $0) }) }
        let size = read("size") { decoder.number($0, "size", in: .positive) }
        let radius = read("radius") { decoder.number($0, "radius", in: .nonNegative) }
        let path = read("src", decoder.imagePath)
        guard let path, !read.failed else { return nil }
        return Logo(path, fit: fit ?? .contain, mask: mask ?? ImageMask.none, size: size,
                    style: Theme.ComponentStyle(radius: radius))
    }
}

extension NodeKinds {
    static let icon = NodeKind(name: "icon", groups: [.common],
                               ownKeys: ["name", "src", "size", "shape", "color", "background", "padding", "radius"],
                               requiredKeys: [], scalarKey: "name") { input, decoder in
        let read = KeyReader(input, decoder)
        let named = read("name", decoder.iconSource)
        let file = read("src", decoder.imagePath)
        let shape = read("shape") { decoder.choice($0, "shape", IconShape.allCases.map { ($0.rawValue, $0) }) }
        let style = decoder.componentStyle(read, variants: [])
        guard let source = named ?? file.map({ IconSource.file(path: $0) }) else {
            if !read.failed {
                decoder.error("missing-property", "`icon` needs `name` (a Material Design icon) or `src` (an SVG file).",
                              at: input.key, hint: "e.g. `icon: eye` or `icon: {src: icons/logo.svg}`; `infografis icons` lists the names.")
            }
            return nil
        }
        guard !read.failed else { return nil }
        return Icon(source: source, size: style.size, shape: shape ?? .circle, style: style)
    }

    static let title = NodeKind(name: "title", groups: [.common],
                                ownKeys: ["text", "kicker", "subtitle", "alignment", "size"] + styleKeys,
                                requiredKeys: ["text"], scalarKey: "text") { input, decoder in
        let read = KeyReader(input, decoder)
        let text = read.text("text")
        let alignment = read("alignment", decoder.contentAlignment)
        let style = decoder.componentStyle(read, variants: ["plain", "band"])
        guard let text, !read.failed else { return nil }
        return Title(text, kicker: read.text("kicker"), subtitle: read.text("subtitle"), alignment: alignment ?? .left,
                     style: style)
    }

    static let footer = NodeKind(name: "footer", groups: [.common],
                                 ownKeys: ["source", "date", "logos", "logo-height", "rule", "size", "color", "accent"],
                                 requiredKeys: [], scalarKey: "source") { input, decoder in
        let read = KeyReader(input, decoder)
        let date = read("date", decoder.footerDate)
        let logos = read("logos") { node in decoder.list(node, "logos") { decoder.imagePath($0) } }
        let height = read("logo-height") { decoder.number($0, "logo-height", in: .positive) }
        let rule = read("rule") { decoder.bool($0, "rule") }
        let style = decoder.componentStyle(read, variants: [])
        let source = read.text("source")
        guard !read.failed else { return nil }
        return Footer(source: source, date: date, logos: logos ?? [], logoHeight: height, rule: rule ?? true, style: style)
    }

    static let badge = NodeKind(name: "badge", groups: [.common], ownKeys: ["text", "icon", "size"] + styleKeys,
                                requiredKeys: ["text"], scalarKey: "text") { input, decoder in
        let read = KeyReader(input, decoder)
        let text = read.text("text")
        let icon = read("icon", decoder.iconSource)
        let style = decoder.componentStyle(read, variants: ["solid", "outline"])
        guard let text, !read.failed else { return nil }
        return Badge(text, icon: icon, style: style)
    }

    static let divider = NodeKind(name: "divider", groups: [.common], ownKeys: ["orientation", "thickness", "color"],
                                  requiredKeys: [], scalarKey: "orientation") { input, decoder in
        let read = KeyReader(input, decoder)
        let orientation = read("orientation") {
            decoder.choice($0, "orientation", DividerOrientation.allCases.map { ($0.rawValue, $0) })
        }
        let thickness = read("thickness") { decoder.number($0, "thickness", in: .positive) }
        let color = read("color") { decoder.themeColor($0, "color") }
        guard !read.failed else { return nil }
        return Divider(orientation ?? .horizontal, thickness: thickness, color: color)
    }

    static let bulletList = NodeKind(name: "bullet-list", groups: [.common], ownKeys: ["items", "marker", "size", "color", "accent", "padding"],
                                     requiredKeys: ["items"], scalarKey: "items") { input, decoder in
        let read = KeyReader(input, decoder)
        let items = read("items", decoder.listItems)
        let marker = read("marker") { node -> BulletMarker? in
            node.scalar?.string == "dot" ? .dot : decoder.iconSource(node).map(BulletMarker.icon)
        }
        let style = decoder.componentStyle(read, variants: [])
        guard let items, !read.failed else { return nil }
        return BulletList(items, marker: marker ?? .dot, style: style)
    }

    static let steps = NodeKind(name: "steps", groups: [.common], ownKeys: ["items", "direction", "size", "color", "background"],
                                requiredKeys: ["items"], scalarKey: "items") { input, decoder in
        let read = KeyReader(input, decoder)
        let items = read("items", decoder.listItems)
        let direction = read("direction", decoder.listDirection)
        let style = decoder.componentStyle(read, variants: [])
        guard let items, !read.failed else { return nil }
        return Steps(items, direction: direction ?? .vertical, style: style)
    }

    static let timeline = NodeKind(name: "timeline", groups: [.common], ownKeys: ["items", "direction", "size", "color", "accent"],
                                   requiredKeys: ["items"], scalarKey: "items") { input, decoder in
        let read = KeyReader(input, decoder)
        let items = read("items", decoder.listItems)
        let direction = read("direction", decoder.listDirection)
        let style = decoder.componentStyle(read, variants: [])
        guard let items, !read.failed else { return nil }
        return Timeline(items, direction: direction ?? .vertical, style: style)
    }

    static let callout = NodeKind(name: "callout", groups: [.common],
                                  ownKeys: ["tone", "label", "title", "text", "icon", "size", "color", "background", "accent",
                                            "radius", "padding"],
                                  requiredKeys: ["text"], scalarKey: "text") { input, decoder in
        let read = KeyReader(input, decoder)
        let tone = read("tone") { decoder.choice($0, "tone", CalloutTone.allCases.map { ($0.rawValue, $0) }) }
        let icon = read("icon", decoder.iconSource)
        let text = read.text("text")
        let style = decoder.componentStyle(read, variants: [])
        guard let text, !read.failed else { return nil }
        return Callout(tone: tone ?? .neutral, label: read.text("label"), title: read.text("title"), text: text,
                       icon: icon, style: style)
    }

    static let table = NodeKind(name: "table", groups: [.common],
                                ownKeys: ["columns", "rows", "widths", "size", "color", "background", "accent", "radius", "padding"],
                                requiredKeys: ["rows"], scalarKey: nil) { input, decoder in
        let read = KeyReader(input, decoder)
        let columns = read("columns") { node in decoder.list(node, "columns") { decoder.string($0, "columns") } }
        let rows = read("rows") { node in
            decoder.list(node, "rows") { row in
                decoder.list(row, "rows") { cell -> DisplayValue? in
                    guard case .scalar(let scalar) = cell else {
                        decoder.wrongType("rows", expected: "a list of rows, each a list of numbers or texts", found: cell)
                        return nil
                    }
                    if scalar.style == .plain, let number = Double(scalar.string), number.isFinite {
                        return .number(number, format: .number, decimals: nil)
                    }
                    return .text(decoder.isNull(cell) ? "" : scalar.string)
                }
            }
        }
        let widths = read("widths") { node in decoder.list(node, "widths") { decoder.number($0, "widths", in: .positive) } }
        let style = decoder.componentStyle(read, variants: [])
        guard let rows, !read.failed else { return nil }
        return Table(columns: columns ?? [], rows: rows, widths: widths ?? [], style: style)
    }

    static let qrCode = NodeKind(name: "qr-code", groups: [.common],
                                 ownKeys: ["content", "size", "caption", "correction", "quiet-zone", "color", "background", "radius"],
                                 requiredKeys: ["content"], scalarKey: "content") { input, decoder in
        let read = KeyReader(input, decoder)
        let correction = read("correction") { decoder.choice($0, "correction", QRCorrection.allCases.map { ($0.rawValue, $0) }) }
        let quiet = read("quiet-zone") { decoder.integer($0, "quiet-zone", in: .closed(0...16)) }
        var style = decoder.componentStyle(read, variants: [])
        style.padding = quiet.map(Double.init)
        let content = read("content") { node -> String? in
            guard let text = decoder.string(node, "content") else { return nil }
            do {
                _ = try QRCode.encode(text, correction: correction ?? .medium)
                return text
            } catch {
                decoder.error("invalid-value", String(describing: error), at: node)
                return nil
            }
        }
        guard let content, !read.failed else { return nil }
        return QRCodeView(content, size: style.size, caption: read.text("caption"), correction: correction ?? .medium,
                          style: style)
    }
}

/// Reads a component's optional keys and remembers whether any value was invalid (already reported),
/// so a builder reads every key (reporting every problem) and gives up once at the end.
final class KeyReader {
    let input: KindInput
    let decoder: FileDecoder
    /// True once a present value failed to read.
    private(set) var failed = false

    init(_ input: KindInput, _ decoder: FileDecoder) {
        self.input = input
        self.decoder = decoder
    }

    /// The value of `key` read by `parse`; nil when absent or invalid.
    func callAsFunction<T>(_ key: String, _ parse: (YAMLNode) -> T?) -> T? {
        guard let node = input.values[key] else { return nil }
        let value = parse(node)
        if value == nil { failed = true }
        return value
    }

    /// A text key.
    func text(_ key: String) -> String? {
        self(key) { self.decoder.string($0, key) }
    }

    /// Marks the read as failed (for checks across keys).
    func fail() { failed = true }
}

// MARK: - Shared readers

extension FileDecoder {
    /// `value` with `format` and `decimals`: a YAML number is formatted (`number` by default), text is shown as is.
    func displayValue(_ input: KindInput, key: String = "value") -> DisplayValue? {
        guard let node = input.values[key] else { return nil }
        let format = input.values["format"].map { choice($0, "format", NumberFormat.allCases.map { ($0.rawValue, $0) }) }
        let decimals = input.values["decimals"].map { integer($0, "decimals", in: .closed(0...6)) }
        guard case .scalar(let scalar) = node, !isNull(node) else {
            wrongType(key, expected: "a number or a text", found: node)
            return nil
        }
        guard let format = format ?? .some(nil), let decimals = decimals ?? .some(nil) else { return nil }
        let isNumber = scalar.style == .plain || scalar.style == .any
        if isNumber, let number = Double(scalar.string), number.isFinite {
            return .number(number, format: format ?? .number, decimals: decimals)
        }
        if let format, let formatNode = input.values["format"] {
            error("wrong-type", "`format: \(format.rawValue)` needs a number in `\(key)`; found \(describe(node)).",
                  at: formatNode, hint: "Write the number without quotes, e.g. `\(key): 0.737`.")
            return nil
        }
        return .text(scalar.string)
    }

    /// An icon: a Material Design Icons name, or `{src: file.svg}`; unknown names suggest the nearest.
    func iconSource(_ node: YAMLNode) -> IconSource? {
        if case .mapping = node {
            let fields = fields(node, "icon", required: ["src"], optional: [])
            return fields["src"].flatMap(imagePath).map { IconSource.file(path: $0) }
        }
        guard let name = string(node, "icon") else { return nil }
        if name.lowercased().hasSuffix(".svg") {
            return imagePath(node).map { IconSource.file(path: $0) }
        }
        do {
            let set = try IconSet.materialDesign()
            guard set.path(named: name) != nil else {
                let near = set.suggestions(for: name, limit: 3)
                error("unknown-icon", "There is no icon named `\(name)` in Material Design Icons.", at: node,
                      hint: near.isEmpty ? "Run `infografis icons \(name.split(separator: "-").first ?? "")` to search the names."
                        : "did you mean " + near.map { "`\($0)`" }.joined(separator: ", ") + "?")
                return nil
            }
            return .named(name)
        } catch {
            self.error("missing-file", error.description, at: node)
            return nil
        }
    }

    /// A palette role name (`primary`, `muted-text`, ...) or a color.
    func themeColor(_ node: YAMLNode, _ property: String) -> ThemeColor? {
        if let text = node.scalar?.string, let role = Theme.ColorRole(rawValue: text) { return .role(role) }
        if let text = node.scalar?.string, Color(css: text) == nil,
           let near = Suggestions.nearest(to: text, among: Theme.ColorRole.allCases.map(\.rawValue)) {
            error("invalid-value", "`\(property)` must be a palette role or a color; found \(describe(node)).", at: node,
                  hint: "did you mean `\(near)`?")
            return nil
        }
        return color(node, property).map(ThemeColor.color)
    }

    /// The theme overrides present in a component node (`size`, `color`, `background`, `accent`, `radius`,
    /// `padding`, `variant`); an invalid one marks `read` as failed.
    func componentStyle(_ read: KeyReader, variants: [String]) -> Theme.ComponentStyle {
        var style = Theme.ComponentStyle()
        style.size = read("size") { number($0, "size", in: .positive) }
        style.color = read("color") { themeColor($0, "color") }
        style.background = read("background") { themeColor($0, "background") }
        style.accent = read("accent") { themeColor($0, "accent") }
        style.radius = read("radius") { number($0, "radius", in: .nonNegative) }
        style.padding = read("padding") { number($0, "padding", in: .nonNegative) }
        style.variant = read("variant") { choice($0, "variant", variants.map { ($0, $0) }) }
        return style
    }

    /// A list whose items are read by `item`; nil if it is not a list or an item is invalid.
    func list<T>(_ node: YAMLNode, _ property: String, _ item: (YAMLNode) -> T?) -> [T]? {
        guard case .sequence(let items) = node else {
            wrongType(property, expected: "a list", found: node)
            return nil
        }
        let values = items.compactMap(item)
        return values.count == items.count ? values : nil
    }

    /// List entries: each a text, or `{text, title, date, icon}`.
    func listItems(_ node: YAMLNode) -> [ListItem]? {
        list(node, "items") { item -> ListItem? in
            if case .scalar = item { return string(item, "items").map { ListItem($0) } }
            let fields = fields(item, "items", required: [], optional: ["text", "title", "date", "icon"])
            guard case .mapping = item else { return nil }
            let text = fields["text"].flatMap { string($0, "text") }
            let title = fields["title"].flatMap { string($0, "title") }
            let date = fields["date"].flatMap { string($0, "date") }
            let icon = fields["icon"].flatMap(iconSource)
            guard text != nil || title != nil else {
                error("missing-property", "A list item needs `text` or `title`.", at: item,
                      hint: "e.g. `{title: \"Daftar\", text: \"Isi formulir di situs resmi\"}`")
                return nil
            }
            if fields["icon"] != nil, icon == nil { return nil }
            return ListItem(text ?? "", title: title, date: date, icon: icon)
        }
    }

    /// `direction: vertical | horizontal`.
    func listDirection(_ node: YAMLNode) -> ListDirection? {
        choice(node, "direction", ListDirection.allCases.map { ($0.rawValue, $0) })
    }

    /// A footer date: `YYYY-MM-DD` is formatted in the locale; other text is shown as written.
    func footerDate(_ node: YAMLNode) -> FooterDate? {
        guard let text = string(node, "date") else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        if parts.count == 3, text.count == 10, (1...12).contains(parts[1]), (1...31).contains(parts[2]) {
            return .day(year: parts[0], month: parts[1], day: parts[2])
        }
        return .text(text)
    }

    /// `alignment: left | center`.
    func contentAlignment(_ node: YAMLNode) -> ContentAlignment? {
        choice(node, "alignment", ContentAlignment.allCases.map { ($0.rawValue, $0) })
    }
}
