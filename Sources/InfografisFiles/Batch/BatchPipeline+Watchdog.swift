import Foundation
import Infografis

/// The row time limit (`BatchOptions.rowTimeout`, `--row-timeout`).
///
/// Rendering runs inside Pango and Cairo, which cannot be interrupted safely mid-call, and a thread
/// cannot be killed without leaving its locks and memory in an unknown state. So a row that takes
/// too long is not stopped but *given up on*:
///
/// - the watchdog delivers a `row-timeout` error for the row in its place, so later rows are not held up;
/// - the worker is abandoned and a fresh thread with a fresh `Engine` takes its place, so throughput continues;
/// - when the abandoned worker returns, its result is dropped (nothing is written: a row's files are
///   written only after the worker has claimed the row as on time, and a row being written is never
///   given up on), and the worker rejoins the pool if it is short of workers, or ends.
///
/// The trade-off: an abandoned worker keeps its thread, its `Engine` and a CPU core until the call
/// returns, and a call that never returns is only ended with the process. At most `maxStuck`
/// abandoned workers are replaced; beyond that, while no worker is left, rows fail at once with
/// `batch-stalled` instead of waiting forever.
extension BatchPipeline {
    /// True when every worker has been given up on and none may be added (the lock is held).
    var stalled: Bool { running == 0 && stuck > 0 && !closed }

    /// Starts the watchdog thread (the lock is held); it ends with the last worker.
    func startWatchdog(limit: Duration) {
        let thread = Thread { [self] in watch(limit: limit) }
        thread.name = "infografis-batch-watchdog"
        thread.start()
    }

    /// Sleeps until the earliest deadline of the rows being rendered, or for one limit when none
    /// is: a row that starts later has a later deadline, so the watchdog need not be woken for it.
    private func watch(limit: Duration) {
        monitor.lock()
        while !(closed && running == 0) {
            let now = ContinuousClock.now
            var delivery = Delivery()
            var gaveUp = false
            for (number, flight) in flights where !flight.writing && flight.started + limit <= now {
                delivery.add(giveUp(worker: number, flight: flight, limit: limit))
                gaveUp = true
            }
            if gaveUp {
                monitor.unlock()
                notify(delivery)
                monitor.lock()
                continue
            }
            let deadline = flights.values.filter { !$0.writing }.map { $0.started + limit }.min()
            let wait = deadline.map { now.duration(to: $0) } ?? limit
            monitor.wait(watchdogWake, seconds: wait.seconds + 0.001)
        }
        monitor.unlock()
    }

    /// Delivers a `row-timeout` result for the worker's row and replaces the worker (the lock is held).
    private func giveUp(worker number: Int, flight: Flight, limit: Duration) -> Delivery {
        flights[number] = nil
        running -= 1
        stuck += 1
        var delivery = Delivery()
        let seconds = Self.describe(limit)
        var result = BatchResult(row: flight.job.row, name: flight.job.name, status: .error, outputs: flight.job.outputs)
        result.diagnostics = [BatchDiagnostic(Diagnostic(
            code: "row-timeout",
            message: "Row \(flight.job.row) was still rendering after \(seconds), the --row-timeout limit; "
                + "it was given up and none of its files were written.",
            hint: "Look for very long text, huge images or extreme sizes in row \(flight.job.row); if the row is just "
                + "big, raise --row-timeout (0 turns the limit off)."), row: flight.job.row)]
        delivery.add(file(result, at: flight.sequence))
        if stuck <= maxStuck {
            startWorker()
        } else if running == 0 {
            // No worker left and no more may be added: fail what is queued rather than wait forever.
            while queueHead < queue.count {
                let (sequence, job) = queue[queueHead]
                queueHead += 1
                delivery.add(file(stallResult(job), at: sequence))
            }
        }
        return delivery
    }

    /// The result of a row that cannot be rendered because every worker is stuck (the lock is held).
    func stallResult(_ job: RowJob) -> BatchResult {
        let seconds = limit.map(Self.describe) ?? "the limit"
        return BatchResult(row: job.row, name: job.name, status: .error, outputs: job.outputs, diagnostics: [
            BatchDiagnostic(Diagnostic(
                code: "batch-stalled",
                message: "Row \(job.row) was not rendered: \(stuck) earlier rows are still rendering past the "
                    + "--row-timeout limit of \(seconds) and no worker is free.",
                hint: "Every row seems too slow: look at what the rows share (fonts, images, auto-fit text), "
                    + "or raise --row-timeout."), row: job.row),
        ])
    }

    /// `30 seconds`, `0.5 seconds`, `1 second`.
    static func describe(_ limit: Duration) -> String {
        let seconds = limit.seconds
        let text = seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%g", seconds)
        return text + (seconds == 1 ? " second" : " seconds")
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
