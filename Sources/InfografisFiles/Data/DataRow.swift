import InfografisCore

/// The header of a CSV file: column names in order, with fast lookup by name.
public struct CSVColumns: Sendable, Hashable {
    /// The file the columns came from, as given when it was opened.
    public let path: String
    /// Column names in file order, trimmed of surrounding spaces.
    public let names: [String]
    let indexByName: [String: Int]

    /// Columns for rows built in memory; names should be unique (lookups find the first).
    public init(path: String, names: [String]) {
        self.path = path
        self.names = names
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() where index[name] == nil {
            index[name] = position
        }
        self.indexByName = index
    }

    /// The position of a column, or nil when there is no column of that name.
    public func index(of name: String) -> Int? { indexByName[name] }

    /// Where a cell is, for diagnostics.
    public func location(row: Int, column: String) -> SourceLocation {
        .csv(path: path, row: row, column: column)
    }
}

/// One data row of a CSV file.
public struct DataRow: Sendable, Hashable {
    /// The row number: data rows count from 1, the header is row 0 (blank lines count but are not yielded).
    public let number: Int
    /// The values in column order; always exactly one per column.
    public let values: [String]
    /// The header shared by all rows of the file.
    public let columns: CSVColumns

    /// A row built in memory; `values` should have one entry per column.
    public init(number: Int, values: [String], columns: CSVColumns) {
        self.number = number
        self.values = values
        self.columns = columns
    }

    /// The value in the named column, or nil when the file has no such column.
    public subscript(column: String) -> String? {
        guard let index = columns.index(of: column), index < values.count else { return nil }
        return values[index]
    }

    /// The row as a column → value dictionary.
    public var dictionary: [String: String] {
        Dictionary(zip(columns.names, values), uniquingKeysWith: { first, _ in first })
    }
}
