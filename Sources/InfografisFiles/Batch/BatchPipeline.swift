import Foundation

/// Worker threads that render rows, and the queue between them and the caller.
///
/// Each worker is a dedicated `Thread` that makes its own `RowRenderer` (and so its own `Engine`)
/// on that thread and keeps it there. Rows are handed out in submission order through one queue;
/// results come back in the same order (`next()`), whatever finishes first. The caller keeps
/// `pending` (submitted, not yet taken back) at most a small window, which bounds memory: nothing
/// is read ahead of what the workers can take.
final class BatchPipeline: @unchecked Sendable {
    // @unchecked: every mutable property is read and written only while `condition` is locked.

    /// Work for the pipeline: a row to render, or a row whose outcome is already known.
    enum Work: Sendable {
        case render(RowJob)
        case resolved(BatchResult)
    }

    private let condition = NSCondition()
    private var queue: [(sequence: Int, job: RowJob)] = []
    private var queueHead = 0
    private var finished: [Int: BatchResult] = [:]
    private var submitted = 0
    private var delivered = 0
    private var closed = false
    private var running = 0
    private var waiter: CheckedContinuation<BatchResult?, Never>?

    /// Starts `jobs` worker threads; each calls `makeRenderer` once, on itself.
    init(jobs: Int, makeRenderer: @escaping @Sendable () -> RowRenderer) {
        running = max(1, jobs)
        for index in 0..<max(1, jobs) {
            let thread = Thread { [self] in
                let renderer = makeRenderer()
                while let (sequence, job) = take() {
                    let result = renderer.render(job)
                    store(result, at: sequence)
                }
                condition.lock()
                running -= 1
                condition.broadcast()
                condition.unlock()
            }
            thread.name = "infografis-batch-\(index)"
            thread.stackSize = 16 << 20  // deep layouts recurse; the default secondary stack is small on macOS
            thread.start()
        }
    }

    deinit {
        close()
    }

    /// Rows submitted and not yet taken back with `next()`.
    var pending: Int {
        condition.lock()
        defer { condition.unlock() }
        return submitted - delivered
    }

    /// Queues one row; results come back in the order rows were submitted.
    func submit(_ work: Work) {
        condition.lock()
        let sequence = submitted
        submitted += 1
        switch work {
        case .render(let job):
            queue.append((sequence, job))
            condition.broadcast()
            condition.unlock()
        case .resolved(let result):
            deliver(result, at: sequence)  // unlocks
        }
    }

    /// The next result in submission order, waiting for it; nil when nothing is pending.
    func next() -> BatchResult? {
        condition.lock()
        defer { condition.unlock() }
        while delivered < submitted {
            if let result = finished.removeValue(forKey: delivered) {
                delivered += 1
                return result
            }
            condition.wait()
        }
        return nil
    }

    /// The next result in submission order if it is already done; nil otherwise (never waits).
    func ready() -> BatchResult? {
        condition.lock()
        defer { condition.unlock() }
        guard let result = finished.removeValue(forKey: delivered) else { return nil }
        delivered += 1
        return result
    }

    /// The next result in submission order without blocking a thread; nil when nothing is pending.
    func next() async -> BatchResult? {
        await withCheckedContinuation { (continuation: CheckedContinuation<BatchResult?, Never>) in
            condition.lock()
            if delivered >= submitted {
                condition.unlock()
                continuation.resume(returning: nil)
            } else if let result = finished.removeValue(forKey: delivered) {
                delivered += 1
                condition.unlock()
                continuation.resume(returning: result)
            } else {
                waiter = continuation
                condition.unlock()
            }
        }
    }

    /// Lets the workers finish what is queued and then end.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Closes the queue and waits until every worker has ended.
    func finish() {
        close()
        condition.lock()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    // MARK: - Workers

    private func take() -> (Int, RowJob)? {
        condition.lock()
        defer { condition.unlock() }
        while queueHead == queue.count {
            if closed { return nil }
            condition.wait()
        }
        let item = queue[queueHead]
        queueHead += 1
        if queueHead > 256, queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        return item
    }

    private func store(_ result: BatchResult, at sequence: Int) {
        condition.lock()
        deliver(result, at: sequence)
    }

    /// Files a result (the lock is held) and hands the next one to an async waiter; unlocks.
    private func deliver(_ result: BatchResult, at sequence: Int) {
        finished[sequence] = result
        if let waiter, let next = finished.removeValue(forKey: delivered) {
            delivered += 1
            self.waiter = nil
            condition.unlock()
            waiter.resume(returning: next)
            return
        }
        condition.broadcast()
        condition.unlock()
    }
}
