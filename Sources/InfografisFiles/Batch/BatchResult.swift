import Infografis

/// The outcome of one row of a batch.
public struct BatchResult: Sendable {
    /// How a row ended.
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Rendered without remarks.
        case ok
        /// Rendered, with warnings (e.g. text that does not fit its box).
        case warning
        /// Not rendered: see the diagnostics. No file of the row was written.
        case error
        /// Not rendered on purpose: see `skipReason`.
        case skipped
    }

    /// Why a row was skipped.
    public enum SkipReason: String, Sendable, Codable {
        /// `--resume`: every output file of the row exists already.
        case exists
        /// The body's `visible:` condition is false for the row.
        case hidden
    }

    /// The row number: data rows count from 1 (for a CSV file, as a spreadsheet numbers them below the header).
    public var row: Int
    /// The file name stem; nil when naming the row failed.
    public var name: String?
    /// How the row ended.
    public var status: Status
    /// Why it was skipped; nil unless `status` is `.skipped`.
    public var skipReason: SkipReason?
    /// The files of the row, one per size and format (also for a skipped row: the files it would have).
    public var outputs: [BatchOutput]
    /// Errors and warnings, each with the row and, when known, the data column.
    public var diagnostics: [BatchDiagnostic]

    public init(row: Int, name: String?, status: Status, skipReason: SkipReason? = nil, outputs: [BatchOutput] = [],
                diagnostics: [BatchDiagnostic] = []) {
        self.row = row
        self.name = name
        self.status = status
        self.skipReason = skipReason
        self.outputs = outputs
        self.diagnostics = diagnostics
    }
}

/// One output of a row: a size and a format, written to `path` or kept as `bytes`.
public struct BatchOutput: Sendable {
    /// The size label (`story`, `1080x1350`); nil when the layout's own canvas was used.
    public var size: String?
    /// The format.
    public var format: OutputFormat
    /// The file name (`11-aceh-story.png`).
    public var fileName: String
    /// Where the file was (or would be) written; nil when the batch keeps bytes in memory.
    public var path: String?
    /// The rendered bytes when the batch has no output directory; nil once written to `path`.
    public var bytes: [UInt8]?

    public init(size: String?, format: OutputFormat, fileName: String, path: String?, bytes: [UInt8]? = nil) {
        self.size = size
        self.format = format
        self.fileName = fileName
        self.path = path
        self.bytes = bytes
    }
}

/// A diagnostic of one row: where in the layout (its `location`), and which data cell it came from.
public struct BatchDiagnostic: Sendable, Hashable {
    /// The problem; its location is in the layout file (or a node path) when known.
    public var diagnostic: Diagnostic
    /// The row number.
    public var row: Int
    /// The data column the problem came from, when known.
    public var column: String?
    /// The canvas size label it happened at, when several sizes are rendered.
    public var size: String?

    public init(_ diagnostic: Diagnostic, row: Int, column: String? = nil, size: String? = nil) {
        self.diagnostic = diagnostic
        self.row = row
        self.column = column
        self.size = size
    }
}
