/// The result builder of the DSL: lists of elements with `if`, `if`/`else`, `switch`,
/// optionals and `for` loops (e.g. one row per CSV record), and `[any Element]` values.
@resultBuilder
public enum ElementBuilder {
    /// One element.
    public static func buildExpression(_ element: any Element) -> [any Element] {
        [element]
    }

    /// An array of elements, inlined in order.
    public static func buildExpression(_ elements: [any Element]) -> [any Element] {
        elements
    }

    /// An optional element; nil adds nothing.
    public static func buildExpression(_ element: (any Element)?) -> [any Element] {
        element.map { [$0] } ?? []
    }

    /// The statements of a block, in order.
    public static func buildBlock(_ parts: [any Element]...) -> [any Element] {
        parts.flatMap { $0 }
    }

    /// `if` without `else`.
    public static func buildOptional(_ part: [any Element]?) -> [any Element] {
        part ?? []
    }

    /// The `if` branch of `if`/`else` (and `switch` cases).
    public static func buildEither(first part: [any Element]) -> [any Element] {
        part
    }

    /// The `else` branch of `if`/`else` (and `switch` cases).
    public static func buildEither(second part: [any Element]) -> [any Element] {
        part
    }

    /// A `for` loop: the bodies of all iterations, in order.
    public static func buildArray(_ parts: [[any Element]]) -> [any Element] {
        parts.flatMap { $0 }
    }

    /// `if #available`.
    public static func buildLimitedAvailability(_ part: [any Element]) -> [any Element] {
        part
    }

    /// The block as one element: the only one, or a `Group` of all of them.
    public static func buildFinalResult(_ parts: [any Element]) -> any Element {
        parts.count == 1 ? parts[0] : Group(elements: parts)
    }
}
