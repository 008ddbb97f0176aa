import Testing
import Foundation
import InfografisText
import InfografisCore
import InfografisLayout
@testable import InfografisRender

@Suite struct ReferenceTests {
    @Test func cardWithBorderAndShadows() throws {
        try ReferenceImage.expectMatch(TestFrames.card, named: "card")
    }

    @Test func cardAtScaleTwo() throws {
        try ReferenceImage.expectMatch(TestFrames.card, named: "card@2x", scale: 2)
    }

    @Test func linearGradients() throws {
        try ReferenceImage.expectMatch(TestFrames.gradients, named: "gradients")
    }

    @Test func pathIcons() throws {
        try ReferenceImage.expectMatch(TestFrames.icons, named: "icons")
    }

    @Test func clipAndOpacityGroup() throws {
        try ReferenceImage.expectMatch(TestFrames.clipAndOpacity, named: "clip-opacity")
    }

    @Test func imageFitModes() throws {
        try ReferenceImage.expectMatch(TestFrames.imageFits, named: "image-fits")
    }
}

@Suite struct TextRenderTests {
    @Test func textReference() throws {
        let engine = TextEngine()
        try ReferenceImage.expectMatch(TestFrames.text(engine: engine), named: "text")
    }

    @Test func textAtScaleTwo() throws {
        let engine = TextEngine()
        try ReferenceImage.expectMatch(TestFrames.text(engine: engine), named: "text@2x", scale: 2)
    }

    @Test func textIsDeterministicInEveryFormatAndValidSVG() throws {
        let engine = TextEngine()
        let frame = TestFrames.text(engine: engine)
        for format in OutputFormat.allCases {
            let first = try Renderer.render(frame, as: format)
            let second = try Renderer.render(TestFrames.text(engine: engine), as: format)
            #expect(first == second, "\(format)")
        }
        let svg = try Renderer.render(frame, as: .svg)
        let outline = try XMLOutline(Data(svg))
        #expect(outline.ids.contains { $0.range(of: #"^g[0-9]+-[0-9]+$"#, options: .regularExpression) != nil },
                "text becomes glyph outlines (ids g<font>-<glyph>)")
        // Cairo's image backend snaps glyph origins to whole pixels, SVG outlines are not snapped:
        // compare 4x4 block averages.
        let fromSVG = try rasterizeSVG(svg, width: 240, height: 130).downsampled(by: 4)
        let png = try Pixels(decodingPNG: try Renderer.render(frame, as: .png)).downsampled(by: 4)
        let differing = try #require(fromSVG.differingPixels(from: png, tolerance: 24))
        #expect(differing * 50 < png.argb.count, "\(differing) of \(png.argb.count) blocks differ")
    }

    @Test func textDrawsInk() throws {
        // Without a paragraph from the text core (a fake measurer), nothing is drawn.
        let engine = TextEngine()
        let content = TextContent("Halo")
        let real = engine.layout(content, maxWidth: nil, maxHeight: nil)
        var fake = real
        fake.paragraph = nil
        func ink(_ layout: TextLayout) throws -> Int {
            let frame = Frame(size: Size(60, 30), items: [Positioned(Point(2, 2), .text(TextItem(content: content, layout: layout)))])
            return try Pixels(decodingPNG: try Renderer.render(frame, as: .png)).argb.filter { $0 >> 24 > 0 }.count
        }
        #expect(try ink(real) > 20)
        #expect(try ink(fake) == 0)
    }
}
