import InfografisCore
import Testing
@testable import InfografisText

@Suite struct CacheTests {
    @Test func sameRequestTwiceCallsPangoOnce() {
        let engine = TextEngine()
        let content = TextContent(Corpus.kominfo, style: style())
        let first = engine.layout(content, maxWidth: 240, maxHeight: nil)
        let afterFirst = engine.statistics
        #expect(afterFirst.layoutCalls >= 1)
        #expect(afterFirst.misses == 1)
        let second = engine.layout(content, maxWidth: 240, maxHeight: nil)
        let afterSecond = engine.statistics
        #expect(afterSecond.layoutCalls == afterFirst.layoutCalls)
        #expect(afterSecond.hits == afterFirst.hits + 1)
        #expect(second.size == first.size)
        #expect(second.lineCount == first.lineCount)
        #expect((second.paragraph as? PangoParagraph)?.reference === (first.paragraph as? PangoParagraph)?.reference)
    }

    @Test func otherSizeAtProportionalWidthReusesTheLayout() throws {
        let engine = TextEngine()
        let small = measure(Corpus.kominfo, style(size: 16), width: 240, engine: engine)
        let calls = engine.statistics.layoutCalls
        let large = measure(Corpus.kominfo, style(size: 40), width: 600, engine: engine)
        #expect(engine.statistics.layoutCalls == calls)
        #expect(large.lineCount == small.lineCount)
        #expect(abs(large.size.width - small.size.width * 2.5) < 1e-9)
        #expect(abs(large.size.height - small.size.height * 2.5) < 1e-9)
        #expect(large.fontSize == 40)
        #expect(try #require(shaped(large)).reference === shaped(small)?.reference)
    }

    @Test func widerBoxWithTheSameLinesIsAHit() {
        let engine = TextEngine()
        let unbounded = measure("13 Oktober 2020", engine: engine)
        let calls = engine.statistics.layoutCalls
        for width in [unbounded.size.width, unbounded.size.width + 1, 500, 5000] {
            let boxed = measure("13 Oktober 2020", width: width, engine: engine)
            #expect(boxed.size == unbounded.size)
        }
        #expect(engine.statistics.layoutCalls == calls)
        // A narrower box needs new lines.
        #expect(measure("13 Oktober 2020", width: unbounded.size.width - 1, engine: engine).lineCount == 2)
        #expect(engine.statistics.layoutCalls == calls + 1)
    }

    @Test func differentStylesDoNotShareResults() {
        let engine = TextEngine()
        let plain = measure(Corpus.kominfo, width: 240, engine: engine)
        let spaced = measure(Corpus.kominfo, style { $0.letterSpacing = 1 }, width: 240, engine: engine)
        let tall = measure(Corpus.kominfo, style { $0.lineHeight = 2 }, width: 240, engine: engine)
        let bold = measure(Corpus.kominfo, style(weight: 700), width: 240, engine: engine)
        #expect(spaced.size != plain.size)
        #expect(tall.size.height > plain.size.height * 1.5)
        #expect(bold.size != plain.size)
        #expect(engine.statistics.misses == 4)
    }

    @Test func cacheStaysWithinItsByteLimit() {
        var configuration = TextEngine.Configuration()
        configuration.cacheByteLimit = 64 * 1024
        configuration.cacheEntryLimit = 1000
        let engine = TextEngine(configuration: configuration)
        for index in 0..<300 {
            // Asked for twice, so each text is protected (see `CachePolicyTests` for text seen once).
            _ = measure("\(index) " + Corpus.kominfo, width: 200, engine: engine)
            _ = measure("\(index) " + Corpus.kominfo, width: 200, engine: engine)
            #expect(engine.statistics.approximateBytes <= 64 * 1024)
        }
        let statistics = engine.statistics
        #expect(statistics.evictions > 0)
        #expect(statistics.entries < 300)
        #expect(statistics.approximateBytes > 32 * 1024)
        // Recently used text is still cached, the oldest is gone.
        let calls = statistics.layoutCalls
        _ = measure("299 " + Corpus.kominfo, width: 200, engine: engine)
        #expect(engine.statistics.layoutCalls == calls)
        _ = measure("0 " + Corpus.kominfo, width: 200, engine: engine)
        #expect(engine.statistics.layoutCalls == calls + 1)
    }

    @Test func cacheStaysWithinItsEntryLimit() {
        var configuration = TextEngine.Configuration()
        configuration.cacheEntryLimit = 10
        let engine = TextEngine(configuration: configuration)
        for index in 0..<50 { _ = measure("teks \(index)", engine: engine) }
        #expect(engine.statistics.entries == 10)
        #expect(engine.statistics.evictions == 40)
    }

    @Test func bytesGrowWithTheText() {
        let engine = TextEngine()
        _ = measure("Rp", engine: engine)
        let small = engine.statistics.approximateBytes
        _ = measure(String(repeating: Corpus.kominfo, count: 10), engine: engine)
        let large = engine.statistics.approximateBytes - small
        #expect(large > small * 20)
        engine.removeCachedLayouts()
        #expect(engine.statistics.approximateBytes == 0)
        #expect(engine.statistics.entries == 0)
    }

    @Test func uncachedEngineCallsPangoEveryTime() {
        var configuration = TextEngine.Configuration()
        configuration.caching = false
        let engine = TextEngine(configuration: configuration)
        _ = measure(Corpus.kominfo, width: 200, engine: engine)
        let calls = engine.statistics.layoutCalls
        _ = measure(Corpus.kominfo, width: 200, engine: engine)
        #expect(engine.statistics.layoutCalls > calls)
        #expect(engine.statistics.entries == 0)
    }
}
