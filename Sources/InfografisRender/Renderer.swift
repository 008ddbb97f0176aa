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
    /// PNG deflate level, 0 (stored, fastest) ... 12 (smallest, slowest), libdeflate's scale. Default 6.
    public var pngCompressionLevel: Int
    /// Document title: PDF `Title` metadata and an SVG `<title>` element. Default nil.
    public var title: String?
    /// Document description: an SVG `<desc>` element (PDF has no such field). Default nil.
    public var description: String?

    /// Options; every parameter defaults as documented on its property.
    public init(scale: Double = 1, pngCompressionLevel: Int = 6, title: String? = nil, description: String? = nil) {
        self.scale = scale
        self.pngCompressionLevel = pngCompressionLevel
        self.title = title
        self.description = description
    }
}

/// Frame → Cairo → PNG, SVG or PDF bytes. Rendering is total: it throws only when a surface
/// cannot be created (size, memory) or output cannot be written. Call it on the thread of the
/// `TextEngine` that measured the frame's text (Pango objects stay on their thread).
public enum Renderer {
    /// Renders `frame` (its size is the canvas) as `format`. Identical input gives identical bytes.
    public static func render(_ frame: Frame, as format: OutputFormat, options: RenderOptions = RenderOptions()) throws -> [UInt8] {
        switch format {
        case .png: try renderPNG(frame, options: options)
        case .svg: try renderSVG(frame, options: options)
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

    private static func renderPNG(_ frame: Frame, options: RenderOptions) throws -> [UInt8] {
        let (width, height) = pixelSize(frame.size, scale: options.scale)
        let surface = try Surface.image(width: width, height: height)
        let context = try Context(surface)
        if options.scale != 1 { cairo_scale(context.pointer, options.scale, options.scale) }
        FrameDrawer(context.pointer).draw(frame)
        try context.checkStatus()
        return try PNGEncoder.encode(surface, level: options.pngCompressionLevel)
    }

    private static func renderSVG(_ frame: Frame, options: RenderOptions) throws -> [UInt8] {
        try checkVectorSize(frame.size)
        let surface = try Surface.svg(width: frame.size.width, height: frame.size.height)
        try drawVector(frame, on: surface)
        let svg = try surface.finish()
        return SVGPostProcessor.process(svg, title: options.title, description: options.description)
    }

    private static func renderPDF(_ frame: Frame, options: RenderOptions) throws -> [UInt8] {
        try checkVectorSize(frame.size)
        let surface = try Surface.pdf(width: frame.size.width, height: frame.size.height)
        PDFMetadata.apply(to: surface, title: options.title)
        try drawVector(frame, on: surface)
        return try surface.finish()
    }

    private static func drawVector(_ frame: Frame, on surface: Surface) throws {
        // The context must be destroyed before the surface is finished.
        let context = try Context(surface)
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
