import ArgumentParser
import CInfografis
import Foundation
import InfografisCore
import InfografisText

/// Micro-benchmarks of the text core against fresh PangoLayouts, with our own harness:
/// warm-up, then rounds that alternate the two sides, each round timing a batch of calls;
/// the per-call figure is the median over rounds. (ordo-one/benchmark would add a heavy
/// dependency and malloc interposition for figures this harness already gives.)
struct TextCoreBench {
    struct Case {
        var name: String
        var ours: Double
        var baseline: Double
        var target: Double
        var speedup: Double { baseline / ours }
    }

    var cases: [Case] = []
    var statistics = TextCacheStatistics()
    var paragraphs = 0

    /// English and Indonesian paragraphs of card length.
    static func corpus(_ rows: [SeedRow]) -> [String] {
        let english = [
            "Civil servants must be skilled at managing social media to spread positive information to the public.",
            "Digital literacy is the foundation of public service in the information age, and it starts with us.",
            "Three in four internet users check their phones within ten minutes of waking up every single day.",
            "Fact-check before you share: a single forwarded rumour can reach a million people before lunch.",
        ]
        var seen = Set<String>()
        return (english + rows.flatMap { [$0.title, $0.quote] }).filter { seen.insert($0).inserted }
    }

    static func run(rows: [SeedRow], rounds: Int = 15) -> TextCoreBench {
        var bench = TextCoreBench()
        let paragraphs = Array(corpus(rows).prefix(40))
        bench.paragraphs = paragraphs.count
        let engine = TextEngine()
        let fresh = FreshPango()
        var style = TextStyle(family: "DejaVu Sans", size: 30)
        style.lineHeight = nil
        let width = 700.0

        // 1. Measuring a paragraph the engine has seen before.
        for paragraph in paragraphs { _ = engine.layout(TextContent(paragraph, style: style), maxWidth: width, maxHeight: nil) }
        let (ours, baseline) = alternate(rounds: rounds) {
            for paragraph in paragraphs { _ = engine.layout(TextContent(paragraph, style: style), maxWidth: width, maxHeight: nil) }
        } baseline: {
            for paragraph in paragraphs { _ = fresh.measure(paragraph, size: 30, width: width) }
        }
        bench.cases.append(Case(name: "measure an already-seen paragraph (DejaVu Sans 30 px, 700 px wide)",
                                ours: ours / Double(paragraphs.count), baseline: baseline / Double(paragraphs.count),
                                target: 50))

        // 2. Auto-fit into a 600 × 220 box between 12 and 72 px, against a binary search over
        // fresh layouts to 0.5 px.
        var fitStyle = style
        fitStyle.autoFit = AutoFit(minSize: 12, maxSize: 72)
        for paragraph in paragraphs { _ = engine.layout(TextContent(paragraph, style: fitStyle), maxWidth: 600, maxHeight: 220) }
        let (fitOurs, fitBaseline) = alternate(rounds: rounds) {
            for paragraph in paragraphs { _ = engine.layout(TextContent(paragraph, style: fitStyle), maxWidth: 600, maxHeight: 220) }
        } baseline: {
            for paragraph in paragraphs { _ = fresh.autoFit(paragraph, width: 600, height: 220, min: 12, max: 72) }
        }
        bench.cases.append(Case(name: "auto-fit a seen paragraph into 600 × 220 px (12...72 px)",
                                ours: fitOurs / Double(paragraphs.count), baseline: fitBaseline / Double(paragraphs.count),
                                target: 20))

        // 3. The same auto-fit of paragraphs the engine has never seen (cache emptied each round).
        let (coldOurs, coldBaseline) = alternate(rounds: rounds) {
            engine.removeCachedLayouts()
            for paragraph in paragraphs { _ = engine.layout(TextContent(paragraph, style: fitStyle), maxWidth: 600, maxHeight: 220) }
        } baseline: {
            for paragraph in paragraphs { _ = fresh.autoFit(paragraph, width: 600, height: 220, min: 12, max: 72) }
        }
        bench.cases.append(Case(name: "auto-fit a new paragraph (cache emptied first)",
                                ours: coldOurs / Double(paragraphs.count), baseline: coldBaseline / Double(paragraphs.count),
                                target: 0))

        // 4. A new paragraph measured once: the cost of a miss.
        let (missOurs, missBaseline) = alternate(rounds: rounds) {
            engine.removeCachedLayouts()
            for paragraph in paragraphs { _ = engine.layout(TextContent(paragraph, style: style), maxWidth: width, maxHeight: nil) }
        } baseline: {
            for paragraph in paragraphs { _ = fresh.measure(paragraph, size: 30, width: width) }
        }
        bench.cases.append(Case(name: "measure a new paragraph (cache emptied first)",
                                ours: missOurs / Double(paragraphs.count), baseline: missBaseline / Double(paragraphs.count),
                                target: 0))
        bench.statistics = engine.statistics
        return bench
    }

    /// Median seconds per round of each side; rounds alternate which side goes first.
    static func alternate(rounds: Int, ours: () -> Void, baseline: () -> Void) -> (Double, Double) {
        ours(); baseline()  // warm-up
        var a = Samples(), b = Samples()
        for round in 0..<rounds {
            if round % 2 == 0 {
                a.add(timed(ours)); b.add(timed(baseline))
            } else {
                b.add(timed(baseline)); a.add(timed(ours))
            }
        }
        return (a.median, b.median)
    }

    var markdown: String {
        var lines = ["| text core operation | Infografis µs | fresh PangoLayout µs | speed-up | target |",
                     "|---|---:|---:|---:|---|"]
        for c in cases {
            let target = c.target > 0 ? "≥ \(Int(c.target))x: \(c.speedup >= c.target ? "met" : "**not met**")" : "(reported)"
            lines.append("| \(c.name) | \(fixed(c.ours * 1e6, 1)) | \(fixed(c.baseline * 1e6, 1)) | \(fixed(c.speedup, 1))x | \(target) |")
        }
        return lines.joined(separator: "\n")
    }
}

/// The baseline: a fresh PangoLayout per measurement, as a program without caches does.
final class FreshPango {
    private let context: OpaquePointer

    init() {
        context = pango_font_map_create_context(pango_cairo_font_map_get_default())
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(context)) }

    /// Logical size in pixels of `text` in DejaVu Sans at `size` px wrapped to `width`.
    func measure(_ text: String, size: Double, width: Double) -> (width: Double, height: Double) {
        let description = pango_font_description_from_string("DejaVu Sans")
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        let layout = pango_layout_new(context)
        pango_layout_set_font_description(layout, description)
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_text(layout, text, -1)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        g_object_unref(UnsafeMutableRawPointer(layout))
        pango_font_description_free(description)
        return (Double(logical.width) / Double(PANGO_SCALE), Double(logical.height) / Double(PANGO_SCALE))
    }

    /// The largest size in `min...max` (to 0.5 px) at which the text fits, by binary search.
    func autoFit(_ text: String, width: Double, height: Double, min: Double, max: Double) -> Double {
        var (low, high) = (min, max)
        if fits(text, max, width, height) { return max }
        while high - low > 0.5 {
            let middle = (low + high) / 2
            if fits(text, middle, width, height) { low = middle } else { high = middle }
        }
        return low
    }

    private func fits(_ text: String, _ size: Double, _ width: Double, _ height: Double) -> Bool {
        let measured = measure(text, size: size, width: width)
        return measured.width <= width && measured.height <= height
    }
}

extension BenchCommand {
    /// The text-core micro-benchmarks alone.
    struct TextCore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "text-core", abstract: "Text-core micro-benchmarks against fresh PangoLayouts.")

        @OptionGroup var workload: WorkloadOptions

        func run() throws {
            let bench = TextCoreBench.run(rows: try workload.rows())
            print(bench.markdown)
            let s = bench.statistics
            print("cache: \(s.hits) hits, \(s.misses) misses, \(s.entries) entries, \(s.approximateBytes) bytes, \(s.promotions) promotions, \(s.demotions) demotions")
        }
    }
}
