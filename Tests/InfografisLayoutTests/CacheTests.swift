import Testing
import InfografisCore
@testable import InfografisLayout

/// Text is the expensive part of layout: each (text, width, height) is measured once per run.
@Suite struct CacheTests {
    @Test func noTextIsMeasuredTwiceForTheSameConstraints() {
        let measurer = FakeMeasurer()
        let card = box([
            box([text("Lorem ipsum dolor sit amet") { $0.flexGrow = 1 }, text("42 %")]) { $0.columnGap = .px(8) },
            text("consectetur adipiscing elit, sed do eiusmod tempor"),
            zstack(.center, [text("badge")]),
        ]) { $0.flexDirection = .column; $0.width = .px(240); $0.padding = Edges(all: .px(12)) }
        _ = layout(box([card, card]) { $0.alignItems = .flexStart; $0.flexWrap = .wrap }, measurer: measurer)
        #expect(!measurer.calls.isEmpty)
        #expect(Set(measurer.calls).count == measurer.calls.count, "repeated calls: \(measurer.calls)")
    }

    @Test func identicalTextsShareMeasurements() {
        let one = FakeMeasurer(), many = FakeMeasurer()
        _ = layout(box([text("same words here")]) { $0.flexDirection = .column }, measurer: one)
        _ = layout(box(Array(repeating: text("same words here"), count: 10)) { $0.flexDirection = .column }, measurer: many)
        #expect(many.calls.count == one.calls.count)
    }

    @Test func aSimpleColumnNeedsFewMeasurements() {
        let measurer = FakeMeasurer()
        _ = layout(box([text("a short title"), text("a longer paragraph of body text that wraps")]) {
            $0.flexDirection = .column
            $0.width = .px(200)
        }, measurer: measurer)
        // Per text: unwrapped, min-content, wrapped at 200 (the long one only), final at 200.
        #expect(measurer.calls.count <= 7, "\(measurer.calls)")
    }

    @Test func eachRunStartsWithAnEmptyCache() {
        let measurer = FakeMeasurer()
        let root = box([text("again")])
        _ = layout(root, measurer: measurer)
        let first = measurer.calls.count
        _ = layout(root, measurer: measurer)
        #expect(measurer.calls.count == 2 * first)
    }
}
