#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads files that come from anywhere without trusting them: only regular files (no folders,
/// FIFOs, sockets or devices such as /dev/zero, which would block or never end), opened without
/// blocking and checked on the open descriptor (so a file swapped for a FIFO between the check
/// and the read is still refused), and never more than a limit.
public enum SafeFile {
    /// Why a file cannot be read.
    public enum Failure: Error, Equatable, Sendable {
        /// Nothing at the path.
        case missing
        /// A folder.
        case directory
        /// A FIFO, socket or device (`kind` names it).
        case notRegular(kind: String)
        /// Larger than the limit (`size` bytes).
        case tooLarge(size: Int, limit: Int)
        /// Any other error from the system.
        case system(String)

        /// Words for messages: "it is a folder", ...
        public var reason: String {
            switch self {
            case .missing: "it does not exist"
            case .directory: "it is a folder, not a file"
            case .notRegular(let kind): "it is a \(kind), not a regular file"
            case let .tooLarge(size, limit): "it has \(size) bytes, more than the limit of \(limit)"
            case .system(let message): message
            }
        }
    }

    /// Up to `limit` bytes of the regular file at `path`; with `prefixOnly`, a larger file is not
    /// an error and only its first `limit` bytes are returned.
    public static func read(_ path: String, limit: Int, prefixOnly: Bool = false) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return .failure(.missing) }
            if code == ENXIO { return .failure(.notRegular(kind: "socket")) }
            return .failure(.system(String(cString: strerror(code))))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.system(String(cString: strerror(errno)))) }
        if let failure = kindFailure(info.st_mode) { return .failure(failure) }
        let size = Int(info.st_size)
        if size > limit, !prefixOnly { return .failure(.tooLarge(size: size, limit: limit)) }
        let wanted = min(size, limit)
        var bytes = [UInt8](repeating: 0, count: wanted)
        var filled = 0
        while filled < wanted {
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(fd, buffer.baseAddress! + filled, wanted - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(String(cString: strerror(errno))))
            }
            if count == 0 { break }  // The file shrank while reading.
            filled += count
        }
        bytes.removeLast(wanted - filled)
        return .success(bytes)
    }

    /// The kind of file at `path` as a failure when it is not a regular file (following symlinks); nil for a regular file.
    public static func check(_ path: String) -> Failure? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .system(String(cString: strerror(errno)))
        }
        return kindFailure(info.st_mode)
    }

    private static func kindFailure(_ mode: mode_t) -> Failure? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .directory
        case S_IFIFO: .notRegular(kind: "FIFO (named pipe)")
        case S_IFCHR, S_IFBLK: .notRegular(kind: "device")
        case S_IFSOCK: .notRegular(kind: "socket")
        default: .notRegular(kind: "special file")
        }
    }

    /// The canonical absolute path (symlinks and `..` resolved); nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = systemRealpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
private func systemRealpath(_ path: String, _ resolved: UnsafeMutablePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    realpath(path, resolved)
}
