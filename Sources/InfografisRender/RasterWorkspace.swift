internal import CInfografis

/// Memory that PNG rendering reuses from one image to the next: the image surface, the PNG
/// writer's row, token and output buffers and its libdeflate compressors. An `Engine` owns one, so a
/// batch draws every card into the same few megabytes.
///
/// Why: a 1080 × 1080 card needs a 4.6 MB surface and two 3.5 MB encoder buffers. Allocated
/// afresh per card, glibc hands them back to the kernel and takes them again, and the page
/// faults of touching new pages cost more than drawing the card (measured on the seed cards:
/// 9.4 ms per card without reuse, 6.3 ms with). Buffers of images larger than
/// `retainedPixelLimit` are released after use, so one huge render does not pin its memory.
///
/// Not Sendable: one workspace per thread, like the `TextEngine` whose text it draws.
package final class RasterWorkspace {
    /// Images of more pixels than this do not keep their buffers between renders (2160 × 2160,
    /// a square card at scale 2).
    static let retainedPixelLimit = 2160 * 2160

    private var surface: Surface?
    private var buffers: [Buffer: UnsafeMutableRawBufferPointer] = [:]
    private var compressors: [Int: OpaquePointer] = [:]
    /// Glyph outlines and images the SVG writer reuses across renders (made on first SVG).
    lazy var svgCache = SVGCache()
    /// Decoded image files reused across renders while unchanged (see `ImageCache`).
    let images = ImageCache()

    enum Buffer: Hashable {
        /// Filtered image data handed to deflate.
        case image
        /// Straight rows and filter candidates.
        case rows
        /// Deflate output.
        case compressed
        /// Our deflate encoder's LZ77 tokens of one block.
        case tokens
        /// Our deflate encoder's hash table of recent positions.
        case matchTable
    }

    package init() {}

    deinit {
        for buffer in buffers.values { buffer.deallocate() }
        for compressor in compressors.values { libdeflate_free_compressor(compressor) }
    }

    /// An ARGB32 surface of `width` × `height`: the previous one when the size matches and it
    /// is not shared, otherwise a new one. It is transparent, unless `cleared` is false: then a
    /// reused surface keeps the previous image, for a caller that paints every pixel over.
    func imageSurface(width: Int, height: Int, cleared: Bool = true) throws -> Surface {
        if isKnownUniquelyReferenced(&surface), let surface,
           cairo_image_surface_get_width(surface.pointer) == width,
           cairo_image_surface_get_height(surface.pointer) == height {
            if cleared {
                _ = surface.withPixels { data, _, height, stride in
                    data.initialize(repeating: 0, count: height * stride)
                }
            }
            return surface
        }
        let made = try Surface.image(width: width, height: height)
        surface = width * height <= Self.retainedPixelLimit ? made : nil
        return made
    }

    /// A buffer of at least `count` bytes, valid until the next call for the same `kind`;
    /// its contents are undefined.
    func buffer(_ kind: Buffer, count: Int) -> UnsafeMutableRawBufferPointer {
        if let buffer = buffers[kind], buffer.count >= count { return buffer }
        buffers[kind]?.deallocate()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 16)
        buffers[kind] = buffer
        return buffer
    }

    /// libdeflate's compressor for `level` (0...12), made once.
    func compressor(level: Int) -> OpaquePointer? {
        if let compressor = compressors[level] { return compressor }
        let compressor = libdeflate_alloc_compressor(Int32(level))
        compressors[level] = compressor
        return compressor
    }

    /// Releases the buffers of an image larger than `retainedPixelLimit`.
    func trim(afterImageOf pixels: Int) {
        guard pixels > Self.retainedPixelLimit else { return }
        for buffer in buffers.values { buffer.deallocate() }
        buffers.removeAll()
    }
}
