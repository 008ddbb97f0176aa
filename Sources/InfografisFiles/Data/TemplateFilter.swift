import Infografis
import InfografisCore

/// One `{{column | filter | filter: argument}}`, parsed.
struct Placeholder: Sendable, Hashable {
    /// The column name, trimmed; may contain spaces (`{{Jumlah Penduduk}}`).
    var column: String
    /// Filters other than `default`, applied left to right.
    var filters: [TemplateFilter]
    /// The `default` text: used, and the filters skipped, when the column is missing or blank.
    var defaultText: String?
    /// The placeholder as written, for messages.
    var text: String
    /// Where the placeholder is, when the template's own location is known.
    var location: SourceLocation?
}

/// A filter that changes a value on its way into text.
enum TemplateFilter: Sendable, Hashable {
    case compact
    case percent(fractionDigits: Int?)
    case currency(code: String?)
    case date(LocaleFormatter.DateStyle)
    case number(fractionDigits: Int?)
    case upper, lower, title

    /// Every filter name, for "did you mean".
    static let names = ["compact", "percent", "currency", "date", "number", "upper", "lower", "title", "default"]

    /// The name as written in templates.
    var name: String {
        switch self {
        case .compact: "compact"
        case .percent: "percent"
        case .currency: "currency"
        case .date: "date"
        case .number: "number"
        case .upper: "upper"
        case .lower: "lower"
        case .title: "title"
        }
    }

    /// Builds a filter from its name and arguments, or says what is wrong with them.
    static func make(name: String, arguments: [TemplateScanner.Argument],
                     scanner: TemplateScanner, offset: Int) throws(Diagnostic) -> TemplateFilter {
        func atMost(_ count: Int, _ what: String) throws(Diagnostic) {
            guard arguments.count > count else { return }
            let takes = count == 0 ? "no arguments" : "one argument (\(what))"
            throw scanner.error("The filter \"\(name)\" takes \(takes), "
                                + "but \(arguments.count) were given", at: arguments[count].offset,
                                hint: count == 0 ? "Write it without a colon: {{column | \(name)}}."
                                    : "Separate filters with |, not with a comma.")
        }
        func digits() throws(Diagnostic) -> Int? {
            guard let argument = arguments.first else { return nil }
            guard let value = Int(argument.text), (0...10).contains(value) else {
                throw scanner.error("The filter \"\(name)\" expects a number of decimals from 0 to 10, "
                                    + "not \"\(argument.text)\"", at: argument.offset,
                                    hint: "For example {{column | \(name): 1}}.")
            }
            return value
        }
        switch name {
        case "compact": try atMost(0, ""); return .compact
        case "upper": try atMost(0, ""); return .upper
        case "lower": try atMost(0, ""); return .lower
        case "title": try atMost(0, ""); return .title
        case "percent": try atMost(1, "decimals"); return .percent(fractionDigits: try digits())
        case "number": try atMost(1, "decimals"); return .number(fractionDigits: try digits())
        case "currency":
            try atMost(1, "a currency code such as IDR")
            guard let argument = arguments.first else { return .currency(code: nil) }
            let code = argument.text.uppercased()
            guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw scanner.error("The filter \"currency\" expects a three-letter currency code, "
                                    + "not \"\(argument.text)\"", at: argument.offset,
                                    hint: "For example {{anggaran | currency: IDR}} or currency: USD.")
            }
            return .currency(code: code)
        case "date":
            try atMost(1, "a style: short, medium, long or full")
            guard let argument = arguments.first else { return .date(.long) }
            guard let style = LocaleFormatter.DateStyle(rawValue: argument.text.lowercased()) else {
                let names = LocaleFormatter.DateStyle.allCases.map(\.rawValue)
                throw scanner.error("The filter \"date\" has no style \"\(argument.text)\"", at: argument.offset,
                                    hint: didYouMeanHint(argument.text, candidates: names, kind: "date style"))
            }
            return .date(style)
        default:
            throw scanner.error("Unknown filter \"\(name)\"", at: offset, code: "template-unknown-filter",
                                hint: didYouMeanHint(name, candidates: names, kind: "filter"))
        }
    }
}
