import InfografisCore

/// A condition that shows or hides a node per row, e.g. `visible: "{{status}} == aktif"`.
///
/// Grammar: `{{column | filters}}` placeholders are the data; bare words and quoted text
/// (`aktif`, `"Jawa Barat"`) are literals. Comparisons: `==`, `!=` (numbers compare as numbers
/// when both sides parse as numbers, otherwise text compares exactly, ignoring surrounding
/// spaces), `>`, `<`, `>=`, `<=` (both sides must be numbers), `X is empty`, `X is not empty`.
/// Combine with `not`, `and`, `or` (in that order of binding) and parentheses. A placeholder on
/// its own is true when its value is not blank. Example:
/// `{{persen}} >= 0,5 and ({{status | lower}} == aktif or {{catatan}} is not empty)`.
public struct TemplateCondition: Sendable, Hashable {
    indirect enum Node: Sendable, Hashable {
        case operand(Operand)
        case compare(Operand, Comparison, Operand)
        case isEmpty(Operand, negated: Bool)
        case not(Node)
        case and(Node, Node)
        case or(Node, Node)
    }

    enum Operand: Sendable, Hashable {
        case literal(String)
        case placeholder(Placeholder)
    }

    enum Comparison: String, Sendable, Hashable, CaseIterable {
        case equal = "==", notEqual = "!=", greaterOrEqual = ">=", lessOrEqual = "<=", greater = ">", less = "<"
    }

    /// The condition as written.
    public let source: String
    let root: Node

    /// Parses `source`; errors quote it and give the character offset, as for `Template`.
    public init(_ source: String, location: SourceLocation? = nil) throws(Diagnostic) {
        var parser = ConditionParser(scanner: TemplateScanner(source, location: location))
        self.source = source
        self.root = try parser.parse()
    }

    /// Whether the node is shown for this row.
    public func evaluate(_ values: some TemplateValues, formatter: some ValueFormatting) throws(Diagnostic) -> Bool {
        try Self.evaluate(root, values: values, formatter: formatter)
    }

    static func evaluate(_ node: Node, values: some TemplateValues,
                         formatter: some ValueFormatting) throws(Diagnostic) -> Bool {
        switch node {
        case let .operand(operand):
            return !(try text(operand, values, formatter)).allSatisfy(\.isWhitespace)
        case let .isEmpty(operand, negated):
            return (try text(operand, values, formatter)).allSatisfy(\.isWhitespace) != negated
        case let .not(inner):
            return !(try evaluate(inner, values: values, formatter: formatter))
        case let .and(left, right):
            // Short-circuits, so `{{x}} is not empty and {{x}} > 5` never compares a blank.
            guard try evaluate(left, values: values, formatter: formatter) else { return false }
            return try evaluate(right, values: values, formatter: formatter)
        case let .or(left, right):
            if try evaluate(left, values: values, formatter: formatter) { return true }
            return try evaluate(right, values: values, formatter: formatter)
        case let .compare(left, comparison, right):
            let a = try text(left, values, formatter).trimmingCharacters(in: .whitespacesAndNewlines)
            let b = try text(right, values, formatter).trimmingCharacters(in: .whitespacesAndNewlines)
            let x = try? formatter.parseNumber(a)
            let y = try? formatter.parseNumber(b)
            if let x, let y {
                switch comparison {
                case .equal: return x == y
                case .notEqual: return x != y
                case .greater: return x > y
                case .less: return x < y
                case .greaterOrEqual: return x >= y
                case .lessOrEqual: return x <= y
                }
            }
            switch comparison {
            case .equal: return a == b
            case .notEqual: return a != b
            default:
                let (operand, value) = x == nil ? (left, a) : (right, b)
                throw notComparable(operand, value: value, comparison: comparison, values: values)
            }
        }
    }

    static func text(_ operand: Operand, _ values: some TemplateValues,
                     _ formatter: some ValueFormatting) throws(Diagnostic) -> String {
        switch operand {
        case let .literal(text): text
        case let .placeholder(placeholder): try placeholder.value(in: values, formatter: formatter)
        }
    }

    static func notComparable(_ operand: Operand, value: String, comparison: Comparison,
                              values: some TemplateValues) -> Diagnostic {
        let row = values.rowDescription.map { " (\($0))" } ?? ""
        switch operand {
        case let .placeholder(placeholder):
            return Diagnostic(code: "template-not-a-number",
                              message: "The value of column \"\(placeholder.column)\"\(row) is \"\(value)\", but "
                                + "\"\(comparison.rawValue)\" in a condition compares numbers.",
                              location: values.location(ofColumn: placeholder.column) ?? placeholder.location,
                              hint: "Correct the value in the data, or compare text with == or !=.")
        case .literal:
            return Diagnostic(code: "template-not-a-number",
                              message: "\"\(value)\" is not a number, but \"\(comparison.rawValue)\" in a "
                                + "condition compares numbers.",
                              hint: "Write a number such as 50 or 0,5, or compare text with == or !=.")
        }
    }
}
