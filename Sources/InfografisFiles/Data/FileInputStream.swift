import Foundation

/// An `InputStream` over part of a file that knows where the file ends.
///
/// Foundation's file stream on Linux keeps `hasBytesAvailable` true until a read has returned 0,
/// and CSV.swift 2.5.2 turns that final empty read into `CSVError.cannotReadFile`, so every file
/// larger than its 64 KiB buffer would end in an error. This stream counts the bytes left from
/// the file size instead. It also starts at an offset, which skips the BOM and comment lines.
final class FileInputStream: InputStream {
    private let handle: FileHandle
    private var remaining: Int
    private var status: Stream.Status = .notOpen
    private var failure: Error?

    /// Opens `path` positioned at `offset`; nil when the file cannot be opened or sought.
    init?(path: String, offset: Int) {
        guard let handle = FileHandle(forReadingAtPath: path),
              let size = try? handle.seekToEnd(),
              (try? handle.seek(toOffset: UInt64(offset))) != nil else { return nil }
        self.handle = handle
        self.remaining = max(Int(size) - offset, 0)
        super.init(data: Data())
    }

    deinit { try? handle.close() }

    override func open() { if status == .notOpen { status = .open } }

    override func close() {
        status = .closed
        try? handle.close()
    }

    override var streamStatus: Stream.Status { status }

    override var streamError: Error? { failure }

    override var hasBytesAvailable: Bool { status == .open && remaining > 0 }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        guard status == .open, remaining > 0 else { return 0 }
        do {
            guard let data = try handle.read(upToCount: min(length, remaining)), !data.isEmpty else {
                remaining = 0
                status = .atEnd
                return 0
            }
            data.copyBytes(to: buffer, count: data.count)
            remaining -= data.count
            if remaining == 0 { status = .atEnd }
            return data.count
        } catch {
            failure = error
            status = .error
            return -1
        }
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>,
                            length: UnsafeMutablePointer<Int>) -> Bool { false }
}
