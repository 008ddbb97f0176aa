import Foundation
import Infografis
import InfografisCore
import InfografisFiles
import Testing

@Suite("Template speed")
struct TemplateSpeedTests {
    @Test("a parsed template renders thousands of rows quickly")
    func thousandsOfRows() throws {
        let template = try Template("{{provinsi | upper}}: {{penduduk | compact}} jiwa, {{persen | percent: 1}} aktif, "
            + "anggaran {{anggaran | currency: IDR}} per {{tanggal | date: long}}")
        let condition = try TemplateCondition("{{persen}} >= 0,5 and {{provinsi}} != Bali")
        let columns = CSVColumns(path: "data.csv", names: ["provinsi", "penduduk", "persen", "anggaran", "tanggal"])
        let formatter = LocaleFormatter("id-ID")
        let count = 5_000
        let clock = ContinuousClock()
        var shown = 0
        let elapsed = try clock.measure {
            for number in 1...count {
                let row = DataRow(number: number, values: ["Jawa Barat", "\(number * 1000)", "0,\(number % 1000)",
                                                           "15.000", "2020-10-13"], columns: columns)
                if try condition.evaluate(row, formatter: formatter) { shown += 1 }
                _ = try template.render(row, formatter: formatter)
            }
        }
        #expect(shown > 0 && shown < count)
        let perRow = elapsed / count
        print("template: \(perRow) per row (5 placeholders + a condition)")
        #expect(perRow < .milliseconds(2), "rendering took \(perRow) per row")
    }
}
