import InfografisCore
import Testing
@testable import InfografisText

/// The cache answers from layouts made at the reference size, at other widths than asked
/// (any width in a layout's valid range): results must match fresh layouts at the real size.
@Suite struct ConsistencyTests {
    static func uncachedEngine() -> TextEngine {
        var configuration = TextEngine.Configuration()
        configuration.caching = false
        return TextEngine(configuration: configuration)
    }

    struct Mismatch: CustomStringConvertible {
        let text: String, style: Int, size: Double, width: Double?, detail: String
        var description: String { "\(text.prefix(30))… style #\(style) size \(size) width \(width.map { "\($0)" } ?? "nil"): \(detail)" }
    }

    /// Glyph advances are whole Pango units (1/1024 px) at the size they were shaped at, so
    /// a layout shaped at 64 px and scaled differs from one shaped at the real size by up to
    /// about half a unit per glyph (widths) and per line (heights).
    static func compare(_ cached: TextLayout, _ fresh: TextLayout, glyphs: Int) -> String? {
        let a = cached.paragraph as? PangoParagraph, b = fresh.paragraph as? PangoParagraph
        if cached.lineCount != fresh.lineCount { return "lines \(cached.lineCount) vs \(fresh.lineCount)" }
        if a?.lineTexts != b?.lineTexts { return "line texts \(a?.lineTexts ?? []) vs \(b?.lineTexts ?? [])" }
        let scale = max(1, cached.fontSize / 16)
        let widthTolerance = Double(glyphs + 2) / 1024 * scale
        let heightTolerance = Double(cached.lineCount + 1) * 0.002 * scale
        if abs(cached.size.width - fresh.size.width) > widthTolerance { return "width \(cached.size.width) vs \(fresh.size.width)" }
        if abs(cached.size.height - fresh.size.height) > heightTolerance { return "height \(cached.size.height) vs \(fresh.size.height)" }
        if abs(cached.firstBaseline - fresh.firstBaseline) > heightTolerance { return "baseline" }
        if cached.isTruncated != fresh.isTruncated || cached.overflows != fresh.overflows { return "flags" }
        return nil
    }

    @Test func cachedMatchesFreshOverACorpus() {
        let cachedEngine = TextEngine()
        let freshEngine = Self.uncachedEngine()
        var mismatches: [Mismatch] = []
        var checked = 0
        let texts = Corpus.paragraphs + Corpus.shortOnes
        let styles: [TextStyle] = [
            style(), style(weight: 700), style(italic: true), style { $0.letterSpacing = 0.8 },
            style { $0.lineHeight = 1.4; $0.alignment = .center }, style { $0.maxLines = 2 },
            style(family: "Noto Sans") { $0.alignment = .justify },
        ]
        // Requests go in an order that makes the cache answer from wider layouts.
        let widths: [Double?] = [nil, 640, 333.3, 250, 199.5, 171, 140.25, 97, 61, 0]
        for (styleIndex, base) in styles.enumerated() {
            for size in [11.0, 16, 23.5, 48] {
                var style = base
                style.size = size
                style.letterSpacing = base.letterSpacing * size / 16
                for text in texts {
                    for width in widths.map({ $0.map { $0 * size / 16 } }) {
                        let content = TextContent(text, style: style)
                        let cached = cachedEngine.layout(content, maxWidth: width, maxHeight: nil)
                        let fresh = freshEngine.layout(content, maxWidth: width, maxHeight: nil)
                        checked += 1
                        if let detail = Self.compare(cached, fresh, glyphs: text.count) {
                            mismatches.append(Mismatch(text: text, style: styleIndex, size: size, width: width, detail: detail))
                        }
                    }
                }
            }
        }
        #expect(checked == styles.count * 4 * texts.count * widths.count)
        let report = mismatches.prefix(20).map(\.description).joined(separator: "\n")
        #expect(mismatches.count == 0, "\(mismatches.count) of \(checked) differ:\n\(report)")
        let statistics = cachedEngine.statistics
        #expect(statistics.hits > statistics.misses, "\(statistics)")
    }
}

extension ConsistencyTests {
    /// Random sizes and widths (fixed seed), tabs, no-break and repeated spaces.
    @Test func randomSizesAndWidthsMatchFreshLayouts() {
        let cachedEngine = TextEngine()
        let freshEngine = Self.uncachedEngine()
        var generator = SplitMix(seed: 20201013)
        let styles: [TextStyle] = [
            style(), style(weight: 700), style { $0.letterSpacing = 0.8 }, style { $0.letterSpacing = -0.4 },
            style { $0.lineHeight = 1.3 }, style { $0.maxLines = 3 }, style { $0.alignment = .justify },
            style(italic: true, family: "Noto Sans"),
        ]
        let texts = Corpus.paragraphs + Corpus.shortOnes
            + ["a  b   c    d     e", "x\u{00A0}y z\u{00A0}\u{00A0}w", "tab\tseparated\ttext here"]
        var mismatches: [String] = []
        for (index, base) in styles.enumerated() {
            for text in texts {
                for _ in 0..<8 {
                    var style = base
                    style.size = 8 + generator.unit() * 60
                    style.letterSpacing = base.letterSpacing * style.size / 16
                    let width: Double? = generator.unit() < 0.1 ? nil : generator.unit() * 40 * style.size
                    let content = TextContent(text, style: style)
                    let cached = cachedEngine.layout(content, maxWidth: width, maxHeight: nil)
                    let fresh = freshEngine.layout(content, maxWidth: width, maxHeight: nil)
                    if let detail = Self.compare(cached, fresh, glyphs: text.count) {
                        mismatches.append("style #\(index) size \(style.size) width \(width ?? -1) \(text.prefix(20)): \(detail)")
                    }
                }
            }
        }
        #expect(mismatches.count == 0, "\(mismatches.prefix(10).joined(separator: "\n"))")
        #expect(cachedEngine.statistics.hits > 0)
    }
}

/// A small deterministic random number generator.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    /// A number in 0..<1.
    mutating func unit() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(UInt64(1) << 53)
    }
}

/// Layout asks for a size, then places the text in a box of that size: the lines must not change.
@Suite struct MeasuredWidthTests {
    @Test func layingOutAtTheMeasuredWidthKeepsTheLines() {
        let styles: [TextStyle] = [style(), style(weight: 800), style { $0.letterSpacing = 1.5 },
                                   style { $0.letterSpacing = -0.5 }, style(italic: true, family: "Noto Sans")]
        var failures: [String] = []
        for cached in [true, false] {
            var configuration = TextEngine.Configuration()
            configuration.caching = cached
            let engine = TextEngine(configuration: configuration)
            for (index, style) in styles.enumerated() {
                for text in Corpus.paragraphs + Corpus.shortOnes {
                    for width in [nil, 300.0, 120] as [Double?] {
                        let first = measure(text, style, width: width, engine: engine)
                        let again = measure(text, style, width: first.size.width, engine: engine)
                        let lines = (first.paragraph as? PangoParagraph)?.lineTexts
                        let linesAgain = (again.paragraph as? PangoParagraph)?.lineTexts
                        if lines != linesAgain || abs(first.size.width - again.size.width) > 1e-9 {
                            failures.append("cached \(cached) style #\(index) \(text.prefix(20)) width \(width ?? -1): \(lines ?? []) vs \(linesAgain ?? [])")
                        }
                    }
                }
            }
        }
        #expect(failures.count == 0, "\(failures.prefix(10).joined(separator: "\n"))")
    }

    @Test func theMinContentWidthBreaksNoWord() throws {
        let engine = TextEngine()
        for text in Corpus.paragraphs + Corpus.shortOnes where !text.hasSuffix(" ") {
            for style in [style(), style(weight: 700) { $0.letterSpacing = 2 }] {
                let minimum = measure(text, style, width: 0, engine: engine)
                let placed = measure(text, style, width: minimum.size.width, engine: engine)
                let words = try #require(shaped(minimum)).lineTexts
                let lines = try #require(shaped(placed)).lineTexts
                #expect(placed.size.width <= minimum.size.width)
                #expect(lines.count <= words.count)
                // Every line is made of whole words of the min-content probe.
                var remaining = words[...]
                for line in lines {
                    var rebuilt = ""
                    while rebuilt.count < line.count, let word = remaining.popFirst() { rebuilt += word }
                    #expect(rebuilt == line, "\(text): \(lines)")
                }
            }
        }
    }
}

extension ConsistencyTests {
    /// A request asked again is answered with the stored result (or, once that was dropped,
    /// from cached layouts): the same figures and lines as the first time, and as fresh layouts.
    @Test func repeatedRequestsGetTheFirstAnswer() {
        let cachedEngine = TextEngine()
        let freshEngine = Self.uncachedEngine()
        let texts = Corpus.paragraphs + Corpus.shortOnes
        var fit = style()
        fit.autoFit = AutoFit(minSize: 8, maxSize: 40)
        let styles: [TextStyle] = [style(), style { $0.alignment = .center }, style(size: 30), fit,
                                   style { $0.maxLines = 2 }, style { $0.wraps = false },
                                   style { $0.maxLines = 2; $0.alignment = .justify },
                                   style(size: 23.5) { $0.letterSpacing = 0.8 }]
        // Boxes that differ in one dimension only, so a stored answer must not serve a neighbour.
        let boxes: [(Double?, Double?)] = [(nil, nil), (250, nil), (250, 40), (250, 400), (97, nil), (0, nil),
                                           (300, 120), (140.25, 60), (140.25, 61)]
        var first: [String: TextLayout] = [:]
        var mismatches: [String] = []
        for round in 0..<3 {
            for text in texts {
                for (width, height) in boxes {
                    for index in styles.indices {
                        // The base style just before each other style: a stored answer to a
                        // request that differs in one field only is at hand and must not serve.
                        for styleIndex in [0, index] {
                            let style = styles[styleIndex]
                            let content = TextContent(text, style: style)
                            let layout = cachedEngine.layout(content, maxWidth: width, maxHeight: height)
                            let id = "\(styleIndex) \(width ?? -1)×\(height ?? -1) \(text)"
                            if (layout.paragraph as? PangoParagraph).map({ $0.alignment != style.alignment }) ?? false {
                                mismatches.append("alignment: \(id.prefix(40))")
                            }
                            guard let expected = first[id] else {
                                first[id] = layout
                                let fresh = freshEngine.layout(content, maxWidth: width, maxHeight: height)
                                if let detail = Self.compare(layout, fresh, glyphs: text.count) {
                                    mismatches.append("fresh: \(id.prefix(40)): \(detail)")
                                }
                                continue
                            }
                            if !Self.identical(layout, expected) { mismatches.append("round \(round): \(id.prefix(40))") }
                        }
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).joined(separator: "\n"))")
        #expect(cachedEngine.cacheInvariantViolations() == [])
    }

    static func identical(_ a: TextLayout, _ b: TextLayout) -> Bool {
        a.size == b.size && a.fontSize == b.fontSize && a.lineCount == b.lineCount && a.firstBaseline == b.firstBaseline
            && a.isTruncated == b.isTruncated && a.overflows == b.overflows && a.missingCharacters == b.missingCharacters
            && (a.paragraph as? PangoParagraph)?.lineTexts == (b.paragraph as? PangoParagraph)?.lineTexts
            && (a.paragraph as? PangoParagraph)?.lineRects == (b.paragraph as? PangoParagraph)?.lineRects
    }
}
