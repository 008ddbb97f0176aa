import Foundation

/// Serializes Pango's layout computations (itemizing, shaping, line breaking) across threads.
///
/// Every engine has its own font map and context, yet Pango 1.50.12 (Debian 12) still gives
/// thread-dependent results when layouts are computed at the same time on several threads:
/// reproduced in plain C with one font map per thread, lines broken inside a word under letter
/// spacing or justification came out differently in a few percent of runs (never when the
/// computations did not overlap). Cache hits and drawing do not take the lock, so parallel
/// batches still run in parallel once their paragraphs are cached.
enum PangoLock {
    private static let lock = NSLock()

    /// Runs `body` while no other thread computes a Pango layout.
    static func run<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
