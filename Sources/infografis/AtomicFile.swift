import Foundation

/// Writes files so that a reader never sees a partial one: a temporary file in the same
/// directory, then an atomic rename.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw ValidationError("Cannot write \"\(path)\": \(error.localizedDescription)")
        }
    }
}
