import Foundation
import InfografisCore
import Testing
@testable import InfografisText

/// Collects results from worker threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[String]] = []
    func append(_ value: [String]) { lock.lock(); values.append(value); lock.unlock() }
    var all: [[String]] { lock.lock(); defer { lock.unlock() }; return values }
}

@Suite struct ThreadTests {
    /// Cases that Pango 1.50 got wrong when layouts were computed on several threads at once
    /// (justified and letter-spaced lines broken inside words).
    static func signature(engine: TextEngine) -> [String] {
        var lines: [String] = []
        for (width, spacing, alignment) in [(89.59375, 0.0, TextAlignment.justify), (41.9375, 0.55, .left),
                                            (61.0, 0.8, .left), (183.0, 2.4, .justify)] {
            var style = TextStyle()
            style.size = width < 50 ? 11 : 23.5
            style.letterSpacing = spacing
            style.alignment = alignment
            let layout = engine.layout(TextContent(Corpus.paragraphs[2], style: style), maxWidth: width, maxHeight: nil)
            let paragraph = layout.paragraph as? PangoParagraph
            lines.append("\(layout.size.width) \(paragraph?.lineTexts ?? [])")
        }
        return lines
    }

    @Test func enginesOnSeveralThreadsAgreeWithOneThread() {
        let uncached = { () -> TextEngine.Configuration in
            var configuration = TextEngine.Configuration()
            configuration.caching = false
            return configuration
        }()
        let expected = Self.signature(engine: TextEngine(configuration: uncached))
        let results = Results()
        let done = DispatchSemaphore(value: 0)
        let threads = 4, rounds = 15
        for _ in 0..<threads {
            let thread = Thread {
                for _ in 0..<rounds {
                    results.append(Self.signature(engine: TextEngine(configuration: uncached)))
                }
                done.signal()
            }
            thread.start()
        }
        for _ in 0..<threads { done.wait() }
        let all = results.all
        #expect(all.count == threads * rounds)
        #expect(all.filter { $0 != expected }.count == 0)
    }
}

@Suite struct PangoLockStatisticsTests {
    /// A new paragraph takes the lock and the counters only grow. (Other suites lay text out in
    /// parallel in this process, so the counts are lower bounds, not exact.)
    @Test func countsNewLayoutsAndNeverGoesBackwards() {
        let engine = TextEngine()
        let text = TextContent("Statistik kunci Pango \(UInt64.random(in: 0...UInt64.max))", style: TextStyle())
        let before = TextEngine.pangoLockStatistics
        _ = engine.layout(text, maxWidth: 200, maxHeight: nil)
        let afterNew = TextEngine.pangoLockStatistics
        #expect(afterNew.acquisitions > before.acquisitions)
        #expect(afterNew.heldSeconds > before.heldSeconds)
        #expect(afterNew.waitSeconds >= before.waitSeconds)
        #expect(afterNew.contended <= afterNew.acquisitions)
    }
}
