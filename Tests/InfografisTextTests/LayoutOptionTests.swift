import Foundation
import InfografisCore
import Testing
@testable import InfografisText

@Suite struct LayoutOptionTests {
    let engine = TextEngine()

    @Test func alignmentPlacesLinesWithinTheParagraph() throws {
        let text = "Kita punya fungsi pelayanan publik kepada masyarakat."
        var rects: [TextAlignment: [Rect]] = [:]
        for alignment in [TextAlignment.left, .center, .right] {
            let layout = measure(text, style { $0.alignment = alignment }, width: 200, engine: engine)
            rects[alignment] = try #require(shaped(layout)).lineRects
            #expect(layout.lineCount == 3)
        }
        let left = try #require(rects[.left]), center = try #require(rects[.center]), right = try #require(rects[.right])
        let width = try #require(left.map(\.maxX).max())
        for index in left.indices {
            #expect(left[index].x == 0)
            #expect(abs(center[index].x - (width - center[index].width) / 2) < 0.001)
            #expect(abs(right[index].maxX - width) < 0.001)
            #expect(left[index].width == right[index].width)
        }
        #expect(right.contains { $0.x > 10 })
    }

    @Test func justifyFillsEveryLineButTheLast() throws {
        let text = Corpus.kominfo
        let layout = measure(text, style { $0.alignment = .justify }, width: 250, engine: engine)
        let rects = try #require(shaped(layout)).lineRects
        #expect(rects.count >= 4)
        for rect in rects.dropLast() {
            #expect(abs(rect.width - 250) < 0.01, "\(rect)")
        }
        let last = try #require(rects.last)
        #expect(last.width < 240)
        let ragged = measure(text, width: 250, engine: engine)
        #expect(ragged.lineCount == layout.lineCount)
        #expect(try #require(shaped(ragged)).lineRects.dropLast().contains { $0.width < 245 })
    }

    @Test func maxLinesTruncatesWithAnEllipsis() throws {
        let full = measure(Corpus.kominfo, width: 200, engine: engine)
        #expect(full.lineCount > 3)
        #expect(!full.isTruncated)
        let clamped = measure(Corpus.kominfo, style { $0.maxLines = 2 }, width: 200, engine: engine)
        #expect(clamped.lineCount == 2)
        #expect(clamped.isTruncated)
        #expect(clamped.size.width <= 200)
        let lines = try #require(shaped(clamped)).lineTexts
        let fullLines = try #require(shaped(full)).lineTexts
        #expect(lines[0] == fullLines[0])
        #expect(try #require(shaped(clamped)).text.hasSuffix("\u{2026}"))
        #expect(abs(clamped.size.height - 2 * full.size.height / Double(full.lineCount)) < 0.01)
        // Enough lines allowed: nothing cut.
        let roomy = measure(Corpus.kominfo, style { $0.maxLines = 20 }, width: 200, engine: engine)
        #expect(!roomy.isTruncated)
        #expect(roomy.lineCount == full.lineCount)
        #expect(try #require(shaped(roomy)).text == Corpus.kominfo)
    }

    @Test func maxLinesCountsLinesAcrossParagraphs() throws {
        let text = "satu\ndua\ntiga\nempat"
        let clamped = measure(text, style { $0.maxLines = 2 }, width: 300, engine: engine)
        #expect(clamped.lineCount == 2)
        #expect(clamped.isTruncated)
        let paragraph = try #require(shaped(clamped))
        #expect(paragraph.lineTexts.count == 2)
        #expect(paragraph.lineTexts[0].hasPrefix("satu"))
        #expect(paragraph.lineTexts[1] == "dua\u{2026}")
        // Without wrapping too (no width: the ellipsis is appended, nothing is cut short).
        let unwrapped = measure(text, style { $0.maxLines = 3; $0.wraps = false }, engine: engine)
        #expect(unwrapped.lineCount == 3)
        #expect(unwrapped.isTruncated)
        #expect(try #require(shaped(unwrapped)).lineTexts.last == "tiga\u{2026}")
    }

    @Test func ellipsisFollowsTheLastWholeWordWhenItFits() throws {
        let text = "Sebanyak tujuh puluh tiga persen penduduk Indonesia aktif di media sosial"
        let clamped = measure(text, style { $0.maxLines = 1 }, width: 180, engine: engine)
        #expect(clamped.isTruncated)
        let shown = try #require(shaped(clamped))
        let full = try #require(shaped(measure(text, width: 180, engine: engine)))
        #expect(shown.lineTexts == [full.lineTexts[0].trimmingCharacters(in: .whitespaces) + "\u{2026}"])
        #expect(!shown.reference.isEllipsized)
    }

    @Test func ellipsisShortensALineThatIsFull() throws {
        let text = String(repeating: "ketidakbertanggungjawaban", count: 3)
        let clamped = measure(text, style { $0.maxLines = 2 }, width: 150, engine: engine)
        #expect(clamped.lineCount == 2)
        #expect(clamped.isTruncated)
        #expect(clamped.size.width <= 150)
        let shown = try #require(shaped(clamped))
        #expect(shown.reference.isEllipsized)
        #expect(shown.lineRects[1].width > 140)
    }

    @Test func wrapsFalseKeepsOneLinePerParagraph() {
        let layout = measure(Corpus.kominfo, style { $0.wraps = false }, width: 100, engine: engine)
        #expect(layout.lineCount == 1)
        #expect(layout.size.width > 500)
        #expect(layout.overflows)
        let fits = measure("Rp 15.000", style { $0.wraps = false }, width: 100, engine: engine)
        #expect(!fits.overflows)
    }

    @Test func overflowsWhenTallerThanTheBox() {
        let layout = measure(Corpus.kominfo, width: 200, height: 40, engine: engine)
        #expect(layout.overflows)
        let roomy = measure(Corpus.kominfo, width: 200, height: 400, engine: engine)
        #expect(!roomy.overflows)
    }
}
