import InfografisCore
import Testing
@testable import InfografisText

/// The cache's admission policy: text seen in one request waits on probation, text asked for
/// again is protected, protected text that stays idle goes back to probation.
@Suite struct CachePolicyTests {
    static func engine(bytes: Int = 1 << 20, probation: Int = 32 << 10, idle: Int = 32_768,
                       entries: Int = 2048) -> TextEngine {
        var configuration = TextEngine.Configuration()
        configuration.cacheByteLimit = bytes
        configuration.cacheProbationBytes = probation
        configuration.cacheIdleRequests = idle
        configuration.cacheEntryLimit = entries
        return TextEngine(configuration: configuration)
    }

    /// A card-length paragraph that no other call uses.
    static func unique(_ index: Int) -> String { "Baris \(index): " + Corpus.kominfo }

    @Test func textSeenOnceChurnsWhileTextSeenTwiceStays() {
        let engine = Self.engine()
        let once = "Sekali saja: " + Corpus.kominfo, twice = "Dua kali: " + Corpus.kominfo
        _ = measure(once, width: 200, engine: engine)
        _ = measure(twice, width: 200, engine: engine)
        _ = measure(twice, width: 200, engine: engine)
        #expect(engine.statistics.promotions == 1)
        // Churn: 50 texts seen once, far more than probation holds, far less than the bound
        // (a plain LRU of the same size would have kept every one of them).
        for index in 0..<50 {
            _ = measure(Self.unique(index), width: 200, engine: engine)
            #expect(engine.cacheInvariantViolations() == [])
        }
        let statistics = engine.statistics
        #expect(statistics.evictions >= 40, "\(statistics)")
        #expect(statistics.approximateBytes < 64 << 10, "\(statistics)")
        let calls = statistics.layoutCalls
        _ = measure(twice, width: 200, engine: engine)
        #expect(engine.statistics.layoutCalls == calls)
        _ = measure(once, width: 200, engine: engine)
        #expect(engine.statistics.layoutCalls > calls)
    }

    @Test func hitsWithinTheFirstRequestDoNotPromote() {
        let engine = Self.engine()
        var fit = style()
        fit.autoFit = AutoFit(minSize: 8, maxSize: 60)
        // Auto-fit probes the text's layouts many times within one request.
        _ = engine.layout(TextContent(Corpus.kominfo, style: fit), maxWidth: 300, maxHeight: 120)
        #expect(engine.statistics.hits > 0)
        #expect(engine.statistics.promotions == 0)
        // A later request answered from a cached layout (a wider box, same lines) promotes.
        _ = measure("13 Oktober 2020", engine: engine)
        _ = measure("13 Oktober 2020", width: 500, engine: engine)
        #expect(engine.statistics.promotions == 1)
    }

    @Test func statisticsCountEachRequest() {
        let engine = TextEngine()
        _ = measure(Corpus.kominfo, width: 240, engine: engine)
        var expected = TextCacheStatistics()
        expected.misses = 1
        expected.entries = 1
        expected.layoutCalls = engine.statistics.layoutCalls
        expected.approximateBytes = engine.statistics.approximateBytes
        #expect(engine.statistics == expected)
        _ = measure(Corpus.kominfo, width: 240, engine: engine)
        expected.hits = 1
        expected.promotions = 1
        expected.approximateBytes = engine.statistics.approximateBytes
        #expect(engine.statistics == expected)
        _ = measure(Corpus.kominfo, width: 240, engine: engine)
        expected.hits = 2
        #expect(engine.statistics == expected)
        #expect(engine.cacheInvariantViolations() == [])
        engine.removeCachedLayouts()
        expected.entries = 0
        expected.approximateBytes = 0
        #expect(engine.statistics == expected)
        #expect(engine.cacheInvariantViolations() == [])
    }

    @Test func theByteBoundHoldsWithBothSegmentsFull() {
        let engine = Self.engine(bytes: 96 << 10, probation: 24 << 10)
        for index in 0..<120 {
            // Every other text asked for twice (protected), the rest once (probation).
            _ = measure(Self.unique(index), width: 200, engine: engine)
            if index % 2 == 0 { _ = measure(Self.unique(index), width: 200, engine: engine) }
            #expect(engine.statistics.approximateBytes <= 96 << 10)
            #expect(engine.cacheInvariantViolations() == [])
        }
        let statistics = engine.statistics
        #expect(statistics.approximateBytes > 64 << 10, "\(statistics)")
        #expect(statistics.promotions == 60)
        #expect(statistics.demotions > 0, "protected texts crowded out: \(statistics)")
        #expect(statistics.evictions > 0)
        // The latest protected text is cached, the first is gone.
        let calls = statistics.layoutCalls
        _ = measure(Self.unique(118), width: 200, engine: engine)
        #expect(engine.statistics.layoutCalls == calls)
        _ = measure(Self.unique(0), width: 200, engine: engine)
        #expect(engine.statistics.layoutCalls == calls + 1)
    }

    @Test func idleProtectedTextGoesBackToProbation() {
        let engine = Self.engine(idle: 40)
        let label = "kali dibaca", title = "Judul yang ramai sebentar: " + Corpus.kominfo
        for _ in 0..<3 { _ = measure(title, width: 200, engine: engine) }
        for index in 0..<100 {
            _ = measure(Self.unique(index), width: 200, engine: engine)
            // A label on every card stays protected.
            if index % 3 == 0 { _ = measure(label, engine: engine) }
            #expect(engine.cacheInvariantViolations() == [])
        }
        let statistics = engine.statistics
        #expect(statistics.demotions >= 1, "\(statistics)")
        let calls = statistics.layoutCalls
        _ = measure(label, engine: engine)
        #expect(engine.statistics.layoutCalls == calls)
        _ = measure(title, width: 200, engine: engine)
        #expect(engine.statistics.layoutCalls > calls)
    }

    @Test func theEntryLimitHolds() {
        let engine = Self.engine(entries: 10)
        for index in 0..<30 {
            _ = measure("teks \(index)", engine: engine)
            _ = measure("teks \(index)", engine: engine)
            #expect(engine.statistics.entries <= 10)
            #expect(engine.cacheInvariantViolations() == [])
        }
        #expect(engine.statistics.evictions == 20)
    }

    @Test func equalTextsWithDifferentStorageShareAnEntry() {
        let engine = TextEngine()
        let parts = ["Kita punya ", "fungsi pelayanan publik kepada masyarakat."]
        _ = measure(parts.joined(), width: 200, engine: engine)
        _ = measure(parts[0] + parts[1], width: 200, engine: engine)
        #expect(engine.statistics.misses == 1)
        #expect(engine.statistics.hits == 1)
        // Canonically equivalent but different bytes: Pango gets other input, so another entry.
        _ = measure("Caf\u{E9}", engine: engine)
        _ = measure("Cafe\u{301}", engine: engine)
        #expect(engine.statistics.misses == 3)
    }
}
