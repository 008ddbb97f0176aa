// LocaleFormatter: numbers, percentages, compact numbers, money and dates as people in a locale write them.

import Foundation

/// Formats and parses values for one locale (`id-ID` by default), using ICU's locale data through Foundation.
///
/// Thread safety: a `LocaleFormatter` is an immutable value and may be used from any number of threads at once.
/// Per-locale data (separators, calendar, prepared styles) is built once per process and kept in a cache behind a
/// lock; the ICU formatter objects themselves are created by Foundation's `FormatStyle`s on first use for each
/// (locale, options) pair and kept in Foundation's own thread-safe formatter cache, so repeated calls are cheap.
///
/// Output always uses the Gregorian calendar and UTC, so it never depends on the machine's settings. Where a number
/// meets its unit (`1,2 juta`, `Rp 15.000`), the space is a no-break space (U+00A0), as ICU writes it, so a line
/// never breaks between them.
public struct LocaleFormatter: Sendable {
    /// The BCP 47 identifier this formatter was made for, e.g. `id-ID`.
    public let identifier: String
    let data: LocaleData

    /// A formatter for `identifier` (BCP 47, e.g. `id-ID` or `en-US`); per-locale data is cached for the process.
    public init(_ identifier: String = "id-ID") {
        self.identifier = identifier
        self.data = LocaleData.cached(identifier)
    }
}

// MARK: - Options

extension LocaleFormatter {
    /// How compact numbers name their magnitude.
    public enum CompactStyle: String, Hashable, Sendable, CaseIterable {
        /// ICU's abbreviations: `1,2 jt`, `1.2M`.
        case short
        /// Whole words: `1,2 juta`, `3,4 miliar`, `1.2 million`.
        case long
    }

    /// How much of a date is written; the names follow ICU's date styles.
    public enum DateStyle: String, Hashable, Sendable, CaseIterable {
        /// Numeric with a four-digit year: `13/10/2020`, `10/13/2020` (Foundation's `numeric` style; ICU's older
        /// `DateFormatter` short style writes a two-digit year, `13/10/20`, which is ambiguous on a poster).
        case short
        /// Abbreviated month: `13 Okt 2020`, `Oct 13, 2020`.
        case medium
        /// Full month: `13 Oktober 2020`, `October 13, 2020`.
        case long
        /// With the weekday: `Selasa, 13 Oktober 2020`, `Tuesday, October 13, 2020`.
        case full
    }
}

// MARK: - Per-locale data

/// What a locale needs, built once per identifier: the locale, a fixed calendar and ICU's number symbols.
final class LocaleData: Sendable {
    let locale: Locale
    /// Gregorian calendar in UTC.
    let calendar: Calendar
    /// Language code, e.g. `id` or `en` (`in` is read as `id`).
    let language: String
    /// ICU's decimal separator, e.g. `,` for Indonesian.
    let decimalSeparator: String
    /// ICU's grouping separator, e.g. `.` for Indonesian.
    let groupingSeparator: String
    /// ICU's percent sign.
    let percentSymbol: String
    /// The locale's currency (ISO 4217), e.g. `IDR`; `USD` when ICU names none.
    let currencyCode: String
    /// One prepared date style per `DateStyle`.
    let dateStyles: [LocaleFormatter.DateStyle: Date.FormatStyle]

    init(identifier: String) {
        let locale = Locale(identifier: identifier)
        self.locale = locale
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        calendar.locale = locale
        self.calendar = calendar
        let code = locale.language.languageCode?.identifier ?? "en"
        self.language = code == "in" ? "id" : code
        // NumberFormatter is the one Foundation API that exposes ICU's symbols; it is used here once, then dropped.
        let symbols = NumberFormatter()
        symbols.locale = locale
        symbols.numberStyle = .decimal
        self.decimalSeparator = symbols.decimalSeparator ?? "."
        self.groupingSeparator = symbols.groupingSeparator ?? ","
        symbols.numberStyle = .percent
        self.percentSymbol = symbols.percentSymbol ?? "%"
        self.currencyCode = locale.currency?.identifier ?? "USD"
        var styles: [LocaleFormatter.DateStyle: Date.FormatStyle] = [:]
        for style in LocaleFormatter.DateStyle.allCases {
            let date: Date.FormatStyle.DateStyle = switch style {
            case .short: .numeric
            case .medium: .abbreviated
            case .long: .long
            case .full: .complete
            }
            styles[style] = Date.FormatStyle(date: date, time: .omitted, locale: locale,
                                             calendar: calendar, timeZone: calendar.timeZone)
        }
        self.dateStyles = styles
    }

    private static let cache = LockedCache<String, LocaleData>()

    /// The shared data for `identifier`, built on first request.
    static func cached(_ identifier: String) -> LocaleData {
        cache.value(for: identifier) { LocaleData(identifier: identifier) }
    }
}

/// A dictionary behind a lock; values are built at most once per key.
final class LockedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    // @unchecked: `values` is only read or written while `lock` is held.
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The value for `key`, calling `make` (under the lock) the first time.
    func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] { return value }
        let value = make()
        values[key] = value
        return value
    }
}
