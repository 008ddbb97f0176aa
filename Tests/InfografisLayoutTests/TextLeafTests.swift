import Testing
import InfografisCore
@testable import InfografisLayout

/// Text leaves measured through the fixed-advance fake (10 px per character, 20 px per line).
@Suite struct TextLeafTests {
    @Test func maxContentWidthWhenThereIsRoom() {
        let tree = layout(box([text("hello world")]) { $0.alignItems = .flexStart })
        #expect(tree.children[0].frame == Rect(x: 0, y: 0, width: 110, height: 20))
    }

    @Test func fitContentWrapsAtTheAvailableWidth() {
        // A 60 px column: "hello" (50) and "world" (50) on two lines; the box takes the available 60.
        let tree = layout(box([text("hello world")]) {
            $0.flexDirection = .column
            $0.alignItems = .flexStart
            $0.width = .px(60)
        })
        #expect(tree.children[0].frame == Rect(x: 0, y: 0, width: 60, height: 40))
    }

    @Test func minContentIsTheLongestWord() {
        // The available width (20) is below the longest word: the text overflows at its min-content width.
        let tree = layout(box([text("a bbbbbb cc")]) {
            $0.flexDirection = .column
            $0.alignItems = .flexStart
            $0.width = .px(20)
        })
        #expect(tree.children[0].frame.width == 60)
        #expect(tree.children[0].frame.height == 60)
    }

    @Test func textItemsShrinkInARowAndWrap() {
        // Bases 140 and 50 in 150 px: 40 px of overflow shared by base size (140:50).
        let row = box([text("aaaa bbbb cccc"), text("dd ee")]) { $0.width = .px(150) }
        let tree = layout(box([row]) { $0.flexDirection = .column; $0.alignItems = .flexStart })
        let first = tree.children[0].children[0].frame, second = tree.children[0].children[1].frame
        #expect(abs(first.width - (140 - 40 * 140 / 190)) < 1e-9)
        #expect(abs(second.width - (50 - 40 * 50 / 190)) < 1e-9)
        #expect(first.height == 40) // "aaaa bbbb" / "cccc"
        #expect(second.height == 40) // "dd" / "ee"
        #expect(tree.children[0].frame.height == 40)
    }

    @Test func shrinkingStopsAtTheLongestWord() {
        // min-width: auto keeps the text at its min-content width (the 80 px word).
        let row = box([text("aaaaaaaa b"), box { $0.width = .px(300) }]) { $0.width = .px(200) }
        let tree = layout(box([row]) { $0.flexDirection = .column; $0.alignItems = .flexStart })
        #expect(tree.children[0].children[0].frame.width == 80)
        #expect(tree.children[0].children[0].frame.height == 40)
    }

    @Test func minWidthZeroLetsTextShrinkBelowItsLongestWord() {
        let row = box([text("aaaaaaaa b") { $0.minWidth = .px(0) }, box { $0.width = .px(300) }]) { $0.width = .px(200) }
        let tree = layout(box([row]) { $0.flexDirection = .column; $0.alignItems = .flexStart })
        #expect(tree.children[0].children[0].frame.width < 80)
    }

    @Test func columnHeightFollowsTheWrappedText() {
        let column = box([text("one two three four five"), text("six")]) { $0.flexDirection = .column; $0.width = .px(100) }
        let tree = layout(box([column]) { $0.alignItems = .flexStart })
        // 100 px: "one two" / "three" / "four five" → 3 lines; then "six".
        #expect(tree.children[0].children[0].frame == Rect(x: 0, y: 0, width: 100, height: 60))
        #expect(tree.children[0].children[1].frame == Rect(x: 0, y: 60, width: 100, height: 20))
        #expect(tree.children[0].frame.height == 80)
    }

    @Test func paddingAndBorderSurroundTheText() {
        let tree = layout(box([text("hi") { $0.padding = Edges(all: .px(5)); $0.border = Edges(all: 1) }]) { $0.alignItems = .flexStart })
        #expect(tree.children[0].frame == Rect(x: 0, y: 0, width: 32, height: 32))
    }

    @Test func finalLayoutIsStoredAtTheFinalContentWidth() {
        let tree = layout(box([text("hello world") { $0.padding = Edges(all: .px(10)) }]) {
            $0.flexDirection = .column
            $0.alignItems = .flexStart
            $0.width = .px(80)
        })
        let node = tree.children[0]
        #expect(node.frame.width == 80)
        #expect(node.text?.lineCount == 2)
        #expect(node.text?.size == Size(50, 40))
        #expect(tree.text == nil)
    }

    @Test func definiteHeightIsPassedAsMaxHeight() throws {
        let measurer = FakeMeasurer()
        // Stretched in a 100 px tall row: the text's content box is 100 px tall.
        _ = layout(box([text("fit me")]) { $0.height = .px(100); $0.alignItems = .stretch }, measurer: measurer)
        let final = try #require(measurer.calls.last)
        #expect(final.maxHeight == 100)
        #expect(final.maxWidth == 60)
    }

    @Test func contentHeightIsNotPassedAsMaxHeight() throws {
        let measurer = FakeMeasurer()
        _ = layout(box([text("fit me")]) { $0.alignItems = .flexStart }, measurer: measurer)
        let final = try #require(measurer.calls.last)
        #expect(final.maxHeight == nil)
    }

    @Test func baselineAlignmentUsesTheFirstBaseline() {
        // Baselines at 16 (+ padding): the padded text's top moves up relative to the plain one.
        let tree = layout(box([text("a") { $0.padding = Edges(top: .px(10), right: .px(0), bottom: .px(0), left: .px(0)) },
                               text("b")]) { $0.alignItems = .baseline })
        #expect(tree.children[0].frame.y == 0)
        #expect(tree.children[1].frame.y == 10)
    }
}
