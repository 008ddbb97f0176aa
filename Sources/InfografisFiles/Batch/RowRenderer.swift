import Foundation
import Infografis

/// One row handed to a worker: its values, its name and the files to make.
struct RowJob: Sendable {
    var row: Int
    var values: any TemplateValues & Sendable
    var name: String
    var outputs: [BatchOutput]
}

/// Reads numbers in the data's locale (`--data-locale`) and writes values in the layout's locale.
public struct DataFormatter: ValueFormatting {
    let data: LocaleFormatter
    let output: LocaleFormatter

    public init(layoutLocale: String, dataLocale: String?) {
        output = LocaleFormatter(layoutLocale)
        data = dataLocale.map(LocaleFormatter.init) ?? output
    }

    public var identifier: String { output.identifier }
    public func parseNumber(_ text: String) throws(NumberParseError) -> Double { try data.parseNumber(text) }
    public func compactNumber(_ value: Double) -> String { output.compactNumber(value) }
    public func percent(_ fraction: Double, fractionDigits: Int?) -> String { output.percent(fraction, fractionDigits: fractionDigits) }
    public func money(_ value: Double, code: String?) -> String { output.money(value, code: code) }
    public func date(_ date: Date, style: LocaleFormatter.DateStyle) -> String { output.date(date, style: style) }
    public func number(_ value: Double, fractionDigits: Int?) -> String { output.number(value, fractionDigits: fractionDigits) }
}

/// Renders rows on one worker thread: owns that thread's `Engine` (Pango and Cairo objects never
/// leave the thread that made them), so it is made on the thread and never shared.
final class RowRenderer {
    let engine: Engine
    let layout: LayoutTemplate
    let options: BatchOptions
    let formatter: DataFormatter

    init(layout: LayoutTemplate, options: BatchOptions) {
        self.engine = Engine()
        self.layout = layout
        self.options = options
        self.formatter = DataFormatter(layoutLocale: layout.locale, dataLocale: options.dataLocale)
    }

    /// Binds, lays out and renders every output of the row in memory, keeping the bytes in the
    /// result; nothing is written here (`write(_:)` does that, once the row is known to be on time).
    func render(_ job: RowJob) -> BatchResult {
        options.beforeRender?(job.row)
        var result = BatchResult(row: job.row, name: job.name, status: .ok, outputs: job.outputs)
        let infographic: Infographic
        switch layout.bind(job.values, formatter: formatter) {
        case .hidden:
            result.status = .skipped
            result.skipReason = .hidden
            return result
        case .failed(let problems):
            result.status = .error
            result.diagnostics = problems.map { BatchDiagnostic($0.diagnostic, row: job.row, column: $0.column) }
            return result
        case .infographic(let bound):
            infographic = bound
        }
        var problems: [BatchDiagnostic] = []
        var laidOut: [String?: LaidOutDocument?] = [:]
        for index in result.outputs.indices {
            let output = result.outputs[index]
            if laidOut.index(forKey: output.size) == nil {
                var sized = infographic
                if let size = options.sizes.first(where: { $0.label == output.size }) { sized.canvas = size.canvas }
                do {
                    let document = try engine.prepare(sized.document())
                    let done = engine.layout(document)
                    laidOut[output.size] = done
                    for (warning, column) in located(done.warnings, of: sized, row: job.row) {
                        var item = warning
                        if options.strict { item.severity = .error }
                        problems.append(BatchDiagnostic(item, row: job.row, column: column, size: output.size))
                    }
                } catch {
                    problems += error.items.map { BatchDiagnostic($0, row: job.row, size: output.size) }
                    laidOut[output.size] = .some(nil)
                }
            }
            guard let document = laidOut[output.size] ?? nil, !problems.contains(where: isError) else { continue }
            do {
                let scale = output.format == .png ? options.scale : 1
                result.outputs[index].bytes = try engine.render(document, as: output.format, scale: scale)
            } catch {
                problems.append(BatchDiagnostic(Diagnostic(code: "render-failed",
                                                           message: "Rendering \(output.fileName) failed: \(error).",
                                                           hint: "Check the canvas size and the images of the row."),
                                                row: job.row, size: output.size))
            }
        }
        result.diagnostics = problems
        if problems.contains(where: isError) {
            result.status = .error
            for index in result.outputs.indices { result.outputs[index].bytes = nil }
            return result
        }
        result.status = problems.isEmpty ? .ok : .warning
        return result
    }

    /// Writes a rendered row's outputs atomically when the batch has an output directory. When one
    /// fails, the row is an error and the outputs written before it are removed, so a row is all or nothing.
    static func write(_ result: inout BatchResult) {
        guard result.status != .error else { return }
        var written: [String] = []
        for index in result.outputs.indices {
            guard let path = result.outputs[index].path, let bytes = result.outputs[index].bytes else { continue }
            do {
                try AtomicFile.write(bytes, to: path)
                result.outputs[index].bytes = nil
                written.append(path)
            } catch {
                result.status = .error
                result.diagnostics.append(BatchDiagnostic(writeFailed(path: path, error: error), row: result.row))
                for rest in result.outputs.indices { result.outputs[rest].bytes = nil }
                for path in written { unlink(path) }
                return
            }
        }
    }

    /// The `write-failed` diagnostic: the path and the system's reason (`No space left on device`).
    static func writeFailed(path: String, error: any Error) -> Diagnostic {
        var reason = "\(error)"
        if case let .writeFailed(_, text)? = error as? RenderError { reason = text }
        let full = reason == String(cString: strerror(ENOSPC)) || reason == String(cString: strerror(EDQUOT))
        return Diagnostic(code: "write-failed", message: "Cannot write \(path): \(reason).",
                          hint: full ? "Free space on that disk (or choose another --out), then run the same command "
                                       + "with --resume to render only the missing cards."
                                     : "Check that the output folder exists, is a folder and is writable.")
    }

    private func isError(_ item: BatchDiagnostic) -> Bool {
        item.diagnostic.severity == .error
    }
}
