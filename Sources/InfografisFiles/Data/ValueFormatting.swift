import Foundation
import Infografis

/// Locale-aware reading and writing of values that template filters call; one instance serves one locale.
///
/// Kept small on purpose: the shared `LocaleFormatter` conforms below, and a test can fake it.
public protocol ValueFormatting: Sendable {
    /// The BCP 47 locale identifier, e.g. `id-ID`; also used for upper/lower/title case.
    var identifier: String { get }
    /// A number as written in the data, in this locale (`1.234,5`, `73,7%`); throws when it is not one.
    func parseNumber(_ text: String) throws(NumberParseError) -> Double
    /// Short form for large numbers: `1,2 juta`, `1.2M`.
    func compactNumber(_ value: Double) -> String
    /// A fraction as a percentage (0.737 → `73,7%`); nil digits lets the formatter choose.
    func percent(_ fraction: Double, fractionDigits: Int?) -> String
    /// Money without cents when the amount is whole: `Rp 15.000`, `$15,000`; `code` is ISO 4217, nil for the locale's.
    func money(_ value: Double, code: String?) -> String
    /// A calendar day, given as midnight UTC of that day: `13 Oktober 2020`, `October 13, 2020`.
    func date(_ date: Date, style: LocaleFormatter.DateStyle) -> String
    /// A grouped number; nil digits writes as many as needed, up to 3.
    func number(_ value: Double, fractionDigits: Int?) -> String
}

extension LocaleFormatter: ValueFormatting {
    /// `compact(_:)` with the locale's usual style.
    public func compactNumber(_ value: Double) -> String {
        compact(value)
    }

    /// `currency(_:code:fractionDigits:)` without cents for whole amounts.
    public func money(_ value: Double, code: String?) -> String {
        // Cards show whole amounts without `,00` (`$15,000`); other amounts keep the currency's digits.
        currency(value, code: code, fractionDigits: value.rounded() == value ? 0 : nil)
    }
}
