import Foundation
import Testing
@testable import Infografis

@Suite("Locale parsing")
struct LocaleFormatParsingTests {
    struct ParseCase: Sendable, CustomTestStringConvertible {
        let locale: String
        let text: String
        let value: Double
        var testDescription: String { "\(locale): \(text)" }
    }

    static let valid: [ParseCase] = [
        ParseCase(locale: "id-ID", text: "1.234,5", value: 1234.5),
        ParseCase(locale: "en-US", text: "1,234.5", value: 1234.5),
        ParseCase(locale: "id-ID", text: "73,7%", value: 0.737),
        ParseCase(locale: "en-US", text: "73.7%", value: 0.737),
        ParseCase(locale: "id-ID", text: "73,7 %", value: 0.737),
        ParseCase(locale: "id-ID", text: "1234,5", value: 1234.5),
        ParseCase(locale: "id-ID", text: "1.234.567", value: 1_234_567),
        ParseCase(locale: "id-ID", text: " -1.234,5 ", value: -1234.5),
        ParseCase(locale: "id-ID", text: "−12", value: -12),
        ParseCase(locale: "en-US", text: "+0.5", value: 0.5),
        ParseCase(locale: "en-US", text: "1234", value: 1234),
        ParseCase(locale: "en-US", text: "100%", value: 1),
        // Machine format where it cannot be a grouped number.
        ParseCase(locale: "id-ID", text: "12.5", value: 12.5),
        ParseCase(locale: "id-ID", text: "0.737", value: 0.737),
        ParseCase(locale: "id-ID", text: "-0.5", value: -0.5),
        ParseCase(locale: "id-ID", text: "1234.56", value: 1234.56),
        ParseCase(locale: "id-ID", text: "3.14159", value: 3.14159),
        ParseCase(locale: "id-ID", text: "73.7%", value: 0.737),
        ParseCase(locale: "id-ID", text: "0.125", value: 0.125),
        // The locale's reading wins: a dot before exactly three digits is a thousands separator.
        ParseCase(locale: "id-ID", text: "1.234", value: 1234),
        ParseCase(locale: "id-ID", text: "12.345", value: 12345),
        ParseCase(locale: "id-ID", text: "1.234.567", value: 1_234_567),
    ]

    static let invalid: [(String, String)] = [
        ("id-ID", "1,234.5"), ("en-US", "1.234,5"), ("id-ID", "12a"), ("id-ID", ""), ("id-ID", "abc"),
        ("id-ID", "1.23,4"), ("id-ID", "12,"), ("id-ID", ",5"), ("id-ID", "%"), ("en-US", "1,2,3"),
        ("en-US", "1,2345"), ("id-ID", "1 234"), ("id-ID", "--5"), ("en-US", "5%%"),
        // Not machine format either: two dots, a dot with no digits on one side, a grouped leading zero.
        ("id-ID", "1.2.3"), ("id-ID", "12."), ("id-ID", ".5"), ("id-ID", "0.737.000"), ("id-ID", "1e5"),
        ("en-US", "1,5"),
    ]

    @Test(arguments: valid)
    func parses(_ example: ParseCase) throws {
        #expect(try LocaleFormatter(example.locale).parseNumber(example.text) == example.value)
    }

    @Test(arguments: invalid)
    func rejects(_ locale: String, _ text: String) {
        #expect(throws: NumberParseError.self) { try LocaleFormatter(locale).parseNumber(text) }
    }

    @Test func errorSaysWhatWasExpected() {
        do {
            _ = try LocaleFormatter("id-ID").parseNumber("1,234.5")
            Issue.record("1,234.5 must not parse in id-ID")
        } catch {
            #expect(error.text == "1,234.5")
            #expect(error.localeIdentifier == "id-ID")
            #expect(error.description == "Expected a number written as in id-ID, like \"1.234,5\" or \"73,7%\" "
                + "(\".\" between thousands, \",\" before decimals), but found \"1,234.5\".")
        }
        do {
            _ = try LocaleFormatter("en-US").parseNumber("  ")
            Issue.record("blank text must not parse")
        } catch {
            #expect(error.description.hasSuffix("but found empty text."))
            #expect(error.description.contains("like \"1,234.5\" or \"73.7%\""))
        }
    }

    /// Formatting then parsing gives the value back, in both locales.
    @Test(arguments: ["id-ID", "en-US"])
    func roundTrips(_ locale: String) throws {
        let formatter = LocaleFormatter(locale)
        for value in [0.0, 1, 12.5, 1234.5, -98_765.25, 1_234_567] {
            #expect(try formatter.parseNumber(formatter.number(value, fractionDigits: 2)) == value)
        }
        #expect(try formatter.parseNumber(formatter.percent(0.737, fractionDigits: 1)) == 0.737)
    }
}

@Suite("Locale formatter threads")
struct LocaleFormatThreadTests {
    /// Many threads format in both locales at once and always get the single-threaded answers.
    @Test func concurrentUseGivesSameResults() async {
        let expected = ["id-ID": "1,2\u{A0}juta 73,7% Rp\u{A0}15.000 13 Oktober 2020",
                        "en-US": "1.2M 73.7% $15,000.00 October 13, 2020"]
        let day = LocaleFormatTests.day(2020, 10, 13)
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let locale = index.isMultiple(of: 2) ? "id-ID" : "en-US"
                    var ok = true
                    for _ in 0..<50 {
                        let f = LocaleFormatter(locale)
                        let text = [f.compact(1_200_000), f.percent(0.737, fractionDigits: 1),
                                    f.currency(15_000), f.date(day)].joined(separator: " ")
                        ok = ok && text == expected[locale]
                    }
                    return ok
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 })
    }

    /// The per-locale data is built once and shared.
    @Test func localeDataIsCached() {
        #expect(LocaleFormatter("id-ID").data === LocaleFormatter("id-ID").data)
        #expect(LocaleFormatter("id-ID").data !== LocaleFormatter("en-US").data)
    }
}
