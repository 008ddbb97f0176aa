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
///
/// Waking threads is what costs on two cores: a woken thread preempts a worker. So workers,
/// the caller and the watchdog wait on conditions of their own; a row handed out wakes one
/// worker; a finished row wakes the caller only once as many results as it asked for are ready
/// in order (`waitForResults(atLeast:)`); the watchdog sleeps until the earliest deadline.
/// Conditions are signalled after unlocking, so the woken thread does not block on the lock.
final class BatchPipeline: @unchecked Sendable {
    // @unchecked: every mutable property is read and written only while `monitor` is locked.

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

    /// What filing results owes the caller, done once the lock is released (`notify`).
    struct Delivery {
        var wake: Wake?
        var signal = false

        mutating func add(_ other: Delivery) {
            if let wake = other.wake { precondition(self.wake == nil, "one async waiter at a time"); self.wake = wake }
            signal = signal || other.signal
        }
    }

    let monitor = Monitor()
    /// Workers wait here for rows.
    let rowsQueued: Monitor.Condition
    /// The caller waits here for results (and for the workers to end).
    let resultsReady: Monitor.Condition
    /// The watchdog sleeps here until the earliest deadline, or until the pipeline ends.
    let watchdogWake: Monitor.Condition
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
    /// Results finished in order from `delivered` on (`finished[delivered ..< delivered + readyRun]`).
    var readyRun = 0
    /// How many in-order results the blocked caller waits for; 0 when it does not wait.
    var wanted = 0
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
        rowsQueued = monitor.makeCondition()
        resultsReady = monitor.makeCondition()
        watchdogWake = monitor.makeCondition()
        monitor.lock()
        for _ in 0..<self.jobs { startWorker() }
        if let limit { startWatchdog(limit: limit) }
        monitor.unlock()
    }

    deinit {
        close()
    }

    /// Rows submitted and not yet taken back with `next()`.
    var pending: Int {
        monitor.lock()
        defer { monitor.unlock() }
        return submitted - delivered
    }

    /// Queues one row; results come back in the order rows were submitted.
    func submit(_ work: Work) {
        monitor.lock()
        let sequence = submitted
        submitted += 1
        switch work {
        case .render(let job) where stalled:
            deliver(stallResult(job), at: sequence)  // unlocks
        case .render(let job):
            queue.append((sequence, job))
            monitor.unlock()
            rowsQueued.signal()
        case .resolved(let result):
            deliver(result, at: sequence)  // unlocks
        }
    }

    /// The next result in submission order, waiting for it; nil when nothing is pending.
    func next() -> BatchResult? {
        monitor.lock()
        defer { monitor.unlock() }
        while delivered < submitted {
            if let result = takeReady() { return result }
            wanted = 1
            monitor.wait(resultsReady)
            wanted = 0
        }
        return nil
    }

    /// Waits until `count` results (or all pending ones, if fewer) are done in submission order,
    /// so that a caller refilling a window wakes once per `count` rows rather than per row.
    func waitForResults(atLeast count: Int) {
        monitor.lock()
        defer { monitor.unlock() }
        let target = max(1, min(count, submitted - delivered))
        while readyRun < target && delivered < submitted {
            wanted = target
            monitor.wait(resultsReady)
        }
        wanted = 0
    }

    /// The next result in submission order if it is already done; nil otherwise (never waits).
    func ready() -> BatchResult? {
        monitor.lock()
        defer { monitor.unlock() }
        return takeReady()
    }

    /// The next result in submission order without blocking a thread; nil when nothing is pending.
    func next() async -> BatchResult? {
        await withCheckedContinuation { (continuation: CheckedContinuation<BatchResult?, Never>) in
            monitor.lock()
            if delivered >= submitted {
                monitor.unlock()
                continuation.resume(returning: nil)
            } else if let result = takeReady() {
                monitor.unlock()
                continuation.resume(returning: result)
            } else {
                waiter = continuation
                monitor.unlock()
            }
        }
    }

    /// Takes the result at `delivered` if it is done (the lock is held).
    private func takeReady() -> BatchResult? {
        guard let result = finished.removeValue(forKey: delivered) else { return nil }
        delivered += 1
        readyRun -= 1
        return result
    }

    /// Lets the workers finish what is queued and then end.
    func close() {
        monitor.lock()
        closed = true
        monitor.unlock()
        rowsQueued.broadcast()
        watchdogWake.broadcast()
    }

    /// Closes the queue and waits until every worker serving it has ended (not abandoned ones).
    func finish() {
        close()
        monitor.lock()
        while running > 0 { monitor.wait(resultsReady) }
        monitor.unlock()
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
        monitor.lock()
        running -= 1
        monitor.unlock()
        resultsReady.broadcast()  // `finish` waits for the last worker
        watchdogWake.broadcast()  // the watchdog ends with it
    }

    private func take(as number: Int) -> (Int, RowJob)? {
        monitor.lock()
        defer { monitor.unlock() }
        while queueHead == queue.count {
            if closed { return nil }
            monitor.wait(rowsQueued)
        }
        let item = queue[queueHead]
        queueHead += 1
        if queueHead > 256, queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        if limit != nil {
            // Not woken for it: the watchdog wakes by the earliest deadline of the rows already
            // rendering, or one limit from when it last looked, which is before this row's.
            flights[number] = Flight(sequence: item.sequence, job: item.job, started: ContinuousClock.now)
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
        monitor.lock()
        defer { monitor.unlock() }
        guard limit != nil else { return .write }
        if flights[number] != nil {
            flights[number]?.writing = true
            return .write
        }
        stuck -= 1
        guard !closed, running < jobs else { return .exit }
        running += 1
        return .rejoin
    }

    private func store(_ result: BatchResult, at sequence: Int, from number: Int) {
        monitor.lock()
        flights[number] = nil
        deliver(result, at: sequence)
    }

    /// Files a result (the lock is held), unlocks, and wakes whoever it is due to.
    func deliver(_ result: BatchResult, at sequence: Int) {
        let delivery = file(result, at: sequence)
        monitor.unlock()
        notify(delivery)
    }

    /// Files a result (the lock is held); returns whom to wake once unlocked: an async waiter
    /// with the next result, or the blocked caller when as many results as it wants are ready.
    func file(_ result: BatchResult, at sequence: Int) -> Delivery {
        finished[sequence] = result
        while finished[delivered + readyRun] != nil { readyRun += 1 }
        var delivery = Delivery()
        delivery.signal = wanted > 0 && (readyRun >= wanted || delivered + readyRun == submitted)
        if let waiter, let next = takeReady() {
            self.waiter = nil
            delivery.wake = (waiter, next)
        }
        return delivery
    }

    /// Wakes whom a `Delivery` names (the lock is not held).
    func notify(_ delivery: Delivery) {
        if delivery.signal { resultsReady.signal() }
        if let wake = delivery.wake { wake.waiter.resume(returning: wake.result) }
    }
}
