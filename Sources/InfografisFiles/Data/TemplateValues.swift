import InfografisCore

/// Where a template reads its values from: a CSV row, or a plain column → value dictionary.
public protocol TemplateValues {
    /// The value of a column, nil when there is no such column.
    func value(forColumn name: String) -> String?
    /// All column names, for "did you mean" suggestions.
    var columnNames: [String] { get }
    /// Where a cell is, for diagnostics; nil when the values do not come from a file.
    func location(ofColumn name: String) -> SourceLocation?
    /// A short description for messages, e.g. `row 12 of data.csv`; nil when there is none.
    var rowDescription: String? { get }
}

extension Dictionary: TemplateValues where Key == String, Value == String {
    public func value(forColumn name: String) -> String? { self[name] }
    public var columnNames: [String] { keys.sorted() }
    public func location(ofColumn name: String) -> SourceLocation? { nil }
    public var rowDescription: String? { nil }
}

extension DataRow: TemplateValues {
    public func value(forColumn name: String) -> String? { self[name] }
    public var columnNames: [String] { columns.names }
    public func location(ofColumn name: String) -> SourceLocation? { columns.location(row: number, column: name) }
    public var rowDescription: String? { "row \(number) of \(columns.path)" }
}
