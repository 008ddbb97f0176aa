/// Limits checked before anything reaches Cairo or Pango.
public enum Limits {
    /// Largest canvas side in pixels (Cairo's image surfaces fail above 32767).
    public static let maxCanvasSide = 16384.0
    /// Largest output scale factor.
    public static let maxScale = 8.0
    /// Deepest allowed nesting of nodes.
    public static let maxDepth = 64
    /// Longest text in one node, in characters.
    public static let maxTextLength = 10_000
}

/// Validates a document's values against `Limits` and basic sanity (finite, non-negative).
enum DocumentValidator {
    static func validate(_ document: Document) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let size = document.canvasSize
        for (name, value) in [("width", size.width), ("height", size.height)]
        where !(value.isFinite && value >= 1 && value <= Limits.maxCanvasSide) {
            problems.append(Diagnostic(code: "canvas-size",
                                       message: "The canvas \(name) \(value) is outside 1...\(Int(Limits.maxCanvasSide)) pixels.",
                                       location: .node(path: "canvas"),
                                       hint: "Use a preset such as instagram-square or a size up to \(Int(Limits.maxCanvasSide)) px."))
        }
        problems += canvasAreaProblems(size)
        check(document.root, path: "body", depth: 1, into: &problems)
        return problems
    }

    private static func check(_ node: Node, path: String, depth: Int, into problems: inout [Diagnostic]) {
        guard depth <= Limits.maxDepth else {
            problems.append(Diagnostic(code: "nesting-too-deep",
                                       message: "Nodes are nested more than \(Limits.maxDepth) levels deep.",
                                       location: .node(path: path), hint: "Flatten the layout."))
            return
        }
        problems += ValueValidator.check(node, path: path) + textProblems(node, path: path)
        if case .text(let content) = node.kind, content.text.count > Limits.maxTextLength {
            problems.append(Diagnostic(code: "text-too-long",
                                       message: "This text has \(content.text.count) characters; at most \(Limits.maxTextLength) are allowed in one node.",
                                       location: .node(path: path), hint: "Split the text or shorten it."))
        }
        for (index, child) in node.children.enumerated() {
            check(child, path: "\(path).children[\(index)]", depth: depth + 1, into: &problems)
        }
    }
}
