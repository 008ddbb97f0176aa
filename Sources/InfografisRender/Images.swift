internal import CInfografis
import InfografisCore
import InfografisLayout

// Images: PNG/JPEG through gdk-pixbuf (converted to Cairo image surfaces by hand, since
// gdk_cairo_set_source_pixbuf lives in GDK, which is not linked), SVG through librsvg so it
// stays vector in SVG and PDF output.

/// An owned `RsvgHandle` (a GObject).
final class SVGDocument {
    let handle: UnsafeMutablePointer<RsvgHandle>
    /// Natural size in pixels: width/height, else the viewBox size.
    let size: Size

    init(path: String) throws {
        _ = try inspectedImage(path)
        var error: UnsafeMutablePointer<GError>?
        guard let handle = rsvg_handle_new_from_file(path, &error) else {
            throw RenderError.unreadableImage(path: path, reason: consume(error) ?? "not a valid SVG document")
        }
        self.handle = handle
        var (width, height) = (0.0, 0.0)
        if rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) != 0, width > 0, height > 0 {
            size = Size(width, height)
            return
        }
        var hasViewBox: gboolean = 0
        var viewBox = RsvgRectangle()
        rsvg_handle_get_intrinsic_dimensions(handle, nil, nil, nil, nil, &hasViewBox, &viewBox)
        guard hasViewBox != 0, viewBox.width > 0, viewBox.height > 0 else {
            g_object_unref(handle)
            throw RenderError.unreadableImage(path: path, reason: "the SVG has neither a width and height in absolute units nor a viewBox")
        }
        size = Size(viewBox.width, viewBox.height)
    }

    deinit { g_object_unref(handle) }

    /// Renders the whole document into the rectangle (0, 0, size) of the current user space.
    func render(_ cr: OpaquePointer) {
        var viewport = RsvgRectangle(x: 0, y: 0, width: size.width, height: size.height)
        var error: UnsafeMutablePointer<GError>?
        _ = rsvg_handle_render_document(handle, cr, &viewport, &error)
        _ = consume(error)
    }
}

/// Returns a GError's message and frees it.
private func consume(_ error: UnsafeMutablePointer<GError>?) -> String? {
    guard let error else { return nil }
    defer { g_error_free(error) }
    guard var message = error.pointee.message.map({ String(cString: $0) }) else { return nil }
    while message.last?.isNewline == true || message.last == " " { message.removeLast() }
    return message
}

/// A decoded image ready to draw.
enum LoadedImage {
    /// Premultiplied ARGB32 pixels.
    case raster(Surface, Size)
    /// A vector document.
    case svg(SVGDocument)

    var size: Size {
        switch self {
        case let .raster(_, size): size
        case let .svg(document): document.size
        }
    }
}

/// True for paths ending in `.svg` or `.svgz` (any case).
func isSVGPath(_ path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".svg") || lower.hasSuffix(".svgz")
}

/// Decoded images by path: an image used several times is decoded once. A failure is
/// remembered too, and such images draw nothing.
///
/// An engine's `RasterWorkspace` keeps one across renders, so a logo or photo on every card of
/// a batch is decoded once (a 1200 × 800 JPEG: gdk-pixbuf's decoding and the conversion to a
/// Cairo surface, several milliseconds a card). An entry is used again only while `stat` says
/// the file is the same; decoded pixels are bounded by `byteLimit`, and the cache is emptied
/// when they would exceed it. Not Sendable: one per thread.
final class ImageCache {
    /// Most decoded bytes held (4 per pixel; SVG documents count 64 KiB).
    let byteLimit: Int
    private(set) var bytes = 0
    private var images: [String: (stamp: FileStamp?, image: LoadedImage?)] = [:]

    init(byteLimit: Int = 16 << 20) {
        self.byteLimit = byteLimit
    }

    func image(at path: String) -> LoadedImage? {
        let stamp = FileStamp(path: path)
        if let cached = images[path], cached.stamp == stamp { return cached.image }
        let loaded = try? ImageCache.load(path)
        let size = switch loaded {
        case let .raster(_, size)?: Int(size.width * size.height) * 4
        case .svg?: 64 << 10
        case nil: 0
        }
        if bytes + size > byteLimit {
            images.removeAll()
            bytes = 0
        }
        if size <= byteLimit {
            images[path] = (stamp, loaded)
            bytes += size
        }
        return loaded
    }

    static func load(_ path: String) throws -> LoadedImage {
        if isSVGPath(path) { return .svg(try SVGDocument(path: path)) }
        // Never hand gdk-pixbuf a file whose header was not checked (format, dimensions, regular file).
        let info = try inspectedImage(path)
        var error: UnsafeMutablePointer<GError>?
        guard let stored = gdk_pixbuf_new_from_file(path, &error) else {
            throw RenderError.unreadableImage(path: path, reason: consume(error) ?? "unsupported image format")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(stored)) }
        guard let pixbuf = upright(stored, orientation: info.orientation) else { throw RenderError.outOfMemory }
        defer { g_object_unref(UnsafeMutableRawPointer(pixbuf)) }
        let surface = try surface(from: pixbuf, path: path)
        return .raster(surface, Size(Double(gdk_pixbuf_get_width(pixbuf)), Double(gdk_pixbuf_get_height(pixbuf))))
    }

    /// A new reference to the pixbuf turned as its EXIF `orientation` says (1...8), as a phone
    /// photo is shown; the inspector's orientation, not gdk-pixbuf's, so that the size used for
    /// layout and the SVG writer's transform agree with these pixels.
    static func upright(_ pixbuf: OpaquePointer, orientation: Int) -> OpaquePointer? {
        func rotated(_ source: OpaquePointer?, _ angle: GdkPixbufRotation) -> OpaquePointer? {
            source.flatMap { gdk_pixbuf_rotate_simple($0, angle) }
        }
        func flipped(_ source: OpaquePointer?, horizontally: Bool, releasing: Bool) -> OpaquePointer? {
            defer { if releasing, let source { g_object_unref(UnsafeMutableRawPointer(source)) } }
            return source.flatMap { gdk_pixbuf_flip($0, horizontally ? 1 : 0) }
        }
        switch orientation {
        case 2: return flipped(pixbuf, horizontally: true, releasing: false)
        case 3: return rotated(pixbuf, GDK_PIXBUF_ROTATE_UPSIDEDOWN)
        case 4: return flipped(pixbuf, horizontally: false, releasing: false)
        case 5: return flipped(rotated(pixbuf, GDK_PIXBUF_ROTATE_CLOCKWISE), horizontally: true, releasing: true)
        case 6: return rotated(pixbuf, GDK_PIXBUF_ROTATE_CLOCKWISE)
        case 7: return flipped(rotated(pixbuf, GDK_PIXBUF_ROTATE_COUNTERCLOCKWISE), horizontally: true, releasing: true)
        case 8: return rotated(pixbuf, GDK_PIXBUF_ROTATE_COUNTERCLOCKWISE)
        default:
            g_object_ref(UnsafeMutableRawPointer(pixbuf))
            return pixbuf
        }
    }

    /// Converts 8-bit RGB or RGBA pixbuf pixels into a premultiplied ARGB32 image surface.
    private static func surface(from pixbuf: OpaquePointer, path: String) throws -> Surface {
        let (width, height) = (Int(gdk_pixbuf_get_width(pixbuf)), Int(gdk_pixbuf_get_height(pixbuf)))
        let channels = Int(gdk_pixbuf_get_n_channels(pixbuf))
        let hasAlpha = gdk_pixbuf_get_has_alpha(pixbuf) != 0
        let rowstride = Int(gdk_pixbuf_get_rowstride(pixbuf))
        guard gdk_pixbuf_get_bits_per_sample(pixbuf) == 8, channels == (hasAlpha ? 4 : 3),
              let source = gdk_pixbuf_read_pixels(pixbuf) else {
            throw RenderError.unreadableImage(path: path, reason: "unsupported pixel layout")
        }
        let surface = try Surface.image(width: width, height: height)
        surface.withPixels { data, _, _, stride in
            for y in 0..<height {
                let row = source + y * rowstride
                let out = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let p = row + x * channels
                    let a = hasAlpha ? UInt32(p[3]) : 255
                    func premultiply(_ c: UInt8) -> UInt32 {
                        let t = UInt32(c) * a + 0x80
                        return (t + (t >> 8)) >> 8
                    }
                    out[x] = a << 24 | premultiply(p[0]) << 16 | premultiply(p[1]) << 8 | premultiply(p[2])
                }
            }
        }
        return surface
    }
}

// MARK: - Drawing

/// Where an image of `natural` size lands in a box of `box` size for a fit mode, in box coordinates.
func fittedRect(natural: Size, box: Size, fit: ImageFit) -> Rect {
    switch fit {
    case .fill:
        return Rect(0, 0, box.width, box.height)
    case .contain, .cover:
        let (sx, sy) = (box.width / natural.width, box.height / natural.height)
        let scale = fit == .contain ? Swift.min(sx, sy) : Swift.max(sx, sy)
        let (w, h) = (natural.width * scale, natural.height * scale)
        return Rect((box.width - w) / 2, (box.height - h) / 2, w, h)
    }
}

/// Draws an image item with its top-left corner at the current origin, fitted and clipped to
/// its rounded box. Missing or undecodable images draw nothing.
func drawImage(_ cr: OpaquePointer, _ item: ImageItem, images: ImageCache) {
    guard let image = images.image(at: item.content.path) else { return }
    let natural = image.size
    guard natural.width > 0, natural.height > 0, item.size.width > 0, item.size.height > 0 else { return }
    let target = fittedRect(natural: natural, box: item.size, fit: item.content.fit)
    guard target.isFinite, target.width > 0, target.height > 0 else { return }
    cairo_save(cr)
    cairo_new_path(cr)
    appendRoundedRect(cr, RoundedRect(rect: Rect(0, 0, item.size.width, item.size.height), radii: item.cornerRadius))
    cairo_clip(cr)
    cairo_translate(cr, target.x, target.y)
    cairo_scale(cr, target.width / natural.width, target.height / natural.height)
    switch image {
    case let .raster(surface, _):
        cairo_set_source_surface(cr, surface.pointer, 0, 0)
        // Pad so edge pixels are not blended with transparency; GOOD filters well when downscaling.
        cairo_pattern_set_extend(cairo_get_source(cr), CAIRO_EXTEND_PAD)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_rectangle(cr, 0, 0, natural.width, natural.height)
        cairo_fill(cr)
    case let .svg(document):
        document.render(cr)
    }
    cairo_restore(cr)
}

/// The natural size of an image file, reading only its header (raster) or its root element (SVG).
func intrinsicImageSize(at path: String) throws -> Size {
    if isSVGPath(path) { return try SVGDocument(path: path).size }
    let info = try inspectedImage(path)
    var (width, height): (Int32, Int32) = (0, 0)
    guard gdk_pixbuf_get_file_info(path, &width, &height) != nil, width > 0, height > 0 else {
        throw RenderError.unreadableImage(path: path, reason: "not a readable PNG or JPEG file")
    }
    // As shown: sides swapped for the EXIF orientations that turn the image a quarter.
    return info.orientation >= 5 ? Size(Double(height), Double(width)) : Size(Double(width), Double(height))
}

/// What `ImageInspector` found in the file at `path`, or its refusal as `unreadableImage`.
private func inspectedImage(_ path: String) throws -> ImageFileInfo {
    switch ImageInspector.inspect(path) {
    case .failure(let problem): throw RenderError.unreadableImage(path: path, reason: problem.reason)
    case .success(let info): return info
    }
}
