import Foundation
import InfografisCore
import InfografisLayout
import InfografisText
@testable import InfografisRender

// Frames built by hand for reference, determinism and vector-output tests.

enum TestFrames {
    static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> Rect {
        Rect(origin: Point(x, y), size: Size(w, h))
    }

    static func background(_ size: Size, _ color: Color = .white) -> Positioned {
        Positioned(.zero, .shape(ShapeItem(geometry: .rect(RoundedRect(rect: rect(0, 0, size.width, size.height))),
                                           fill: .solid(color))))
    }

    static let blue = Color(red: 0.15, green: 0.35, blue: 0.85)
    static let orange = Color(red: 0.98, green: 0.55, blue: 0.1)
    static let shadowColor = Color(red: 0, green: 0, blue: 0, alpha: 0.35)

    /// A card: per-corner radii, a 4 px ring border, two shadows (one spread).
    static var card: Frame {
        let size = Size(160, 120)
        let outer = RoundedRect(rect: rect(24, 20, 112, 76), radii: CornerRadii(topLeft: 24, topRight: 4, bottomRight: 60, bottomLeft: 0))
        let inner = RoundedRect(rect: rect(28, 24, 104, 68), radii: CornerRadii(topLeft: 20, topRight: 0, bottomRight: 56, bottomLeft: 0))
        return Frame(size: size, items: [
            background(size, Color(red: 0.94, green: 0.95, blue: 0.97)),
            Positioned(.zero, .shape(ShapeItem(geometry: .rect(outer), fill: .solid(.white), shadows: [
                Shadow(color: shadowColor, x: 0, y: 8, blur: 16, spread: 0),
                Shadow(color: orange.withOpacity(0.6), x: -6, y: -4, blur: 0, spread: 2),
            ]))),
            Positioned(.zero, .shape(ShapeItem(geometry: .ring(outer: outer, inner: inner), fill: .solid(blue)))),
        ])
    }

    /// Linear gradients: CSS 90° (to right) with three stops, 135° on a wide box, a clamped pill;
    /// and boxes of zero width or height, whose gradient spans nothing (they draw nothing).
    static var gradients: Frame {
        let size = Size(200, 120)
        let stops = [LinearGradient.Stop(color: orange, location: 0), .init(color: .white, location: 0.25),
                     .init(color: blue, location: 1)]
        return Frame(size: size, items: [
            background(size),
            Positioned(Point(10, 10), .shape(ShapeItem(geometry: .rect(RoundedRect(rect: rect(0, 0, 180, 40))),
                                                        fill: .linearGradient(LinearGradient(angle: 90, stops: stops))))),
            Positioned(Point(10, 60), .shape(ShapeItem(geometry: .rect(RoundedRect(rect: rect(0, 0, 110, 50), radii: CornerRadii(all: 12))),
                                                        fill: .linearGradient(LinearGradient(angle: 135, colors: [blue, orange]))))),
            // Radii 100 on a 60x50 box clamp to a pill/ellipse, as CSS does.
            Positioned(Point(130, 60), .shape(ShapeItem(geometry: .rect(RoundedRect(rect: rect(0, 0, 60, 50), radii: CornerRadii(all: 100))),
                                                         fill: .linearGradient(LinearGradient(angle: 180, colors: [.white, blue.withOpacity(0.5)]))))),
        ] + [rect(150, 10, 0, 0), rect(10, 112, 100, 0), rect(190, 10, 0, 40)].map { empty in
            Positioned(.zero, .shape(ShapeItem(geometry: .rect(RoundedRect(rect: empty)),
                                               fill: .linearGradient(LinearGradient(angle: 45, colors: [orange, blue])))))
        })
    }

    static let heart = "M12,21.35L10.55,20.03C5.4,15.36 2,12.27 2,8.5C2,5.41 4.42,3 7.5,3C9.24,3 10.91,3.81 12,5.08C13.09,3.81 14.76,3 16.5,3C19.58,3 22,5.41 22,8.5C22,12.27 18.6,15.36 13.45,20.03L12,21.35Z"

    /// Path icons: a filled MDI heart with a drop shadow, an even-odd ring of arcs, a stroked
    /// open path with round caps, quadratic curves.
    static var icons: Frame {
        let size = Size(200, 80)
        return Frame(size: size, items: [
            background(size),
            Positioned(Point(8, 8), .shape(ShapeItem(geometry: .path(data: heart, transform: .scale(64.0 / 24, translateX: 0, translateY: 0), evenOdd: false),
                                                      fill: .solid(Color(red: 0.85, green: 0.1, blue: 0.25)),
                                                      shadows: [Shadow(color: shadowColor, x: 2, y: 3, blur: 4)]))),
            Positioned(Point(76, 8), .shape(ShapeItem(geometry: .path(data: "M12 2a10 10 0 1 0 .001 0zM12 6a6 6 0 1 1-.001 0z",
                                                                        transform: .scale(64.0 / 24, translateX: 0, translateY: 0), evenOdd: true),
                                                       fill: .linearGradient(LinearGradient(angle: 90, colors: [blue, orange]))))),
            Positioned(Point(144, 8), .shape(ShapeItem(geometry: .path(data: "M4 20 L12 4 l8 16 M6 14 Q12 22 18 14 T22 8",
                                                                         transform: .scale(2, translateX: 0, translateY: 0), evenOdd: false),
                                                        stroke: Stroke(color: .black, width: 4, lineCap: .round)))),
        ])
    }

    /// A group clipped to a rounded rectangle at half opacity, over a checker of two colors.
    static var clipAndOpacity: Frame {
        let size = Size(140, 100)
        let inner = Frame(size: Size(100, 70), items: [
            Positioned(Point(-20, -20), .shape(ShapeItem(geometry: .rect(RoundedRect(rect: rect(0, 0, 80, 80))), fill: .solid(blue)))),
            Positioned(Point(40, 20), .shape(ShapeItem(geometry: .rect(RoundedRect(rect: rect(0, 0, 90, 90), radii: CornerRadii(all: 45))), fill: .solid(orange)))),
        ])
        return Frame(size: size, items: [
            background(size),
            Positioned(.zero, .shape(ShapeItem(geometry: .rect(RoundedRect(rect: rect(0, 50, 140, 50))), fill: .solid(.black)))),
            Positioned(Point(20, 15), .group(GroupItem(frame: inner, clip: RoundedRect(rect: rect(0, 0, 100, 70), radii: CornerRadii(all: 18)), opacity: 0.5))),
        ])
    }

    // MARK: - Images

    /// A 40x20 PNG: left half red, right half blue, with a green 4 px border; written once per process.
    static let rasterImagePath: String = {
        var argb: [UInt32] = []
        for y in 0..<20 {
            for x in 0..<40 {
                let border = x < 4 || y < 4 || x >= 36 || y >= 16
                argb.append(border ? 0xFF22_AA22 : (x < 20 ? 0xFFDD_2222 : 0xFF22_44DD))
            }
        }
        let url = temporaryURL("fit.png")
        let png = (try? PNGEncoder.encode(try Pixels(width: 40, height: 20, argb: argb).surface(), level: 6)) ?? []
        try? Data(png).write(to: url)
        return url.path
    }()

    static let svgSource = """
        <svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20">
          <rect width="40" height="20" fill="#22aa22"/>
          <circle cx="20" cy="10" r="8" fill="#dd2222"/>
        </svg>
        """

    static let svgImagePath: String = {
        let url = temporaryURL("fit.svg")
        try? svgSource.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }()

    /// The three fit modes for a raster image (top row) and an SVG (bottom row) in 60x60 boxes
    /// with rounded corners; a missing image draws nothing.
    static var imageFits: Frame {
        let size = Size(220, 150)
        var items = [background(size, Color(red: 0.8, green: 0.8, blue: 0.8))]
        for (row, path) in [rasterImagePath, svgImagePath].enumerated() {
            for (column, fit) in ImageFit.allCases.enumerated() {
                items.append(Positioned(Point(10 + Double(column) * 70, 10 + Double(row) * 70),
                                        .image(ImageItem(content: ImageContent(path: path, fit: fit), size: Size(60, 60),
                                                         cornerRadius: CornerRadii(all: 12)))))
            }
        }
        items.append(Positioned(Point(0, 0), .image(ImageItem(content: ImageContent(path: "/nonexistent/missing.png"), size: Size(50, 50)))))
        return Frame(size: size, items: items)
    }
}

// MARK: - Text

extension TestFrames {
    /// A bold title and a wrapped, centred paragraph measured by the text core, over a card,
    /// one of them inside a half-transparent group. Build and render on the same thread.
    static func text(engine: TextEngine) -> Frame {
        var title = TextStyle()
        title.size = 26
        title.weight = 700
        title.color = blue
        var body = TextStyle()
        body.size = 14
        body.alignment = .center
        body.color = Color(red: 0.2, green: 0.2, blue: 0.2)
        let titleContent = TextContent("Infografis 2026", style: title)
        let bodyContent = TextContent("Kita punya fungsi pelayanan publik — teks dibungkus rapi.", style: body)
        let titleLayout = engine.layout(titleContent, maxWidth: 220, maxHeight: nil)
        let bodyLayout = engine.layout(bodyContent, maxWidth: 200, maxHeight: nil)
        let size = Size(240, 130)
        let group = Frame(size: size, items: [Positioned(Point(20, 60), .text(TextItem(content: bodyContent, layout: bodyLayout)))])
        return Frame(size: size, items: [
            background(size, Color(red: 0.96, green: 0.97, blue: 1)),
            Positioned(Point(16, 16), .text(TextItem(content: titleContent, layout: titleLayout))),
            Positioned(.zero, .group(GroupItem(frame: group, opacity: 0.8))),
        ])
    }
}
