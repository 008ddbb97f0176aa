import Foundation
import CInfografis
@testable import InfografisRender

// Helpers shared by the render tests: decoding PNGs with libpng (through Cairo), pixel
// comparison, temporary files.

/// Premultiplied ARGB32 pixels, row by row, without stride padding.
struct Pixels: Equatable {
    var width: Int
    var height: Int
    var argb: [UInt32]

    /// Channel values (a, r, g, b) of one pixel.
    func channels(_ x: Int, _ y: Int) -> (a: Int, r: Int, g: Int, b: Int) {
        let p = argb[y * width + x]
        return (Int(p >> 24), Int((p >> 16) & 0xFF), Int((p >> 8) & 0xFF), Int(p & 0xFF))
    }
}

extension Pixels {
    /// Copies the pixels of an ARGB32 image surface.
    init?(surface: Surface) {
        guard let copy = surface.withPixels({ data, width, height, stride -> Pixels in
            var argb = [UInt32](repeating: 0, count: width * height)
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width { argb[y * width + x] = row[x] }
            }
            return Pixels(width: width, height: height, argb: argb)
        }) else { return nil }
        self = copy
    }

    /// Decodes PNG bytes with libpng (cairo_image_surface_create_from_png via a temporary file).
    init(decodingPNG bytes: [UInt8]) throws {
        let url = temporaryURL("decode.png")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(bytes).write(to: url)
        guard let surface = cairo_image_surface_create_from_png(url.path) else { throw DecodeError.failed("nil") }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw DecodeError.failed(String(cString: cairo_status_to_string(status)))
        }
        cairo_surface_flush(surface)
        let (width, height) = (Int(cairo_image_surface_get_width(surface)), Int(cairo_image_surface_get_height(surface)))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw DecodeError.failed("no data") }
        var argb = [UInt32](repeating: 0, count: width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { argb[y * width + x] = row[x] }
        }
        self.init(width: width, height: height, argb: argb)
    }

    /// An ARGB32 surface holding these pixels.
    func surface() throws -> Surface {
        let surface = try Surface.image(width: width, height: height)
        surface.withPixels { data, _, _, stride in
            for y in 0..<height {
                let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width { row[x] = argb[y * width + x] }
            }
        }
        return surface
    }

    /// Averages of `factor`×`factor` blocks (partial blocks at the edges are dropped). Compares
    /// images that differ by sub-pixel positions, such as Cairo's pixel-snapped glyphs in PNG
    /// against the same glyphs as SVG outlines.
    func downsampled(by factor: Int) -> Pixels {
        let (w, h) = (width / factor, height / factor)
        var argb: [UInt32] = []
        for by in 0..<h {
            for bx in 0..<w {
                var sums = [0, 0, 0, 0]
                for y in (by * factor)..<((by + 1) * factor) {
                    for x in (bx * factor)..<((bx + 1) * factor) {
                        let p = self.argb[y * width + x]
                        for c in 0..<4 { sums[c] += Int((p >> UInt32(24 - 8 * c)) & 0xFF) }
                    }
                }
                let n = factor * factor
                argb.append(sums.enumerated().reduce(0) { $0 | UInt32((($1.element + n / 2) / n)) << UInt32(24 - 8 * $1.offset) })
            }
        }
        return Pixels(width: w, height: h, argb: argb)
    }

    /// Number of pixels where some channel differs from `other` by more than `tolerance`;
    /// nil when the sizes differ.
    func differingPixels(from other: Pixels, tolerance: Int = 1) -> Int? {
        guard width == other.width, height == other.height else { return nil }
        var count = 0
        for i in 0..<argb.count where argb[i] != other.argb[i] {
            let (p, q) = (argb[i], other.argb[i])
            for shift in stride(from: 0, through: 24, by: 8) {
                let a = Int((p >> UInt32(shift)) & 0xFF), b = Int((q >> UInt32(shift)) & 0xFF)
                if abs(a - b) > tolerance {
                    count += 1
                    break
                }
            }
        }
        return count
    }
}

extension Pixels: CustomStringConvertible {
    /// A short summary, so failed comparisons do not print every pixel.
    var description: String { "Pixels(\(width)x\(height), hash \(argb.hashValue))" }
}

enum DecodeError: Error {
    case failed(String)
}

/// A fresh path in a per-process temporary directory.
func temporaryURL(_ name: String) -> URL {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("infografis-render-tests-\(getpid())", isDirectory: true)
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.appendingPathComponent(UUID().uuidString + "-" + name)
}

/// A deterministic pseudo-random generator (SplitMix64) so test images are reproducible.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Renders SVG bytes with librsvg into an ARGB32 image of the given size.
func rasterizeSVG(_ svg: [UInt8], width: Int, height: Int) throws -> Pixels {
    var error: UnsafeMutablePointer<GError>?
    let handle = svg.withUnsafeBufferPointer { rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }
    guard let handle else {
        let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown"
        if let error { g_error_free(error) }
        throw DecodeError.failed("librsvg: \(message)")
    }
    defer { g_object_unref(handle) }
    let surface = try Surface.image(width: width, height: height)
    let context = try Context(surface)
    var viewport = RsvgRectangle(x: 0, y: 0, width: Double(width), height: Double(height))
    guard rsvg_handle_render_document(handle, context.pointer, &viewport, &error) != 0,
          let pixels = Pixels(surface: surface) else {
        if let error { g_error_free(error) }
        throw DecodeError.failed("librsvg could not render")
    }
    return pixels
}

/// Writes an opaque PNG of `width` × `height` whose pixel (x, y) is `color(x, y)` (ARGB32).
func writePNG(width: Int, height: Int, to path: String, color: (Int, Int) -> UInt32) throws {
    let surface = try Surface.image(width: width, height: height)
    surface.withPixels { data, width, height, stride in
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { row[x] = color(x, y) }
        }
    }
    try Data(try PNGEncoder.encode(surface, compression: .fast)).write(to: URL(fileURLWithPath: path))
}

/// Writes a PNG of one colour (ARGB32).
func writeSolidPNG(_ argb: UInt32, width: Int, height: Int, to path: String) throws {
    try writePNG(width: width, height: height, to: path) { _, _ in argb }
}
