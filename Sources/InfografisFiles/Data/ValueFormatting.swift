import Foundation

/// How dates are written by the `date` filter.
public enum DateStyle: String, Sendable, Hashable, CaseIterable {
    /// `13/10/2020`, `10/13/2020`.
    case short
    /// `13 Okt 2020`, `Oct 13, 2020`.
    case medium
    /// `13 Oktober 2020`, `October 13, 2020` (the default).
    case long
    /// `Selasa, 13 Oktober 2020`, `Tuesday, October 13, 2020`.
    case full
}

/// Locale-aware formatting that template filters call; one instance serves one locale.
///
/// Kept small on purpose so the shared `LocaleFormatter` can take over by conforming to it.
public protocol ValueFormatting: Sendable {
    /// The locale that values are written in, and that numbers in the data are parsed with.
    var locale: Locale { get }
    /// Short form for large numbers: `1,2 juta`, `1.2M`.
    func compact(_ value: Double) -> String
    /// A fraction as a percentage (0.737 → `73,7%`); nil digits lets the formatter choose.
    func percent(_ value: Double, fractionDigits: Int?) -> String
    /// An amount of money; `code` is ISO 4217 (`IDR`), nil for the locale's own currency.
    func currency(_ value: Double, code: String?) -> String
    /// A calendar day, given as midnight UTC of that day (format it in UTC).
    func date(_ value: Date, style: DateStyle) -> String
    /// A number with grouping; nil digits lets the formatter choose (at most 3).
    func number(_ value: Double, fractionDigits: Int?) -> String
}

/// `ValueFormatting` on Foundation's format styles, with Indonesian and English compact names.
public struct FoundationValueFormatter: ValueFormatting {
    public let locale: Locale
    private let utc: TimeZone
    private let calendar: Calendar

    /// A formatter for `locale`, e.g. `Locale(identifier: "id-ID")`.
    public init(locale: Locale) {
        self.locale = locale
        utc = TimeZone(secondsFromGMT: 0) ?? .current
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        self.calendar = calendar
    }

    /// Unit names for `compact`, largest first; nil for languages that use Foundation's own.
    private var compactUnits: [(scale: Double, suffix: String)]? {
        switch locale.language.languageCode?.identifier {
        case "id": [(1e12, " triliun"), (1e9, " miliar"), (1e6, " juta"), (1e3, " ribu")]
        case "en": [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        default: nil
        }
    }

    public func compact(_ value: Double) -> String {
        guard let units = compactUnits else {
            return value.formatted(.number.notation(.compactName).locale(locale))
        }
        let magnitude = abs(value)
        // The threshold sits just below each scale so 999 960 is `1 juta`, not `1.000 ribu`.
        for unit in units where magnitude >= unit.scale * 0.99995 {
            let scaled = (magnitude / unit.scale * 10).rounded() / 10
            let sign = value < 0 ? "-" : ""
            return sign + scaled.formatted(.number.precision(.fractionLength(0...1)).locale(locale)) + unit.suffix
        }
        return value.formatted(.number.precision(.fractionLength(0...1)).locale(locale))
    }

    public func percent(_ value: Double, fractionDigits: Int?) -> String {
        guard let fractionDigits else { return value.formatted(.percent.locale(locale)) }
        return value.formatted(.percent.precision(.fractionLength(fractionDigits)).locale(locale))
    }

    public func currency(_ value: Double, code: String?) -> String {
        let code = code ?? locale.currency?.identifier ?? "IDR"
        let digits = value.rounded() == value ? 0 : 2
        let text = value.formatted(.currency(code: code).precision(.fractionLength(digits)).locale(locale))
        // House style (and the brief's): `Rp 15.000` with a space, where ICU writes `Rp15.000`.
        guard let range = text.range(of: "Rp"), range.upperBound < text.endIndex,
              text[range.upperBound].isNumber else { return text }
        return text.replacingCharacters(in: range, with: "Rp ")
    }

    public func date(_ value: Date, style: DateStyle) -> String {
        let date: Date.FormatStyle.DateStyle = switch style {
        case .short: .numeric
        case .medium: .abbreviated
        case .long: .long
        case .full: .complete
        }
        return value.formatted(Date.FormatStyle(date: date, time: .omitted, locale: locale,
                                                calendar: calendar, timeZone: utc))
    }

    public func number(_ value: Double, fractionDigits: Int?) -> String {
        guard let fractionDigits else {
            return value.formatted(.number.precision(.fractionLength(0...3)).locale(locale))
        }
        return value.formatted(.number.precision(.fractionLength(fractionDigits)).locale(locale))
    }
}
