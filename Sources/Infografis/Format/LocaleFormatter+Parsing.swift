// Reading numbers that people typed in a locale: `1.234,5`, `73,7%`.

import Foundation

/// Text that is not a number as written in the formatter's locale.
public struct NumberParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text that was read.
    public var text: String
    /// The locale it was read in, e.g. `id-ID`.
    public var localeIdentifier: String
    /// A full sentence saying what was expected, with examples in the locale.
    public var description: String
}

extension LocaleFormatter {
    /// The number in `text`, written as in this locale: `1.234,5` (id) or `1,234.5` (en) → 1234.5; a trailing
    /// percent sign makes it a fraction: `73,7%` → 0.737.
    ///
    /// Accepted: surrounding spaces, a leading `-`, `−` or `+`, digits with no grouping or with grouping separators
    /// every three digits, a decimal part, and a percent sign (a space before it is allowed). ICU's own parser
    /// stops silently at the first character it does not understand (`1,234.5` in `id` would give 1.234), so the
    /// whole text is checked here against the locale's separators from ICU, and anything else throws.
    ///
    /// Machine-written numbers (`12.5`, `0.737`, as exported by databases and scripts) are accepted too, but only
    /// where they cannot be mistaken: when the text is not a number in the locale and is digits with one `.`
    /// followed by anything but exactly three digits, or starting with `0.`. So in `id-ID` `12.5` is 12.5 and
    /// `0.737` is 0.737, while `1.234` stays 1234 (a grouped thousand). A grouped number never starts with a
    /// group of `0`, so `0.737` is not read as 737.
    public func parseNumber(_ text: String) throws(NumberParseError) -> Double {
        guard let value = scan(text) ?? scanMachine(text) else {
            throw NumberParseError(text: text, localeIdentifier: identifier, description: parseMessage(for: text))
        }
        return value
    }

    /// The value of `text`, or nil when it is not entirely a number in this locale.
    private func scan(_ text: String) -> Double? {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var sign = ""
        if let first = rest.first, "-−+".contains(first) {
            sign = first == "+" ? "" : "-"
            rest = rest.dropFirst()
        }
        var isPercent = false
        if rest.hasSuffix(data.percentSymbol) {
            isPercent = true
            rest = rest.dropLast(data.percentSymbol.count)
            while let last = rest.last, last == " " || last == "\u{A0}" || last == "\u{202F}" { rest = rest.dropLast() }
        }
        var fraction = ""
        if let separator = rest.range(of: data.decimalSeparator) {
            fraction = String(rest[separator.upperBound...])
            rest = rest[..<separator.lowerBound]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        guard let integer = integerDigits(rest) else { return nil }
        let exponent = isPercent ? "e-2" : ""
        return Double(sign + integer + "." + (fraction.isEmpty ? "0" : fraction) + exponent)
    }

    /// The digits of an integer part written with no grouping, or with the locale's grouping separator between
    /// a first group of 1 to 3 digits and further groups of exactly 3; nil otherwise.
    private func integerDigits(_ text: Substring) -> String? {
        let separators: [String] = data.groupingSeparator.allSatisfy(\.isWhitespace)
            ? [" ", "\u{A0}", "\u{202F}"] : [data.groupingSeparator]
        var groups = [Substring(text)]
        for separator in separators where text.contains(separator) {
            groups = text.split(separator: separator, omittingEmptySubsequences: false)
        }
        guard let first = groups.first, !first.isEmpty,
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        if groups.count > 1 {
            guard first.count <= 3, first.first != "0",
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        return groups.joined()
    }

    /// The value of `text` written in machine format (`-12.5`, `0.737`, `12.5%`), or nil when it is not one or
    /// could be a grouped number (`1.234`: a `.` followed by exactly three digits, without a leading `0.`).
    private func scanMachine(_ text: String) -> Double? {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var sign = ""
        if let first = rest.first, "-−+".contains(first) {
            sign = first == "+" ? "" : "-"
            rest = rest.dropFirst()
        }
        var exponent = ""
        if rest.hasSuffix("%") {
            exponent = "e-2"
            rest = rest.dropLast()
            while let last = rest.last, last == " " || last == "\u{A0}" || last == "\u{202F}" { rest = rest.dropLast() }
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              parts[1].count != 3 || parts[0] == "0" else { return nil }
        return Double(sign + parts[0] + "." + parts[1] + exponent)
    }

    /// The sentence thrown for `text`, with examples formatted in this locale.
    private func parseMessage(for text: String) -> String {
        let example = number(1234.5, fractionDigits: 1)
        let percentExample = percent(0.737, fractionDigits: 1)
        let found = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "empty text" : "\"\(text)\""
        return "Expected a number written as in \(identifier), like \"\(example)\" or \"\(percentExample)\" "
            + "(\"\(data.groupingSeparator)\" between thousands, \"\(data.decimalSeparator)\" before decimals), "
            + "but found \(found)."
    }
}

extension Character {
    /// True for `0` to `9` only (not other scripts' digits, which ICU would also read).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
