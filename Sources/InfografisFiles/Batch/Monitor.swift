import Foundation

/// A mutex with several condition variables, so that each kind of waiter is woken only for its
/// own reason (POSIX threads underneath).
///
/// Why not `NSCondition`: it pairs one condition with one mutex, so the batch pipeline's workers,
/// its caller and its watchdog all waited on the same condition, and every row handed out or
/// finished woke all of them. On two cores each needless wake-up preempts a worker.
final class Monitor: @unchecked Sendable {
    // @unchecked: the pthread objects are made in `init`, freed in `deinit`, and otherwise only
    // used through pthread calls, which are safe from any thread.

    /// One condition of the monitor; wait on it only with the monitor locked.
    final class Condition: @unchecked Sendable {
        fileprivate let pointer: UnsafeMutablePointer<pthread_cond_t>

        fileprivate init() {
            pointer = .allocate(capacity: 1)
            var attributes = pthread_condattr_t()
            pthread_condattr_init(&attributes)
            pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC)  // deadlines immune to clock changes
            pthread_cond_init(pointer, &attributes)
            pthread_condattr_destroy(&attributes)
        }

        deinit {
            pthread_cond_destroy(pointer)
            pointer.deallocate()
        }

        /// Wakes one thread waiting on this condition, if any (with or without the lock held).
        func signal() { pthread_cond_signal(pointer) }

        /// Wakes every thread waiting on this condition (with or without the lock held).
        func broadcast() { pthread_cond_broadcast(pointer) }
    }

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// A new condition of this monitor.
    func makeCondition() -> Condition { Condition() }

    func lock() { pthread_mutex_lock(mutex) }

    func unlock() { pthread_mutex_unlock(mutex) }

    /// Unlocks, sleeps until `condition` is signalled (or spuriously), and locks again.
    func wait(_ condition: Condition) {
        pthread_cond_wait(condition.pointer, mutex)
    }

    /// As `wait`, but returns by `seconds` from now at the latest.
    func wait(_ condition: Condition, seconds: Double) {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let total = Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9 + max(0, min(seconds, 86_400))
        var deadline = timespec(tv_sec: Int(total), tv_nsec: Int((total - total.rounded(.down)) * 1e9))
        pthread_cond_timedwait(condition.pointer, mutex, &deadline)
    }
}
