/// WCAG 2 AA contrast of text against what is painted behind it.
///
/// The background of a text is the topmost solid or gradient fill painted before it whose box
/// contains the text's centre (so a value label inside a bar is checked against the bar), or the
/// canvas; translucent fills are blended over what is behind them. A gradient counts with its least
/// contrasting stop. Text over an image or a filled path (a chart slice) is not judged: its
/// background is not a box.
public enum ContrastCheck {
    /// Body text needs 4.5:1.
    public static let minimumBody = 4.5
    /// Large text (at least 24 px, or 18.66 px bold) needs 3:1.
    public static let minimumLarge = 3.0

    /// A warning for every text whose contrast is below AA, naming the node.
    public static func warnings(_ tree: LayoutTree, canvasBackground: Paint?) -> [Diagnostic] {
        // The canvas (transparent canvases are judged as if shown on white).
        let everywhere = Rect(x: -1e9, y: -1e9, width: 2e9, height: 2e9)
        var fills: [Fill] = [(everywhere, canvasBackground.map(colors) ?? [.white])]
        var warnings: [Diagnostic] = []
        visit(tree, path: "body", fills: &fills, warnings: &warnings)
        return warnings
    }

    /// A painted box and its colors; nil colors: something that cannot be judged (image, path).
    private typealias Fill = (rect: Rect, colors: [Color]?)

    private static func visit(_ tree: LayoutTree, path: String, fills: inout [Fill], warnings: inout [Diagnostic]) {
        if let background = tree.node.decoration.background {
            let center = Point(x: tree.frame.x + tree.frame.width / 2, y: tree.frame.y + tree.frame.height / 2)
            let behind = fills.last { $0.rect.contains(center) }?.colors
            let own = colors(of: background).flatMap { color in
                color.alpha >= 1 ? [color] : (behind ?? [.white]).map { color.composited(over: $0) }
            }
            fills.append((tree.frame, behind == nil && own.contains { $0.alpha < 1 } ? nil : own))
        }
        switch tree.node.kind {
        case .image: fills.append((tree.frame, nil))
        case .path(let content) where content.fill != nil: fills.append((tree.frame, nil))
        default: break
        }
        if case .text(let content) = tree.node.kind, !content.text.allSatisfy(\.isWhitespace), tree.frame.width > 0 {
            let center = Point(x: tree.frame.x + tree.frame.width / 2, y: tree.frame.y + tree.frame.height / 2)
            // Nothing to judge against (an image or a path is behind the text): skip it.
            let behind = fills.last { $0.rect.contains(center) }?.colors ?? []
            let style = content.style
            let size = tree.text?.fontSize ?? style.size
            let isLarge = size >= 24 || (size >= 18.66 && style.weight >= 700)
            let minimum = isLarge ? minimumLarge : minimumBody
            let ratio = behind.map { background in
                style.color.composited(over: background).contrastRatio(with: background)
            }.min() ?? 21
            if ratio < minimum {
                let preview = content.text.count > 40 ? String(content.text.prefix(40)) + "…" : content.text
                let shown = (ratio * 100).rounded(.down) / 100
                warnings.append(Diagnostic(.warning, code: "low-contrast",
                    message: "The text \"\(preview)\" has a contrast of \(shown):1 against its background; WCAG AA asks for at least \(minimum == minimumLarge ? "3" : "4.5"):1 for \(isLarge ? "large" : "body") text.",
                    location: .node(path: tree.node.id.map { "\(path)#\($0)" } ?? path),
                    hint: "Darken the text or lighten the background (or the reverse); `infografis check` measures it."))
            }
        }
        for (index, child) in tree.children.enumerated() {
            visit(child, path: "\(path).children[\(index)]", fills: &fills, warnings: &warnings)
        }
    }

    private static func colors(of paint: Paint) -> [Color] {
        switch paint {
        case .solid(let color): [color]
        case .linearGradient(let gradient): gradient.stops.map(\.color)
        }
    }
}

extension Rect {
    /// True when `point` lies inside (edges included).
    func contains(_ point: Point) -> Bool {
        point.x >= x && point.x <= x + width && point.y >= y && point.y <= y + height
    }
}

extension Color {
    /// This color painted over an opaque `background` (alpha blended), as an opaque color.
    func composited(over background: Color) -> Color {
        let a = max(0, min(1, alpha))
        return Color(red: red * a + background.red * (1 - a), green: green * a + background.green * (1 - a),
                     blue: blue * a + background.blue * (1 - a))
    }
}
