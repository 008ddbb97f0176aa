#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Limits on image files, checked from the header before decoding (re-exported as `Limits.maxImage...`).
public enum ImageLimits {
    /// Largest image side in pixels.
    public static let maxSide = 16_384
    /// Largest image area in pixels (64 Mpx: a 256 MiB decoded surface).
    public static let maxPixels = 64 * 1_048_576
    /// Largest image file in bytes.
    public static let maxFileBytes = 64 * 1_048_576
}

/// What an image file is, found from its first bytes before any decoder sees it.
public struct ImageFileInfo: Hashable, Sendable {
    /// The formats Infografis reads. Anything else is refused: gdk-pixbuf has loaders for ANI, ICO,
    /// TGA, TIFF, XPM and more, old code that has had memory-safety bugs, so only these reach it.
    public enum Format: String, Hashable, Sendable { case png = "PNG", jpeg = "JPEG", svg = "SVG" }
    /// The format, from the file's signature (not its extension).
    public var format: Format
    /// Pixel size as shown, after the EXIF orientation (a phone photo stored 4000 × 3000 and
    /// marked "rotate 90°" is 3000 × 4000); nil for SVG.
    public var size: Size?
    /// The JPEG's EXIF orientation, 1...8 (1: as stored; 6: turn 90° clockwise to show); 1 for
    /// PNG, SVG and JPEGs without one.
    public var orientation: Int = 1
}

/// An image file that must not be decoded, with a diagnostic code and words for it.
public struct ImageProblem: Error, Hashable, Sendable {
    /// Diagnostic code: `missing-file`, `not-a-file`, `image-file-too-large`, `unsupported-image`,
    /// `unreadable-image` or `image-too-large`.
    public var code: String
    /// The end of a sentence that starts "The image "x" ...".
    public var reason: String
    /// What to do.
    public var hint: String
}

/// Reads an image file's signature and header (never more than 256 KiB, never the pixels) and
/// checks its dimensions against `ImageLimits.maxSide` and `ImageLimits.maxPixels`.
public enum ImageInspector {
    /// How much of a file is read to find the size (JPEG's size comes after its EXIF block, up to 64 KiB or more).
    static let headLimit = 256 * 1024

    /// The format and size of the image at `path`, or why it is refused.
    public static func inspect(_ path: String) -> Result<ImageFileInfo, ImageProblem> {
        if let failure = SafeFile.check(path) { return .failure(problem(failure)) }
        let head: [UInt8]
        switch SafeFile.read(path, limit: headLimit, prefixOnly: true) {
        case .failure(let failure): return .failure(problem(failure))
        case .success(let bytes): head = bytes
        }
        if case .failure(let failure) = sizeCheck(path) { return .failure(problem(failure)) }
        guard !head.isEmpty else {
            return .failure(ImageProblem(code: "unreadable-image", reason: "is an empty file (0 bytes)",
                                         hint: "Copy the image again; the copy was interrupted."))
        }
        guard let format = format(of: head, path: path) else {
            return .failure(ImageProblem(code: "unsupported-image",
                                         reason: "is not a PNG, JPEG or SVG file (it starts with the bytes \(hex(head.prefix(8))))",
                                         hint: "Export it as PNG or JPEG; other formats are not read, whatever the file name says."))
        }
        if format == .svg { return .success(ImageFileInfo(format: .svg, size: nil)) }
        guard let (width, height) = format == .png ? pngSize(head) : jpegSize(head) else {
            return .failure(ImageProblem(code: "unreadable-image",
                                         reason: "is a damaged \(format.rawValue) file: its header has no valid size",
                                         hint: "Open it in an image editor and save it again."))
        }
        guard width <= ImageLimits.maxSide, height <= ImageLimits.maxSide, width * height <= ImageLimits.maxPixels else {
            return .failure(ImageProblem(code: "image-too-large",
                                         reason: "is \(width) × \(height) pixels; at most \(ImageLimits.maxSide) pixels a side and \(ImageLimits.maxPixels / 1_048_576) megapixels are allowed",
                                         hint: "Scale it down to the size it is shown at (a 1080 px card needs at most about 2000 px)."))
        }
        guard isComplete(path, format: format) else {
            return .failure(ImageProblem(code: "unreadable-image",
                                         reason: "is a truncated \(format.rawValue) file: it stops before its end marker",
                                         hint: "Copy or download it again; the transfer was interrupted."))
        }
        let orientation = format == .jpeg ? jpegOrientation(head)?.orientation ?? 1 : 1
        let (shownWidth, shownHeight) = orientation >= 5 ? (height, width) : (width, height)
        return .success(ImageFileInfo(format: format, size: Size(Double(shownWidth), Double(shownHeight)),
                                      orientation: orientation))
    }

    /// True when the file ends as its format requires: a PNG with its `IEND` chunk, a JPEG with
    /// the end-of-image marker in its last kilobyte (cameras may append bytes after it).
    static func isComplete(_ path: String, format: ImageFileInfo.Format) -> Bool {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let size = lseek(fd, 0, SEEK_END)
        let count = Int(min(size, 1024))
        guard count >= 12 else { return false }
        var tail = [UInt8](repeating: 0, count: count)
        let read = tail.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, size - off_t(count)) }
        guard read == count else { return false }
        switch format {
        case .png: return tail.suffix(12).elementsEqual([0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
        case .jpeg: return zip(tail, tail.dropFirst()).contains { $0 == 0xFF && $1 == 0xD9 }
        case .svg: return true
        }
    }

    private static func sizeCheck(_ path: String) -> Result<Void, SafeFile.Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .success(()) }
        let size = Int(info.st_size)
        return size > ImageLimits.maxFileBytes ? .failure(.tooLarge(size: size, limit: ImageLimits.maxFileBytes)) : .success(())
    }

    private static func problem(_ failure: SafeFile.Failure) -> ImageProblem {
        switch failure {
        case .missing:
            ImageProblem(code: "missing-file", reason: "does not exist", hint: "Paths are relative to the folder of the layout file.")
        case .directory, .notRegular:
            ImageProblem(code: "not-a-file", reason: "cannot be used: \(failure.reason)", hint: "Name an image file.")
        case .tooLarge:
            ImageProblem(code: "image-file-too-large", reason: "is too large: \(failure.reason)",
                         hint: "Compress it or scale it down before using it.")
        case .system:
            ImageProblem(code: "unreadable-image", reason: "cannot be read: \(failure.reason)", hint: "Check the file's permissions.")
        }
    }

    /// The format from the signature; SVG also from the `.svg`/`.svgz` extension (gzip) or a leading `<`.
    static func format(of head: [UInt8], path: String) -> ImageFileInfo.Format? {
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        let lower = path.lowercased()
        if lower.hasSuffix(".svgz"), head.starts(with: [0x1F, 0x8B]) { return .svg }
        var text = head.prefix(1024)
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        let trimmed = text.drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if trimmed.first == UInt8(ascii: "<"), String(decoding: head.prefix(4096), as: UTF8.self).contains("<svg") {
            return .svg
        }
        return nil
    }

    /// Width and height from a PNG's IHDR chunk (which must come first).
    static func pngSize(_ head: [UInt8]) -> (Int, Int)? {
        guard head.count >= 24, Array(head[12..<16]) == Array("IHDR".utf8) else { return nil }
        let width = head[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = head[20..<24].reduce(0) { $0 << 8 | Int($1) }
        // PNG limits each side to 2^31 - 1; zero is invalid.
        guard width > 0, height > 0, width < 1 << 31, height < 1 << 31 else { return nil }
        return (width, height)
    }

    /// Width and height from a JPEG's first start-of-frame marker.
    static func jpegSize(_ head: [UInt8]) -> (Int, Int)? {
        var index = 2
        while index + 9 < head.count {
            guard head[index] == 0xFF else { return nil }
            let marker = head[index + 1]
            if marker == 0xFF { index += 1; continue }  // Fill byte.
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { index += 2; continue }
            if marker == 0xD9 || marker == 0xDA { return nil }  // End of image or scan data before any frame.
            let length = Int(head[index + 2]) << 8 | Int(head[index + 3])
            guard length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                let height = Int(head[index + 5]) << 8 | Int(head[index + 6])
                let width = Int(head[index + 7]) << 8 | Int(head[index + 8])
                return width > 0 && height > 0 ? (width, height) : nil
            }
            index += 2 + length
        }
        return nil
    }

    /// A JPEG's EXIF orientation (1...8) from its APP1 `Exif` segment, and the offset in `bytes`
    /// of that value (two bytes in the file's TIFF byte order), so a copy can be marked upright;
    /// nil when the file has no valid one before its first frame.
    public static func jpegOrientation(_ bytes: [UInt8]) -> (orientation: Int, valueOffset: Int)? {
        var index = 2
        while index + 4 <= bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }  // Fill byte.
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { index += 2; continue }
            if marker == 0xD9 || marker == 0xDA || (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                return nil  // EXIF comes before the frame.
            }
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            guard length >= 2, index + 2 + length <= bytes.count else { return nil }
            if marker == 0xE1, length >= 16, Array(bytes[(index + 4)..<(index + 10)]) == Array("Exif\0\0".utf8) {
                return exifOrientation(bytes, tiff: index + 10, end: index + 2 + length)
            }
            index += 2 + length
        }
        return nil
    }

    /// The orientation entry of the first IFD of the TIFF structure at `tiff..<end`.
    private static func exifOrientation(_ bytes: [UInt8], tiff: Int, end: Int) -> (orientation: Int, valueOffset: Int)? {
        guard tiff + 8 <= end else { return nil }
        let bigEndian: Bool
        switch (bytes[tiff], bytes[tiff + 1]) {
        case (0x4D, 0x4D): bigEndian = true  // "MM"
        case (0x49, 0x49): bigEndian = false  // "II"
        default: return nil
        }
        func read(_ offset: Int, _ count: Int) -> Int? {
            guard offset >= tiff, offset + count <= end else { return nil }
            let field = bytes[offset..<(offset + count)]
            return (bigEndian ? Array(field) : field.reversed()).reduce(0) { $0 << 8 | Int($1) }
        }
        guard read(tiff + 2, 2) == 42, let ifd = read(tiff + 4, 4), let entries = read(tiff + ifd, 2) else { return nil }
        for entry in 0..<entries {
            let at = tiff + ifd + 2 + 12 * entry
            guard let tag = read(at, 2) else { return nil }
            guard tag == 0x0112 else { continue }
            guard read(at + 2, 2) == 3, read(at + 4, 4) == 1, let value = read(at + 8, 2), (1...8).contains(value) else { return nil }
            return (value, at + 8)
        }
        return nil
    }

    private static func hex(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }.joined(separator: " ")
    }
}

extension ImageInspector {
    /// A diagnostic for the image at `path` used by the node at `nodePath`, or nil when it may be decoded.
    public static func problem(at path: String, nodePath: String) -> Diagnostic? {
        guard case .failure(let problem) = inspect(path) else { return nil }
        return Diagnostic(code: problem.code, message: "The image \"\(path)\" \(problem.reason).",
                          location: .node(path: nodePath), hint: problem.hint)
    }
}
