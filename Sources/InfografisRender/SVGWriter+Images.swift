internal import CInfografis
import InfografisCore
import InfografisLayout

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Images and shadows for the SVG writer. Raster files are embedded as they are (a data: URI
// of the original bytes, no re-encoding; a JPEG's EXIF orientation is applied by a transform
// and the embedded copy marked upright, so viewers that honour EXIF do not turn it twice).
// SVG files are drawn by librsvg, as for the PNG, into a Cairo SVG surface of the target
// box's size, and that document is nested in an <image>: it stays vector, shows exactly what
// librsvg draws (images beside the file included), holds no reference to anything outside,
// and has the target's size, so that librsvg, which rasterizes a nested document at its own
// size, does not scale pixels.

/// An image file: a raster's bytes in base64, or an SVG document, and its natural size.
struct EmbeddedImage {
    /// The data: URI prefix for a raster's bytes (`data:image/png;base64,`).
    let mediaType: StaticString
    /// A raster file's bytes in base64 (empty for SVG).
    let base64: [UInt8]
    /// Natural size in pixels, as shown (after the EXIF orientation).
    let size: Size
    /// A JPEG's EXIF orientation (1...8), applied by the transform; 1 otherwise.
    var orientation = 1
    /// The parsed document of an SVG file.
    let svg: SVGDocument?
    /// Hash of the file's bytes: with the path, it keys the cache of drawn SVG documents.
    let contentHash: Int
}

extension SVGWriter {
    func draw(_ item: ImageItem, at origin: Point) {
        guard let image = embeddedImage(at: item.content.path) else { return }
        let natural = image.size
        guard natural.width > 0, natural.height > 0, item.size.width > 0, item.size.height > 0,
              item.size.width.isFinite, item.size.height.isFinite else { return }
        let target = fittedRect(natural: natural, box: item.size, fit: item.content.fit)
        guard target.isFinite, target.width > 0, target.height > 0 else { return }
        var nested: [UInt8]?
        if let document = image.svg {
            let key = VectorKey(path: item.content.path, contentHash: image.contentHash, size: target.size)
            nested = cache.vector(key) { SVGWriter.drawnSVG(document, size: target.size) }
            guard nested != nil else { return }
        }
        let box = RoundedRect(rect: Rect(0, 0, item.size.width, item.size.height), radii: item.cornerRadius)
        let clip = defineClip(box, at: origin)
        body.append("<g clip-path=\"url(#clip")
        body.appendInteger(clip)
        body.append(")\">\n")
        if let nested {
            body.append("<image x=\"")
            body.appendNumber(origin.x + target.x)
            body.append("\" y=\"")
            body.appendNumber(origin.y + target.y)
            body.append("\" width=\"")
            body.appendNumber(target.width)
            body.append("\" height=\"")
            body.appendNumber(target.height)
            body.append("\" preserveAspectRatio=\"none\" xlink:href=\"data:image/svg+xml;base64,")
            body += nested
        } else {
            // Raster: natural size scaled to the target, as FrameDrawer draws it, after turning
            // the stored pixels as the EXIF orientation says.
            let stored = image.orientation >= 5 ? Size(natural.height, natural.width) : natural
            let (sx, sy) = (target.width / natural.width, target.height / natural.height)
            let turn = Self.orientationMatrix(image.orientation, stored: stored)
            body.append("<image transform=\"matrix(")
            for (index, value) in [sx * turn.a, sy * turn.b, sx * turn.c, sy * turn.d].enumerated() {
                if index > 0 { body.append(" ") }
                body.appendNumber(value, decimals: 6)
            }
            body.append(" ")
            body.appendPair(origin.x + target.x + sx * turn.e, origin.y + target.y + sy * turn.f)
            body.append(")\" width=\"")
            body.appendNumber(stored.width)
            body.append("\" height=\"")
            body.appendNumber(stored.height)
            body.append("\" preserveAspectRatio=\"none\" xlink:href=\"")
            body.append(image.mediaType)
            body += image.base64
        }
        body.append("\"/>\n</g>\n")
    }

    /// The file at `path`, read once per render; nil when it is missing or not a PNG, JPEG
    /// or SVG file that our decoders accept (such images draw nothing, as in the PNG).
    /// The affine map (x' = a x + c y + e, y' = b x + d y + f) from a stored image of `stored`
    /// size to how EXIF `orientation` shows it: the turns `Images.upright` makes of the pixels.
    static func orientationMatrix(_ orientation: Int, stored: Size) -> (a: Double, b: Double, c: Double, d: Double, e: Double, f: Double) {
        let (w, h) = (stored.width, stored.height)
        switch orientation {
        case 2: return (-1, 0, 0, 1, w, 0)  // mirrored left to right
        case 3: return (-1, 0, 0, -1, w, h)  // turned 180°
        case 4: return (1, 0, 0, -1, 0, h)  // mirrored top to bottom
        case 5: return (0, 1, 1, 0, 0, 0)  // mirrored along the main diagonal
        case 6: return (0, 1, -1, 0, h, 0)  // turned 90° clockwise
        case 7: return (0, -1, -1, 0, h, w)  // mirrored along the other diagonal
        case 8: return (0, -1, 1, 0, 0, w)  // turned 90° counterclockwise
        default: return (1, 0, 0, 1, 0, 0)
        }
    }

    private func embeddedImage(at path: String) -> EmbeddedImage? {
        if let known = files[path] { return known }
        let loaded = cache.image(at: path) { SVGWriter.loadImage(at: path) }
        files[path] = .some(loaded)
        return loaded
    }

    private static func loadImage(at path: String) -> EmbeddedImage? {
        if isSVGPath(path) {
            guard let document = try? SVGDocument(path: path), let bytes = readFile(path) else { return nil }
            return EmbeddedImage(mediaType: "data:image/svg+xml;base64,", base64: [], size: document.size,
                                 svg: document, contentHash: bytes.hashValue)
        }
        guard let size = try? intrinsicImageSize(at: path), let bytes = readFile(path), bytes.count >= 4 else { return nil }
        let mediaType: StaticString
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            mediaType = "data:image/png;base64,"
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            mediaType = "data:image/jpeg;base64,"
        } else {
            return nil
        }
        var embedded = bytes
        var orientation = 1
        if let exif = ImageInspector.jpegOrientation(bytes), exif.orientation != 1 {
            // Mark the copy upright in the file's own byte order (value 1: 00 01 or 01 00).
            orientation = exif.orientation
            let bigEndian = embedded[exif.valueOffset] == 0  // the value is 2...8: its high byte is 0
            (embedded[exif.valueOffset], embedded[exif.valueOffset + 1]) = bigEndian ? (0, 1) : (1, 0)
        }
        var base64: [UInt8] = []
        embedded.withUnsafeBytes { base64.appendBase64($0) }
        return EmbeddedImage(mediaType: mediaType, base64: base64, size: size, orientation: orientation,
                             svg: nil, contentHash: 0)
    }

    /// An SVG document drawn by librsvg into a Cairo SVG surface of `size`, scaled from its
    /// natural size as FrameDrawer scales it, with Cairo's ids renumbered; base64. Nil when
    /// Cairo fails.
    static func drawnSVG(_ document: SVGDocument, size: Size) -> [UInt8]? {
        guard let surface = try? Surface.svg(width: size.width, height: size.height) else { return nil }
        do {
            // The context must be gone before the surface is finished.
            guard let context = try? Context(surface) else { return nil }
            cairo_scale(context.pointer, size.width / document.size.width, size.height / document.size.height)
            document.render(context.pointer)
        }
        guard let bytes = try? surface.finish() else { return nil }
        var base64: [UInt8] = []
        SVGPostProcessor.normalizeIDs(bytes).withUnsafeBytes { base64.appendBase64($0) }
        return base64
    }

    /// The bytes of a regular file (at most 256 MiB), nil if it cannot be read.
    private static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if read > 0 { bytes += chunk[0..<read] }
            if read < chunk.count { break }
            if bytes.count > 256 << 20 { return nil }
        }
        return ferror(file) == 0 ? bytes : nil
    }
}
