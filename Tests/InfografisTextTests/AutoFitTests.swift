import InfografisCore
import Testing
@testable import InfografisText

@Suite struct AutoFitTests {
    struct Case: CustomStringConvertible, Sendable {
        let text: String, width: Double, height: Double, range: ClosedRange<Double>
        var maxLines: Int? = nil, wraps = true, letterSpacing = 0.0
        var description: String { "\(text.prefix(20)) in \(width)×\(height)" }

        func style(autoFit: Bool, size: Double = 16) -> TextStyle {
            var style = TextStyle()
            style.size = size
            style.maxLines = maxLines
            style.wraps = wraps
            style.letterSpacing = letterSpacing
            if autoFit { style.autoFit = AutoFit(minSize: range.lowerBound, maxSize: range.upperBound) }
            return style
        }

        /// Whether a fresh layout at `size` fits the box, needs at most `maxLines` lines, and
        /// breaks no word (its min-content width fits).
        func fits(size: Double, engine: TextEngine) -> Bool {
            var style = style(autoFit: false, size: size)
            style.maxLines = nil
            // Letter spacing is given at 16 px and scales with the size under auto-fit.
            style.letterSpacing = letterSpacing * size / 16
            let layout = engine.layout(TextContent(text, style: style), maxWidth: width, maxHeight: height)
            let wholeWords = !wraps || engine.minContentWidth(TextContent(text, style: style)) <= width + 1e-6
            return layout.size.width <= width + 1e-6 && layout.size.height <= height + 1e-6
                && layout.lineCount <= (maxLines ?? .max) && wholeWords
        }
    }

    static let cases: [Case] = [
        Case(text: Corpus.kominfo, width: 300, height: 120, range: 8...48),
        Case(text: "ASN Harus Terampil Kelola Medsos", width: 420, height: 110, range: 12...96),
        Case(text: "Rp 15.000", width: 150, height: 60, range: 10...80, wraps: false),
        Case(text: Corpus.paragraphs[2], width: 260, height: 400, range: 6...40, maxLines: 4),
        Case(text: "73,7%", width: 200, height: 200, range: 20...120),
        Case(text: "Kita ketidakbertanggungjawaban", width: 200, height: 300, range: 8...60),
        Case(text: Corpus.paragraphs[4], width: 330, height: 150, range: 8...30, letterSpacing: 0.5),
    ]

    static func uncachedEngine() -> TextEngine {
        var configuration = TextEngine.Configuration()
        configuration.caching = false
        return TextEngine(configuration: configuration)
    }

    /// The largest size (to 0.01 px) that fits, by fresh layouts scanned down from the maximum.
    static func bruteForce(_ fitCase: Case, engine: TextEngine) -> Double? {
        var size = fitCase.range.upperBound
        while size >= fitCase.range.lowerBound, !fitCase.fits(size: size, engine: engine) { size -= 0.25 }
        guard size >= fitCase.range.lowerBound else { return nil }
        var fine = min(size + 0.25, fitCase.range.upperBound)
        while fine > size, !fitCase.fits(size: fine, engine: engine) { fine -= 0.01 }
        return fine
    }

    @Test(arguments: cases)
    func picksTheLargestFittingSize(_ fitCase: Case) throws {
        let engine = TextEngine()
        let fresh = Self.uncachedEngine()
        let layout = engine.layout(TextContent(fitCase.text, style: fitCase.style(autoFit: true)),
                                   maxWidth: fitCase.width, maxHeight: fitCase.height)
        let truth = try #require(Self.bruteForce(fitCase, engine: fresh))
        #expect(abs(layout.fontSize - truth) <= 0.5, "auto-fit \(layout.fontSize), brute force \(truth)")
        #expect(layout.fontSize >= truth - 0.15, "should land close: \(layout.fontSize) vs \(truth)")
        #expect(!layout.overflows)
        #expect(!layout.isTruncated)
        #expect(layout.size.width <= fitCase.width + 1e-6 && layout.size.height <= fitCase.height + 1e-6)
        if truth < fitCase.range.upperBound - 0.5 {
            // Not capped by the maximum: something is near full.
            #expect(layout.size.width > fitCase.width * 0.8 || layout.size.height > fitCase.height * 0.8)
        }
        // Fresh layouts agree that the chosen size fits (up to rounding at the very edge).
        #expect(fitCase.fits(size: layout.fontSize - 0.01, engine: fresh))
    }

    @Test func wordsAreNotBrokenForALargerSize() throws {
        var style = TextStyle()
        style.autoFit = AutoFit(minSize: 10, maxSize: 200)
        let engine = TextEngine()
        let layout = engine.layout(TextContent("73,7%", style: style), maxWidth: 200, maxHeight: 200)
        #expect(layout.lineCount == 1)
        #expect(layout.size.width > 195)
        // When even the minimum needs it, words break (and the text still fits).
        style.autoFit = AutoFit(minSize: 30, maxSize: 40)
        let narrow = engine.layout(TextContent("ketidakbertanggungjawaban", style: style), maxWidth: 200, maxHeight: 200)
        #expect(narrow.fontSize == 30)
        #expect(narrow.lineCount >= 2)
        #expect(narrow.size.width <= 200)
        #expect(!narrow.overflows)
    }

    @Test func reportsOverflowWhenEvenTheMinimumDoesNotFit() {
        let fitCase = Case(text: Corpus.kominfo, width: 120, height: 40, range: 14...30)
        let layout = TextEngine().layout(TextContent(fitCase.text, style: fitCase.style(autoFit: true)),
                                         maxWidth: 120, maxHeight: 40)
        #expect(layout.fontSize == 14)
        #expect(layout.overflows)
        #expect(layout.size.height > 40)
        let roomy = TextEngine().layout(TextContent("OK", style: fitCase.style(autoFit: true)), maxWidth: 120, maxHeight: 40)
        #expect(!roomy.overflows)
        #expect(roomy.fontSize > 14)
    }

    @Test func maxLinesAtTheMinimumTruncates() {
        var style = Case(text: "", width: 0, height: 0, range: 12...20).style(autoFit: true)
        style.maxLines = 2
        let layout = TextEngine().layout(TextContent(Corpus.kominfo, style: style), maxWidth: 150, maxHeight: 500)
        #expect(layout.fontSize == 12)
        #expect(layout.overflows)
        #expect(layout.isTruncated)
        #expect(layout.lineCount == 2)
    }

    @Test func searchUsesFewLayoutsAndTheSecondRunNone() {
        let engine = TextEngine()
        let fitCase = Self.cases[0]
        let content = TextContent(fitCase.text, style: fitCase.style(autoFit: true))
        let first = engine.layout(content, maxWidth: fitCase.width, maxHeight: fitCase.height)
        let calls = engine.statistics.layoutCalls
        #expect(calls <= 12, "\(engine.statistics)")
        let second = engine.layout(content, maxWidth: fitCase.width, maxHeight: fitCase.height)
        #expect(engine.statistics.layoutCalls == calls)
        #expect(second.fontSize == first.fontSize)
        // The same card at twice the scale: every probe is a cached reference layout.
        var doubled = fitCase.style(autoFit: true)
        doubled.autoFit = AutoFit(minSize: 16, maxSize: 96)
        let large = engine.layout(TextContent(fitCase.text, style: doubled), maxWidth: 600, maxHeight: 240)
        #expect(engine.statistics.layoutCalls == calls)
        #expect(abs(large.fontSize - 2 * first.fontSize) < 0.05)
    }
}
