import InfografisCore

/// A fixed-advance text measurer: every character is 10 px wide, every line 20 px tall,
/// lines break at spaces only (a word longer than the width overflows). Counts its calls.
final class FakeMeasurer: TextMeasuring {
    static let advance = 10.0
    static let lineHeight = 20.0

    /// Every call, in order.
    private(set) var calls: [Call] = []

    struct Call: Hashable {
        var text: String
        var maxWidth: Double?
        var maxHeight: Double?
    }

    func layout(_ text: TextContent, maxWidth: Double?, maxHeight: Double?) -> TextLayout {
        calls.append(Call(text: text.text, maxWidth: maxWidth, maxHeight: maxHeight))
        let lines = Self.lines(text.text, maxWidth: text.style.wraps ? maxWidth : nil)
        let width = lines.map { Double($0.count) * Self.advance }.max() ?? 0
        let height = Double(lines.count) * Self.lineHeight
        return TextLayout(size: Size(width, height), fontSize: text.style.size, lineCount: lines.count,
                          firstBaseline: 16, overflows: maxHeight.map { height > $0 } ?? false)
    }

    /// Greedy line breaking at spaces.
    static func lines(_ text: String, maxWidth: Double?) -> [String] {
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = paragraph.split(separator: " ").map(String.init)
            guard var line = words.first else { result.append(""); continue }
            for word in words.dropFirst() {
                let candidate = line + " " + word
                if let maxWidth, Double(candidate.count) * advance > maxWidth {
                    result.append(line)
                    line = word
                } else {
                    line = candidate
                }
            }
            result.append(line)
        }
        return result
    }
}

/// Builders that keep the hand-written tests short.
func text(_ string: String, _ configure: (inout Style) -> Void = { _ in }) -> Node {
    var style = Style()
    configure(&style)
    return Node(.text(TextContent(string)), style: style)
}

func box(_ children: [Node] = [], _ configure: (inout Style) -> Void = { _ in }) -> Node {
    var style = Style()
    configure(&style)
    return Node(.box, style: style, children: children)
}

func zstack(_ alignment: Alignment, _ children: [Node] = [], _ configure: (inout Style) -> Void = { _ in }) -> Node {
    var style = Style()
    configure(&style)
    return Node(.zStack(alignment), style: style, children: children)
}

/// Lays out without rounding using a fresh fake measurer.
func layout(_ root: Node, width: Double = 400, height: Double = 300, rounding: Bool = false,
            measurer: FakeMeasurer = FakeMeasurer()) -> LayoutTree {
    computeLayout(root, in: Size(width, height), measurer: measurer, options: LayoutOptions(roundsToPixels: rounding))
}

import InfografisLayout
