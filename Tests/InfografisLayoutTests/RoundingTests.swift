import Testing
import InfografisCore
@testable import InfografisLayout

/// The rounding pass rounds absolute edges, so neighbours stay adjacent.
@Suite struct RoundingTests {
    let thirds = box([box { $0.flexGrow = 1 }, box { $0.flexGrow = 1 }, box { $0.flexGrow = 1 }]) { $0.width = .px(100) }

    @Test func thirdsStayAdjacentAndFill() {
        let tree = layout(thirds, rounding: true)
        let frames = tree.children.map(\.frame)
        #expect(frames.map(\.x) == [0, 33, 67])
        #expect(frames.map(\.width) == [33, 34, 33])
        for (left, right) in zip(frames, frames.dropFirst()) { #expect(left.maxX == right.x) }
        #expect(frames.last?.maxX == 100)
    }

    @Test func withoutRoundingFractionsRemain() {
        let tree = layout(thirds, rounding: false)
        #expect(abs(tree.children[1].frame.x - 100.0 / 3) < 1e-9)
        #expect(abs(tree.children[1].frame.width - 100.0 / 3) < 1e-9)
    }

    @Test func edgesRoundInAbsoluteCoordinates() {
        // Parent at x 10.4, child at 0.3 inside it: absolute 10.7 rounds to 11 while the parent rounds to 10.
        let root = box([box([box { $0.width = .px(5.6); $0.margin = Edges(top: .px(0), right: .px(0), bottom: .px(0), left: .px(0.3)) }]) {
            $0.width = .px(20)
            $0.margin = Edges(top: .px(0), right: .px(0), bottom: .px(0), left: .px(10.4))
        }])
        let tree = layout(root, rounding: true)
        let parent = tree.children[0].frame, child = tree.children[0].children[0].frame
        #expect(parent.x == 10)
        #expect(parent.width == 20) // 30.4 → 30
        #expect(child.x == 11) // 10.7
        #expect(child.width == 5) // 16.3 → 16, 16 - 11
    }

    @Test func halvesRoundAwayFromZero() {
        let tree = layout(box([box { $0.width = .px(10.5); $0.height = .px(2.5) }]) { $0.alignItems = .flexStart }, rounding: true)
        #expect(tree.children[0].frame.size == Size(11, 3))
    }

    @Test func roundingIsTheDefault() {
        let tree = computeLayout(thirds, in: Size(400, 300), measurer: FakeMeasurer())
        #expect(tree.children.map(\.frame.width) == [33, 34, 33])
    }
}
