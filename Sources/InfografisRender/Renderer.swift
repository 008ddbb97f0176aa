internal import CInfografis
import InfografisCore
import InfografisLayout
import InfografisText

/// An output file format.
public enum OutputFormat: String, Hashable, Sendable, CaseIterable {
    /// Raster PNG, 8-bit RGBA (RGB when fully opaque).
    case png
    /// SVG 1.1, sizes in px; text as glyph outlines, shadows as embedded images.
    case svg
    /// Single-page PDF, 1 canvas px = 1 pt.
    case pdf

    /// The format for a file extension such as `png` or `.PDF` (case-insensitive); nil if unknown.
    public init?(pathExtension: String) {
        var ext = pathExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        self.init(rawValue: ext)
    }
}

/// How a frame is rendered.
public struct RenderOptions: Hashable, Sendable {
    /// PNG pixel density: the canvas becomes size × scale pixels (rounded), so it must be > 0.
    /// Default 1; SVG and PDF ignore it.
    public var scale: Double
    /// PNG compression preset: `fast` (default), `balanced` or `small`.
    public var pngCompression: PNGCompression
    /// Document title: PDF `Title` metadata and an SVG `<title>` element. Default nil.
    public var title: String?
    /// Document description: an SVG `<desc>` element (PDF has no such field). Default nil.
    public var description: String?
    /// PDF page points per frame pixel: 72 / pixels per inch for print canvases. Default 1.
    public var pdfPointsPerPixel: Double = 1

    /// Options; every parameter defaults as documented on its property.
    public init(scale: Double = 1, pngCompression: PNGCompression = .fast, title: String? = nil,
                description: String? = nil) {
        self.scale = scale
        self.pngCompression = pngCompression
        self.title = title
        self.description = description
    }
}

/// Frame → PNG (Cairo, our PNG writer), SVG (`SVGWriter`) or PDF (Cairo) bytes. Rendering is total: it throws only when a surface
/// cannot be created (size, memory) or output cannot be written. Call it on the thread of the
/// `TextEngine` that measured the frame's text (Pango objects stay on their thread).
public enum Renderer {
    /// Renders `frame` (its size is the canvas) as `format`. Identical input gives identical bytes.
    public static func render(_ frame: Frame, as format: OutputFormat, options: RenderOptions = RenderOptions()) throws -> [UInt8] {
        try render(frame, as: format, options: options, workspace: RasterWorkspace())
    }

    /// As `render(_:as:options:)`, reusing `workspace`'s surface and buffers (an `Engine` keeps one).
    package static func render(_ frame: Frame, as format: OutputFormat, options: RenderOptions,
                               workspace: RasterWorkspace) throws -> [UInt8] {
        switch format {
        case .png: try renderPNG(frame, options: options, workspace: workspace)
        case .svg: try renderSVG(frame, options: options, workspace: workspace)
        case .pdf: try renderPDF(frame, options: options)
        }
    }

    /// Renders `frame` and writes it to `path` atomically: a temporary file in the same directory
    /// is renamed over `path`, and nothing is left behind on failure.
    public static func write(_ frame: Frame, as format: OutputFormat, to path: String,
                             options: RenderOptions = RenderOptions()) throws {
        let bytes = try render(frame, as: format, options: options)
        try AtomicFile.write(bytes, to: path)
    }

    /// The natural size in pixels of a PNG, JPEG or SVG file, reading only what is needed
    /// (the raster header; the SVG's width/height or viewBox).
    public static func intrinsicSize(ofImageAt path: String) throws -> Size {
        try intrinsicImageSize(at: path)
    }

    /// Cairo's version string.
    public static var cairoVersion: String { String(cString: cairo_version_string()) }

    // MARK: - Formats

    /// Pixel size of the PNG for a canvas and scale: rounded, at least 1.
    static func pixelSize(_ size: Size, scale: Double) -> (width: Int, height: Int) {
        func pixels(_ value: Double) -> Int {
            let scaled = (value * scale).rounded()
            return scaled.isFinite ? Int(Swift.max(0, Swift.min(scaled, 1e9))) : 0
        }
        return (pixels(size.width), pixels(size.height))
    }

    private static func renderPNG(_ frame: Frame, options: RenderOptions, workspace: RasterWorkspace) throws -> [UInt8] {
        let surface = try rasterize(frame, scale: options.scale, workspace: workspace)
        return try PNGEncoder.encode(surface, compression: options.pngCompression, workspace: workspace)
    }

    /// Draws `frame` into a transparent ARGB32 image surface of `pixelSize(frame.size, scale)`
    /// (the workspace's, reused): the first half of PNG output, on its own so that benchmarks
    /// can time the halves. A card whose first item is an opaque background over the whole
    /// canvas overwrites every pixel, so the reused surface is not cleared first (one pass over
    /// 4.6 MB less per 1080 × 1080 card).
    package static func rasterize(_ frame: Frame, scale: Double, workspace: RasterWorkspace) throws -> Surface {
        let (width, height) = pixelSize(frame.size, scale: scale)
        let covered = frame.paintsOpaqueBackground(pixelWidth: width, pixelHeight: height, scale: scale)
        let surface = try workspace.imageSurface(width: width, height: height, cleared: !covered)
        let context = try Context(surface)
        if scale != 1 { cairo_scale(context.pointer, scale, scale) }
        FrameDrawer(context.pointer, images: workspace.images).draw(frame)
        try context.checkStatus()
        return surface
    }

    /// Encodes a surface from `rasterize` as PNG: the second half of PNG output.
    package static func encodePNG(_ surface: Surface, compression: PNGCompression,
                                  workspace: RasterWorkspace) throws -> [UInt8] {
        try PNGEncoder.encode(surface, compression: compression, workspace: workspace)
    }

    /// Encodes a surface from `rasterize` with an explicit libdeflate level (0...12; nil for our
    /// own card encoder, `DeflateEncoder`) and row filter types (0-4, one or several tried per
    /// row): for measuring the presets.
    package static func encodePNG(_ surface: Surface, level: Int?, filters: [UInt8],
                                  workspace: RasterWorkspace) throws -> [UInt8] {
        let strategy: PNGEncoder.FilterStrategy = switch filters {
        case [0]: .none
        case [0, 1, 2]: .subUp
        case [0, 1, 2, 3, 4]: .adaptive
        default: .fixed(filters.first ?? 0)
        }
        return try PNGEncoder.encode(surface, deflater: level.map { .libdeflate(level: $0) } ?? .cards,
                                     strategy: strategy, workspace: workspace)
    }

    private static func renderSVG(_ frame: Frame, options: RenderOptions, workspace: RasterWorkspace) throws -> [UInt8] {
        try checkVectorSize(frame.size)
        return SVGWriter.document(frame, title: options.title, description: options.description,
                                  cache: workspace.svgCache, workspace: workspace)
    }

    /// SVG through Cairo's SVG surface, as before `SVGWriter`: for comparisons in tests and benchmarks.
    package static func renderCairoSVG(_ frame: Frame, options: RenderOptions = RenderOptions()) throws -> [UInt8] {
        try checkVectorSize(frame.size)
        let surface = try Surface.svg(width: frame.size.width, height: frame.size.height)
        try drawVector(frame, on: surface)
        let svg = try surface.finish()
        return SVGPostProcessor.process(svg, title: options.title, description: options.description)
    }

    private static func renderPDF(_ frame: Frame, options: RenderOptions) throws -> [UInt8] {
        try checkVectorSize(frame.size)
        let scale = options.pdfPointsPerPixel.isFinite && options.pdfPointsPerPixel > 0 ? options.pdfPointsPerPixel : 1
        let surface = try Surface.pdf(width: frame.size.width * scale, height: frame.size.height * scale)
        PDFMetadata.apply(to: surface, title: options.title)
        try drawVector(frame, on: surface, scale: scale)
        return try surface.finish()
    }

    private static func drawVector(_ frame: Frame, on surface: Surface, scale: Double = 1) throws {
        // The context must be destroyed before the surface is finished.
        let context = try Context(surface)
        if scale != 1 { cairo_scale(context.pointer, scale, scale) }
        FrameDrawer(context.pointer).draw(frame)
        try context.checkStatus()
    }

    private static func checkVectorSize(_ size: Size) throws {
        let valid = size.width.isFinite && size.height.isFinite && size.width >= 1 && size.height >= 1
            && size.width <= Double(Surface.maximumSide) && size.height <= Double(Surface.maximumSide)
        guard valid else {
            throw RenderError.invalidSurfaceSize(width: size.width.isFinite ? Int(size.width) : 0,
                                                 height: size.height.isFinite ? Int(size.height) : 0)
        }
    }
}

extension Frame {
    /// True when the first item painted is a plain rectangle of one opaque color that covers
    /// the whole `pixelWidth` × `pixelHeight` canvas at `scale` (a card's background), reached
    /// through groups without clip or opacity. Cairo then sets every pixel to that color
    /// whatever was there before: full coverage of an opaque source.
    func paintsOpaqueBackground(pixelWidth: Int, pixelHeight: Int, scale: Double) -> Bool {
        var frame = self
        var origin = Point.zero
        while let first = frame.items.first {
            origin.x += first.position.x
            origin.y += first.position.y
            switch first.item {
            case let .group(group) where group.clip == nil && group.opacity >= 1:
                frame = group.frame
            case let .shape(shape):
                guard case let .rect(box) = shape.geometry, box.radii.isZero, shape.shadows.isEmpty,
                      case let .solid(color)? = shape.fill, color.alpha >= 1 else { return false }
                let left = (origin.x + box.rect.x) * scale, top = (origin.y + box.rect.y) * scale
                let right = (origin.x + box.rect.x + box.rect.width) * scale
                let bottom = (origin.y + box.rect.y + box.rect.height) * scale
                return left <= 0 && top <= 0 && right >= Double(pixelWidth) && bottom >= Double(pixelHeight)
            default:
                return false
            }
        }
        return false
    }
}
