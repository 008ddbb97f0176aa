import Infografis
import Yams

/// Turns a composed YAML tree into `LayoutTemplate.Piece`s: compiles each scalar that holds `{{`,
/// and takes each node's `visible:` out of its properties. Collects every syntax error.
final class TemplateCompiler {
    typealias Piece = LayoutTemplate.Piece

    let path: String
    /// Template and condition syntax errors, in the order met.
    var diagnostics: [Diagnostic] = []
    /// Columns read, in order of first use (with repeats).
    var columns: [String] = []
    /// Placeholders without a default.
    var placeholders: [(column: String, text: String, location: SourceLocation?)] = []
    /// The document's constant `locale:`.
    var locale: String?

    init(path: String) {
        self.path = path
    }

    /// The document mapping; `body` is compiled as a node, other keys as values.
    func document(_ node: YAMLNode?) -> (root: Piece, bodyVisibility: LayoutTemplate.Visibility?) {
        guard let node else { return (.scalar("", style: 0, mark: nil), nil) }
        guard case .mapping(let mapping) = node else { return (value(node), nil) }
        var pairs: [(key: Piece, value: Piece)] = []
        var bodyVisibility: LayoutTemplate.Visibility?
        for (key, item) in mapping {
            let name = key.scalar?.string
            if name == "locale", case .scalar(let scalar) = item, !scalar.string.contains("{{") {
                locale = scalar.string
            }
            if name == "body" {
                let compiled = self.node(item)
                bodyVisibility = compiled.visibility
                pairs.append((constant(key), compiled.piece))
            } else {
                pairs.append((constant(key), value(item)))
            }
        }
        return (.mapping(pairs, style: mapping.style.rawValue, mark: mapping.mark), bodyVisibility)
    }

    /// A node: `{kind: {properties...}}`; `visible` is taken out of the properties, `children` are nodes.
    /// Anything that is not shaped like a node is compiled as a plain value (the decoder reports it).
    func node(_ node: YAMLNode) -> LayoutTemplate.Item {
        guard case .mapping(let outer) = node,
              let kindPair = outer.first(where: { NodeKinds.named($0.key.scalar?.string ?? "") != nil }),
              let kind = NodeKinds.named(kindPair.key.scalar?.string ?? "") else {
            return LayoutTemplate.Item(piece: value(node), visibility: nil)
        }
        var visibility: LayoutTemplate.Visibility?
        var pairs: [(key: Piece, value: Piece)] = []
        for (key, item) in outer {
            guard key == kindPair.key else {
                pairs.append((constant(key), value(item)))
                continue
            }
            let body: Piece
            switch item {
            case .mapping(let properties):
                var inner: [(key: Piece, value: Piece)] = []
                for (propertyKey, propertyValue) in properties {
                    switch propertyKey.scalar?.string {
                    case "visible": visibility = self.visibility(propertyValue)
                    case "children" where kind.hasChildren: inner.append((constant(propertyKey), children(propertyValue)))
                    default: inner.append((constant(propertyKey), value(propertyValue)))
                    }
                }
                body = .mapping(inner, style: properties.style.rawValue, mark: properties.mark)
            case .sequence where kind.hasChildren:
                body = children(item)
            default:
                body = value(item)
            }
            pairs.append((constant(key), body))
        }
        return LayoutTemplate.Item(piece: .mapping(pairs, style: outer.style.rawValue, mark: outer.mark),
                                   visibility: visibility)
    }

    /// A `children` list: each item is a node.
    func children(_ node: YAMLNode) -> Piece {
        guard case .sequence(let sequence) = node else { return value(node) }
        return .sequence(sequence.map(self.node), style: sequence.style.rawValue, mark: sequence.mark)
    }

    /// Any value: scalars with `{{` become templates; collections are compiled item by item.
    func value(_ node: YAMLNode) -> Piece {
        switch node {
        case .scalar(let scalar):
            guard scalar.string.contains("{{") else { return constant(node) }
            do throws(Diagnostic) {
                let template = try Template(scalar.string, location: location(of: scalar))
                record(template)
                if template.isConstant {  // only `\{{` escapes
                    let text = (try? template.render([String: String](), formatter: LocaleFormatter())) ?? scalar.string
                    return .scalar(text, style: scalar.style.rawValue, mark: scalar.mark)
                }
                return .template(template, style: scalar.style.rawValue, mark: scalar.mark)
            } catch {
                diagnostics.append(error)
                return constant(node)
            }
        case .mapping(let mapping):
            return .mapping(mapping.map { (constant($0.key), value($0.value)) }, style: mapping.style.rawValue,
                            mark: mapping.mark)
        case .sequence(let sequence):
            return .sequence(sequence.map { LayoutTemplate.Item(piece: value($0), visibility: nil) },
                             style: sequence.style.rawValue, mark: sequence.mark)
        case .alias:
            return constant(node)
        }
    }

    /// A `visible:` value: `true`, `false`, or a condition.
    func visibility(_ node: YAMLNode) -> LayoutTemplate.Visibility? {
        guard case .scalar(let scalar) = node, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            diagnostics.append(Diagnostic(code: "wrong-type",
                                          message: "`visible` must be true, false or a condition such as \"{{status}} == aktif\".",
                                          location: location(of: node), hint: "Quote the condition."))
            return nil
        }
        switch scalar.string.lowercased() {
        case "true": return .constant(true)
        case "false": return .constant(false)
        default: break
        }
        do throws(Diagnostic) {
            let condition = try TemplateCondition(scalar.string, location: location(of: scalar))
            for placeholder in condition.placeholders { record(placeholder) }
            return .condition(condition)
        } catch {
            diagnostics.append(error)
            return nil
        }
    }

    // MARK: - Helpers

    private func record(_ template: Template) {
        for placeholder in template.placeholders { record(placeholder) }
    }

    private func record(_ placeholder: Placeholder) {
        columns.append(placeholder.column)
        if placeholder.defaultText == nil {
            placeholders.append((placeholder.column, placeholder.text, placeholder.location))
        }
    }

    /// A node without templates, kept as written (keys, plain scalars, aliases).
    private func constant(_ node: YAMLNode) -> Piece {
        switch node {
        case .scalar(let scalar): return .scalar(scalar.string, style: scalar.style.rawValue, mark: scalar.mark)
        case .mapping, .sequence: return value(node)
        case .alias: return .scalar("*", style: YAMLNode.Scalar.Style.plain.rawValue, mark: node.mark)
        }
    }

    /// Where a node is; for a quoted scalar, the first character inside the quotes.
    private func location(of node: YAMLNode) -> SourceLocation {
        .file(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    private func location(of scalar: YAMLNode.Scalar) -> SourceLocation {
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        return .file(path: path, line: scalar.mark?.line ?? 1, column: (scalar.mark?.column ?? 1) + (quoted ? 1 : 0))
    }
}

extension TemplateCondition {
    /// Every placeholder the condition reads.
    var placeholders: [Placeholder] {
        func collect(_ node: Node, into result: inout [Placeholder]) {
            func operand(_ operand: Operand) {
                if case let .placeholder(placeholder) = operand { result.append(placeholder) }
            }
            switch node {
            case let .operand(o): operand(o)
            case let .compare(a, _, b): operand(a); operand(b)
            case let .isEmpty(o, _): operand(o)
            case let .not(inner): collect(inner, into: &result)
            case let .and(a, b), let .or(a, b): collect(a, into: &result); collect(b, into: &result)
            }
        }
        var result: [Placeholder] = []
        collect(root, into: &result)
        return result
    }
}
