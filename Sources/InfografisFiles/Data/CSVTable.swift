import InfografisCore

/// A CSV data file for a batch: its header is read and checked when it is opened, its rows are
/// streamed on demand (never loaded whole), each time it is iterated.
///
/// Supported input: UTF-8 with or without BOM; CRLF, LF or CR line ends; RFC 4180 quoting (fields
/// with delimiters, line breaks and doubled quotes); `,`, `;` or tab delimiters, detected from the
/// header line unless given; `#` comment lines before the header (e.g. `# Sumber: BPS 2023`).
/// Problems are diagnostics with the row and column: an empty file, unnamed or duplicate columns,
/// rows with too many or too few fields, bytes that are not UTF-8. A header without rows is fine.
///
/// ```swift
/// let table = try CSVTable(path: "data.csv")
/// for try await row in table { print(row.number, row["provinsi"] ?? "") }
/// ```
public struct CSVTable: Sendable {
    /// The file, as given.
    public let path: String
    /// How the file is read.
    public let options: CSVOptions
    /// The validated header.
    public let columns: CSVColumns
    /// The delimiter in use (given or detected).
    public let delimiter: CSVDelimiter
    /// Text of the `#` comment lines before the header, e.g. the data source.
    public let comments: [String]

    /// Opens the file and checks its header; rows are read later, when iterated.
    public init(path: String, options: CSVOptions = CSVOptions()) throws(Diagnostic) {
        let iterator = try CSVRowIterator(path: path, options: options)
        self.path = path
        self.options = options
        self.columns = iterator.columns
        self.delimiter = iterator.delimiter
        self.comments = iterator.comments
    }

    /// A fresh iterator over the data rows, starting at the first.
    public func makeRowIterator() throws(Diagnostic) -> CSVRowIterator {
        try CSVRowIterator(path: path, options: options)
    }

    /// Calls `body` with each data row in order; stops at the first diagnostic or error `body` throws.
    public func forEachRow(_ body: (DataRow) throws -> Void) throws {
        let rows = try makeRowIterator()
        while let row = try rows.next() {
            try body(row)
        }
    }
}

// MARK: - AsyncSequence

extension CSVTable: AsyncSequence {
    /// Each element is one data row.
    public typealias Element = DataRow

    /// Reads rows on demand; the file is opened at the first `next()`.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let table: CSVTable
        var rows: CSVRowIterator?

        /// The next data row, nil at the end; throws the reader's `Diagnostic` for a malformed row.
        public mutating func next() async throws -> DataRow? {
            if rows == nil {
                rows = try table.makeRowIterator()
            }
            return try rows?.next()
        }
    }

    /// An iterator that opens the file when first asked for a row.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(table: self, rows: nil)
    }
}
