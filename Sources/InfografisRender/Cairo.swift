internal import CInfografis

// Thin owners of Cairo objects. Each init checks the status and throws (after destroying the
// object); each deinit releases; a context keeps its surface alive.

/// Collects the bytes Cairo's stream surfaces write.
final class ByteSink {
    var bytes: [UInt8] = []
}

/// Cairo's write callback: appends to the `ByteSink` passed as closure.
private let appendToSink: cairo_write_func_t = { closure, data, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    if let data, length > 0 {
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    }
    return CAIRO_STATUS_SUCCESS
}

/// An owned `cairo_surface_t`: an image surface, or an SVG/PDF surface writing into memory.
package final class Surface {
    /// The surface; valid for the owner's lifetime.
    package let pointer: OpaquePointer
    /// Where stream surfaces write; kept alive as long as the surface.
    private let sink: ByteSink?

    private init(pointer: OpaquePointer, sink: ByteSink?, width: Int, height: Int) throws {
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(pointer)
            try RenderError.check(status, width: width, height: height)
            throw RenderError.cairo(code: Int(status.rawValue), message: "surface creation failed")
        }
        self.pointer = pointer
        self.sink = sink
    }

    deinit { cairo_surface_destroy(pointer) }

    /// Largest side Cairo's image surfaces accept.
    static let maximumSide = 32767

    /// An image surface, cleared to transparent. `alphaOnly` makes an A8 surface, otherwise ARGB32.
    static func image(width: Int, height: Int, alphaOnly: Bool = false) throws -> Surface {
        guard (1...maximumSide).contains(width), (1...maximumSide).contains(height) else {
            throw RenderError.invalidSurfaceSize(width: width, height: height)
        }
        let format = alphaOnly ? CAIRO_FORMAT_A8 : CAIRO_FORMAT_ARGB32
        guard let surface = cairo_image_surface_create(format, Int32(width), Int32(height)) else {
            throw RenderError.outOfMemory
        }
        return try Surface(pointer: surface, sink: nil, width: width, height: height)
    }

    /// An SVG 1.1 surface in px units writing into memory; call `finish()` for the document.
    static func svg(width: Double, height: Double) throws -> Surface {
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        guard let surface = cairo_svg_surface_create_for_stream(appendToSink, closure, width, height) else {
            throw RenderError.outOfMemory
        }
        let owned = try Surface(pointer: surface, sink: sink, width: Int(width), height: Int(height))
        cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX)
        return owned
    }

    /// A one-page PDF surface writing into memory, 1 px = 1 pt; call `finish()` for the document.
    static func pdf(width: Double, height: Double) throws -> Surface {
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        guard let surface = cairo_pdf_surface_create_for_stream(appendToSink, closure, width, height) else {
            throw RenderError.outOfMemory
        }
        return try Surface(pointer: surface, sink: sink, width: Int(width), height: Int(height))
    }

    /// Finishes the surface and returns what a stream surface wrote (empty for image surfaces).
    func finish() throws -> [UInt8] {
        cairo_surface_finish(pointer)
        try RenderError.check(cairo_surface_status(pointer))
        return sink?.bytes ?? []
    }

    /// Pixel access for image surfaces: flushes, calls `body` with (data, width, height, stride),
    /// then marks the surface dirty. Rows are `stride` bytes; ARGB32 pixels are native-endian
    /// premultiplied 32-bit words.
    func withPixels<R>(_ body: (UnsafeMutablePointer<UInt8>, Int, Int, Int) throws -> R) rethrows -> R? {
        cairo_surface_flush(pointer)
        guard let data = cairo_image_surface_get_data(pointer) else { return nil }
        let result = try body(data, Int(cairo_image_surface_get_width(pointer)),
                              Int(cairo_image_surface_get_height(pointer)),
                              Int(cairo_image_surface_get_stride(pointer)))
        cairo_surface_mark_dirty(pointer)
        return result
    }
}

/// An owned `cairo_t` drawing into a surface it keeps alive.
final class Context {
    /// The context; valid for the owner's lifetime.
    let pointer: OpaquePointer
    /// The target, retained so it outlives the context.
    let surface: Surface

    init(_ surface: Surface) throws {
        guard let cr = cairo_create(surface.pointer) else { throw RenderError.outOfMemory }
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(cr)
            try RenderError.check(status)
            throw RenderError.cairo(code: Int(status.rawValue), message: "context creation failed")
        }
        self.pointer = cr
        self.surface = surface
    }

    deinit { cairo_destroy(pointer) }

    /// Throws if the context is in an error state.
    func checkStatus() throws {
        try RenderError.check(cairo_status(pointer))
    }
}
