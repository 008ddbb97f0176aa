import Foundation

/// Parses a number as people write it in `locale` (`1.234,5` in id-ID, `1,234.5` in en-US); nil if it is not one.
///
/// Stop-gap until the shared `LocaleFormatter` (module Infografis) can parse; then this goes.
/// Rules, for data exported by many offices:
/// - surrounding spaces, a leading `+`, `-` or `−` are allowed; grouping must be in threes;
/// - a single separator that cannot be grouping (`0.737`, `12.5`, `1234.56` in id-ID) is read as
///   the decimal point, so machine-written numbers still parse; only `1.234`-shaped text (one to
///   three digits, not starting with 0, then exactly three) follows the locale: 1234 in id-ID;
/// - plain machine notation (`1.5e6`) is accepted; `inf` and `nan` are not.
public func parseNumber(_ text: String, locale: Locale) -> Double? {
    let decimal = Character(locale.decimalSeparator ?? ".")
    var grouping = Character(locale.groupingSeparator ?? ",")
    if grouping.isWhitespace { grouping = " " }  // fr-FR and others group with (narrow) no-break spaces
    var body = Substring(text.trimmingCharacters(in: .whitespaces))
    var negative = false
    if let sign = body.first, "+-−".contains(sign) {
        negative = sign != "+"
        body = body.dropFirst()
    }
    let normalized = String(body.map { $0.isWhitespace ? " " : $0 })
    guard let magnitude = parseUnsigned(normalized, decimal: decimal, grouping: grouping)
            ?? machineNumber(normalized) else { return nil }
    return negative ? -magnitude : magnitude
}

/// Digits with optional grouping and decimal separator, per the rules above.
private func parseUnsigned(_ text: String, decimal: Character, grouping: Character) -> Double? {
    let parts = text.split(separator: decimal, omittingEmptySubsequences: false)
    guard parts.count <= 2, let integer = parts.first else { return nil }
    let fraction = parts.count == 2 ? parts[1] : nil
    if let fraction, fraction.isEmpty || !fraction.allSatisfy(\.isASCIIDigit) { return nil }
    let groups = integer.split(separator: grouping, omittingEmptySubsequences: false)
    guard groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
    var digits: String
    if groups.count == 1 {
        guard !integer.isEmpty || fraction != nil else { return nil }
        digits = String(integer)
    } else if isValidGrouping(groups) {
        digits = groups.joined()
    } else if groups.count == 2, fraction == nil, !groups[0].isEmpty, !groups[1].isEmpty,
              grouping == "." || grouping == "," {
        // One separator that cannot be grouping: it is a decimal point written by a machine.
        return Double("\(groups[0]).\(groups[1])")
    } else {
        return nil
    }
    if digits.isEmpty { digits = "0" }
    if let fraction { digits += ".\(fraction)" }
    return Double(digits)
}

/// Grouping in threes: `1.234.567`, not `12.34` nor `0.737`.
private func isValidGrouping(_ groups: [Substring]) -> Bool {
    guard let first = groups.first, (1...3).contains(first.count), first.first != "0" else { return false }
    return groups.dropFirst().allSatisfy { $0.count == 3 }
}

/// `Double`'s own syntax limited to digits, `.`, exponent and sign; finite values only.
private func machineNumber(_ text: String) -> Double? {
    guard !text.isEmpty, text.allSatisfy({ $0.isASCIIDigit || ".eE+-".contains($0) }),
          let value = Double(text), value.isFinite else { return nil }
    return value
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
