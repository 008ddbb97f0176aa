import Foundation
import Infografis

/// Renders one card per data row, in parallel, delivering each row's result in row order.
///
/// Rows come from any source: a CSV file (`CSVTable`), an array of dictionaries, or an
/// `AsyncSequence` fed from a database or an API. Rows are pulled only as workers free up, so a
/// source is never read far ahead.
///
/// ```swift
/// let layout = try LayoutTemplate(path: "kartu.yaml")
/// let rows: [[String: String]] = [["provinsi": "Aceh", "penduduk": "5.554.800"]]
/// for try await result in Batch(layout: layout, rows: rows, options: BatchOptions(formats: [.png])) {
///     print(result.row, result.status, result.outputs.first?.bytes?.count ?? 0)
/// }
/// ```
///
/// With `options.outputDirectory` set, files are written atomically and results carry their paths;
/// without it, results carry the bytes. A row that fails is a result with status `.error` and its
/// diagnostics, never a thrown error; the iteration throws only when the row source itself throws
/// (after delivering the rows before it).
public struct Batch<Rows: AsyncSequence>: AsyncSequence where Rows.Element: TemplateValues & Sendable {
    public typealias Element = BatchResult

    /// The compiled layout.
    public let layout: LayoutTemplate
    /// The row source.
    public let rows: Rows
    /// How rows are rendered.
    public let options: BatchOptions

    public init(layout: LayoutTemplate, rows: Rows, options: BatchOptions = BatchOptions()) {
        self.layout = layout
        self.rows = rows
        self.options = options
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(rows: rows.makeAsyncIterator(), layout: layout, options: options)
    }

    /// Pulls rows while workers have room, then waits for the next result in row order.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var rows: Rows.AsyncIterator
        let layout: LayoutTemplate
        let options: BatchOptions
        var runner: BatchRunner?
        var position = 0
        var sourceEnded = false
        var sourceError: (any Error)?

        init(rows: Rows.AsyncIterator, layout: LayoutTemplate, options: BatchOptions) {
            self.rows = rows
            self.layout = layout
            self.options = options
        }

        public mutating func next() async throws -> BatchResult? {
            let runner = self.runner ?? BatchRunner(layout: layout, options: options)
            self.runner = runner
            while !sourceEnded, runner.hasRoom, !Task.isCancelled {
                do {
                    guard let values = try await rows.next() else {
                        sourceEnded = true
                        break
                    }
                    position += 1
                    let number = (values as? DataRow)?.number ?? position
                    guard options.shard?.contains(row: number) ?? true else { continue }
                    runner.submit(row: number, values: values as? DataRow ?? NumberedValues(number: number, base: values))
                } catch {
                    sourceEnded = true
                    sourceError = error
                }
            }
            if let result = await runner.next() { return result }
            runner.finish()
            if let error = sourceError {
                sourceError = nil
                throw error
            }
            return nil
        }
    }
}

extension Batch {
    /// A batch over an ordinary sequence of rows, e.g. `[[String: String]]`.
    public init<Base: Sequence>(layout: LayoutTemplate, rows: Base, options: BatchOptions = BatchOptions())
    where Rows == SequenceRows<Base> {
        self.init(layout: layout, rows: SequenceRows(base: rows), options: options)
    }
}

/// An ordinary sequence seen as an `AsyncSequence`, so `Batch` takes arrays and lazy sequences.
public struct SequenceRows<Base: Sequence>: AsyncSequence {
    public typealias Element = Base.Element
    let base: Base

    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: Base.Iterator
        public mutating func next() async -> Base.Element? { base.next() }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: base.makeIterator()) }
}

// MARK: - Synchronous driver

/// The synchronous face of a batch, for callers without async code (the CLI): submit rows, take
/// results back in row order. Owns the worker threads; `finish()` (or releasing it) ends them.
public final class BatchRunner {
    /// How many rows may be submitted and not yet taken back: enough to keep every worker busy
    /// while the caller waits for `refill` results at a time.
    public let window: Int
    /// How many results a caller with a full window waits for before taking them and submitting
    /// more (`waitForResults`): half the window, so that the workers still have rows queued.
    public var refill: Int { max(1, window / 2) }
    let pipeline: BatchPipeline
    var planner: RowPlanner

    /// Starts `options.jobs` worker threads for `layout`.
    public init(layout: LayoutTemplate, options: BatchOptions) {
        // Fonts are registered once, before any worker exists (DESIGN.md: text core threads).
        _ = Engine()
        let jobs = max(1, options.jobs)
        window = jobs * 8
        planner = RowPlanner(layout: layout, options: options)
        pipeline = BatchPipeline(jobs: jobs, rowTimeout: options.rowTimeout) { RowRenderer(layout: layout, options: options) }
    }

    deinit {
        pipeline.close()
    }

    /// True while another row can be submitted without waiting.
    public var hasRoom: Bool { pipeline.pending < window }

    /// Rows submitted and not yet taken back.
    public var pending: Int { pipeline.pending }

    /// The file name stem `row` would get (to check names before anything is rendered).
    public func name(row: Int, values: some TemplateValues) throws(Diagnostic) -> String {
        try planner.name(row: row, values: values)
    }

    /// The files a row named `name` gets.
    public func outputs(name: String) -> [BatchOutput] {
        planner.outputs(name: name)
    }

    /// Submits a row: it is named, checked against `--resume`, and queued for a worker.
    public func submit(row: Int, values: any TemplateValues & Sendable) {
        pipeline.submit(planner.plan(row: row, values: values))
    }

    /// Submits a row whose outcome is already known (e.g. a CSV row with missing fields), keeping row order.
    public func submit(_ result: BatchResult) {
        pipeline.submit(.resolved(result))
    }

    /// The next result in row order, waiting for it; nil when nothing is pending.
    public func next() -> BatchResult? {
        pipeline.next()
    }

    /// Waits until `count` results (or all pending ones, if fewer) are done in row order; then
    /// take them with `ready()`. Waking once per several results keeps the caller from
    /// preempting a worker for every row.
    public func waitForResults(atLeast count: Int) {
        pipeline.waitForResults(atLeast: count)
    }

    /// The next result in row order if it is done already; nil otherwise (never waits).
    public func ready() -> BatchResult? {
        pipeline.ready()
    }

    /// The next result in row order, awaiting it; nil when nothing is pending.
    public func next() async -> BatchResult? {
        await pipeline.next()
    }

    /// Waits until the workers have ended (after the pending results are taken).
    public func finish() {
        pipeline.finish()
    }
}
