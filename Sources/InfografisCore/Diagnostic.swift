/// A problem found in input, with where it is and what to do about it.
public struct Diagnostic: Hashable, Sendable, Error {
    /// How bad it is.
    public var severity: Severity
    /// Stable machine-readable code, e.g. `unknown-property`.
    public var code: String
    /// A full sentence saying what is wrong.
    public var message: String
    /// Where; nil when the problem is not tied to a place.
    public var location: SourceLocation?
    /// What to do, e.g. "did you mean `padding`?"; nil for none.
    public var hint: String?

    public enum Severity: String, Hashable, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public init(_ severity: Severity = .error, code: String, message: String,
                location: SourceLocation? = nil, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }
}

/// Where a diagnostic points.
public enum SourceLocation: Hashable, Sendable {
    /// A place in a layout file; line and column count from 1.
    case file(path: String, line: Int, column: Int)
    /// A cell of a CSV file; row counts data rows from 1 (the header is row 0).
    case csv(path: String, row: Int, column: String)
    /// A node in a document built in code, e.g. `body.column.children[2].stat`.
    case node(path: String)
}

extension SourceLocation: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .file(path, line, column): "\(path):\(line):\(column)"
        case let .csv(path, row, column): "\(path): row \(row), column \"\(column)\""
        case let .node(path): path
        }
    }
}

/// Several diagnostics thrown together (loading reports every problem, not only the first).
public struct Diagnostics: Error, Sendable {
    /// All problems, in source order.
    public var items: [Diagnostic]
    public init(_ items: [Diagnostic]) { self.items = items }
}
