import Testing
import InfografisCore
@testable import InfografisLayout

/// Z-stacks overlay their children in one cell (a one-cell CSS grid, children never stretched).
@Suite struct ZStackTests {
    @Test(arguments: Alignment.Horizontal.allCases, Alignment.Vertical.allCases)
    func alignsEveryChild(_ horizontal: Alignment.Horizontal, _ vertical: Alignment.Vertical) {
        let child = box { $0.width = .px(40); $0.height = .px(20) }
        let tree = layout(zstack(Alignment(horizontal: horizontal, vertical: vertical), [child]) {
            $0.width = .px(100); $0.height = .px(60)
        })
        let x: Double = switch horizontal { case .leading: 0; case .center: 30; case .trailing: 60 }
        let y: Double = switch vertical { case .top: 0; case .center: 20; case .bottom: 40 }
        #expect(tree.children[0].frame == Rect(x: x, y: y, width: 40, height: 20))
    }

    @Test func autoSizeIsTheLargestMarginBox() {
        let stack = zstack(.topLeading, [
            box { $0.width = .px(80); $0.height = .px(10) },
            box { $0.width = .px(20); $0.height = .px(50); $0.margin = Edges(all: .px(5)) },
        ])
        let tree = layout(box([stack]) { $0.alignItems = .flexStart })
        #expect(tree.children[0].frame.size == Size(80, 60))
        #expect(tree.children[0].children[1].frame.origin == Point(5, 5))
    }

    @Test func childrenDoNotStretchButFullPercentFills() {
        let tree = layout(zstack(.center, [
            box { $0.width = .percent(100); $0.height = .percent(100) },
            text("label"),
        ]) { $0.width = .px(200); $0.height = .px(100); $0.padding = Edges(all: .px(10)) })
        #expect(tree.children[0].frame == Rect(x: 10, y: 10, width: 180, height: 80))
        #expect(tree.children[1].frame == Rect(x: 75, y: 40, width: 50, height: 20))
    }

    @Test func textWrapsToTheCellWidth() {
        let tree = layout(zstack(.bottomTrailing, [text("one two three")]) { $0.width = .px(80); $0.height = .px(100) })
        // "one two" / "three": two lines at the 80 px cell width, at the bottom.
        #expect(tree.children[0].frame == Rect(x: 0, y: 60, width: 80, height: 40))
    }

    @Test func absoluteChildrenUseThePaddingBox() {
        let tree = layout(zstack(.center, [
            box { $0.position = .absolute; $0.width = .px(10); $0.height = .px(10)
                $0.inset = Edges(top: .px(0), right: .auto, bottom: .auto, left: .px(0)) },
        ]) { $0.width = .px(100); $0.height = .px(100); $0.padding = Edges(all: .px(20)); $0.border = Edges(all: 3) })
        #expect(tree.children[0].frame == Rect(x: 3, y: 3, width: 10, height: 10))
    }
}
