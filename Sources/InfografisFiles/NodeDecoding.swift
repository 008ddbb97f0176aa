import Foundation
import Infografis
import Yams

// Nodes: `{kind: value}` mappings (or the bare string `spacer`) become DSL elements.

extension FileDecoder {
    /// Deepest nesting of nodes accepted (matches the document limit checked before layout).
    static let maxDepth = 64

    /// The element for one node, or nil when it is invalid (every problem inside it is recorded).
    func element(_ node: YAMLNode, depth: Int) -> (any Element)? {
        guard depth <= FileDecoder.maxDepth else {
            error("nesting-too-deep", "Nodes are nested more than \(FileDecoder.maxDepth) levels deep.", at: node,
                  hint: "Flatten the layout.")
            return nil
        }
        switch node {
        case .scalar(let scalar):
            if let kind = NodeKinds.named(scalar.string), ["spacer", "divider"].contains(kind.name) {
                return element(kind, key: node, value: YAMLNode(""), depth: depth)
            }
            notANode(node, scalar.string)
            return nil
        case .mapping(let mapping):
            return element(mapping, node, depth: depth)
        default:
            error("wrong-type", "A node must be a mapping with one kind key, such as `text: \"Hello\"`; found \(describe(node)).",
                  at: node, hint: "Kinds: \(list(NodeKinds.all.map(\.name))).")
            return nil
        }
    }

    /// A node written as a mapping: exactly one key must name a kind.
    private func element(_ mapping: YAMLNode.Mapping, _ node: YAMLNode, depth: Int) -> (any Element)? {
        let pairs = Array(mapping)
        guard let kindIndex = pairs.firstIndex(where: { NodeKinds.named($0.key.scalar?.string ?? "") != nil }),
              case let (kindKey, value) = pairs[kindIndex], let kind = NodeKinds.named(kindKey.scalar?.string ?? "") else {
            let first = mapping.first { Properties.named($0.key.scalar?.string ?? "") == nil }?.key
            let name = first?.scalar?.string ?? ""
            error("unknown-kind", first == nil
                    ? "This node has no kind key; a node is a mapping with one kind key such as `column`, `text` or `stat`."
                    : "Unknown node kind `\(name)`.",
                  at: first ?? node,
                  hint: Suggestions.hint(for: name, among: NodeKinds.all.map(\.name)) ?? Self.kindListHint)
            return nil
        }
        // Other keys by position: comparing YAML nodes resolves their tags with regular expressions.
        for (index, (key, _)) in pairs.enumerated() where index != kindIndex {
            let name = key.scalar?.string ?? ""
            if NodeKinds.named(name) != nil {
                error("invalid-node", "A node has exactly one kind, but this one has `\(kind.name)` and `\(name)`.", at: key,
                      hint: "Make them two items of the parent's `children`.")
            } else {
                error("misplaced-property", "`\(name)` is next to `\(kind.name)` instead of inside it.", at: key,
                      hint: "Indent it under `\(kind.name)`, e.g. `\(kind.name): {\(kind.scalarKey.map { "\($0): ..., " } ?? "")\(name): ...}`.")
            }
        }
        return element(kind, key: kindKey, value: value, depth: depth)
    }

    /// A node of `kind` whose value is `value`: a mapping of properties, or a shorthand.
    private func element(_ kind: NodeKind, key: YAMLNode, value: YAMLNode, depth: Int) -> (any Element)? {
        var input = KindInput(key: key)
        var edits: [Edit] = []
        switch value {
        case .mapping(let mapping):
            for (propertyKey, propertyValue) in mapping {
                let name = propertyKey.scalar?.string ?? ""
                if kind.ownKeys.contains(name) {
                    input.values[name] = propertyValue
                } else if let spec = Properties.named(name), kind.groups.contains(spec.group) {
                    if let edit = spec.read(propertyValue, self) { edits.append(edit) }
                } else {
                    unknownProperty(propertyKey, name, on: kind)
                }
            }
        case .sequence where kind.hasChildren:
            input.values["children"] = value
        case .scalar where isNull(value):
            break
        case .scalar where kind.scalarKey != nil:
            if let scalarKey = kind.scalarKey { input.values[scalarKey] = value }
        default:
            let shorthand = kind.hasChildren ? " or a list of children" : kind.scalarKey.map { " or its `\($0)`" } ?? ""
            wrongType(kind.name, expected: "a mapping of properties\(shorthand)", found: value)
            return nil
        }
        var missing = false
        for name in kind.requiredKeys where input.values[name] == nil {
            error("missing-property", "`\(kind.name)` needs `\(name)`.", at: key, hint: requiredHint(kind, name))
            missing = true
        }
        if let children = input.values["children"] {
            input.children = self.children(children, depth: depth)
        }
        guard !missing, let base = kind.build(input, self) else { return nil }
        return SourceMarked(content: apply(edits, to: base), location: location(of: key))
    }

    /// The elements of a `children` list.
    private func children(_ node: YAMLNode, depth: Int) -> [any Element] {
        guard case .sequence(let items) = node else {
            if !isNull(node) { wrongType("children", expected: "a list of nodes", found: node) }
            return []
        }
        return items.compactMap { element($0, depth: depth + 1) }
    }

    /// `base` with the node edits and the text style edits, each in source order (a later key wins).
    private func apply(_ edits: [Edit], to base: any Element) -> any Element {
        var nodeEdits: [(inout InfografisCore.Node) -> Void] = []
        var textEdits: [(inout TextStyle) -> Void] = []
        for edit in edits {
            switch edit {
            case .node(let edit): nodeEdits.append(edit)
            case .text(let edit): textEdits.append(edit)
            }
        }
        var element = base
        if !nodeEdits.isEmpty {
            element = element.modifyNode { node in nodeEdits.forEach { $0(&node) } }
        }
        if !textEdits.isEmpty {
            element = element.textStyle { style in textEdits.forEach { $0(&style) } }
        }
        return element
    }

    // MARK: - Messages

    /// Reports a key that `kind` does not accept, with the nearest valid key as a hint.
    private func unknownProperty(_ key: YAMLNode, _ name: String, on kind: NodeKind) {
        let valid = kind.ownKeys + Properties.all.filter { kind.groups.contains($0.group) }.map(\.name)
        let hint = Suggestions.hint(for: name, among: valid)
        let owners = NodeKinds.kinds(accepting: name)
        if !owners.isEmpty {
            error("unknown-property", "`\(name)` is not a property of \(kind.name); it applies to \(list(owners)).",
                  at: key, hint: hint)
        } else {
            error("unknown-property", "Unknown property `\(name)` on \(kind.name).", at: key, hint: hint)
        }
    }

    /// Where to find every kind, for unknown kinds without a close match.
    static let kindListHint = "docs/format.md lists every kind (e.g. `column`, `row`, `text`, `image`, `stat`, `bar-chart`)."

    /// A scalar where a node was expected.
    private func notANode(_ node: YAMLNode, _ text: String) {
        if let kind = NodeKinds.named(text) {
            error("wrong-type", "`\(kind.name)` needs a value: a node is a mapping such as `\(kind.name): {...}`.", at: node,
                  hint: requiredHint(kind, kind.requiredKeys.first ?? "children"))
        } else if let near = Suggestions.nearest(to: text, among: NodeKinds.all.map(\.name)) {
            error("unknown-kind", "Unknown node kind `\(text)`.", at: node, hint: "did you mean `\(near)`?")
        } else {
            error("wrong-type", "A node must be a mapping with one kind key; found \(describe(node)).", at: node,
                  hint: "To show this as text, write `text: \(yamlQuoted(text))`.")
        }
    }

    /// An example of the missing key `name` for `kind`.
    private func requiredHint(_ kind: NodeKind, _ name: String) -> String {
        let example = switch name {
        case "content": "content: \"Hello\""
        case "src": "src: logo.png"
        case "d": "d: \"M0 0L24 24\""
        case "view-box": "view-box: [0, 0, 24, 24]"
        default: "\(name): [...]"
        }
        return "Add it, e.g. `\(kind.name): {\(example)}`."
    }

    /// `text` in double quotes with `"` and `\` escaped.
    private func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
