import Infografis
import Yams

// Compound values: lengths, colors, paints, edges, radii, shadows.

extension FileDecoder {
    /// A length: a number (pixels), `"120px"`, `"50%"`, or `auto` when `allowsAuto`.
    func length(_ node: YAMLNode, _ property: String, allowsAuto: Bool = false,
                allowsNegative: Bool = false) -> Dimension? {
        let expected = allowsAuto ? "a length: pixels (`120`), a percentage (`\"50%\"`) or `auto`"
                                  : "a length: pixels (`120`) or a percentage (`\"50%\"`)"
        guard case .scalar(let scalar) = node, !isNull(node) else {
            wrongType(property, expected: expected, found: node)
            return nil
        }
        let text = scalar.string.trimmingSpaces.lowercased()
        if text == "auto" || (text == "none" && property.hasPrefix("max-")) {
            guard allowsAuto else {
                wrongType(property, expected: expected, found: node)
                return nil
            }
            return .auto
        }
        let isPercent = text.hasSuffix("%")
        let digits = isPercent ? String(text.dropLast()) : (text.hasSuffix("px") ? String(text.dropLast(2)) : text)
        if [".nan", ".inf", "+.inf", "-.inf"].contains(digits) {
            outOfRange(property, "a finite length", found: node)
            return nil
        }
        guard let value = Double(digits.trimmingSpaces) else {
            wrongType(property, expected: expected, found: node)
            return nil
        }
        guard value.isFinite else {
            outOfRange(property, "a finite length", found: node)
            return nil
        }
        guard allowsNegative || value >= 0 else {
            outOfRange(property, "zero or more", found: node)
            return nil
        }
        guard abs(value) <= (isPercent ? Limits.maxPercent : Limits.maxLength) else {
            outOfRange(property, isPercent ? "at most \(Int(Limits.maxPercent))%" : "at most \(Int(Limits.maxLength)) pixels", found: node)
            return nil
        }
        return isPercent ? .percent(value) : .px(value)
    }

    /// A color: `#RGB`, `#RGBA`, `#RRGGBB`, `#RRGGBBAA` or a CSS name.
    func color(_ node: YAMLNode, _ property: String) -> Color? {
        let expected = "a color such as \"#0B3C5D\" or a CSS name (`white`, `black`, `transparent`, ...)"
        guard case .scalar(let scalar) = node, !isNull(node) else {
            wrongType(property, expected: expected, found: node)
            return nil
        }
        if let color = Color(css: scalar.string) { return color }
        let hint: String? = if scalar.string.hasPrefix("#") {
            "Write 3, 4, 6 or 8 hexadecimal digits after `#`, e.g. \"#0B3C5D\"."
        } else {
            Suggestions.hint(for: scalar.string, among: Color.cssNames.keys.sorted())
                ?? "Quote hex colors in YAML: \"#0B3C5D\" (an unquoted # starts a comment)."
        }
        error("invalid-value", "`\(property)` must be \(expected); found \(describe(node)).", at: node, hint: hint)
        return nil
    }

    /// A paint: a color, or `{gradient: {angle, colors}}` / `{gradient: {angle, stops: [{color, at}]}}`.
    func paint(_ node: YAMLNode, _ property: String) -> Paint? {
        guard case .mapping(let mapping) = node else {
            return color(node, property).map(Paint.solid)
        }
        var gradient: Paint?
        for (key, value) in mapping {
            guard let name = key.scalar?.string, name == "gradient" else {
                unknownKey(key, in: property, valid: ["gradient"])
                continue
            }
            gradient = linearGradient(value, "\(property).gradient")
        }
        if mapping.count == 0 {
            wrongType(property, expected: "a color or `{gradient: {angle: ..., colors: [...]}}`", found: node)
        }
        return gradient
    }

    /// The inside of `gradient:`: `angle` (degrees, CSS convention, default 180) and `colors` or `stops`.
    func linearGradient(_ node: YAMLNode, _ property: String) -> Paint? {
        guard case .mapping(let mapping) = node else {
            wrongType(property, expected: "a mapping with `angle` and `colors`", found: node)
            return nil
        }
        var angle = 180.0
        var stops: [LinearGradient.Stop]?
        var failed = false
        for (key, value) in mapping {
            switch key.scalar?.string {
            case "angle": if let number = number(value, "angle") { angle = number } else { failed = true }
            case "colors":
                guard case .sequence(let items) = value, items.count >= 2 else {
                    wrongType("colors", expected: "a list of at least two colors", found: value)
                    failed = true
                    continue
                }
                let colors = items.compactMap { color($0, "colors") }
                if colors.count == items.count {
                    stops = LinearGradient(colors: colors).stops
                } else {
                    failed = true
                }
            case "stops":
                guard case .sequence(let items) = value, items.count >= 2 else {
                    wrongType("stops", expected: "a list of at least two `{color, at}` mappings", found: value)
                    failed = true
                    continue
                }
                let parsed = items.compactMap { gradientStop($0) }
                if parsed.count == items.count { stops = parsed } else { failed = true }
            default:
                unknownKey(key, in: property, valid: ["angle", "colors", "stops"])
            }
        }
        guard let stops else {
            if !failed {
                error("missing-property", "`\(property)` needs `colors` (or `stops`).", at: node,
                      hint: "e.g. `gradient: {angle: 135, colors: [\"#0B3C5D\", \"#1B998B\"]}`")
            }
            return nil
        }
        return failed ? nil : .linearGradient(LinearGradient(angle: angle, stops: stops))
    }

    /// One `{color, at}` gradient stop; `at` is 0...1 along the gradient line.
    private func gradientStop(_ node: YAMLNode) -> LinearGradient.Stop? {
        let fields = fields(node, "stops", required: ["color", "at"], optional: [])
        guard let colorNode = fields["color"], let atNode = fields["at"],
              let color = color(colorNode, "color"), let at = number(atNode, "at", in: .unit) else { return nil }
        return LinearGradient.Stop(color: color, location: at)
    }

    /// Four sides: `8`, `[vertical, horizontal]`, `[top, horizontal, bottom]`, `[top, right, bottom, left]`
    /// or `{top, right, bottom, left}` (missing sides 0).
    func edges(_ node: YAMLNode, _ property: String, allowsAuto: Bool = false,
               allowsNegative: Bool = false) -> Edges<Dimension>? {
        let side = { (value: YAMLNode) in
            self.length(value, property, allowsAuto: allowsAuto, allowsNegative: allowsNegative)
        }
        switch node {
        case .scalar:
            return side(node).map { Edges(all: $0) }
        case .sequence(let items) where (1...4).contains(items.count):
            let values = items.compactMap(side)
            guard values.count == items.count else { return nil }
            switch values.count {
            case 1: return Edges(all: values[0])
            case 2: return Edges(vertical: values[0], horizontal: values[1])
            case 3: return Edges(sides: values[0], values[1], values[2], values[1])
            default: return Edges(sides: values[0], values[1], values[2], values[3])
            }
        case .mapping:
            let sides = fields(node, property, required: [], optional: ["top", "right", "bottom", "left"])
            var edges = Edges<Dimension>(all: .px(0))
            var failed = false
            for (name, value) in sides {
                guard let length = side(value) else { failed = true; continue }
                switch name {
                case "top": edges.top = length
                case "right": edges.right = length
                case "bottom": edges.bottom = length
                default: edges.left = length
                }
            }
            return failed ? nil : edges
        default:
            wrongType(property, expected: "a length, a list of 2 to 4 lengths, or `{top, right, bottom, left}`",
                      found: node)
            return nil
        }
    }

    /// Corner radii: one number, or `[top-left, top-right, bottom-right, bottom-left]`.
    func radii(_ node: YAMLNode, _ property: String) -> CornerRadii? {
        if case .sequence(let items) = node {
            guard items.count == 4 else {
                wrongType(property, expected: "a number or a list of four numbers [top-left, top-right, bottom-right, bottom-left]",
                          found: node)
                return nil
            }
            let values = items.compactMap { number($0, property, in: .nonNegative) }
            guard values.count == 4 else { return nil }
            return CornerRadii(topLeft: values[0], topRight: values[1], bottomRight: values[2], bottomLeft: values[3])
        }
        return number(node, property, in: .nonNegative).map { CornerRadii(all: $0) }
    }

    /// One shadow mapping `{x, y, blur, spread, color}` or a list of them.
    func shadows(_ node: YAMLNode, _ property: String) -> [Shadow]? {
        let items: [YAMLNode] = if case .sequence(let list) = node { Array(list) } else { [node] }
        var shadows: [Shadow] = []
        for item in items {
            let fields = fields(item, property, required: [], optional: ["x", "y", "blur", "spread", "color"])
            guard case .mapping = item else { return nil }
            var shadow = Shadow(color: Shadow.defaultColor)
            if let value = fields["x"] { shadow.x = number(value, "x") ?? shadow.x }
            if let value = fields["y"] { shadow.y = number(value, "y") ?? shadow.y }
            if let value = fields["blur"] { shadow.blur = number(value, "blur", in: .closed(0...Limits.maxShadowBlur)) ?? shadow.blur }
            if let value = fields["spread"] { shadow.spread = number(value, "spread") ?? shadow.spread }
            if let value = fields["color"] { shadow.color = color(value, "color") ?? shadow.color }
            shadows.append(shadow)
        }
        return shadows
    }
}

// MARK: - Small mappings

extension FileDecoder {
    /// The values of a small fixed mapping (`{top, left}`, `{color, at}`, ...), by key. Unknown keys
    /// and missing required keys are reported; a non-mapping is reported as a wrong type.
    func fields(_ node: YAMLNode, _ property: String, required: [String], optional: [String]) -> [String: YAMLNode] {
        let valid = required + optional
        guard case .mapping(let mapping) = node else {
            wrongType(property, expected: "a mapping with \(list(valid))", found: node)
            return [:]
        }
        var result: [String: YAMLNode] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, valid.contains(name) else {
                unknownKey(key, in: property, valid: valid)
                continue
            }
            result[name] = value
        }
        for name in required where result[name] == nil {
            error("missing-property", "`\(property)` needs `\(name)`.", at: node)
        }
        return result
    }

    /// Reports a key that is not one of `valid` inside the value of `property`.
    func unknownKey(_ key: YAMLNode, in property: String, valid: [String]) {
        let name = key.scalar?.string ?? describe(key)
        error("unknown-property", "Unknown key `\(name)` in `\(property)`; it accepts \(list(valid)).", at: key,
              hint: Suggestions.hint(for: name, among: valid))
    }
}
