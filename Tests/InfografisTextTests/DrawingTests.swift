import CInfografis
import InfografisCore
import Testing
@testable import InfografisText

/// An ARGB image surface with a cairo context, released at the end of its scope.
final class Canvas {
    let surface: OpaquePointer
    let cairo: OpaquePointer
    let width: Int32, height: Int32

    init(width: Int32, height: Int32) throws {
        let surface = try #require(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height))
        self.surface = surface
        cairo = try #require(cairo_create(surface))
        self.width = width
        self.height = height
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
    }

    deinit {
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// Pixels as (r, g, b) rows; premultiplied ARGB on an opaque background is plain RGB.
    func pixels() -> [[(r: UInt8, g: UInt8, b: UInt8)]] {
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return [] }
        let stride = Int(cairo_image_surface_get_stride(surface))
        return (0..<Int(height)).map { y in
            (0..<Int(width)).map { x in
                let pixel = UnsafeRawPointer(data + y * stride + x * 4).load(as: UInt32.self)
                return (UInt8((pixel >> 16) & 0xFF), UInt8((pixel >> 8) & 0xFF), UInt8(pixel & 0xFF))
            }
        }
    }

    /// Bounding box of pixels that are not white, or nil.
    func inkBounds() -> (minX: Int, minY: Int, maxX: Int, maxY: Int)? {
        var bounds: (Int, Int, Int, Int)?
        for (y, row) in pixels().enumerated() {
            for (x, pixel) in row.enumerated() where pixel.r < 250 || pixel.g < 250 || pixel.b < 250 {
                bounds = bounds.map { (min($0.0, x), min($0.1, y), max($0.2, x), max($0.3, y)) } ?? (x, y, x, y)
            }
        }
        return bounds.map { (minX: $0.0, minY: $0.1, maxX: $0.2, maxY: $0.3) }
    }
}

@Suite struct DrawingTests {
    @Test func drawsInTheBoxAtTheOriginAndScale() throws {
        let engine = TextEngine()
        let layout = measure("Kita punya fungsi pelayanan publik", style(size: 20), width: 180, engine: engine)
        let paragraph = try #require(shaped(layout))
        let canvas = try Canvas(width: 300, height: 200)
        paragraph.draw(cairo: canvas.cairo, at: Point(40, 30), color: .black)
        let ink = try #require(canvas.inkBounds())
        #expect(ink.minX >= 40 && ink.minX <= 44)
        #expect(ink.maxX <= 40 + Int(layout.size.width.rounded(.up)) + 1)
        #expect(ink.minY >= 30 && ink.minY <= 30 + Int(layout.firstBaseline))
        #expect(ink.maxY <= 30 + Int(layout.size.height.rounded(.up)))
        #expect(ink.maxY > 30 + Int(layout.size.height) - 12)
    }

    @Test func aScaledRequestDrawsLikeAFreshLayout() throws {
        // 40 px drawn from the 64 px reference layout vs a layout made at 40 px.
        let cached = try #require(shaped(measure(Corpus.kominfo, style(size: 40), width: 500, engine: TextEngine())))
        var configuration = TextEngine.Configuration()
        configuration.caching = false
        let fresh = try #require(shaped(measure(Corpus.kominfo, style(size: 40), width: 500,
                                                engine: TextEngine(configuration: configuration))))
        #expect(cached.pixelsPerUnit != fresh.pixelsPerUnit)
        let a = try Canvas(width: 520, height: 260), b = try Canvas(width: 520, height: 260)
        cached.draw(cairo: a.cairo, at: Point(10, 10), color: .black)
        fresh.draw(cairo: b.cairo, at: Point(10, 10), color: .black)
        let pa = a.pixels(), pb = b.pixels()
        var differing = 0, inked = 0
        for y in pa.indices {
            for x in pa[y].indices {
                if pa[y][x].r < 250 { inked += 1 }
                if abs(Int(pa[y][x].r) - Int(pb[y][x].r)) > 8 { differing += 1 }
            }
        }
        #expect(inked > 5000)
        #expect(differing < inked / 100, "\(differing) of \(inked) inked pixels differ")
    }

    @Test func colorIsAppliedAndEmojiKeepsItsColors() throws {
        let paragraph = try #require(shaped(measure("A 📢", style(size: 40), engine: TextEngine())))
        let canvas = try Canvas(width: 140, height: 70)
        paragraph.draw(cairo: canvas.cairo, at: Point(5, 5), color: Color(red: 0, green: 0, blue: 1))
        let pixels = canvas.pixels().flatMap { $0 }
        // The letter is pure blue; the megaphone has warm (red > blue) pixels.
        #expect(pixels.contains { $0.b > 200 && $0.r < 40 && $0.g < 40 })
        #expect(pixels.contains { Int($0.r) > Int($0.b) + 80 })
    }

    @Test func drawingDoesNotLayOutAgain() throws {
        let engine = TextEngine()
        let layout = measure(Corpus.kominfo, style(size: 18) { $0.alignment = .center }, width: 260, engine: engine)
        let paragraph = try #require(shaped(layout))
        let pango = paragraph.reference.layout.pointer
        let serial = pango_layout_get_serial(pango)
        let lines = paragraph.lineTexts
        let calls = engine.statistics.layoutCalls
        let canvas = try Canvas(width: 300, height: 200)
        cairo_scale(canvas.cairo, 2.5, 2.5)
        cairo_rotate(canvas.cairo, 0.1)
        paragraph.draw(cairo: canvas.cairo, at: .zero, color: .black)
        for surface in [cairo_svg_surface_create("/dev/null", 300, 200), cairo_pdf_surface_create("/dev/null", 300, 200)] {
            let vector = try #require(cairo_create(surface))
            paragraph.draw(cairo: vector, at: Point(3, 4), color: .black)
            cairo_destroy(vector)
            cairo_surface_finish(surface)
            cairo_surface_destroy(surface)
        }
        #expect(pango_layout_get_serial(pango) == serial)
        #expect(paragraph.lineTexts == lines)
        #expect(engine.statistics.layoutCalls == calls)
        #expect(measure(Corpus.kominfo, style(size: 18) { $0.alignment = .center }, width: 260, engine: engine).size == layout.size)
    }
}
