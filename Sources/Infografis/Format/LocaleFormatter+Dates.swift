// Dates, in the Gregorian calendar and UTC.

import Foundation

extension LocaleFormatter {
    /// A date as ICU writes it in this locale: `13 Oktober 2020` (long), `Selasa, 13 Oktober 2020` (full).
    ///
    /// The calendar is Gregorian and the time zone UTC, so a date made with `date(year:month:day:)` is written
    /// the same on every machine.
    public func date(_ date: Date, style: DateStyle = .long) -> String {
        guard let formatStyle = data.dateStyles[style] else { return date.ISO8601Format() }
        return date.formatted(formatStyle)
    }

    /// Midnight UTC of a Gregorian calendar day, e.g. `date(year: 2020, month: 10, day: 13)`; nil for an invalid day.
    public func date(year: Int, month: Int, day: Int) -> Date? {
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: data.calendar) else { return nil }
        return data.calendar.date(from: components)
    }
}
