import Testing
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import InfografisCore
import InfografisLayout
@testable import InfografisRender

@Suite struct OutputTests {
    static var frames: [(String, Frame)] {
        [("card", TestFrames.card), ("gradients", TestFrames.gradients), ("icons", TestFrames.icons),
         ("clip-opacity", TestFrames.clipAndOpacity), ("image-fits", TestFrames.imageFits)]
    }

    static let frameNames = ["card", "gradients", "icons", "clip-opacity", "image-fits"]

    // MARK: - Determinism

    @Test(arguments: OutputFormat.allCases)
    func sameFrameGivesSameBytes(format: OutputFormat) throws {
        for (name, frame) in Self.frames {
            let first = try Renderer.render(frame, as: format)
            // Render something else in between, so process-global counters in Cairo move on.
            _ = try Renderer.render(TestFrames.imageFits, as: format)
            let second = try Renderer.render(frame, as: format)
            #expect(first == second, "\(name) as \(format) differs between two renders")
            #expect(!first.isEmpty)
        }
    }

    @Test func pdfHasNoDates() throws {
        let pdf = String(decoding: try Renderer.render(TestFrames.card, as: .pdf), as: UTF8.self)
        #expect(!pdf.contains("/CreationDate"))
        #expect(!pdf.contains("/ModDate"))
    }

    @Test func svgIDsAreRenumberedWithReferences() {
        let svg = Array(##"<svg><defs><clipPath id="clip7"/><image id="image12"/></defs><g id="surface40" clip-path="url(#clip7)"><use xlink:href="#image12"/></g></svg>"##.utf8)
        let normalized = String(decoding: SVGPostProcessor.normalizeIDs(svg), as: UTF8.self)
        #expect(normalized == ##"<svg><defs><clipPath id="clip0"/><image id="image0"/></defs><g id="surface0" clip-path="url(#clip0)"><use xlink:href="#image0"/></g></svg>"##)
    }

    // MARK: - SVG

    @Test(arguments: frameNames)
    func svgIsWellFormedXML(name: String) throws {
        let frame = try #require(Self.frames.first { $0.0 == name }?.1)
        let svg = try Renderer.render(frame, as: .svg)
        let outline = try XMLOutline(Data(svg))
        #expect(outline.root == "svg")
        #expect(outline.rootAttributes["width"] == "\(Int(frame.size.width))px")
        #expect(outline.rootAttributes["viewBox"] == "0 0 \(Int(frame.size.width)) \(Int(frame.size.height))")
        // Every reference points at a defined id.
        let text = String(decoding: svg, as: UTF8.self)
        for reference in Self.matches(of: ##"(?:href="#|url\(#)([^")]+)"##, in: text) {
            #expect(outline.ids.contains(reference), "dangling reference #\(reference)")
        }
    }

    @Test func svgTitleAndDescriptionAreEscapedFirstChildren() throws {
        let options = RenderOptions(title: "Q&A <2026>", description: "\"Kita\" & 'kami'\u{1}")
        let svg = try Renderer.render(TestFrames.card, as: .svg, options: options)
        let outline = try XMLOutline(Data(svg))
        #expect(Array(outline.rootChildren.prefix(2)) == ["title", "desc"])
        #expect(outline.text["title"] == "Q&A <2026>")
        #expect(outline.text["desc"] == "\"Kita\" & 'kami'")
        let plain = try XMLOutline(Data(try Renderer.render(TestFrames.card, as: .svg)))
        #expect(!plain.rootChildren.contains("title"))
    }

    @Test func svgOutputLooksLikeThePNG() throws {
        // librsvg renders our SVG back; it must agree with the PNG except for antialiasing.
        for (name, frame) in Self.frames {
            let svg = try Renderer.render(frame, as: .svg)
            let fromSVG = try rasterizeSVG(svg, width: Int(frame.size.width), height: Int(frame.size.height))
            let png = try Pixels(decodingPNG: try Renderer.render(frame, as: .png))
            let differing = try #require(fromSVG.differingPixels(from: png, tolerance: 24))
            #expect(differing * 100 < png.argb.count, "\(name): \(differing) of \(png.argb.count) pixels differ")
        }
    }

    // MARK: - PDF

    @Test func pdfStructure() throws {
        let pdf = try Renderer.render(TestFrames.card, as: .pdf, options: RenderOptions(title: "Kartu (uji)"))
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1."))
        #expect(text.hasSuffix("%%EOF\n"))
        #expect(text.contains("/MediaBox [ 0 0 160 120 ]"))
        #expect(text.contains("startxref"))
    }

    static let pdfinfo = ["/usr/bin/pdfinfo", "/usr/local/bin/pdfinfo"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: pdfinfo != nil))
    func pdfinfoOpensThePDF() throws {
        let url = temporaryURL("card.pdf")
        try Renderer.write(TestFrames.card, as: .pdf, to: url.path, options: RenderOptions(title: "Kartu (uji) & co"))
        let (status, output) = try run(try #require(Self.pdfinfo), [url.path])
        #expect(status == 0)
        #expect(output.contains("Pages:           1"))
        #expect(output.contains("Page size:       160 x 120 pts"))
        #expect(output.contains("Title:           Kartu (uji) & co"))
    }

    static let pdftoppm = ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: pdftoppm != nil))
    func pdfOutputLooksLikeThePNG() throws {
        // Poppler rasterizes our PDF at 72 dpi (1 pt = 1 px); compare 4x4 block averages, or
        // 10x10 where Poppler interpolates the upscaled raster image differently from Cairo.
        for (name, frame) in Self.frames {
            let block = name == "image-fits" ? 10 : 4
            let pdf = temporaryURL(name + ".pdf")
            try Renderer.write(frame, as: .pdf, to: pdf.path)
            let prefix = pdf.deletingPathExtension().path
            let (status, _) = try run(try #require(Self.pdftoppm), ["-png", "-r", "72", "-singlefile", pdf.path, prefix])
            #expect(status == 0)
            let fromPDF = try Pixels(decodingPNG: Array(try Data(contentsOf: URL(fileURLWithPath: prefix + ".png")))).downsampled(by: block)
            let png = try Pixels(decodingPNG: try Renderer.render(frame, as: .png)).downsampled(by: block)
            let differing = try #require(fromPDF.differingPixels(from: png, tolerance: 24), "\(name): sizes differ")
            #expect(differing * 50 < png.argb.count, "\(name): \(differing) of \(png.argb.count) blocks differ")
        }
    }

    // MARK: - PNG

    @Test func transparentCanvasKeepsAlpha() throws {
        let frame = Frame(size: Size(10, 10), items: [
            Positioned(Point(3, 3), .shape(ShapeItem(geometry: .rect(RoundedRect(rect: TestFrames.rect(0, 0, 4, 4))),
                                                      fill: .solid(Color(red: 1, green: 0, blue: 0, alpha: 0.5))))),
        ])
        let png = try Renderer.render(frame, as: .png)
        #expect(png[25] == 6)  // RGBA
        let pixels = try Pixels(decodingPNG: png)
        #expect(pixels.channels(0, 0).a == 0)
        let center = pixels.channels(5, 5)
        #expect(center.a == 128 && center.r == 128 && center.g == 0)
    }

    @Test(arguments: [(1.0, 160, 120), (2.0, 320, 240), (0.5, 80, 60), (1.5, 240, 180)])
    func scaleMultipliesThePixelSize(scale: Double, width: Int, height: Int) throws {
        let pixels = try Pixels(decodingPNG: try Renderer.render(TestFrames.card, as: .png, options: RenderOptions(scale: scale)))
        #expect(pixels.width == width && pixels.height == height)
    }

    @Test(arguments: [Size(0, 10), Size(40000, 10), Size(.nan, 10), Size(10, -1)])
    func impossibleSizesThrow(size: Size) {
        for format in OutputFormat.allCases {
            #expect(throws: RenderError.self) { try Renderer.render(Frame(size: size), as: format) }
        }
    }

    // MARK: - API

    @Test func outputFormatFromPathExtension() {
        #expect(OutputFormat(pathExtension: "png") == .png)
        #expect(OutputFormat(pathExtension: ".SVG") == .svg)
        #expect(OutputFormat(pathExtension: "Pdf") == .pdf)
        #expect(OutputFormat(pathExtension: "jpg") == nil)
        #expect(OutputFormat(pathExtension: "") == nil)
    }

    @Test func writeIsAtomicAndCleansUp() throws {
        let directory = temporaryURL("out")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let target = directory.appendingPathComponent("card.png")
        try Data("old".utf8).write(to: target)
        try Renderer.write(TestFrames.card, as: .png, to: target.path)
        #expect(Array(try Data(contentsOf: target)) == (try Renderer.render(TestFrames.card, as: .png)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["card.png"])
        let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
        #expect(((attributes[.posixPermissions] as? Int) ?? 0) & 0o044 != 0, "readable by others under a usual umask")

        // Renaming over a directory fails: the error names the path and no temporary file stays.
        let blocker = directory.appendingPathComponent("taken.svg")
        try FileManager.default.createDirectory(at: blocker.appendingPathComponent("inner"), withIntermediateDirectories: true)
        #expect(throws: RenderError.self) { try Renderer.write(TestFrames.card, as: .svg, to: blocker.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["card.png", "taken.svg"])

        // A missing directory fails before anything is written.
        do {
            try Renderer.write(TestFrames.card, as: .pdf, to: directory.path + "/missing/x.pdf")
            Issue.record("expected an error")
        } catch let error as RenderError {
            guard case let .writeFailed(path, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == directory.path + "/missing/x.pdf")
        }
    }

    // MARK: - Helpers

    static func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

/// The parts of an XML document the tests look at, read with XMLParser (libxml2).
final class XMLOutline: NSObject, XMLParserDelegate {
    var root: String?
    var rootAttributes: [String: String] = [:]
    var rootChildren: [String] = []
    var ids: Set<String> = []
    var text: [String: String] = [:]
    private var depth = 0
    private var current: String?

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        guard parser.parse() else {
            throw DecodeError.failed("XML: \(parser.parserError.map { "\($0)" } ?? "unknown") at line \(parser.lineNumber)")
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if depth == 0 {
            root = name
            rootAttributes = attributes
        } else if depth == 1 {
            rootChildren.append(name)
        }
        if let id = attributes["id"] { ids.insert(id) }
        depth += 1
        current = name
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        current = nil
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current, current == "title" || current == "desc" { text[current, default: ""] += string }
    }
}

/// Runs a program and returns its status and standard output.
func run(_ program: String, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
}

@Suite struct TotalityTests {
    /// Values layout validation should never let through; rendering must still not fail or crash.
    static var hostileFrame: Frame {
        let nan = Double.nan, inf = Double.infinity
        let weird = RoundedRect(rect: TestFrames.rect(5, 5, 20, 20), radii: CornerRadii(topLeft: inf, topRight: nan, bottomRight: -5, bottomLeft: 1e300))
        let items: [Positioned] = [
            Positioned(Point(nan, 0), .shape(ShapeItem(geometry: .rect(weird), fill: .solid(.black)))),
            Positioned(.zero, .shape(ShapeItem(geometry: .rect(weird), fill: .linearGradient(LinearGradient(angle: nan, stops: [])),
                                               stroke: Stroke(color: .black, width: nan),
                                               shadows: [Shadow(color: .black, x: nan, y: inf, blur: nan, spread: inf),
                                                         Shadow(color: .black, x: 0, y: 0, blur: 4, spread: -100)]))),
            Positioned(.zero, .shape(ShapeItem(geometry: .rect(RoundedRect(rect: TestFrames.rect(0, 0, -10, inf))), fill: .solid(.black)))),
            Positioned(.zero, .shape(ShapeItem(geometry: .path(data: "M0 0 L1e308 1e308 Q nan", transform: .scale(inf, translateX: 0, translateY: 0), evenOdd: false),
                                               fill: .linearGradient(LinearGradient(angle: 90, colors: [.black, .white])),
                                               shadows: [Shadow(color: .black, blur: 1e6, spread: 3)]))),
            Positioned(.zero, .shape(ShapeItem(geometry: .path(data: "M0 0 L10 10", transform: AffineTransform(a: 0, b: 0, c: 0, d: 0, tx: 0, ty: 0), evenOdd: false),
                                               stroke: Stroke(color: .black, width: 2)))),
            Positioned(.zero, .group(GroupItem(frame: Frame(size: .zero), clip: RoundedRect(rect: TestFrames.rect(0, 0, 0, 0)), opacity: 0.5))),
            Positioned(.zero, .group(GroupItem(frame: Frame(size: .zero, items: [Positioned(.zero, .shape(ShapeItem(geometry: .rect(weird), fill: .solid(.white))))]), opacity: nan))),
            Positioned(.zero, .image(ImageItem(content: ImageContent(path: TestFrames.rasterImagePath, fit: .cover), size: Size(inf, 10)))),
            Positioned(.zero, .image(ImageItem(content: ImageContent(path: TestFrames.svgImagePath, fit: .contain), size: Size(0, 10)))),
        ]
        return Frame(size: Size(30, 30), items: items)
    }

    @Test(arguments: OutputFormat.allCases)
    func hostileValuesRenderWithoutError(format: OutputFormat) throws {
        let bytes = try Renderer.render(Self.hostileFrame, as: format)
        #expect(!bytes.isEmpty)
    }
}
