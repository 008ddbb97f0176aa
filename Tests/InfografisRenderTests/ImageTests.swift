import Testing
import Foundation
import CInfografis
import InfografisCore
import InfografisLayout
@testable import InfografisRender

@Suite struct ImageTests {
    @Test func intrinsicSizeOfPNGAndSVG() throws {
        #expect(try Renderer.intrinsicSize(ofImageAt: TestFrames.rasterImagePath) == Size(40, 20))
        #expect(try Renderer.intrinsicSize(ofImageAt: TestFrames.svgImagePath) == Size(40, 20))
    }

    @Test func svgWithOnlyAViewBoxUsesItsSize() throws {
        let url = temporaryURL("viewbox.svg")
        try #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 12"><rect width="24" height="12"/></svg>"#
            .write(to: url, atomically: true, encoding: .utf8)
        #expect(try Renderer.intrinsicSize(ofImageAt: url.path) == Size(24, 12))
    }

    @Test func unreadableImagesThrowNamingThePath() throws {
        let garbage = temporaryURL("garbage.png")
        try Data("not an image".utf8).write(to: garbage)
        let badSVG = temporaryURL("bad.svg")
        try Data("<svg".utf8).write(to: badSVG)
        for path in ["/nonexistent/a.png", "/nonexistent/a.svg", garbage.path, badSVG.path] {
            do {
                _ = try Renderer.intrinsicSize(ofImageAt: path)
                Issue.record("\(path) should not be readable")
            } catch let RenderError.unreadableImage(reported, reason) {
                #expect(reported == path)
                #expect(!reason.isEmpty)
            }
        }
    }

    @Test func jpegDecodesThroughGdkPixbuf() throws {
        // Write a JPEG of the test image with gdk-pixbuf, then draw it with fit `fill`.
        let jpeg = temporaryURL("fit.jpg")
        var error: UnsafeMutablePointer<GError>?
        let pixbuf = try #require(gdk_pixbuf_new_from_file(TestFrames.rasterImagePath, &error))
        defer { g_object_unref(UnsafeMutableRawPointer(pixbuf)) }
        #expect(gdk_pixbuf_savev(pixbuf, jpeg.path, "jpeg", nil, nil, &error) != 0)
        #expect(try Renderer.intrinsicSize(ofImageAt: jpeg.path) == Size(40, 20))

        let frame = Frame(size: Size(80, 40), items: [
            Positioned(.zero, .image(ImageItem(content: ImageContent(path: jpeg.path, fit: .fill), size: Size(80, 40)))),
        ])
        let pixels = try Pixels(decodingPNG: try Renderer.render(frame, as: .png))
        let red = pixels.channels(20, 20), blue = pixels.channels(60, 20), green = pixels.channels(2, 2)
        #expect(red.a == 255 && red.r > 180 && red.b < 80)
        #expect(blue.b > 180 && blue.r < 80)
        #expect(green.g > 130 && green.r < 80)
    }

    @Test(arguments: [
        (ImageFit.contain, TestFrames.rect(0, 15, 60, 30)),
        (.cover, TestFrames.rect(-30, 0, 120, 60)),
        (.fill, TestFrames.rect(0, 0, 60, 60)),
    ])
    func fittedRectangles(fit: ImageFit, expected: Rect) {
        #expect(fittedRect(natural: Size(40, 20), box: Size(60, 60), fit: fit) == expected)
    }

    @Test func imagesAreClippedToTheirCornerRadius() throws {
        let frame = Frame(size: Size(40, 40), items: [
            Positioned(.zero, .image(ImageItem(content: ImageContent(path: TestFrames.rasterImagePath, fit: .fill),
                                               size: Size(40, 40), cornerRadius: CornerRadii(all: 20)))),
        ])
        let pixels = try Pixels(decodingPNG: try Renderer.render(frame, as: .png))
        #expect(pixels.channels(0, 0).a == 0)      // outside the circle
        #expect(pixels.channels(20, 20).a == 255)  // inside
    }

    @Test func missingImagesDrawNothing() throws {
        let frame = Frame(size: Size(10, 10), items: [
            Positioned(.zero, .image(ImageItem(content: ImageContent(path: "/nonexistent/x.png"), size: Size(10, 10)))),
            Positioned(.zero, .image(ImageItem(content: ImageContent(path: "/nonexistent/x.svg"), size: Size(10, 10)))),
        ])
        let pixels = try Pixels(decodingPNG: try Renderer.render(frame, as: .png))
        #expect(pixels.argb.allSatisfy { $0 == 0 })
    }
}

/// JPEGs with an EXIF orientation (phone photos) are shown turned as the tag says, in PNG and
/// SVG alike, with the turned size used for layout. The oracle is gdk-pixbuf's own EXIF reading
/// (`gdk_pixbuf_apply_embedded_orientation`), independent of `ImageInspector`.
@Suite struct ImageOrientationTests {
    /// A 40 × 20 JPEG with four coloured quadrants (red, green / blue, yellow), its EXIF
    /// orientation set to `orientation` (none for 0) in the given TIFF byte order.
    static func quadrantJPEG(orientation: Int, bigEndian: Bool = true) throws -> URL {
        let png = temporaryURL("quadrants.png"), jpeg = temporaryURL("quadrants-\(orientation)-\(bigEndian).jpg")
        defer { try? FileManager.default.removeItem(at: png) }
        try writePNG(width: 40, height: 20, to: png.path) { x, y in
            y < 10 ? (x < 20 ? 0xFFFF_0000 : 0xFF00_C000) : (x < 20 ? 0xFF00_00FF : 0xFFFF_D000)
        }
        var error: UnsafeMutablePointer<GError>?
        let pixbuf = try #require(gdk_pixbuf_new_from_file(png.path, &error))
        defer { g_object_unref(UnsafeMutableRawPointer(pixbuf)) }
        var keys: [UnsafeMutablePointer<CChar>?] = [strdup("quality"), nil]
        var values: [UnsafeMutablePointer<CChar>?] = [strdup("95"), nil]
        defer { for pointer in keys + values { free(pointer) } }
        #expect(gdk_pixbuf_savev(pixbuf, jpeg.path, "jpeg", &keys, &values, &error) != 0)
        guard orientation > 0 else { return jpeg }
        // APP1: "Exif\0\0", a TIFF header, one IFD holding only the orientation (SHORT, count 1).
        func u16(_ v: Int) -> [UInt8] { bigEndian ? [UInt8(v >> 8), UInt8(v & 0xFF)] : [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func u32(_ v: Int) -> [UInt8] { bigEndian ? u16(v >> 16) + u16(v & 0xFFFF) : u16(v & 0xFFFF) + u16(v >> 16) }
        let tiff = (bigEndian ? Array("MM".utf8) : Array("II".utf8)) + u16(42) + u32(8)
            + u16(1) + u16(0x0112) + u16(3) + u32(1) + u16(orientation) + u16(0) + u32(0)
        let payload = Array("Exif\0\0".utf8) + tiff
        let segment: [UInt8] = [0xFF, 0xE1, UInt8((payload.count + 2) >> 8), UInt8((payload.count + 2) & 0xFF)] + payload
        let bytes = Array(try Data(contentsOf: jpeg))
        try Data(Array(bytes[0..<2]) + segment + Array(bytes[2...])).write(to: jpeg)
        return jpeg
    }

    /// The colour at the centre of each quadrant of a `width` × `height` image: TL, TR, BL, BR.
    static func quadrants(_ channels: (Int, Int) -> (a: Int, r: Int, g: Int, b: Int), width: Int, height: Int) -> [String] {
        [(width / 4, height / 4), (3 * width / 4, height / 4), (width / 4, 3 * height / 4), (3 * width / 4, 3 * height / 4)].map { x, y in
            let p = channels(x, y)
            switch (p.r > 128, p.g > 128, p.b > 128) {
            case (true, false, false): return "red"
            case (false, true, false): return "green"
            case (false, false, true): return "blue"
            case (true, true, false): return "yellow"
            default: return "(\(p.r),\(p.g),\(p.b))"
            }
        }
    }

    @Test(arguments: [(0, true), (1, true), (2, true), (3, false), (4, true), (5, false), (6, true), (6, false), (7, true), (8, false)])
    func shownTurnedAsItsTagSays(orientation: Int, bigEndian: Bool) throws {
        let jpeg = try Self.quadrantJPEG(orientation: orientation, bigEndian: bigEndian)
        defer { try? FileManager.default.removeItem(at: jpeg) }
        let quarterTurn = orientation >= 5
        let shown = quarterTurn ? Size(20, 40) : Size(40, 20)
        guard case let .success(info) = ImageInspector.inspect(jpeg.path) else { Issue.record("not readable"); return }
        #expect(info.orientation == max(orientation, 1))
        #expect(info.size == shown)
        #expect(try Renderer.intrinsicSize(ofImageAt: jpeg.path) == shown)

        // The oracle: gdk-pixbuf's reading of the same tag.
        var error: UnsafeMutablePointer<GError>?
        let stored = try #require(gdk_pixbuf_new_from_file(jpeg.path, &error))
        defer { g_object_unref(UnsafeMutableRawPointer(stored)) }
        let oriented = try #require(gdk_pixbuf_apply_embedded_orientation(stored))
        defer { g_object_unref(UnsafeMutableRawPointer(oriented)) }
        #expect(Int(gdk_pixbuf_get_width(oriented)) == Int(shown.width))
        let rowstride = Int(gdk_pixbuf_get_rowstride(oriented)), step = Int(gdk_pixbuf_get_n_channels(oriented))
        let bits = try #require(gdk_pixbuf_read_pixels(oriented))
        let expected = Self.quadrants({ x, y in
            let p = bits + y * rowstride + x * step
            return (255, Int(p[0]), Int(p[1]), Int(p[2]))
        }, width: Int(shown.width), height: Int(shown.height))
        #expect(Set(expected) == ["red", "green", "blue", "yellow"])

        // Drawn at twice the shown size, in PNG and in SVG (rasterized by librsvg).
        let box = Size(shown.width * 2, shown.height * 2)
        let frame = Frame(size: box, items: [
            Positioned(.zero, .image(ImageItem(content: ImageContent(path: jpeg.path, fit: .fill), size: box))),
        ])
        let png = try Pixels(decodingPNG: try Renderer.render(frame, as: .png))
        #expect(Self.quadrants(png.channels, width: png.width, height: png.height) == expected, "PNG, orientation \(orientation)")
        let svg = try Renderer.render(frame, as: .svg)
        let fromSVG = try rasterizeSVG(svg, width: png.width, height: png.height)
        #expect(Self.quadrants(fromSVG.channels, width: png.width, height: png.height) == expected, "SVG, orientation \(orientation)")

        // The embedded copy is marked upright, so viewers that honour EXIF do not turn it again.
        let text = String(decoding: svg, as: UTF8.self)
        let base64 = try #require(text.range(of: "data:image/jpeg;base64,").map { text[$0.upperBound...].prefix { $0 != "\"" } })
        let embedded = Array(try #require(Data(base64Encoded: String(base64))))
        #expect(ImageInspector.jpegOrientation(embedded)?.orientation ?? 1 == 1)
    }
}

/// An engine's workspace keeps decoded images across renders while the files are unchanged.
@Suite struct ImageReuseTests {
    static func writePNG(_ argb: UInt32, width: Int, to path: String) throws {
        try writeSolidPNG(argb, width: width, height: 10, to: path)
    }

    @Test func aChangedFileIsDecodedAgainAndAnUnchangedOneGivesTheSamePixels() throws {
        let path = temporaryURL("reused.png").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let frame = Frame(size: Size(40, 20), items: [
            Positioned(.zero, .image(ImageItem(content: ImageContent(path: path, fit: .fill), size: Size(40, 20)))),
        ])
        let workspace = RasterWorkspace()
        func render(_ workspace: RasterWorkspace) throws -> [UInt8] {
            try Renderer.render(frame, as: .png, options: RenderOptions(), workspace: workspace)
        }
        try Self.writePNG(0xFFFF_0000, width: 20, to: path)
        let red = try render(workspace)
        #expect(workspace.images.bytes == 20 * 10 * 4, "the decoded image is kept")
        #expect(try render(workspace) == red)
        #expect(try Pixels(decodingPNG: red).channels(20, 10).r == 255)
        // Replaced (other colour, other size): decoded again, as a fresh workspace does.
        try Self.writePNG(0xFF00_00FF, width: 30, to: path)
        let blue = try render(workspace)
        #expect(blue == (try render(RasterWorkspace())))
        #expect(try Pixels(decodingPNG: blue).channels(20, 10).b == 255)
        // Removed: nothing is drawn, as for any missing image.
        try FileManager.default.removeItem(atPath: path)
        #expect(try Pixels(decodingPNG: try render(workspace)).channels(20, 10).a == 0)
    }

    @Test func theBoundEmptiesTheCacheWithoutChangingWhatIsDrawn() throws {
        let paths = (0..<3).map { temporaryURL("bound-\($0).png").path }
        defer { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
        for (index, path) in paths.enumerated() { try Self.writePNG(0xFF10_2030 + UInt32(index) * 0x40, width: 50, to: path) }
        let tiny = ImageCache(byteLimit: 50 * 10 * 4 + 1)  // room for one decoded image
        for path in paths + paths {
            let image = try #require(tiny.image(at: path))
            #expect(image.size == Size(50, 10))
            #expect(tiny.bytes <= tiny.byteLimit)
        }
    }
}
