import ArgumentParser
import Foundation
import Infografis
import InfografisFiles
import InfografisText

/// One run of `infografis batch`: check everything that can fail before writing, stream the rows
/// through the workers, report as results come back, and write the report.
struct BatchRun {
    let command: InfografisCommand.BatchCommand
    var report: BatchReport
    let start = Date()

    init(command: InfografisCommand.BatchCommand) {
        self.command = command
        report = BatchReport(layout: command.layout, data: command.data, output: command.output,
                             formats: ((try? command.formats()) ?? []).map(\.rawValue),
                             sizes: ((try? command.sizes()) ?? []).map(\.label),
                             shard: (try? command.shardValue())?.description)
    }

    /// Runs the batch and returns the exit code.
    mutating func execute() -> Int32 {
        do {
            try render()
        } catch let failure as BatchFailure {
            report.errors += failure.items.map { BatchReport.DiagnosticReport($0) }
            print(failure.items)
            report.status = "invalid"
            report.exitCode = 2
        } catch {
            print([Diagnostic(code: "batch-failed", message: "The batch failed: \(error).")])
            report.status = "invalid"
            report.exitCode = 2
        }
        report.seconds = (Date().timeIntervalSince(start) * 1000).rounded() / 1000
        if let path = command.report {
            do {
                try report.write(to: path)
            } catch {
                print([Diagnostic(code: "write-failed", message: "Writing the report \(path) failed: \(error).")])
                if report.exitCode == 0 { report.exitCode = 1 }
            }
        }
        return report.exitCode
    }

    /// Problems that stop the batch before any row is rendered.
    struct BatchFailure: Error {
        var items: [Diagnostic]
    }

    // MARK: - Steps

    private mutating func render() throws {
        FontLibrary.prepareInBackground()  // overlaps compiling the layout and surveying the data
        var options = BatchOptions(formats: try command.formats(), sizes: try command.sizes(),
                                   outputDirectory: command.output, jobs: command.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                   strict: command.strict, dataLocale: command.dataLocale, resume: command.resume,
                                   shard: try command.shardValue(), scale: command.scale,
                                   rowTimeout: command.rowTimeout)
        // 1. The layout, compiled once.
        let layout: LayoutTemplate
        do {
            layout = try LayoutTemplate(path: command.layout, root: command.root)
        } catch {
            throw BatchFailure(items: error.items)
        }
        // 2. The data's header, and every column the layout and the name read.
        let csvOptions = CSVOptions(delimiter: command.delimiter.flatMap(CSVDelimiter.init(argument:)))
        let table: CSVTable
        do {
            table = try CSVTable(path: command.data, options: csvOptions)
        } catch {
            throw BatchFailure(items: [error])
        }
        var problems: [Diagnostic] = []
        do {
            try layout.validate(columns: table.columns.names, source: command.data)
        } catch {
            problems += error.items
        }
        if let source = command.name {
            do {
                let template = try Template(source)
                try template.validate(columns: table.columns.names)
                options.naming.template = template
            } catch {
                var item = error
                item.message = "--name: " + item.message
                problems.append(item)
            }
        }
        guard problems.isEmpty else { throw BatchFailure(items: problems) }
        // 3. A first streaming pass: count the rows and find names two rows would share, before writing.
        let survey = try survey(table, options: options, layout: layout)
        options.naming.padding = max(4, String(survey.lastRow).count)
        report.summary.rows = survey.rowsInShard
        // 4. Render.
        do {
            try FileManager.default.createDirectory(atPath: command.output, withIntermediateDirectories: true)
        } catch {
            throw BatchFailure(items: [Self.outputFolderProblem(command.output, error: error)])
        }
        let interrupt = Interrupt()
        interrupt.install()
        try stream(table, layout: layout, options: options, interrupt: interrupt)
        if let signal = interrupt.signal {
            report.status = "interrupted"
            report.exitCode = 128 + signal
        } else if report.summary.error > 0 {
            let succeeded = report.summary.ok + report.summary.warning + report.summary.skipped
            report.status = succeeded == 0 ? "invalid" : "failed"
            report.exitCode = succeeded == 0 ? 2 : 1
        }
        report.summary.notRendered = report.summary.rows - report.rows.count
    }

    /// Rows counted and names checked in one pass that keeps only the names.
    private func survey(_ table: CSVTable, options: BatchOptions,
                        layout: LayoutTemplate) throws -> (lastRow: Int, rowsInShard: Int) {
        let formatter = DataFormatter(layoutLocale: layout.locale, dataLocale: options.dataLocale)
        var names: [String: (row: Int, name: String)] = [:]
        var duplicates: [String: [Int]] = [:]
        var lastRow = 0, inShard = 0
        let rows: CSVRowIterator
        do { rows = try table.makeRowIterator() } catch { throw BatchFailure(items: [error]) }
        while true {
            let row: DataRow
            do {
                guard let next = try rows.next() else { break }
                row = next
            } catch {
                guard error.code == "csv-ragged-row", case let .csv(_, number, _)? = error.location else {
                    throw BatchFailure(items: [error])
                }
                lastRow = number
                if options.shard?.contains(row: number) ?? true { inShard += 1 }
                continue
            }
            lastRow = row.number
            if options.shard?.contains(row: row.number) ?? true { inShard += 1 }
            guard options.naming.template != nil,
                  let name = try? options.naming.name(row: row.number, values: row, formatter: formatter) else { continue }
            let key = name.lowercased()
            if let first = names[key] {
                duplicates[key, default: [first.row]].append(row.number)
            } else {
                names[key] = (row.number, name)
            }
        }
        guard duplicates.isEmpty else {
            let sorted = duplicates.sorted { $0.value[0] < $1.value[0] }
            var items = sorted.prefix(20).map { key, rows in
                BatchNaming.duplicate(name: names[key]?.name ?? key, rows: rows)
            }
            if sorted.count > 20 {
                items.append(Diagnostic(code: "batch-duplicate-name", message: "… and \(sorted.count - 20) more names used by several rows."))
            }
            throw BatchFailure(items: items)
        }
        return (lastRow, inShard)
    }

    /// The second pass: rows of this shard go to the workers; results come back in row order.
    private mutating func stream(_ table: CSVTable, layout: LayoutTemplate, options: BatchOptions,
                                 interrupt: Interrupt) throws {
        let progress = BatchProgress(total: report.summary.rows, quiet: command.quiet, interval: command.progressInterval)
        let runner = BatchRunner(layout: layout, options: options)
        let rows: CSVRowIterator
        do { rows = try table.makeRowIterator() } catch { throw BatchFailure(items: [error]) }
        var done = 0
        var writeFailure: BatchDiagnostic?
        var repeats = RepeatedDiagnostics()
        func handle(_ result: BatchResult) {
            done += 1
            report.add(result)
            // Each distinct problem is printed once; rows that repeat it word for word (a footer
            // below contrast on every card) are listed after the batch. The report has every row.
            let fresh = repeats.firstSeen(result.diagnostics.map(\.diagnostic), row: result.row)
            if !fresh.isEmpty {
                let header = "row \(result.row)\(result.name.map { " (\($0))" } ?? ""): \(result.status.rawValue)\n"
                progress.message(header + DiagnosticPrinter.text(fresh))
            }
            if writeFailure == nil, let failure = result.diagnostics.first(where: { $0.diagnostic.code == "write-failed" }) {
                // Files are named flat in one folder, so a failed write is the folder's or the disk's
                // problem (full, gone, read-only) and every later row would fail the same way: stop.
                writeFailure = failure
                let stop = Diagnostic(code: "batch-write-stopped",
                                      message: "The batch stopped at row \(failure.row): \(failure.diagnostic.message) "
                                        + "Every later card would fail the same way; the cards already written are complete.",
                                      hint: failure.diagnostic.hint)
                report.errors.append(BatchReport.DiagnosticReport(stop))
                progress.message(DiagnosticPrinter.text([stop]))
            }
            progress.update(done: done, failed: report.summary.error)
        }
        reading: while interrupt.signal == nil, writeFailure == nil {
            do {
                guard let row = try rows.next() else { break }
                guard options.shard?.contains(row: row.number) ?? true else { continue }
                if !runner.hasRoom {
                    runner.waitForResults(atLeast: runner.refill)
                    while let result = runner.ready() { handle(result) }
                }
                guard writeFailure == nil else { break reading }
                runner.submit(row: row.number, values: row)
            } catch {
                guard error.code == "csv-ragged-row", case let .csv(_, number, column)? = error.location else {
                    // The file changed or became unreadable mid-way: report it, keep what is rendered.
                    report.errors.append(BatchReport.DiagnosticReport(error))
                    progress.message(DiagnosticPrinter.text([error]))
                    break reading
                }
                guard options.shard?.contains(row: number) ?? true else { continue }
                runner.submit(BatchResult(row: number, name: nil, status: .error,
                                          diagnostics: [BatchDiagnostic(error, row: number, column: column)]))
            }
            while let result = runner.ready() { handle(result) }
        }
        while let result = runner.next() { handle(result) }
        runner.finish()
        progress.end()
        for line in repeats.summary() { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        if !command.quiet {
            let s = report.summary
            var parts = ["\(s.ok + s.warning) rendered"]
            if s.warning > 0 { parts.append("\(s.warning) with warnings") }
            if s.error > 0 { parts.append("\(s.error) failed") }
            if s.skipped > 0 { parts.append("\(s.skipped) skipped") }
            if let signal = interrupt.signal { parts.append("interrupted by signal \(signal)") }
            if writeFailure != nil { parts.append("stopped: a card could not be written") }
            let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
            FileHandle.standardError.write(Data("batch: \(done) of \(s.rows) rows: \(parts.joined(separator: ", ")) in \(seconds)s → \(command.output)\n".utf8))
        }
        if !report.errors.isEmpty, report.exitCode == 0 { report.exitCode = 1; report.status = "failed" }
        if command.lockStatistics {
            let lock = TextEngine.pangoLockStatistics
            let line = String(format: "pango_lock_acquisitions=%d pango_lock_contended=%d pango_lock_wait_ms=%.3f pango_lock_held_ms=%.3f batch_ms=%.3f\n",
                              lock.acquisitions, lock.contended, lock.waitSeconds * 1e3, lock.heldSeconds * 1e3,
                              Date().timeIntervalSince(start) * 1e3)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Why `--out` could not be made: the path and the system's reason, naming a parent that is a file.
    static func outputFolderProblem(_ path: String, error: any Error) -> Diagnostic {
        var reason = error.localizedDescription
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { reason = String(cString: strerror(Int32(posix.code))) }
        }
        var message = "Cannot create the output folder \(path): \(reason)."
        var parent = path
        var isFolder: ObjCBool = false
        while !parent.isEmpty, parent != "/" {
            if FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder) {
                if !isFolder.boolValue { message += " \(parent) is a file, not a folder." }
                break
            }
            parent = (parent as NSString).deletingLastPathComponent
        }
        return Diagnostic(code: "write-failed", message: message,
                          hint: "Choose an --out folder that can be created and written to.")
    }

    private func print(_ items: [Diagnostic]) {
        let text = DiagnosticPrinter.text(items)
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// SIGINT and SIGTERM: stop taking rows, finish the rows in progress, write the report. A second
/// signal exits at once.
final class Interrupt: @unchecked Sendable {
    // @unchecked: `received` is only read and written while `lock` is held.
    private let lock = NSLock()
    private var received: Int32?
    private var sources: [DispatchSourceSignal] = []

    /// The first signal received, if any.
    var signal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    func install() {
        for number in [SIGINT, SIGTERM] {
            Foundation.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                lock.lock()
                let again = received != nil
                if !again { received = number }
                lock.unlock()
                if again { exit(128 + number) }
                FileHandle.standardError.write(Data("\nbatch: stopping after the rows in progress (press Ctrl-C again to stop now)\n".utf8))
            }
            source.resume()
            sources.append(source)
        }
    }
}
