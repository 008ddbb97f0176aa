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
