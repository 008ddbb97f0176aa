import Testing
import Infografis
@testable import InfografisRender

/// Lines are aligned within the text node's content box (as CSS `text-align` does), not within
/// the narrower width the paragraph happened to measure.
struct TextAlignmentTests {
    /// Horizontal extent of the dark pixels of a white canvas.
    private func inkColumns(_ alignment: TextAlignment) throws -> ClosedRange<Int> {
        let card = Infographic(canvas: Canvas(width: 400, height: 60), background: .solid(.white)) {
            Text("Halo").font(size: 30).multilineTextAlignment(alignment).frame(width: .percent(100))
        }
        let engine = Engine()
        let pixels = try Pixels(decodingPNG: engine.render(engine.layout(engine.prepare(card.document())), as: .png))
        var columns: [Int] = []
        for x in 0..<pixels.width where (0..<pixels.height).contains(where: { pixels.channels(x, $0).r < 128 }) {
            columns.append(x)
        }
        let first = try #require(columns.first), last = try #require(columns.last)
        return first...last
    }

    @Test func centeredTextIsCenteredInItsBox() throws {
        let ink = try inkColumns(.center)
        let middle = Double(ink.lowerBound + ink.upperBound) / 2
        #expect(abs(middle - 200) <= 3, "ink spans \(ink)")
    }

    @Test func rightAlignedTextEndsAtTheRightEdge() throws {
        let ink = try inkColumns(.right)
        #expect(ink.upperBound >= 392, "ink spans \(ink)")
        #expect(ink.lowerBound > 250)
    }

    @Test func leftAlignedTextStartsAtTheLeftEdge() throws {
        let ink = try inkColumns(.left)
        #expect(ink.lowerBound <= 6, "ink spans \(ink)")
    }
}
