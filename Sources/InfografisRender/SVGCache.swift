internal import CInfografis
import InfografisCore
import InfografisLayout
import InfografisText

/// What the SVG writer keeps from one render to the next: each glyph's outline as SVG path
/// text, color glyph and shadow images as base64 PNG, image files read and encoded (while the
/// file is unchanged). Printing outlines is most of the cost
/// of an SVG (Cairo's SVG surface prints every glyph of every card again with `%f`); a batch
/// with the cache formats each glyph once.
///
/// Bounded by `byteLimit` (approximate bytes held); when full it is emptied, which changes no
/// output: a hit gives the same bytes as a miss. Not Sendable: one per thread, like the
/// `TextEngine` whose fonts it keys on (an `Engine` owns one through its `RasterWorkspace`).
package final class SVGCache {
    /// Most bytes held before the cache is emptied. Default 8 MiB.
    let byteLimit: Int
    /// Approximate bytes held.
    private(set) var bytes = 0
    /// Lookups answered from the cache and computed afresh (for tests).
    private(set) var hits = 0, misses = 0

    /// Fonts seen, kept alive so that their identities stay unique while keys use them.
    private var fonts: [UnsafeMutableRawPointer: (font: GlyphFont, colorBitmaps: Bool)] = [:]
    private var outlines: [GlyphKey: [UInt8]] = [:]
    private var bitmaps: [BitmapKey: SVGBitmap] = [:]
    private var shadows: [ShadowKey: SVGBitmap] = [:]
    private var vectors: [VectorKey: [UInt8]] = [:]
    private var files: [String: (stamp: FileStamp, image: EmbeddedImage)] = [:]
    /// A context on a 1 × 1 surface for `cairo_glyph_path`.
    private let scratch: Context?

    package init(byteLimit: Int = 8 << 20) {
        self.byteLimit = byteLimit
        scratch = (try? Surface.image(width: 1, height: 1, alphaOnly: true)).flatMap { try? Context($0) }
    }

    /// True when the font's glyphs are color bitmaps (drawn as images, not outlines).
    func hasColorBitmaps(_ font: GlyphFont) -> Bool {
        if let known = fonts[font.identity] { return known.colorBitmaps }
        let colorBitmaps = font.hasColorBitmaps
        fonts[font.identity] = (font, colorBitmaps)
        return colorBitmaps
    }

    /// Path data of a glyph's outline in the font's layout pixels (y down), 2 decimals; empty
    /// for glyphs without ink (spaces).
    func outline(_ glyph: UInt32, of font: GlyphFont) -> [UInt8] {
        let key = GlyphKey(font: font.identity, glyph: glyph)
        if let hit = outlines[key] {
            hits += 1
            return hit
        }
        misses += 1
        let data = SVGCache.outlineData(glyph, font: font, context: scratch)
        store(data.count + 64) { outlines[key] = data }
        retain(font)
        return data
    }

    /// A cached bitmap of a glyph of `font`, or the one `make` computes, stored.
    func bitmap(_ key: BitmapKey, of font: GlyphFont, make: () -> SVGBitmap?) -> SVGBitmap? {
        let wasCached = bitmaps[key] != nil
        let bitmap = cached(\.bitmaps, key, cost: { $0.data.count + 64 }, make: make)
        if !wasCached, bitmap != nil { retain(font) }
        return bitmap
    }

    /// Keeps `font` alive while keys use its identity (after `store`, which may empty the cache).
    private func retain(_ font: GlyphFont) {
        _ = hasColorBitmaps(font)
    }

    /// A cached shadow image, or the one `make` computes, stored.
    func shadow(_ key: ShadowKey, make: () -> SVGBitmap?) -> SVGBitmap? {
        cached(\.shadows, key, cost: { $0.data.count + 256 }, make: make)
    }

    /// A cached drawn SVG image (base64), or the one `make` computes, stored.
    func vector(_ key: VectorKey, make: () -> [UInt8]?) -> [UInt8]? {
        cached(\.vectors, key, cost: { $0.count + 256 }, make: make)
    }

    /// The entry of `table` for `key`, or the one `make` computes, stored at `cost` bytes
    /// (counting hits and misses). Not for glyph outlines, whose lookup is the hot path.
    private func cached<Key: Hashable, Value>(_ table: ReferenceWritableKeyPath<SVGCache, [Key: Value]>, _ key: Key,
                                              cost: (Value) -> Int, make: () -> Value?) -> Value? {
        if let hit = self[keyPath: table][key] {
            hits += 1
            return hit
        }
        misses += 1
        guard let made = make() else { return nil }
        store(cost(made)) { self[keyPath: table][key] = made }
        return made
    }

    /// The image file at `path` as an earlier render read and encoded it, when the file is still
    /// the same (device, inode, size, modification time to the nanosecond), else the one `load`
    /// makes, stored. A logo on every card of a batch is read and base64-encoded once.
    func image(at path: String, load: () -> EmbeddedImage?) -> EmbeddedImage? {
        guard let stamp = FileStamp(path: path) else { return load() }
        if let known = files[path], known.stamp == stamp {
            hits += 1
            return known.image
        }
        misses += 1
        guard let loaded = load() else { return nil }
        store(loaded.base64.count + path.utf8.count + 256) { files[path] = (stamp, loaded) }
        return loaded
    }

    /// Makes room for `size` bytes (emptying the cache when full), then stores.
    private func store(_ size: Int, _ insert: () -> Void) {
        if bytes + size > byteLimit {
            outlines.removeAll()
            bitmaps.removeAll()
            shadows.removeAll()
            vectors.removeAll()
            files.removeAll()
            fonts.removeAll()
            bytes = 0
        }
        guard size <= byteLimit else { return }
        bytes += size
        insert()
    }

    /// Formats a glyph's outline from the font's Cairo scaled font.
    private static func outlineData(_ glyph: UInt32, font: GlyphFont, context: Context?) -> [UInt8] {
        guard let cr = context?.pointer, let scaledFont = font.scaledFont else { return [] }
        cairo_new_path(cr)
        cairo_set_scaled_font(cr, scaledFont)
        var cairoGlyph = cairo_glyph_t(index: UInt(glyph), x: 0, y: 0)
        cairo_glyph_path(cr, &cairoGlyph, 1)
        guard let path = cairo_copy_path(cr) else { return [] }
        defer {
            cairo_path_destroy(path)
            cairo_new_path(cr)
        }
        var out: [UInt8] = []
        guard path.pointee.status == CAIRO_STATUS_SUCCESS, let data = path.pointee.data else { return out }
        var index = 0
        let count = Int(path.pointee.num_data)
        func point(_ offset: Int) {
            let p = data[index + offset].point
            out.appendPair(p.x, p.y, decimals: 2)
        }
        var trailingMove: Int?
        while index < count {
            let header = data[index].header
            trailingMove = nil
            switch header.type {
            case CAIRO_PATH_MOVE_TO:
                trailingMove = out.count
                out.append("M")
                point(1)
            case CAIRO_PATH_LINE_TO:
                out.append("L")
                point(1)
            case CAIRO_PATH_CURVE_TO:
                out.append("C")
                point(1)
                out.append(UInt8(ascii: " "))
                point(2)
                out.append(UInt8(ascii: " "))
                point(3)
            case CAIRO_PATH_CLOSE_PATH:
                out.append("Z")
            default:
                break
            }
            index += Int(header.length)
        }
        // Cairo moves to the subpath's start after each close; a last move draws nothing.
        if let trailingMove { out.removeSubrange(trailingMove...) }
        // A path of moves only (Cairo adds a move after each close) has no ink.
        return out.contains(where: { $0 == UInt8(ascii: "L") || $0 == UInt8(ascii: "C") }) ? out : []
    }
}

/// A glyph of a font.
struct GlyphKey: Hashable {
    let font: UnsafeMutableRawPointer
    let glyph: UInt32
}

/// A glyph drawn as an image at a scale and color.
struct BitmapKey: Hashable {
    let glyph: GlyphKey
    let scale: Double
    let color: Color
}

/// A shadow image: the shape, the shadow, where the shape sits and the clip it is drawn in.
struct ShadowKey: Hashable {
    let geometry: ShapeItem.Geometry
    let shadow: Shadow
    let origin: Point
    let clip: Rect
}

/// An SVG image file (by path and content) drawn at a size.
/// What `stat` says of a file, to tell that it has not changed since it was read.
struct FileStamp: Equatable {
    let device: UInt64, inode: UInt64, size: Int64
    let modifiedSeconds: Int, modifiedNanoseconds: Int

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if os(Linux)
        (modifiedSeconds, modifiedNanoseconds) = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        #else
        (modifiedSeconds, modifiedNanoseconds) = (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        #endif
    }
}

struct VectorKey: Hashable {
    let path: String
    let contentHash: Int
    let size: Size
}

/// A base64 PNG and where it goes: x, y, width and height in the user space it is placed in.
struct SVGBitmap {
    let data: [UInt8]
    let x: Double, y: Double, width: Double, height: Double
}
