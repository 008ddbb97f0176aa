import Foundation
import Infografis
import InfografisCore

extension Placeholder {
    /// The text this placeholder puts into a card for one row.
    func value(in values: some TemplateValues, formatter: some ValueFormatting) throws(Diagnostic) -> String {
        guard let raw = values.value(forColumn: column) else {
            if let defaultText { return defaultText }
            throw missingColumn(candidates: values.columnNames, row: values.rowDescription,
                                location: location ?? values.location(ofColumn: column))
        }
        if let defaultText, raw.allSatisfy(\.isWhitespace) { return defaultText }
        var text = try plainText(raw, values: values)
        for filter in filters {
            text = try apply(filter, to: text, values: values, formatter: formatter)
        }
        return text
    }

    /// The value checked for control characters, with `\r\n` and `\r` made `\n`.
    private func plainText(_ raw: String, values: some TemplateValues) throws(Diagnostic) -> String {
        var sawReturn = false
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A: continue
            case 0x0D: sawReturn = true
            case 0x00..<0x20, 0x7F..<0xA0:
                let code = "U+" + String(format: "%04X", scalar.value)
                throw Diagnostic(
                    code: "template-control-character",
                    message: "The value of column \"\(column)\"\(Self.describe(values.rowDescription)) contains "
                        + "the control character \(code), which cannot be shown on a card.",
                    location: values.location(ofColumn: column) ?? location,
                    hint: "Remove it from the data; it usually comes from copying out of another program.")
            default: continue
            }
        }
        guard sawReturn else { return raw }
        return raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private func apply(_ filter: TemplateFilter, to text: String, values: some TemplateValues,
                       formatter: some ValueFormatting) throws(Diagnostic) -> String {
        switch filter {
        case .upper: return text.uppercased(with: Locale(identifier: formatter.identifier))
        case .lower: return text.lowercased(with: Locale(identifier: formatter.identifier))
        case .title:
            let locale = Locale(identifier: formatter.identifier)
            return text.lowercased(with: locale).capitalized(with: locale)
        case .compact:
            return formatter.compactNumber(try number(text, for: filter, values: values, formatter: formatter))
        case let .percent(digits):
            let value = try number(text, for: filter, values: values, formatter: formatter)
            return formatter.percent(value, fractionDigits: digits)
        case let .currency(code):
            return formatter.money(try number(text, for: filter, values: values, formatter: formatter), code: code)
        case let .number(digits):
            let value = try number(text, for: filter, values: values, formatter: formatter)
            return formatter.number(value, fractionDigits: digits)
        case let .date(style):
            guard let date = parseCalendarDay(text) else {
                throw badValue(text, filter: filter, expected: "a date written as YYYY-MM-DD, e.g. 2020-10-13",
                               values: values)
            }
            return formatter.date(date, style: style)
        }
    }

    private func number(_ text: String, for filter: TemplateFilter, values: some TemplateValues,
                        formatter: some ValueFormatting) throws(Diagnostic) -> Double {
        if let value = try? formatter.parseNumber(text) { return value }
        let example = formatter.number(1234.5, fractionDigits: 1)
        throw badValue(text, filter: filter,
                       expected: "a number written like \(example) (locale \(formatter.identifier))",
                       values: values)
    }

    private func badValue(_ text: String, filter: TemplateFilter, expected: String,
                          values: some TemplateValues) -> Diagnostic {
        let shown = text.isEmpty ? "is empty" : "is \"\(text.count > 40 ? text.prefix(40) + "…" : text)\""
        let isDate = if case .date = filter { true } else { false }
        return Diagnostic(
            code: isDate ? "template-not-a-date" : "template-not-a-number",
            message: "The value of column \"\(column)\"\(Self.describe(values.rowDescription)) \(shown), "
                + "but the filter \"\(filter.name)\" in \(self.text) expects \(expected).",
            location: values.location(ofColumn: column) ?? location,
            hint: "Correct the value in the data, or add | default: \"-\" to show a dash for empty cells.")
    }

    /// The diagnostic for a column that the row does not have.
    func missingColumn(candidates: [String], row: String?, location: SourceLocation?) -> Diagnostic {
        Diagnostic(code: "template-missing-column",
                   message: "The template uses the column \"\(column)\" in \(text), but the data"
                       + "\(Self.describe(row)) has no such column.",
                   location: location,
                   hint: didYouMeanHint(column, candidates: candidates, kind: "column")
                       + " Or add | default: \"-\" to show a dash when the column is missing.")
    }

    private static func describe(_ row: String?) -> String {
        row.map { " (\($0))" } ?? ""
    }
}

/// `YYYY-MM-DD`, optionally followed by a time (`T10:00`, ` 10:00:00`), as midnight UTC of that day.
func parseCalendarDay(_ text: String) -> Date? {
    let trimmed = text.trimmingSpaces
    let day = trimmed.prefix(10)
    let parts = day.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
          let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]) else { return nil }
    let rest = trimmed.dropFirst(10)
    guard rest.isEmpty || rest.first == "T" || rest.first == " " else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
    let components = DateComponents(year: year, month: month, day: dayOfMonth)
    guard let date = calendar.date(from: components),
          calendar.dateComponents([.year, .month, .day], from: date) == components else { return nil }
    return date
}
