import Foundation

/// Alt text of a document, in reading order: what a screen reader user hears instead of the picture.
///
/// Every text is read in document order; a node with an `accessibilityLabel` (stats, quotes,
/// charts, anything given `alt`) is read as that label instead of its texts.
public enum AltText {
    /// One line per readable item; the document title first unless the body already says it.
    public static func describe(_ document: Document) -> String {
        var lines: [String] = []
        collect(document.root, into: &lines)
        if let title = document.title, !title.isEmpty, !lines.contains(where: { $0.hasPrefix(title) }) {
            lines.insert(title, at: 0)
        }
        return lines.joined(separator: "\n")
    }

    private static func collect(_ node: Node, into lines: inout [String]) {
        if let label = node.accessibilityLabel {
            if !label.isEmpty { lines.append(label) }
            return
        }
        if case .text(let content) = node.kind {
            let text = content.text.split(whereSeparator: \.isNewline).joined(separator: " ")
            if !text.trimmingSpaces.isEmpty { lines.append(text) }
        }
        for child in node.children { collect(child, into: &lines) }
    }
}
