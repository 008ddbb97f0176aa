import Foundation
import Testing
import Infografis
import InfografisCore
import InfografisFiles
import InfografisLayout
import InfografisText
@testable import InfografisRender

/// The SVG writer's bytes depend on the frame alone: not on what was rendered before (the
/// glyph cache), not on the engine or thread, not on the cache's bound. And the pixel
/// comparison it is tested with can see a single missing glyph.
@Suite(.serialized)
struct SVGDeterminismTests {
    static let seedCard = SVGWriterTests.layouts.appendingPathComponent("bench/seed-card.yaml").path

    static func seedRow(_ title: String) -> [String: String] {
        ["title": title, "v1": "892", "l1": "kali dibaca", "v2": "13 Okt", "l2": "webinar Jarkom 2020",
         "v3": "73,7%", "l3": "penduduk aktif di medsos",
         "quote": "Kita punya fungsi pelayanan publik kepada masyarakat.", "author": "— Widodo Muktiyo"]
    }

    /// The seed card for `title`, laid out and rendered as SVG by `engine`.
    static func seedSVG(_ title: String, engine: Engine) throws -> (svg: [UInt8], frame: Frame) {
        let template = try LayoutTemplate(path: seedCard)
        let formatter = DataFormatter(layoutLocale: "id-ID", dataLocale: nil)
        let infographic = try #require(try template.infographic(for: seedRow(title), formatter: formatter))
        let laidOut = engine.layout(try engine.prepare(try infographic.document()))
        return (try engine.render(laidOut, as: .svg), laidOut.frame)
    }

    @Test func cacheHitsGiveTheBytesOfMisses() throws {
        let engine = Engine()
        let (first, _) = try Self.seedSVG("Kartu pertama", engine: engine)
        let missesAfterFirst = engine.raster.svgCache.misses
        // Other cards in between fill the cache with their glyphs.
        _ = try Self.seedSVG("Zebra quokka jinx vexed", engine: engine)
        let (again, _) = try Self.seedSVG("Kartu pertama", engine: engine)
        #expect(first == again)
        #expect(engine.raster.svgCache.hits > 0)
        #expect(engine.raster.svgCache.misses > missesAfterFirst, "the second card has glyphs of its own")
        // A fresh engine (every glyph a miss) writes the same bytes.
        let (fresh, _) = try Self.seedSVG("Kartu pertama", engine: Engine())
        #expect(fresh == first)
    }

    /// Image files are read and encoded once per cache while they are unchanged: the bytes of a
    /// hit are those of a miss, and a file replaced between two cards is read again.
    @Test func imageFilesAreReadAgainOnlyWhenTheyChange() throws {
        let path = temporaryURL("logo-cache.png").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        func write(_ argb: UInt32, width: Int) throws { try writeSolidPNG(argb, width: width, height: 4, to: path) }
        let frame = Frame(size: Size(40, 20), items: [
            Positioned(.zero, .image(ImageItem(content: ImageContent(path: path, fit: .fill), size: Size(40, 20)))),
        ])
        let cache = SVGCache()
        func svg(_ cache: SVGCache) -> String {
            String(decoding: SVGWriter.document(frame, title: nil, description: nil, cache: cache, workspace: RasterWorkspace()),
                   as: UTF8.self)
        }
        try write(0xFFFF_0000, width: 8)
        let first = svg(cache)
        let missesAfterFirst = cache.misses
        let again = svg(cache)
        #expect(again == first)
        #expect(cache.misses == missesAfterFirst && cache.hits > 0, "the unchanged file came from the cache")
        #expect(svg(SVGCache()) == first)
        // Replaced by another image (other size, other colour): read again.
        try write(0xFF00_00FF, width: 6)
        let replaced = svg(cache)
        #expect(replaced != first)
        #expect(replaced == svg(SVGCache()))
    }

    @Test func aTinyCacheGivesTheSameBytes() throws {
        let engine = Engine()
        let (svg, frame) = try Self.seedSVG("Kartu kecil", engine: engine)
        // Emptied many times during one card.
        let tiny = SVGCache(byteLimit: 2000)
        let withTiny = SVGWriter.document(frame, title: "Kartu kecil", description: nil, cache: tiny, workspace: RasterWorkspace())
        let withDefault = SVGWriter.document(frame, title: "Kartu kecil", description: nil,
                                             cache: SVGCache(), workspace: RasterWorkspace())
        #expect(withTiny == withDefault)
        #expect(svg.count > 1000)
    }

    @Test func otherThreadsAndEnginesWriteTheSameBytes() async throws {
        let (here, _) = try Self.seedSVG("Kartu di utas lain", engine: Engine())
        let results = Mutex<[[UInt8]]>([])
        let threads = (0..<2).map { _ in
            Thread {
                let svg = (try? Self.seedSVG("Kartu di utas lain", engine: Engine()).svg) ?? []
                results.withLock { $0.append(svg) }
            }
        }
        for thread in threads { thread.start() }
        while results.withLock({ $0.count }) < threads.count { try await Task.sleep(nanoseconds: 10_000_000) }
        for svg in results.withLock({ $0 }) { #expect(svg == here) }
    }

    /// A 300 × 60 white frame with one 32 px paragraph at (10, 10).
    static func paragraphFrame(_ text: String) -> Frame {
        var style = TextStyle()
        style.size = 32
        let content = TextContent(text, style: style)
        let layout = TextEngine().layout(content, maxWidth: nil, maxHeight: nil)
        return Frame(size: Size(300, 60), items: [
            TestFrames.background(Size(300, 60), .white),
            Positioned(Point(10, 10), .text(TextItem(content: content, layout: layout))),
        ])
    }

    @Test func emojiAreEmbeddedBitmapsThatLookLikeThePNG() throws {
        let frame = Self.paragraphFrame("Info 📢 penting")
        let svg = try Renderer.render(frame, as: .svg)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("<image id=\"bitmap0\""), "the emoji is an image")
        #expect(text.contains("xlink:href=\"#g0-"), "the letters are outlines")
        let fromSVG = try rasterizeSVG(svg, width: 300, height: 60)
        try Self.expectNoWorseThanCairo(frame, svg: svg, name: "emoji")
        // The emoji has color (the PNG's and the SVG's): some pixel is far from gray.
        let colorful = fromSVG.argb.contains { p in
            let (r, g, b) = (Int(p >> 16 & 0xFF), Int(p >> 8 & 0xFF), Int(p & 0xFF))
            return max(r, g, b) - min(r, g, b) > 80
        }
        #expect(colorful)
    }

    @Test func aMissingCharacterIsPangosBox() throws {
        let frame = Self.paragraphFrame("Halo \u{0378} dunia")
        let svg = try Renderer.render(frame, as: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<image id=\"bitmap0\""), "the box is drawn by Pango")
        try Self.expectNoWorseThanCairo(frame, svg: svg, name: "missing-character")
    }

    /// Small frames of large text are mostly glyph edges, where any SVG differs from the PNG
    /// (whose glyphs are snapped to whole pixels) beyond the card-sized limits: ours must be as
    /// close to the PNG as Cairo's SVG is, and agree with it in 4 × 4 blocks.
    static func expectNoWorseThanCairo(_ frame: Frame, svg: [UInt8], name: String) throws {
        let (width, height) = (Int(frame.size.width), Int(frame.size.height))
        let png = try Pixels(decodingPNG: try Renderer.render(frame, as: .png))
        let ours = try rasterizeSVG(svg, width: width, height: height)
        let found = try #require(SVGWriterTests.difference(ours, png))
        let cairo = try #require(SVGWriterTests.difference(try rasterizeSVG(try Renderer.renderCairoSVG(frame), width: width, height: height), png))
        print("svg≈png \(name): ours \(found), Cairo's SVG \(cairo)")
        let similar = found.strongPerMille <= cairo.strongPerMille * 1.25 + 1 && found.mean <= cairo.mean * 1.25 + 0.2
            && found.blocksPerMille <= SVGWriterTests.blocksPerMille
        #expect(similar, "\(name): ours \(found), Cairo's SVG \(cairo)")
        if !similar { try SVGWriterTests.writeDiff(ours, png, name: name, svg: svg) }
    }

    @Test func theComparisonSeesOneMissingGlyph() throws {
        let (svg, frame) = try Self.seedSVG("Kartu tanpa satu huruf", engine: Engine())
        let fromCairo = try rasterizeSVG(try Renderer.renderCairoSVG(frame), width: 1080, height: 1080)
        let intact = try #require(SVGWriterTests.difference(try rasterizeSVG(svg, width: 1080, height: 1080), fromCairo))
        #expect(intact.strongPerMille <= SVGWriterTests.cairoStrongPerMille)
        // Drop the last glyph of the footer (a 20 px letter).
        var text = String(decoding: svg, as: UTF8.self)
        let lastUse = try #require(text.range(of: "<use ", options: .backwards))
        let lineEnd = try #require(text[lastUse.lowerBound...].firstIndex(of: "\n"))
        text.removeSubrange(lastUse.lowerBound...lineEnd)
        let broken = try #require(SVGWriterTests.difference(try rasterizeSVG(Array(text.utf8), width: 1080, height: 1080), fromCairo))
        #expect(broken.strongPerMille > SVGWriterTests.cairoStrongPerMille, "\(broken)")
    }
}

extension SVGDeterminismTests {
    @Test func nonFiniteValuesAreSkippedAndTheSVGStaysWellFormed() throws {
        let nan = Double.nan, inf = Double.infinity
        let red = Color(red: 1, green: 0, blue: 0)
        func shape(_ geometry: ShapeItem.Geometry, fill: Paint? = .solid(red), stroke: Stroke? = nil) -> FrameItem {
            .shape(ShapeItem(geometry: geometry, fill: fill, stroke: stroke))
        }
        let inner = Frame(size: Size(50, 50), items: [Positioned(Point(0, 0), shape(.rect(RoundedRect(rect: TestFrames.rect(0, 0, 10, 10)))))])
        let frame = Frame(size: Size(100, 100), items: [
            Positioned(Point(nan, 0), shape(.rect(RoundedRect(rect: TestFrames.rect(0, 0, 10, 10))))),
            Positioned(Point(0, 0), shape(.rect(RoundedRect(rect: TestFrames.rect(0, 0, nan, 10))))),
            Positioned(Point(0, 0), shape(.rect(RoundedRect(rect: TestFrames.rect(0, 0, 20, 20), radii: CornerRadii(all: inf))))),
            Positioned(Point(0, 0), shape(.path(data: "M0 0L10 10L20 0Z", transform: AffineTransform(a: inf, b: 0, c: 0, d: 1, tx: 0, ty: 0), evenOdd: false))),
            Positioned(Point(0, 0), shape(.rect(RoundedRect(rect: TestFrames.rect(0, 0, 20, 20))),
                                          fill: .linearGradient(LinearGradient(angle: nan, colors: [red, .white])),
                                          stroke: Stroke(color: red, width: inf))),
            Positioned(Point(0, 0), .group(GroupItem(frame: inner, opacity: nan))),
            Positioned(Point(0, 0), .group(GroupItem(frame: inner, clip: RoundedRect(rect: TestFrames.rect(0, 0, inf, 5))))),
            Positioned(Point(0, 0), .group(GroupItem(frame: inner, clip: RoundedRect(rect: TestFrames.rect(0, 0, 5, 5)), opacity: 0.5))),
        ])
        let svg = try Renderer.render(frame, as: .svg)
        let outline = try XMLOutline(Data(svg))
        #expect(outline.root == "svg")
        let text = String(decoding: svg, as: UTF8.self).lowercased()
        #expect(!text.contains("nan") && !text.contains("inf"), "\(text)")
        let png = try Pixels(decodingPNG: try Renderer.render(frame, as: .png))
        try SVGWriterTests.expectSimilar(try rasterizeSVG(svg, width: 100, height: 100), png, name: "non-finite", svg: svg)
    }
}

/// A lock around a value (Foundation's NSLock; the tests run on Linux and macOS 14).
final class Mutex<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<R>(_ body: (inout Value) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
