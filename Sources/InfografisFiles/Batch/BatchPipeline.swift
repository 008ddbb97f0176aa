import Foundation

/// Worker threads that render rows, and the queue between them and the caller.
///
/// Each worker is a dedicated `Thread` that makes its own `RowRenderer` (and so its own `Engine`)
/// on that thread and keeps it there. Rows are handed out in submission order through one queue;
/// results come back in the same order (`next()`), whatever finishes first. The caller keeps
/// `pending` (submitted, not yet taken back) at most a small window, which bounds memory: nothing
/// is read ahead of what the workers can take.
///
/// With a row time limit, a watchdog thread gives up on rows that take too long (see
/// `BatchPipeline+Watchdog.swift`): a worker is only ever abandoned, never stopped.
final class BatchPipeline: @unchecked Sendable {
    // @unchecked: every mutable property is read and written only while `condition` is locked.

    /// Work for the pipeline: a row to render, or a row whose outcome is already known.
    enum Work: Sendable {
        case render(RowJob)
        case resolved(BatchResult)
    }

    /// A row a worker is busy with: since when, and whether its files are being written (no longer timed then).
    struct Flight {
        var sequence: Int
        var job: RowJob
        var started: ContinuousClock.Instant
        var writing = false
    }

    /// An async caller waiting for a result, and the result to resume it with (once unlocked).
    typealias Wake = (waiter: CheckedContinuation<BatchResult?, Never>, result: BatchResult)

    let condition = NSCondition()
    /// Workers the pipeline keeps serving the queue.
    let jobs: Int
    /// How long one row may take; nil for no limit.
    let limit: Duration?
    /// Abandoned workers still busy with their row beyond which no replacement is started.
    let maxStuck: Int
    let makeRenderer: @Sendable () -> RowRenderer
    var queue: [(sequence: Int, job: RowJob)] = []
    var queueHead = 0
    var finished: [Int: BatchResult] = [:]
    var submitted = 0
    var delivered = 0
    var closed = false
    /// Workers serving the queue (abandoned ones are not counted).
    var running = 0
    /// Workers the watchdog gave up on whose row is still rendering.
    var stuck = 0
    /// The row each busy worker is on, by worker number.
    var flights: [Int: Flight] = [:]
    var nextWorker = 0
    var waiter: CheckedContinuation<BatchResult?, Never>?

    /// Starts `jobs` worker threads, each calling `makeRenderer` once, on itself; with `rowTimeout`
    /// above 0 (seconds), also the watchdog.
    init(jobs: Int, rowTimeout: Double = 0, makeRenderer: @escaping @Sendable () -> RowRenderer) {
        self.jobs = max(1, jobs)
        self.limit = rowTimeout > 0 && rowTimeout.isFinite ? .milliseconds(Int64((rowTimeout * 1000).rounded(.up))) : nil
        self.maxStuck = max(4, 2 * self.jobs)
        self.makeRenderer = makeRenderer
        condition.lock()
        for _ in 0..<self.jobs { startWorker() }
        if let limit { startWatchdog(limit: limit) }
        condition.unlock()
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
        case .render(let job) where stalled:
            deliver(stallResult(job), at: sequence)  // unlocks
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

    /// Closes the queue and waits until every worker serving it has ended (not abandoned ones).
    func finish() {
        close()
        condition.lock()
        while running > 0 { condition.wait() }
        condition.unlock()
    }

    // MARK: - Workers

    /// Starts one worker thread (the lock is held).
    func startWorker() {
        let number = nextWorker
        nextWorker += 1
        running += 1
        let thread = Thread { [self] in work(as: number) }
        thread.name = "infografis-batch-\(number)"
        thread.stackSize = 16 << 20  // deep layouts recurse; the default secondary stack is small on macOS
        thread.start()
    }

    private func work(as number: Int) {
        let renderer = makeRenderer()
        while let (sequence, job) = take(as: number) {
            var result = renderer.render(job)
            switch claim(as: number) {
            case .write:
                RowRenderer.write(&result)
                store(result, at: sequence, from: number)
            case .rejoin:
                continue  // given up on: the result is dropped, nothing is written
            case .exit:
                return
            }
        }
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    private func take(as number: Int) -> (Int, RowJob)? {
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
        if limit != nil {
            flights[number] = Flight(sequence: item.sequence, job: item.job, started: ContinuousClock.now)
            condition.broadcast()  // the watchdog times the new row
        }
        return item
    }

    /// What a worker does with a row it has rendered.
    enum Claim {
        /// The row is on time: write its files and deliver it.
        case write
        /// The row was given up on; the worker serves the queue again (it replaces a missing worker).
        case rejoin
        /// The row was given up on and the pool is full (or closed): the worker ends.
        case exit
    }

    /// Marks the worker's row as being written, unless the watchdog gave up on it.
    private func claim(as number: Int) -> Claim {
        condition.lock()
        defer { condition.unlock() }
        guard limit != nil else { return .write }
        if flights[number] != nil {
            flights[number]?.writing = true
            return .write
        }
        stuck -= 1
        guard !closed, running < jobs else { return .exit }
        running += 1
        condition.broadcast()
        return .rejoin
    }

    private func store(_ result: BatchResult, at sequence: Int, from number: Int) {
        condition.lock()
        flights[number] = nil
        deliver(result, at: sequence)
    }

    /// Files a result (the lock is held) and hands the next one to an async waiter; unlocks.
    func deliver(_ result: BatchResult, at sequence: Int) {
        let wake = file(result, at: sequence)
        condition.unlock()
        if let wake { wake.waiter.resume(returning: wake.result) }
    }

    /// Files a result (the lock is held); returns the async waiter to resume, once unlocked, if one is due.
    func file(_ result: BatchResult, at sequence: Int) -> Wake? {
        finished[sequence] = result
        condition.broadcast()
        guard let waiter, let next = finished.removeValue(forKey: delivered) else { return nil }
        delivered += 1
        self.waiter = nil
        return (waiter, next)
    }
}
