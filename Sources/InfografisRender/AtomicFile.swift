#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically, so a file at the target path is always complete.
///
/// On Linux the bytes go into an unnamed file (`O_TMPFILE`) in the target's directory, which is
/// linked to the target name only once complete: no temporary name ever appears, so even a process
/// killed with `kill -9` mid-write leaves nothing behind, and "the file exists" means "the file is
/// complete" (what `batch --resume` relies on). Replacing an existing file links under a hidden
/// temporary name and renames it over the target. Elsewhere, or where the file system has no
/// `O_TMPFILE`, a hidden temporary file (`.name.XXXXXX`) is written and renamed.
public enum AtomicFile {
    /// Writes `bytes` to `path`. Readers see the old file or the complete new one, never a part;
    /// on failure the temporary file is removed and the target is untouched.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw RenderError.writeFailed(path: path, reason: "the path names a directory") }
        #if os(Linux)
        if try writeUnnamed(bytes, to: path, directory: directory, name: name) { return }
        #endif
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

    #if os(Linux)
    /// Writes through an `O_TMPFILE` file; false when the file system or `/proc` cannot do it (nothing is left then).
    private static func writeUnnamed(_ bytes: [UInt8], to path: String, directory: String, name: String) throws -> Bool {
        let oTmpFile: Int32 = 0o20000000 | O_DIRECTORY  // O_TMPFILE, which Glibc's Swift module does not export
        let fd = open(directory.isEmpty ? "." : directory, oTmpFile | O_WRONLY | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard writeAll(bytes, to: fd) else { throw failure(path) }
        let source = "/proc/self/fd/\(fd)"
        if linkat(AT_FDCWD, source, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 { return true }
        guard errno == EEXIST else {
            if errno == ENOENT, access("/proc/self/fd", F_OK) != 0 { return false }  // no /proc: use mkstemp
            throw failure(path)
        }
        // The target exists: link under a hidden unique name, then rename over the target.
        for _ in 0..<32 {
            let temporary = "\(directory).\(name).\(String(UInt32.random(in: .min ... .max), radix: 36))"
            if linkat(AT_FDCWD, source, AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 {
                guard rename(temporary, path) == 0 else {
                    let error = failure(path)
                    unlink(temporary)
                    throw error
                }
                return true
            }
            guard errno == EEXIST else { throw failure(path) }
        }
        throw failure(path)
    }
    #endif

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
