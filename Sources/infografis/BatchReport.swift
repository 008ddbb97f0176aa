import Foundation
import Infografis
import InfografisFiles

/// The `--report` JSON: the batch's settings, a summary, batch-level errors, and every row's outcome.
struct BatchReport: Codable {
    var layout: String
    var data: String
    var output: String
    var formats: [String]
    var sizes: [String]
    var shard: String?
    /// `ok` (every row rendered or skipped), `failed` (some rows failed), `invalid` (nothing rendered:
    /// the layout or data is invalid, or every row failed), `interrupted`.
    var status = "ok"
    var exitCode: Int32 = 0
    var seconds = 0.0
    var summary = Summary()
    /// Problems with the whole batch (layout, header, duplicate names), each with its location.
    var errors: [DiagnosticReport] = []
    /// One entry per row of this shard that was taken, in row order.
    var rows: [RowReport] = []

    struct Summary: Codable {
        /// Data rows in this shard.
        var rows = 0
        var ok = 0
        var warning = 0
        var error = 0
        var skipped = 0
        /// Rows never taken (interrupted, or the file became unreadable).
        var notRendered = 0
    }

    struct RowReport: Codable {
        var row: Int
        var name: String?
        var status: String
        var reason: String?
        /// Files written (for `skipped` with reason `exists`: the files found).
        var outputs: [String]
        var diagnostics: [DiagnosticReport]
    }

    /// A diagnostic: `file`/`line`/`column` in the layout (or the data file), `node` for a node
    /// path, `row` and `dataColumn` for the data cell it came from, `size` when several sizes render.
    struct DiagnosticReport: Codable {
        var severity: String
        var code: String
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var node: String?
        var row: Int?
        var dataColumn: String?
        var size: String?
        var hint: String?

        init(_ diagnostic: Diagnostic, row: Int? = nil, dataColumn: String? = nil, size: String? = nil) {
            severity = diagnostic.severity.rawValue
            code = diagnostic.code
            message = diagnostic.message
            hint = diagnostic.hint
            self.row = row
            self.dataColumn = dataColumn
            self.size = size
            switch diagnostic.location {
            case let .file(path, line, column)?: (file, self.line, self.column) = (path, line, column)
            case let .csv(path, csvRow, name)?:
                file = path
                self.row = csvRow
                self.dataColumn = dataColumn ?? name
            case let .node(path)?: node = path
            case nil: break
            }
        }

        init(_ item: BatchDiagnostic) {
            self.init(item.diagnostic, row: item.row, dataColumn: item.column, size: item.size)
        }
    }

    /// Records one row's result.
    mutating func add(_ result: BatchResult) {
        switch result.status {
        case .ok: summary.ok += 1
        case .warning: summary.warning += 1
        case .error: summary.error += 1
        case .skipped: summary.skipped += 1
        }
        let written = result.status == .error || result.skipReason == .hidden ? [] : result.outputs.compactMap(\.path)
        rows.append(RowReport(row: result.row, name: result.name, status: result.status.rawValue,
                              reason: result.skipReason?.rawValue, outputs: written,
                              diagnostics: result.diagnostics.map(DiagnosticReport.init)))
    }

    /// Writes the report atomically as pretty-printed JSON with sorted keys.
    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write([UInt8](try encoder.encode(self)) + [0x0A], to: path)
    }
}
