#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically: a temporary file beside the target, then `rename(2)`.
public enum AtomicFile {
    /// Writes `bytes` to `path`. Readers see the old file or the complete new one, never a part;
    /// on failure the temporary file is removed and the target is untouched.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw RenderError.writeFailed(path: path, reason: "the path names a directory") }
        var template = Array("\(directory).\(name).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard fd >= 0 else { throw failure(path) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer {
            if !renamed { unlink(temporary) }
        }
        // mkstemp creates 0600; give the file the usual permissions under the umask.
        let mask = umask(0)
        umask(mask)
        var error: RenderError?
        if fchmod(fd, 0o666 & ~mask) != 0 || !writeAll(bytes, to: fd) { error = failure(path) }
        if close(fd) != 0, error == nil { error = failure(path) }
        if let error { throw error }
        guard rename(temporary, path) == 0 else { throw failure(path) }
        renamed = true
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            var written = 0
            while written < buffer.count {
                let n = posixWrite(fd, base + written, buffer.count - written)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                written += n
            }
            return true
        }
    }

    private static func failure(_ path: String) -> RenderError {
        RenderError.writeFailed(path: path, reason: String(cString: strerror(errno)))
    }
}

/// `write(2)`, named apart from `AtomicFile.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
