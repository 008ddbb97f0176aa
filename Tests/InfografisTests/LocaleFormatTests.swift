import Foundation
import Testing
@testable import Infografis

/// A formatted-output case: what is formatted, in which locale, and the exact expected text.
struct FormatCase: CustomTestStringConvertible, Sendable {
    let locale: String
    let expected: String
    let format: @Sendable (LocaleFormatter) -> String
    var testDescription: String { "\(locale): \(expected)" }
    init(_ locale: String, _ expected: String, _ format: @escaping @Sendable (LocaleFormatter) -> String) {
        self.locale = locale
        self.expected = expected
        self.format = format
    }
}

/// No-break space, which ICU and `LocaleFormatter` put between a number and its unit.
let nbsp = "\u{A0}"

@Suite("Locale formatting")
struct LocaleFormatTests {
    static let numberCases: [FormatCase] = [
        FormatCase("id-ID", "1.234.567") { $0.number(1_234_567) },
        FormatCase("en-US", "1,234,567") { $0.number(1_234_567) },
        FormatCase("id-ID", "1.234,5") { $0.number(1234.5, fractionDigits: 1) },
        FormatCase("en-US", "1,234.5") { $0.number(1234.5, fractionDigits: 1) },
        FormatCase("id-ID", "1.234,50") { $0.number(1234.5, fractionDigits: 2) },
        FormatCase("id-ID", "1.235") { $0.number(1234.5, fractionDigits: 0) },
        FormatCase("id-ID", "0,125") { $0.number(0.125) },
        FormatCase("id-ID", "-1.234,5") { $0.number(-1234.5) },
        FormatCase("id-ID", "73,7%") { $0.percent(0.737, fractionDigits: 1) },
        FormatCase("en-US", "73.7%") { $0.percent(0.737, fractionDigits: 1) },
        FormatCase("id-ID", "74%") { $0.percent(0.737) },
        FormatCase("id-ID", "12,5%") { $0.percent(0.125, fractionDigits: 1) },
    ]

    static let compactCases: [FormatCase] = [
        FormatCase("id-ID", "1,2\(nbsp)juta") { $0.compact(1_200_000) },
        FormatCase("id-ID", "3,4\(nbsp)miliar") { $0.compact(3_400_000_000) },
        FormatCase("id-ID", "1\(nbsp)triliun") { $0.compact(1_000_000_000_000) },
        FormatCase("id-ID", "2.500") { $0.compact(2_500) },
        FormatCase("id-ID", "999.499") { $0.compact(999_499, fractionDigits: 0) },
        FormatCase("id-ID", "1\(nbsp)juta") { $0.compact(999_999, fractionDigits: 0) },
        FormatCase("id-ID", "1\(nbsp)juta") { $0.compact(999_999) },
        FormatCase("id-ID", "1\(nbsp)miliar") { $0.compact(999_960_000) },
        FormatCase("id-ID", "-1,3\(nbsp)juta") { $0.compact(-1_250_000) },
        FormatCase("id-ID", "12,3\(nbsp)juta") { $0.compact(12_345_678) },
        FormatCase("id-ID", "1.500\(nbsp)triliun") { $0.compact(1_500_000_000_000_000) },
        FormatCase("id-ID", "850") { $0.compact(850) },
        FormatCase("id-ID", "2,5\(nbsp)ribu") { $0.compact(2_500, compactsThousands: true) },
        FormatCase("id-ID", "1,2\(nbsp)jt") { $0.compact(1_200_000, style: .short) },
        FormatCase("id-ID", "3,4\(nbsp)M") { $0.compact(3_400_000_000, style: .short) },
        FormatCase("en-US", "1.2M") { $0.compact(1_200_000) },
        FormatCase("en-US", "3.4B") { $0.compact(3_400_000_000) },
        FormatCase("en-US", "2.5K") { $0.compact(2_500) },
        FormatCase("en-US", "1T") { $0.compact(1_000_000_000_000) },
        FormatCase("en-US", "1.2\(nbsp)million") { $0.compact(1_200_000, style: .long) },
        FormatCase("en-US", "2.5\(nbsp)thousand") { $0.compact(2_500, style: .long) },
        FormatCase("en-US", "2,500") { $0.compact(2_500, compactsThousands: false) },
    ]

    static let currencyCases: [FormatCase] = [
        FormatCase("id-ID", "Rp\(nbsp)15.000") { $0.currency(15_000) },
        FormatCase("id-ID", "Rp\(nbsp)15.000") { $0.currency(15_000, code: "IDR") },
        FormatCase("id-ID", "-Rp\(nbsp)15.000") { $0.currency(-15_000) },
        FormatCase("id-ID", "Rp\(nbsp)1.250.000,50") { $0.currency(1_250_000.5, fractionDigits: 2) },
        FormatCase("en-US", "$15,000.00") { $0.currency(15_000) },
        FormatCase("en-US", "$15,000") { $0.currency(15_000, fractionDigits: 0) },
        FormatCase("en-US", "IDR\(nbsp)15,000") { $0.currency(15_000, code: "IDR") },
    ]

    static let dateCases: [FormatCase] = [
        FormatCase("id-ID", "13 Oktober 2020") { $0.date(day(2020, 10, 13)) },
        FormatCase("id-ID", "Selasa, 13 Oktober 2020") { $0.date(day(2020, 10, 13), style: .full) },
        FormatCase("id-ID", "13/10/2020") { $0.date(day(2020, 10, 13), style: .short) },
        FormatCase("id-ID", "13 Okt 2020") { $0.date(day(2020, 10, 13), style: .medium) },
        FormatCase("en-US", "October 13, 2020") { $0.date(day(2020, 10, 13)) },
        FormatCase("en-US", "Tuesday, October 13, 2020") { $0.date(day(2020, 10, 13), style: .full) },
        FormatCase("en-US", "10/13/2020") { $0.date(day(2020, 10, 13), style: .short) },
        // The last second of the day in UTC is still the 13th, whatever the machine's time zone.
        FormatCase("id-ID", "13 Oktober 2020") { $0.date(day(2020, 10, 13).addingTimeInterval(86_399)) },
    ]

    /// 2020-10-13 (or any day) at midnight UTC, built independently of `LocaleFormatter`.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Date {
        Date(timeIntervalSince1970: Double(daysSinceEpoch(year, month, day)) * 86_400)
    }

    /// Days from 1970-01-01 to a Gregorian date (Howard Hinnant's `days_from_civil`).
    static func daysSinceEpoch(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let year = m <= 2 ? y - 1 : y
        let era = (year >= 0 ? year : year - 399) / 400
        let yoe = year - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    @Test(arguments: numberCases + compactCases + currencyCases + dateCases)
    func formats(_ example: FormatCase) {
        #expect(example.format(LocaleFormatter(example.locale)) == example.expected)
    }

    @Test func defaultLocaleIsIndonesian() {
        #expect(LocaleFormatter().identifier == "id-ID")
        #expect(LocaleFormatter().number(1234.5, fractionDigits: 1) == "1.234,5")
    }

    @Test func dateFromComponentsIsMidnightUTC() {
        let formatter = LocaleFormatter("en-US")
        #expect(formatter.date(year: 2020, month: 10, day: 13) == Self.day(2020, 10, 13))
        #expect(formatter.date(year: 2020, month: 2, day: 30) == nil)
    }

    /// The long style must agree with ICU's short compact notation on the number part, for every magnitude.
    @Test(arguments: ["id-ID", "en-US"])
    func longCompactAgreesWithICUShortMantissa(_ locale: String) {
        let formatter = LocaleFormatter(locale)
        let values: [Double] = [1_234, 9_999, 12_345, 999_949, 1_049_999, 45_678_901, 999_999_999, 7_250_000_000_000]
        for value in values {
            let long = formatter.compact(value, style: .long, compactsThousands: true)
            let short = formatter.compact(value, style: .short, compactsThousands: true)
            let longNumber = long.prefix { !$0.isLetter && $0 != "\u{A0}" }
            let shortNumber = short.prefix { !$0.isLetter && $0 != "\u{A0}" }
            #expect(longNumber == shortNumber, "\(value): \(long) vs \(short)")
        }
    }
}
