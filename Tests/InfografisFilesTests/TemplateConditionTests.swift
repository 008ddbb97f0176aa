import Foundation
import Infografis
import InfografisCore
import InfografisFiles
import Testing

@Suite("Template conditions")
struct TemplateConditionTests {
    static let row = [
        "status": "aktif", "persen": "0,737", "penduduk": "5.274.871", "catatan": "", "spasi": " ",
        "provinsi": "Jawa Barat", "kode": "007",
    ]

    static func holds(_ source: String, _ row: [String: String] = row, locale: String = "id-ID") throws -> Bool {
        try TemplateCondition(source).evaluate(row, formatter: LocaleFormatter(locale))
    }

    static func diagnostic(_ source: String, _ row: [String: String] = row) -> Diagnostic? {
        do {
            _ = try holds(source, row)
            return nil
        } catch {
            return error as? Diagnostic
        }
    }

    @Test("conditions", arguments: [
        ("{{status}} == aktif", true),
        ("{{status}} == nonaktif", false),
        ("{{status}} != nonaktif", true),
        ("{{status | upper}} == AKTIF", true),
        ("{{status}} == Aktif", false),
        ("{{provinsi}} == \"Jawa Barat\"", true),
        ("{{provinsi}} == 'Jawa Timur'", false),
        ("{{persen}} >= 0,5", true),
        ("{{persen}} > 0,8", false),
        ("{{persen}} > 50%", true),
        ("{{persen}} < 1", true),
        ("{{persen}} <= 0,737", true),
        ("{{penduduk}} > 5.000.000", true),
        ("{{penduduk}} == 5274871", true),
        ("{{kode}} == 7", true),
        ("{{kode}} == \"7\"", true),
        ("{{catatan}} is empty", true),
        ("{{spasi}} is empty", true),
        ("{{status}} is empty", false),
        ("{{catatan}} is not empty", false),
        ("{{status}}", true),
        ("{{catatan}}", false),
        ("not {{catatan}}", true),
        ("not {{status}} == aktif", false),
        ("{{status}} == aktif and {{persen}} > 0,5", true),
        ("{{status}} == aktif and {{persen}} > 0,9", false),
        ("{{status}} == nonaktif or {{persen}} > 0,5", true),
        ("{{status}} == nonaktif or {{status}} == aktif and {{catatan}} is not empty", false),
        ("({{status}} == nonaktif or {{status}} == aktif) and {{catatan}} is empty", true),
        ("{{status}}==aktif AND {{persen}}>0,5", true),
        ("{{tidak_ada | default: kosong}} == kosong", true),
    ])
    func evaluate(source: String, expected: Bool) throws {
        #expect(try Self.holds(source) == expected)
    }

    @Test("numbers compare in the card's locale")
    func englishNumbers() throws {
        #expect(try Self.holds("{{x}} > 1,000", ["x": "1,234.5"], locale: "en-US"))
        #expect(try !Self.holds("{{x}} > 1,000", ["x": "999.5"], locale: "en-US"))
    }

    @Test("`and` stops early, so a guard protects a comparison with a blank value")
    func shortCircuit() throws {
        #expect(try !Self.holds("{{catatan}} is not empty and {{catatan}} > 5"))
        #expect(try Self.holds("{{catatan}} is empty or {{catatan}} > 5"))
    }

    @Test("ordering comparisons of text are a diagnostic naming the column and value")
    func notComparable() {
        let diagnostic = Self.diagnostic("{{status}} > 5")
        #expect(diagnostic?.code == "template-not-a-number")
        #expect(diagnostic?.message == "The value of column \"status\" is \"aktif\", but \">\" in a condition compares numbers.")
        #expect(Self.diagnostic("{{persen}} < lima")?.message.hasPrefix("\"lima\" is not a number") == true)
    }

    @Test("a missing column in a condition suggests the right one")
    func missingColumn() {
        let diagnostic = Self.diagnostic("{{statsu}} == aktif")
        #expect(diagnostic?.code == "template-missing-column")
        #expect(diagnostic?.hint?.hasPrefix("Did you mean \"status\"?") == true)
    }

    @Test("syntax errors in conditions give the offset", arguments: [
        ("", 0, "The condition is empty"),
        ("{{status}} = aktif", 11, "\"=\" is not a comparison"),
        ("{{status}} ==", 13, "The condition ends where a value was expected"),
        ("{{status}} == aktif lagi", 20, "Unexpected \"lagi\""),
        ("({{status}} == aktif", 0, "The \"(\" has no matching \")\""),
        ("{{status}} is kosong", 14, "Expected \"empty\" after \"is\""),
        ("{{status}} == and", 14, "Expected a {{column}} or a value, not \"and\""),
        ("{{status | uper}} == aktif", 11, "Unknown filter \"uper\""),
        ("{{status == aktif", 0, "is not closed"),
    ])
    func syntax(source: String, offset: Int, problem: String) {
        do {
            _ = try TemplateCondition(source)
            Issue.record("\(source) parsed, but should not")
        } catch {
            #expect(error.message.contains(problem), Comment(rawValue: error.message))
            #expect(error.message.hasSuffix("at character \(offset) of the template \"\(source)\"."),
                    Comment(rawValue: error.message))
        }
    }
}
