import Foundation
import Infografis
import Yams

// Values of single properties that need more than a number or a length.

extension FileDecoder {
    /// `aspect-ratio`: a positive number, or `"16/9"`.
    func aspectRatio(_ node: YAMLNode) -> Double? {
        if case .scalar(let scalar) = node, scalar.string.contains("/") {
            let parts = scalar.string.split(separator: "/").map { Double($0.trimmingSpaces) }
            if parts.count == 2, let width = parts[0], let height = parts[1], width > 0, height > 0,
               width.isFinite, height.isFinite {
                return width / height
            }
            wrongType("aspect-ratio", expected: "a positive number or a ratio such as \"16/9\"", found: node)
            return nil
        }
        return number(node, "aspect-ratio", in: .positive)
    }

    /// `border`: a width (drawn black) or `{width, color}`; sets the widths and the color.
    func border(_ node: YAMLNode) -> Edit? {
        var width: Double?
        var color = Color.black
        if case .mapping = node {
            let fields = fields(node, "border", required: ["width"], optional: ["color"])
            guard let widthNode = fields["width"] else { return nil }
            width = number(widthNode, "width", in: .nonNegative)
            if let colorNode = fields["color"] {
                guard let parsed = self.color(colorNode, "color") else { return nil }
                color = parsed
            }
        } else {
            width = number(node, "border", in: .nonNegative)
        }
        guard let width else { return nil }
        return .node { node in
            node.style.border = Edges(all: width)
            node.decoration.borderColor = color
        }
    }

    /// `weight`: 100...900, or a name such as `bold`.
    func weight(_ node: YAMLNode) -> FontWeight? {
        guard case .scalar(let scalar) = node else {
            wrongType("weight", expected: "a number from 100 to 900 or a name such as `bold`", found: node)
            return nil
        }
        if let number = Double(scalar.string) {
            guard number.rounded() == number, (100...900).contains(number) else {
                outOfRange("weight", "a whole number from 100 to 900", found: node)
                return nil
            }
            return FontWeight(Int(number))
        }
        if let weight = FontWeight(name: scalar.string) { return weight }
        let names = FontWeight.names.map(\.name)
        error("invalid-value", "`weight` must be a number from 100 to 900 or one of \(list(names)); found \(describe(node)).",
              at: node, hint: Suggestions.hint(for: scalar.string, among: names))
        return nil
    }

    /// `fit: {min, max}`: auto-fit between two font sizes.
    func autoFit(_ node: YAMLNode) -> AutoFit? {
        let fields = fields(node, "fit", required: ["min", "max"], optional: [])
        guard let minNode = fields["min"], let maxNode = fields["max"],
              let min = number(minNode, "min", in: .fontSize), let max = number(maxNode, "max", in: .fontSize)
        else { return nil }
        guard min <= max else {
            error("out-of-range", "`fit` needs `min` (\(describe(minNode))) to be at most `max` (\(describe(maxNode))).",
                  at: minNode, hint: "Swap the two values.")
            return nil
        }
        return AutoFit(minSize: min, maxSize: max)
    }

    /// `font`: a family name, or a mapping of `family` and the text style keys (`size`, `weight`, ...).
    func font(_ node: YAMLNode) -> ((inout TextStyle) -> Void)? {
        switch node {
        case .scalar:
            return string(node, "font").map { family in { $0.family = family } }
        case .mapping(let mapping):
            var edits: [(inout TextStyle) -> Void] = []
            let keys = ["family"] + Properties.inheritedText.map(\.name).filter { $0 != "font" }
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                if name == "family" {
                    if let family = string(value, "family") { edits.append { $0.family = family } }
                } else if keys.contains(name), let spec = Properties.named(name) {
                    if case .text(let edit)? = spec.read(value, self) { edits.append(edit) }
                } else {
                    unknownKey(key, in: "font", valid: keys)
                }
            }
            return { style in edits.forEach { $0(&style) } }
        default:
            wrongType("font", expected: "a family name or a mapping such as `{family: Inter, size: 24}`", found: node)
            return nil
        }
    }
}
