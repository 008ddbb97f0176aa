// QR codes: libqrencode's symbol as a matrix of modules, and as vector path data.

internal import CInfografis
import Foundation
import InfografisCore

/// How much of a QR code may be damaged and still read; more correction makes a larger symbol.
public enum QRCorrection: String, Hashable, Sendable, CaseIterable {
    /// About 7% of the symbol may be lost.
    case low
    /// About 15%; the usual choice for print.
    case medium
    /// About 25%.
    case quartile
    /// About 30%; for codes with a logo over them.
    case high
}

/// Text that cannot become a QR code.
public enum QRCodeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is empty.
    case empty
    /// The text contains U+0000, which libqrencode's string API cannot take.
    case containsNull
    /// The text is `bytes` long in UTF-8, more than the largest QR code (version 40) holds at `correction`.
    case tooLong(bytes: Int, correction: QRCorrection)
    /// libqrencode failed for another reason (`errno` as given), e.g. out of memory.
    case encodingFailed(errno: Int32)

    /// A full sentence saying what is wrong and what to do.
    public var description: String {
        switch self {
        case .empty:
            "The QR code text is empty; give the URL or text to encode."
        case .containsNull:
            "The QR code text contains a NUL character (U+0000); remove it."
        case let .tooLong(bytes, correction):
            "The QR code text is \(bytes) bytes long, but a QR code holds at most \(correction.byteCapacity) bytes "
                + "at \(correction.rawValue) correction; shorten it (e.g. use a short link) or lower the correction."
        case let .encodingFailed(code):
            "libqrencode could not encode the text (errno \(code)); try again, or report this with the text."
        }
    }
}

/// A QR code symbol: a square of modules, without the quiet zone.
public struct QRMatrix: Hashable, Sendable {
    /// Modules per side (21 for version 1, plus 4 per version).
    public let size: Int
    /// All modules, row by row from the top-left; true is dark.
    public let modules: [Bool]

    /// Whether the module in column `x`, row `y` (both from 0 at the top-left) is dark.
    public subscript(x: Int, y: Int) -> Bool {
        modules[y * size + x]
    }
}

/// Encodes text as QR codes with libqrencode; callable from any thread (Debian's libqrencode is built with
/// pthread support, which guards its shared tables with a mutex).
public enum QRCode {
    /// The QR code for `text` (UTF-8, case-sensitive, digit and upper-case runs packed in their compact modes by
    /// libqrencode, the rest in 8-bit mode), in the smallest version that fits; throws `QRCodeError`.
    public static func encode(_ text: String, correction: QRCorrection = .medium) throws(QRCodeError) -> QRMatrix {
        guard !text.isEmpty else { throw .empty }
        guard !text.unicodeScalars.contains("\0") else { throw .containsNull }
        let level: QRecLevel = switch correction {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
        errno = 0
        let result = text.withCString { QRcode_encodeString($0, 0, level, QR_MODE_8, 1) }
        guard let code = result else {
            let failure = errno
            if failure == ERANGE { throw .tooLong(bytes: text.utf8.count, correction: correction) }
            throw .encodingFailed(errno: failure)
        }
        defer { QRcode_free(code) }
        let size = Int(code.pointee.width)
        guard size > 0, let data = code.pointee.data else { throw .encodingFailed(errno: 0) }
        // Bit 0 of each byte is the module's colour (1 = dark); the other bits describe its role.
        let modules = UnsafeBufferPointer(start: data, count: size * size).map { $0 & 1 == 1 }
        return QRMatrix(size: size, modules: modules)
    }
}

// MARK: - Vector output

extension QRMatrix {
    /// SVG path data for the dark modules, one module per unit, each row's runs of dark modules merged into
    /// rectangles (`M x y H x2 V y2 H x Z`, absolute commands only), with `quietZone` light modules around;
    /// `viewBox` is the whole symbol including the quiet zone (4 modules by default, as the standard asks).
    public func pathData(quietZone: Int = 4) -> (data: String, viewBox: Rect) {
        let margin = max(0, quietZone)
        var parts: [String] = []
        for y in 0..<size {
            var x = 0
            while x < size {
                guard self[x, y] else { x += 1; continue }
                let start = x
                while x < size, self[x, y] { x += 1 }
                let left = start + margin, right = x + margin, top = y + margin
                parts.append("M\(left) \(top)H\(right)V\(top + 1)H\(left)Z")
            }
        }
        let side = Double(size + 2 * margin)
        return (parts.joined(), Rect(origin: .zero, size: Size(side, side)))
    }
}

extension QRCorrection {
    /// Bytes of 8-bit data that a version 40 symbol holds at this level (ISO/IEC 18004, table 7).
    public var byteCapacity: Int {
        switch self {
        case .low: 2953
        case .medium: 2331
        case .quartile: 1663
        case .high: 1273
        }
    }
}
