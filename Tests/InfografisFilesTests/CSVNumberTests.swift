import Foundation
import InfografisFiles
import Testing

@Suite("CSV numbers")
struct CSVNumberTests {
    static let indonesian = Locale(identifier: "id-ID")
    static let english = Locale(identifier: "en-US")

    @Test("id-ID: `.` groups, `,` is the decimal separator", arguments: [
        ("1.234,5", 1234.5), ("1.234.567", 1_234_567), ("4.317.404", 4_317_404), ("73,7", 73.7),
        ("0,5", 0.5), (",5", 0.5), ("-1.234,5", -1234.5), ("−2,25", -2.25), ("+7", 7), (" 15.000 ", 15000),
        ("1.234", 1234), ("5274871", 5_274_871),
    ])
    func indonesian(text: String, expected: Double) {
        #expect(parseNumber(text, locale: Self.indonesian) == expected)
    }

    @Test("en-US: `,` groups, `.` is the decimal separator", arguments: [
        ("1,234.5", 1234.5), ("1,234,567", 1_234_567), ("73.7", 73.7), ("-0.25", -0.25), ("1,234", 1234),
    ])
    func english(text: String, expected: Double) {
        #expect(parseNumber(text, locale: Self.english) == expected)
    }

    @Test("machine-written numbers parse in id-ID when the separator cannot be grouping", arguments: [
        ("0.737", 0.737), ("12.5", 12.5), ("1234.56", 1234.56), ("1234.567", 1234.567), ("1.5e6", 1_500_000),
    ])
    func machineNumbers(text: String, expected: Double) {
        #expect(parseNumber(text, locale: Self.indonesian) == expected)
    }

    @Test("an en-US writer's `0,5` is read as a half, `1,234` as a thousand")
    func englishFallback() {
        #expect(parseNumber("0,5", locale: Self.english) == 0.5)
        #expect(parseNumber("1,234", locale: Self.english) == 1234)
    }

    @Test("not numbers", arguments: [
        "", " ", "-", "abc", "1,234.5", "1.2.3,4", "12.34.567", "1.234,5,6", "Rp 15.000", "73,7%", "inf", "nan", "1,",
    ])
    func notNumbers(text: String) {
        #expect(parseNumber(text, locale: Self.indonesian) == nil)
    }

    @Test("grouping with no-break spaces (fr-FR)")
    func spaceGrouping() {
        #expect(parseNumber("1\u{202F}234,5", locale: Locale(identifier: "fr-FR")) == 1234.5)
        #expect(parseNumber("1 234,5", locale: Locale(identifier: "fr-FR")) == 1234.5)
    }
}
