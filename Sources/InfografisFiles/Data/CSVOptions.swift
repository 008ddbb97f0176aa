import InfografisCore

/// The character that separates fields in a CSV file.
public enum CSVDelimiter: String, Sendable, Hashable, CaseIterable {
    /// `,` — the RFC 4180 default.
    case comma = ","
    /// `;` — what spreadsheets write when the locale uses `,` as the decimal separator (id-ID).
    case semicolon = ";"
    /// A tab character (TSV).
    case tab = "\t"

    /// Parses a `--delimiter` argument: `,`, `;`, `tab`, `\t`, `comma` or `semicolon`; nil for anything else.
    public init?(argument: String) {
        switch argument.lowercased() {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "\\t", "tab": self = .tab
        default: return nil
        }
    }

    var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: UInt8(ascii: "\t")
        }
    }

    var scalar: Unicode.Scalar { Unicode.Scalar(byte) }

    /// Name for messages.
    var displayName: String {
        switch self {
        case .comma: "comma (,)"
        case .semicolon: "semicolon (;)"
        case .tab: "tab"
        }
    }
}

/// What to do with a data row whose field count differs from the header's.
public enum RaggedRowPolicy: Sendable, Hashable {
    /// Any row with missing fields, or with extra non-empty fields, is a diagnostic naming the row (default).
    case reject
    /// Rows with missing trailing fields are padded with empty values; extra non-empty fields are still a diagnostic.
    case padMissingFields
}

/// How to read a CSV file.
///
/// Defaults: the delimiter is detected from the header line, ragged rows are rejected, and
/// `#` comment lines before the header are allowed.
public struct CSVOptions: Sendable, Hashable {
    /// The field separator; nil (default) detects `,`, `;` or tab from the header line.
    public var delimiter: CSVDelimiter?
    /// What to do with rows that have more or fewer fields than the header; default `.reject`.
    public var raggedRows: RaggedRowPolicy
    /// Whether lines starting with `#` before the header are comments (e.g. the data source); default true.
    public var allowsCommentLines: Bool

    /// Options with the defaults above unless given.
    public init(delimiter: CSVDelimiter? = nil, raggedRows: RaggedRowPolicy = .reject,
                allowsCommentLines: Bool = true) {
        self.delimiter = delimiter
        self.raggedRows = raggedRows
        self.allowsCommentLines = allowsCommentLines
    }
}
