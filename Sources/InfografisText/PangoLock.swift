import Foundation

/// Serializes Pango's layout computations (itemizing, shaping, line breaking) across threads.
///
/// Every engine has its own font map and context, yet Pango 1.50.12 (Debian 12) still gives
/// thread-dependent results when layouts are computed at the same time on several threads:
/// reproduced in plain C with one font map per thread, lines broken inside a word under letter
/// spacing or justification came out differently in a few percent of runs (never when the
/// computations did not overlap). Cache hits and drawing do not take the lock, so parallel
/// batches still run in parallel once their paragraphs are cached.
///
/// The lock counts what it costs (`PangoLockStatistics`): an uncontended acquisition is one
/// `try`; only a contended one reads the clock while waiting.
enum PangoLock {
    private static let lock = NSLock()
    // Guarded by `lock`.
    nonisolated(unsafe) private static var counters = PangoLockStatistics()

    /// Runs `body` while no other thread computes a Pango layout.
    static func run<T>(_ body: () -> T) -> T {
        var waited = 0.0
        if !lock.try() {
            let start = monotonicSeconds()
            lock.lock()
            waited = monotonicSeconds() - start
        }
        let held = monotonicSeconds()
        defer {
            counters.acquisitions += 1
            if waited > 0 { counters.contended += 1 }
            counters.waitSeconds += waited
            counters.heldSeconds += monotonicSeconds() - held
            lock.unlock()
        }
        return body()
    }

    /// The counters so far, summed over every thread of the process.
    static var statistics: PangoLockStatistics {
        lock.lock()
        defer { lock.unlock() }
        return counters
    }

    private static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}

/// What the process-wide Pango lock cost so far (see `TextEngine.pangoLockStatistics`).
public struct PangoLockStatistics: Hashable, Sendable {
    /// Layout computations that took the lock.
    public var acquisitions = 0
    /// Acquisitions that found the lock taken and waited.
    public var contended = 0
    /// Seconds threads spent waiting for the lock, summed over threads.
    public var waitSeconds = 0.0
    /// Seconds the lock was held (Pango layout computations), summed.
    public var heldSeconds = 0.0

    public init() {}
}

extension TextEngine {
    /// Counters of the process-wide lock around new Pango layouts, over every engine and thread.
    public static var pangoLockStatistics: PangoLockStatistics { PangoLock.statistics }
}
