internal import CInfografis

/// Why rendering, writing or reading an image header failed. Rendering a valid frame fails only
/// for resources (memory, surface size) and I/O.
public enum RenderError: Error, Equatable, Sendable {
    /// Cairo (or the PNG encoder) ran out of memory.
    case outOfMemory
    /// The output surface cannot have this size: zero, negative, or above Cairo's 32767 px per side.
    case invalidSurfaceSize(width: Int, height: Int)
    /// Writing the output stream or file failed.
    case writeFailed(path: String?, reason: String)
    /// The image file could not be opened or its header could not be decoded.
    case unreadableImage(path: String, reason: String)
    /// Any other Cairo status; `code` is Cairo's `cairo_status_t`, `message` its description.
    case cairo(code: Int, message: String)
}

extension RenderError: CustomStringConvertible {
    /// A sentence describing the failure.
    public var description: String {
        switch self {
        case .outOfMemory:
            "Out of memory while rendering."
        case let .invalidSurfaceSize(width, height):
            "Cannot create a \(width)x\(height) surface: each side must be between 1 and 32767 pixels (after scaling)."
        case let .writeFailed(path?, reason):
            "Cannot write \(path): \(reason)."
        case let .writeFailed(nil, reason):
            "Cannot write the output stream: \(reason)."
        case let .unreadableImage(path, reason):
            "Cannot read the image \(path): \(reason)."
        case let .cairo(code, message):
            "Cairo failed with status \(code): \(message)."
        }
    }
}

extension RenderError {
    /// Maps a Cairo status to an error; nil for success.
    init?(status: cairo_status_t, width: Int = 0, height: Int = 0) {
        switch status {
        case CAIRO_STATUS_SUCCESS: return nil
        case CAIRO_STATUS_NO_MEMORY: self = .outOfMemory
        case CAIRO_STATUS_INVALID_SIZE: self = .invalidSurfaceSize(width: width, height: height)
        case CAIRO_STATUS_WRITE_ERROR, CAIRO_STATUS_TEMP_FILE_ERROR:
            self = .writeFailed(path: nil, reason: String(cString: cairo_status_to_string(status)))
        default:
            self = .cairo(code: Int(status.rawValue), message: String(cString: cairo_status_to_string(status)))
        }
    }

    /// Throws the error for a non-success Cairo status.
    static func check(_ status: cairo_status_t, width: Int = 0, height: Int = 0) throws {
        if let error = RenderError(status: status, width: width, height: height) { throw error }
    }
}
