internal import CInfografis

/// How hard the PNG writer compresses: a trade between encoding time and file size.
/// Chosen by measurement on the 1080 × 1080 seed cards (`infografis-bench png-choices`; `make
/// bench` prints the table in BENCHMARKS.md). On flat-coloured graphics with text, unfiltered
/// rows compress both faster and smaller than any row filter, because deflate finds the long
/// runs of identical pixels itself; row filters pay off on photos and gradients.
///
/// Measured on 10 seed cards (median ms per card, bytes; Cairo's own writer: 24.6 ms, 98.6 KB):
/// `fast` 1.55 ms, 84.4 KB (0.86x Cairo's); libdeflate level 2, the previous `fast`, 4.4 ms,
/// 90.9 KB; `balanced` 21.7 ms, 77.8 KB; `small` hundreds of ms, 73 KB or less.
public enum PNGCompression: String, Hashable, Sendable, CaseIterable {
    /// Our deflate encoder for rendered cards (`DeflateEncoder`), unfiltered rows, with per-row
    /// filters tried as well when an image compresses poorly (photos): the fastest, and on
    /// cards smaller than libdeflate's fast levels (2.8x faster and 7% smaller than level 2).
    /// Default.
    case fast
    /// libdeflate level 9, unfiltered: about 12 times slower than `fast`, about 8% smaller.
    case balanced
    /// libdeflate level 12, unfiltered and with per-row filters, keeping the smaller: two
    /// orders of magnitude slower than `fast`, about 13% smaller.
    case small

    /// The deflate encoder and its setting.
    var deflater: PNGEncoder.Deflater {
        switch self {
        case .fast: .cards
        case .balanced: .libdeflate(level: 9)
        case .small: .libdeflate(level: 12)
        }
    }

    /// When the unfiltered image compresses less than this many to one, it is encoded again
    /// with per-row filters (libpng's heuristic) and the smaller kept: 0 never, `.max` always.
    /// Cards compress about 40:1 unfiltered and filters make them larger; photo-like images
    /// and gradients compress less than 1.5:1 unfiltered and filters make them 1.5-2.8 times
    /// smaller (measured on 512 × 512 synthetic ones).
    var filterRetryRatio: Int {
        switch self {
        case .fast: 8
        case .balanced: 0
        case .small: .max
        }
    }
}

/// Our PNG writer over a Cairo ARGB32 image surface: one pass turns premultiplied native-endian
/// pixels into straight 8-bit RGB (RGBA as soon as a pixel is not opaque), filters each row and
/// appends it to the image data (`PNGEncoder+Rows.swift`); our `DeflateEncoder` (the `fast`
/// preset) or libdeflate compresses that into a single IDAT chunk, and libdeflate's CRC-32
/// checksums the chunks. Output depends only on the pixels and the options, so it is
/// deterministic.
///
/// Where the time goes for a card with `fast` (about 1.4 ms): converting to RGB about a fifth,
/// LZ77 matching about half, Huffman coding and the checksums the rest.
enum PNGEncoder {
    /// Row filters tried per row (PNG filter types 0-4).
    enum FilterStrategy: Hashable, Sendable {
        /// Filter type 0 everywhere: fastest, largest.
        case none
        /// Per row, the filter among None, Sub, Up, Average and Paeth with the smallest sum of
        /// absolute signed residuals (libpng's heuristic).
        case adaptive
        /// As `adaptive`, choosing among None, Sub and Up only.
        case subUp
        /// One filter type (0-4) on every row.
        case fixed(UInt8)

        /// Filter types tried on each row, in order of preference on ties.
        var candidates: [UInt8] {
            switch self {
            case .none: [0]
            case .adaptive: [0, 1, 2, 3, 4]
            case .subUp: [0, 1, 2]
            case let .fixed(type): [min(type, 4)]
            }
        }
    }

    /// The deflate implementation that compresses the image data.
    enum Deflater: Hashable, Sendable {
        /// Our encoder for rendered cards (`DeflateEncoder`).
        case cards
        /// libdeflate at `level` 0 (store) ... 12 (smallest).
        case libdeflate(level: Int)
    }

    /// Encodes an ARGB32 image surface with a preset.
    static func encode(_ surface: Surface, compression: PNGCompression,
                       workspace: RasterWorkspace = RasterWorkspace()) throws -> [UInt8] {
        let unfiltered = try encode(surface, deflater: compression.deflater, strategy: .none, workspace: workspace)
        let pixels = Int(cairo_image_surface_get_width(surface.pointer)) * Int(cairo_image_surface_get_height(surface.pointer))
        let rawBytes = pixels * (unfiltered[25] == 2 ? 3 : 4)  // IHDR color type: RGB or RGBA
        let ratio = compression.filterRetryRatio
        guard ratio > 0 && unfiltered.count > rawBytes / ratio else { return unfiltered }
        let filtered = try encode(surface, deflater: compression.deflater, strategy: .adaptive, workspace: workspace)
        return filtered.count < unfiltered.count ? filtered : unfiltered
    }

    /// Encodes an ARGB32 image surface with libdeflate at `level`, 0 (store) ... 12 (smallest).
    static func encode(_ surface: Surface, level: Int, strategy: FilterStrategy = .subUp,
                       workspace: RasterWorkspace = RasterWorkspace()) throws -> [UInt8] {
        try encode(surface, deflater: .libdeflate(level: level), strategy: strategy, workspace: workspace)
    }

    /// Encodes an ARGB32 image surface.
    static func encode(_ surface: Surface, deflater: Deflater, strategy: FilterStrategy = .none,
                       workspace: RasterWorkspace = RasterWorkspace()) throws -> [UInt8] {
        guard cairo_image_surface_get_format(surface.pointer) == CAIRO_FORMAT_ARGB32,
              let encoded = try surface.withPixels({ data, width, height, stride in
                  try encode(argb: UnsafePointer(data), width: width, height: height, stride: stride,
                             deflater: deflater, strategy: strategy, workspace: workspace)
              }) else {
            throw RenderError.cairo(code: Int(CAIRO_STATUS_INVALID_FORMAT.rawValue), message: "PNG needs an ARGB32 image surface")
        }
        return encoded
    }

    /// Encodes premultiplied native-endian ARGB32 pixels.
    static func encode(argb data: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int,
                       deflater: Deflater, strategy: FilterStrategy = .none,
                       workspace: RasterWorkspace = RasterWorkspace()) throws -> [UInt8] {
        precondition(width > 0 && height > 0 && stride >= width * 4, "invalid image geometry")
        defer { workspace.trim(afterImageOf: width * height) }
        // Opaque images (the usual card) are written as RGB in a single pass; the first pixel
        // that is not opaque restarts the pass as RGBA.
        var channels = 3
        var image = filteredRows(data, width: width, height: height, stride: stride, channels: 3,
                                 strategy: strategy, workspace: workspace)
        if image == nil {
            channels = 4
            image = filteredRows(data, width: width, height: height, stride: stride, channels: 4,
                                 strategy: strategy, workspace: workspace)
        }
        guard let image else { throw RenderError.outOfMemory }
        let compressed = switch deflater {
        case .cards:
            DeflateEncoder.zlib(image.bindMemory(to: UInt8.self), rowLength: width * channels + 1,
                                pixelLength: channels, workspace: workspace)
        case let .libdeflate(level):
            try libdeflateZlib(image, level: level, workspace: workspace)
        }
        return container(width: width, height: height, channels: channels, compressed: compressed)
    }

    // MARK: - Container

    /// The zlib stream of `image` compressed by libdeflate at `level`, in the workspace.
    private static func libdeflateZlib(_ image: UnsafeRawBufferPointer, level: Int,
                                       workspace: RasterWorkspace) throws -> UnsafeRawBufferPointer {
        guard let compressor = workspace.compressor(level: min(12, max(0, level))) else {
            throw RenderError.outOfMemory
        }
        let bound = libdeflate_zlib_compress_bound(compressor, image.count)
        let compressed = workspace.buffer(.compressed, count: bound)
        let written = libdeflate_zlib_compress(compressor, image.baseAddress, image.count,
                                               compressed.baseAddress, compressed.count)
        guard written > 0 else { throw RenderError.outOfMemory }
        return UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(compressed)[0..<written])
    }

    /// Signature, IHDR, one IDAT holding the zlib stream, IEND, in an array of exactly that size.
    private static func container(width: Int, height: Int, channels: Int,
                                  compressed: UnsafeRawBufferPointer) -> [UInt8] {
        var png: [UInt8] = []
        png.reserveCapacity(8 + 25 + 12 + compressed.count + 12)
        png += [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, channels == 3 ? 2 : 6, 0, 0, 0]  // depth, color type, compression, filter, interlace
        header.withUnsafeBytes { appendChunk("IHDR", $0, to: &png) }
        appendChunk("IDAT", compressed, to: &png)
        appendChunk("IEND", UnsafeRawBufferPointer(start: nil, count: 0), to: &png)
        return png
    }

    private static func appendChunk(_ type: StaticString, _ data: UnsafeRawBufferPointer, to png: inout [UInt8]) {
        png.appendBigEndian(UInt32(data.count))
        let typeBytes = UnsafeRawBufferPointer(start: type.utf8Start, count: type.utf8CodeUnitCount)
        var crc = UInt32(truncatingIfNeeded: libdeflate_crc32(0, typeBytes.baseAddress, typeBytes.count))
        if !data.isEmpty {  // libdeflate_crc32 answers 0 for a NULL buffer
            crc = UInt32(truncatingIfNeeded: libdeflate_crc32(crc, data.baseAddress, data.count))
        }
        png += typeBytes
        png += data
        png.appendBigEndian(crc)
    }
}

extension [UInt8] {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }
}
