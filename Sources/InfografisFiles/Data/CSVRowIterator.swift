import CSV
import Foundation
import InfografisCore

/// Pulls the data rows of a CSV file one at a time, streaming from disk.
///
/// Parsing is done by yaslab/CSV.swift (`CSVReader` below is its class), which reads an
/// `InputStream` through a 64 KiB buffer, so memory stays flat however large the file is. This type adds what a batch needs on top: header
/// validation, ragged-row checks, row numbers, and diagnostics for invalid UTF-8.
/// Blank lines are skipped (they still count as rows, so numbers match the spreadsheet).
/// A row with the wrong number of fields throws its diagnostic and the next call goes on with the
/// following row; after any other error (unreadable file, bytes that are not UTF-8) the iterator is
/// finished and returns nil.
public final class CSVRowIterator {
    /// The validated header.
    public let columns: CSVColumns
    /// Text of the `#` comment lines before the header, e.g. the data source.
    public let comments: [String]
    /// The delimiter in use (given or detected).
    public let delimiter: CSVDelimiter
    private let reader: CSVReader
    private let raggedRows: RaggedRowPolicy
    private var rowNumber = 0
    private var finished = false

    /// Opens the file, reads and validates the header, and stops before the first data row.
    public init(path: String, options: CSVOptions = CSVOptions()) throws(Diagnostic) {
        let prologue = try CSVPrologue(path: path, options: options)
        guard let stream = FileInputStream(path: path, offset: prologue.headerOffset) else {
            throw Diagnostic(code: "csv-unreadable", message: "The CSV file \(path) cannot be opened.",
                             hint: "Check that the path is right and that the file is readable.")
        }
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: false,
                                       delimiter: prologue.delimiter.scalar)
        } catch {
            throw Diagnostic(code: "csv-unreadable", message: "The CSV file \(path) cannot be read: \(error).",
                             hint: "Check that the file is readable and not being written to.")
        }
        let header = reader.next() ?? []
        if reader.error != nil {
            let field = max(header.count, 1)
            throw Self.invalidText(path: path, row: 0, column: "field \(field)")
        }
        columns = try Self.validateHeader(header, path: path)
        comments = prologue.comments
        delimiter = prologue.delimiter
        raggedRows = options.raggedRows
    }

    /// The next data row, nil at the end of the file; throws a diagnostic for a malformed row.
    public func next() throws(Diagnostic) -> DataRow? {
        while !finished {
            let fields = reader.next()
            if let error = reader.error {
                finished = true
                let field = max(fields?.count ?? 1, 1)
                if case CSVError.unicodeDecoding = error {
                    let column = field <= columns.names.count ? columns.names[field - 1] : "field \(field)"
                    throw Self.invalidText(path: columns.path, row: rowNumber + 1, column: column)
                }
                throw Diagnostic(code: "csv-unreadable",
                                 message: "Reading the CSV file \(columns.path) failed after row \(rowNumber): "
                                    + "\(error).",
                                 hint: "Check that the file is not being changed or moved while Infografis reads it.")
            }
            guard let fields else {
                finished = true
                return nil
            }
            rowNumber += 1
            if fields.count == 1 && fields[0].isEmpty { continue }
            // A ragged row is reported but does not end the file: the next call reads the next row,
            // so a batch can render the other rows.
            return DataRow(number: rowNumber, values: try conformed(fields), columns: columns)
        }
        return nil
    }

    // MARK: - Checks

    /// Fits a row's fields to the header, or explains why it does not fit.
    private func conformed(_ fields: [String]) throws(Diagnostic) -> [String] {
        let expected = columns.names.count
        if fields.count > expected {
            guard let extra = fields[expected...].firstIndex(where: { !$0.isEmpty }) else {
                return Array(fields[..<expected])  // trailing empty fields, as spreadsheets often write
            }
            throw Diagnostic(
                code: "csv-ragged-row",
                message: "Row \(rowNumber) has \(fields.count) fields but the header has \(expected) columns; "
                    + "field \(extra + 1) (\"\(Self.excerpt(fields[extra]))\") has no column.",
                location: columns.location(row: rowNumber, column: "field \(extra + 1)"),
                hint: "Put values that contain the delimiter in double quotes (\"1,5\"), or check the delimiter: "
                    + "this file is read with \(delimiter.displayName) as the delimiter.")
        }
        if fields.count < expected {
            if raggedRows == .padMissingFields {
                return fields + Array(repeating: "", count: expected - fields.count)
            }
            let missing = columns.names[fields.count]
            throw Diagnostic(
                code: "csv-ragged-row",
                message: "Row \(rowNumber) has \(fields.count) fields but the header has \(expected) columns, "
                    + "so column \"\(missing)\" has no value.",
                location: columns.location(row: rowNumber, column: missing),
                hint: "Add the missing values (an empty value still needs its delimiter), "
                    + "or choose to pad short rows with empty values.")
        }
        return fields
    }

    /// Trims the names, drops trailing unnamed columns, and rejects unnamed or duplicate columns.
    static func validateHeader(_ fields: [String], path: String) throws(Diagnostic) -> CSVColumns {
        var names = fields.map { $0.trimmingCharacters(in: .whitespaces) }
        while names.count > 1, names.last?.isEmpty == true { names.removeLast() }
        var firstPosition: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            if name.isEmpty {
                throw Diagnostic(code: "csv-unnamed-column",
                                 message: "Column \(index + 1) of the header in \(path) has no name.",
                                 location: .csv(path: path, row: 0, column: "field \(index + 1)"),
                                 hint: "Give every column a name in the first row, or delete the empty column.")
            }
            if let first = firstPosition[name] {
                throw Diagnostic(code: "csv-duplicate-column",
                                 message: "Columns \(first + 1) and \(index + 1) of the header in \(path) "
                                    + "are both named \"\(name)\".",
                                 location: .csv(path: path, row: 0, column: name),
                                 hint: "Rename one of them so that templates can tell them apart.")
            }
            firstPosition[name] = index
        }
        return CSVColumns(path: path, names: names)
    }

    static func invalidText(path: String, row: Int, column: String) -> Diagnostic {
        Diagnostic(code: "csv-invalid-utf8",
                   message: "Row \(row), column \"\(column)\" of \(path) contains bytes that are not UTF-8 text.",
                   location: .csv(path: path, row: row, column: column),
                   hint: "Save the file again as \"CSV UTF-8\" in your spreadsheet program.")
    }

    static func excerpt(_ text: String) -> String {
        text.count > 40 ? text.prefix(40) + "…" : text
    }
}
